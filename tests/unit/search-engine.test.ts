import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import type { SearchPage } from '../../src/search/document';
import { SearchEngine } from '../../src/search/engine';
import { extraDocuments } from '../../src/search/extra-documents';
import { RANKING } from '../../src/search/ranking';
import { searchPagesFromDist } from '../../src/search/sources';
import { termsOf } from '../../src/search/text';
import { readFlow } from '../../src/wizard/read-flow';

let engine: SearchEngine;
/** The pages the index is built from, read once: reading every built page takes seconds on a busy machine. */
let pages: Awaited<ReturnType<typeof searchPagesFromDist>>;

/** An engine over just these pages. */
async function engineOver(searchPages: SearchPage[]): Promise<SearchEngine> {
	const { payload, shards } = await buildSearchIndex(searchPages);
	return new SearchEngine(payload, shards);
}

beforeAll(async () => {
	pages = await searchPagesFromDist(process.cwd());
	engine = await engineOver(pages);
}, 60_000);

const topUrl = (query: string) => {
	const outcome = engine.search(query);
	return outcome.status === 'results' ? outcome.pages[0]?.url : undefined;
};

/** The first of the ordinary results, below any act-now answer. */
const topOrdinaryUrl = (query: string) => {
	const outcome = engine.search(query);
	return outcome.status === 'results' ? outcome.pages.find((hit) => !hit.actNow)?.url : undefined;
};

describe('SearchEngine', () => {
	it('answers odd input without throwing', () => {
		expect(engine.search('').status).toBe('empty');
		expect(engine.search('   ').status).toBe('empty');
		expect(engine.search('q').status).toBe('no-words');
		expect(engine.search('?!.,;:').status).toBe('no-words');
		expect(engine.search('😀🙈').status).toBe('no-words');
		expect(engine.search('.*+?^${}()|[]\\').status).toBe('no-words');
		expect(engine.search('<script>alert(1)</script>').status).toBe('results');
		expect(engine.search('fake account '.repeat(160)).status).toBe('results');
	});

	it('finds the page for a word as it is being typed', () => {
		// Half of "sextortion" is already one letter from "sextort", so the act-now answer comes first too.
		expect(topUrl('sextor')).toBe('/report/outcome/threats-blackmail-or-sextortion/');
		expect(topOrdinaryUrl('sextor')).toBe('/guides/sextortion/');
		expect(topUrl('instag')).toBe('/platforms/instagram/');
		expect(topUrl('harras')).toBe('/guides/repeated-harassment/');
	});

	it("indexes each wizard outcome at its short address, and finds one from a teacher's words", () => {
		const { flow } = readFlow(process.cwd());
		expect(flow?.outcomes.length).toBeGreaterThan(0);
		for (const outcome of flow?.outcomes ?? []) {
			const page = pages.find((p) => p.url === `/report/outcome/${outcome.id}/`);
			expect(page?.title, outcome.id).toBe(outcome.title);
		}
		const found = engine.search('fake account pretending to be the school');
		const outcome = found.status === 'results' ? found.pages.find((page) => page.url.startsWith('/report/outcome/')) : undefined;
		expect(outcome?.sections.length).toBeGreaterThan(0);
	});

	it("lists first the section whose heading answers the query, not one whose short text only mentions the page's subject", () => {
		const first = (query: string) => {
			const outcome = engine.search(query);
			const hit = outcome.status === 'results' ? outcome.pages[0] : undefined;
			return hit && `${hit.url}#${hit.sections[0]?.anchor}`;
		};
		expect(first('report a youtube comment')).toBe('/platforms/youtube/#report-a-comment');
		expect(first('how old do you have to be for instagram')).toBe('/platforms/instagram/#age-rules');
		// "How long … wait" asks how long to give the platform (48 hours), which that section of
		// Snapchat's page says. The helpline page's "When to contact the helpline" says it too, and since
		// session 28 a question asked for it ("do i still wait 48 hours before ringing you…",
		// content/data/asked-as.json) can put it first: the choice tested is Snapchat's section.
		const wait = engine.search('how long do we wait after reporting to snapchat before ringing the helpline');
		const snapchat = wait.status === 'results' ? wait.pages.findIndex((hit) => hit.url === '/platforms/snapchat/') : -1;
		expect(snapchat).toBeGreaterThanOrEqual(0);
		expect(snapchat).toBeLessThan(3);
		expect(wait.status === 'results' && wait.pages[snapchat].sections[0]?.anchor).toBe('when-to-contact-the-helpline');
		expect(first('what information do i need before i ring the helpline')).toBe('/helpline/#what-to-include');
		expect(first('what info to put in an email to the helpline')).toBe('/helpline/#what-to-include');
	});

	it("lists a section about the question before the page's summary sections when both match it about as well", async () => {
		// Both hold every word of the query; "In short", being shorter, scores a little higher by itself.
		const page: SearchPage = {
			url: '/guides/example/',
			title: 'Staff on social media',
			kind: 'Guide',
			summary: 'Keeping your own accounts private.',
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'in-short', heading: 'In short', text: 'Turn down a friend request from a pupil, and tell the DSL.' },
				{ anchor: 'boundaries', heading: 'Professional boundaries', text: 'Turn down a friend request from a pupil on your own accounts, and write down that you did it and when.' },
				{ anchor: 'how-serious', heading: 'How serious is it?', text: 'It is a concern for the DSL when someone keeps messaging you.' },
			],
		};
		const other: SearchPage = { url: '/guides/other/', title: 'Keeping evidence', kind: 'Guide', summary: 'What to keep and how.', aka: [], intro: '', sections: [] };
		const small = await engineOver([other, page]);
		const first = (query: string) => {
			const outcome = small.search(query);
			return outcome.status === 'results' ? outcome.pages[0]?.sections[0]?.anchor : undefined;
		};
		expect(first('friend request from a pupil')).toBe('boundaries');
		// A query that asks for a summary section still gets it.
		expect(first('how serious is a friend request')).toBe('how-serious');
	});

	it('lists first, of two sections whose headings hold the same word of the query, the one whose heading the query matches more of', async () => {
		// "Block and report a user" shares one word of three with "keep evidence before they block";
		// "Before they block" shares all of its own. Text alike, so only the headings can decide.
		const page: SearchPage = {
			url: '/guides/bullying/',
			title: 'Bullying',
			kind: 'Guide',
			summary: 'Unkind messages between pupils.',
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'block-and-report', heading: 'Block and report a user', text: 'Keep evidence of the messages.' },
				{ anchor: 'before-they-block', heading: 'Before they block', text: 'Keep evidence of the messages.' },
			],
		};
		const small = await engineOver([page]);
		const outcome = small.search('keep evidence before they block everyone');
		expect(outcome.status === 'results' ? outcome.pages[0]?.sections[0]?.anchor : undefined).toBe('before-they-block');
	});

	it("lists the section for all four nations, not one nation's, unless the query names that nation", async () => {
		// Each nation's part holds the query's words; the part above them holds only its heading.
		const nation = (anchor: string, name: string) => ({ anchor: `offences-${anchor}`, heading: `Offences in ${name}`, text: `In ${name}, sharing intimate images of a member of staff without consent is an offence.` });
		const page: SearchPage = {
			url: '/guides/example/',
			title: 'Harassment of staff',
			kind: 'Guide',
			summary: 'When staff are harassed online.',
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'support', heading: 'Supporting staff', text: 'Talk to the member of staff first.' },
				{ anchor: 'offences', heading: 'Offences', text: '' },
				nation('england', 'England'),
				nation('wales', 'Wales'),
				nation('scotland', 'Scotland'),
				nation('northern-ireland', 'Northern Ireland'),
			],
		};
		const small = await engineOver([page]);
		const listed = (query: string) => {
			const outcome = small.search(query);
			return outcome.status === 'results' ? outcome.pages[0]?.sections.map((section) => section.anchor) : undefined;
		};
		expect(listed('which offences apply to sharing intimate images of staff')?.[0]).toBe('offences');
		expect(listed('is sharing intimate images of staff an offence in scotland')?.[0]).toBe('offences-scotland');
		expect(listed('sharing intimate images of staff an offence in northern ireland')?.[0]).toBe('offences-northern-ireland');
	});

	it('reads a nation\'s adjective or short name as naming it ("Scottish law", "Welsh guidance", "in NI")', async () => {
		const page: SearchPage = { url: '/guides/example/', title: 'Example', kind: 'Guide', summary: 'An example.', aka: [], intro: '', sections: [] };
		const { payload } = await buildSearchIndex([page]);
		const naming = (id: string) => payload.nations.find(([nation]) => nation === id)?.[1] ?? [];
		expect(naming('scotland')).toContain(termsOf('Scottish').join(' '));
		expect(naming('wales')).toContain(termsOf('Welsh').join(' '));
		expect(naming('northern-ireland')).toEqual(expect.arrayContaining([termsOf('NI').join(' '), termsOf('Northern Irish').join(' ')]));
		expect(naming('england')).not.toContain(termsOf('Welsh').join(' '));
	});

	it('chooses the section about what happened, not one that names the same year group', async () => {
		const page: SearchPage = {
			url: '/guides/example/',
			title: 'Relationships',
			kind: 'Guide',
			summary: 'Pupils in relationships.',
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'example', heading: 'Year 10 and Year 11', text: 'A girl in Year 10 talks about her boyfriend.' },
				{ anchor: 'controlling', heading: 'Controlling relationships', text: 'A boyfriend who checks her phone, reads her messages and tells her who she may talk to is controlling her, and that is a safeguarding matter.' },
			],
		};
		const small = await engineOver([page]);
		const outcome = small.search('year 10 girl, her boyfriend checks her phone');
		expect(outcome.status === 'results' ? outcome.pages[0]?.sections[0]?.anchor : undefined).toBe('controlling');
	});

	it('counts words that say who the query is about ("girl", "mum") for less than words that say what happened', async () => {
		// The girl in one page's search terms must not outweigh what the query says happened.
		const blackmail: SearchPage = { url: '/guides/blackmail/', title: 'Blackmail', kind: 'Guide', summary: 'When someone demands money.', aka: ['fake girl asked for his pics', 'mum found the messages'], intro: '', sections: [] };
		const bullying: SearchPage = {
			url: '/guides/bullying/',
			title: 'Bullying',
			kind: 'Guide',
			summary: 'Unkind messages between pupils.',
			aka: [],
			intro: '',
			sections: [{ anchor: 'group-chats', heading: 'Group chats', text: 'Pupils ganging up on one pupil in a group chat, or leaving one out.' }],
		};
		const small = await engineOver([blackmail, bullying]);
		const outcome = small.search('girls ganging up on a girl in a group chat, her mum came in');
		expect(outcome.status === 'results' ? outcome.pages[0]?.url : undefined).toBe('/guides/bullying/');
	});

	it("lists a platform's page below the guide when the query names the platform without asking how to report, block or limit there", async () => {
		const facebook: SearchPage = {
			url: '/platforms/facebook/',
			title: 'Reporting on Facebook',
			kind: 'Platform',
			summary: 'How to report a post, a comment or an account on Facebook.',
			aka: ['fb'],
			intro: '',
			sections: [{ anchor: 'report-a-post', heading: 'Report a post', text: 'Open the post on Facebook, choose the three dots, then Report post. Lies about a teacher posted by a parent, and other posts.' }],
		};
		const reputation: SearchPage = {
			url: '/guides/reputation/',
			title: 'Online reputation',
			kind: 'Guide',
			summary: 'When parents post lies about staff.',
			aka: [],
			intro: '',
			sections: [{ anchor: 'parents', heading: 'Responding to parents', text: 'A parent posting lies about a teacher on Facebook: talk to them first.' }],
		};
		const small = await engineOver([facebook, reputation]);
		const first = (query: string) => {
			const outcome = small.search(query);
			return outcome.status === 'results' ? outcome.pages[0]?.url : undefined;
		};
		expect(first('a parent is posting lies about me on fb')).toBe('/guides/reputation/');
		expect(first('how do i report a parent posting lies about me on fb')).toBe('/platforms/facebook/');
		expect(first('facebook')).toBe('/platforms/facebook/');
	});

	it("puts the helpline page above guides' own \"contact the helpline\" sections when the query is about what the helpline does", async () => {
		// Every guide ends with a section pointing to the helpline; the word "helpline" in its heading
		// must not make each guide look as much about the helpline as the helpline page itself.
		const guide = (slug: string, topic: string): SearchPage => ({
			url: `/guides/${slug}/`,
			title: topic,
			kind: 'Guide',
			summary: `What to do about ${topic.toLowerCase()} aimed at staff.`,
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'what-to-do', heading: 'What to do', text: `Report the ${topic.toLowerCase()} to the platform and keep the evidence. An anonymous account posting about staff can be reported too.` },
				{ anchor: 'contact-the-helpline', heading: 'When to contact the helpline', text: 'If the platform has not acted after 48 hours, or you need advice, contact the helpline.' },
			],
		});
		const helpline: SearchPage = {
			url: '/helpline/',
			title: 'Contact the helpline',
			kind: 'Helpline',
			summary: 'Phone or email the helpline for advice.',
			aka: [],
			intro: '',
			sections: [{ anchor: 'what-it-can-do', heading: 'What the helpline can and cannot do', text: 'It can escalate content to platforms. It cannot investigate accounts or find out who is behind them.' }],
		};
		const small = await engineOver([guide('fake-accounts', 'Fake accounts'), guide('hate', 'Online hate'), guide('harassment', 'Harassment'), helpline]);
		const first = (query: string) => {
			const outcome = small.search(query);
			return outcome.status === 'results' ? outcome.pages[0]?.url : undefined;
		};
		expect(first('can the helpline find out who is behind an anonymous account posting about staff')).toBe('/helpline/');
		// A query about the guide's own matter still finds the guide.
		expect(first('anonymous fake accounts posting about staff')).toBe('/guides/fake-accounts/');
	});

	it("ranks with the numbers it is given (src/search/ranking.ts), the site's own by default", async () => {
		const { payload, shards } = await buildSearchIndex(pages);
		const query = 'bullying in a group chat';
		const scores = (outcome: ReturnType<SearchEngine['search']>) => (outcome.status === 'results' ? outcome.pages.map((hit) => [hit.url, hit.score, hit.sections.map((s) => s.anchor)]) : []);
		expect(scores(new SearchEngine(payload, shards, RANKING).search(query))).toEqual(scores(engine.search(query)));
		// Only pages scoring as much as the best are kept: fewer pages than with the site's numbers.
		const strict = new SearchEngine(payload, shards, { ...RANKING, minShareOfBest: 1 }).search(query);
		const usual = engine.search(query);
		if (strict.status !== 'results' || usual.status !== 'results') throw new Error('no results');
		expect(strict.pages.length).toBeLessThan(usual.pages.length);
		expect(strict.pages.every((hit) => hit.score === strict.pages[0].score)).toBe(true);
	});

	it('uses synonyms and aka terms', () => {
		expect(topUrl('tik tok')).toBe('/platforms/tiktok/');
		expect(topUrl('twitter')).toBe('/platforms/x/');
		expect(topUrl('spoof account')).toBe('/guides/impersonation/');
	});

	it('corrects a typing slip and says so', () => {
		const outcome = engine.search('instagarn');
		expect(outcome.status === 'results' && outcome.corrections.length).toBe(1);
		expect(topUrl('instagarn')).toBe('/platforms/instagram/');
	});

	it('links each section to an anchor on its page', () => {
		const outcome = engine.search('report impersonation instagram');
		expect(outcome.status).toBe('results');
		if (outcome.status !== 'results') return;
		expect(outcome.pages[0].sections[0].anchor).toBe('report-impersonation');
	});

	it('covers the helpline page', () => {
		expect(topUrl('helpline phone number')).toBe('/helpline/');
	});

	it("covers the helpline's page of links to send, by its name and purpose, and not by the titles it lists", () => {
		expect(topUrl('page of links to send callers')).toBe('/helpline/links/');
		expect(topUrl('links to send callers')).toBe('/helpline/links/');
		for (const query of ['fake instagram account of a teacher', 'sextortion guide', 'tiktok reporting']) expect(topUrl(query)).not.toBe('/helpline/links/');
	});

	it("covers the privacy page, and leaves other people's privacy to the guides", () => {
		expect(topUrl('does this site keep what i search for')).toBe('/privacy/');
		expect(topUrl('how does the quick exit button work')).toBe('/privacy/');
		expect(topUrl('snapchat privacy settings')).not.toBe('/privacy/');
		expect(topUrl('staff privacy online')).not.toBe('/privacy/');
	});

	it('finds the site\'s own pages by what people call them: what has changed, the map of the wizard, where to start (session 38)', () => {
		expect(topUrl('what has been updated in the advice since i last looked')).toBe('/changes/');
		expect(topUrl('latest changes to the guidance')).toBe('/changes/');
		expect(topUrl('map of every question and outcome of the wizard')).toBe('/report/map/');
		expect(topUrl("something has happened online and i've no idea where to start on this website")).toBe('/');
		// Their bodies (every page's title, every outcome, the common topics) are not searched.
		expect(topUrl('new apps pupils are using')).not.toBe('/changes/');
		expect(topUrl('fake account of the school on instagram')).not.toBe('/report/map/');
		expect(topUrl('hacked school account what should we do')).not.toBe('/');
	});

	it('finds the list of every guide and of every platform when asked for all of them, but not for one (session 43)', () => {
		expect(topUrl('list of all guides')).toBe('/guides/');
		const topThree = (query: string) => {
			const outcome = engine.search(query);
			return outcome.status === 'results' ? outcome.pages.slice(0, 3).map((hit) => hit.url) : [];
		};
		expect(topThree('which platforms do you cover')).toContain('/platforms/');
		expect(topThree('list of every platform you have')).toContain('/platforms/');
		// Their bodies (every guide's title and summary, every platform's name) are not searched.
		expect(topUrl('how do i report a fake account on instagram')).not.toBe('/platforms/');
		expect(topUrl('guide to sextortion for staff')).not.toBe('/guides/');
	});

	it("lists a wizard outcome at a platform's own page when the query names that one platform (session 38)", () => {
		const outcomeUrls = (query: string) => {
			const outcome = engine.search(query);
			return outcome.status === 'results' ? outcome.pages.map((hit) => hit.url).filter((url) => url.startsWith('/report/outcome/')) : [];
		};
		expect(outcomeUrls('someone made a fake tiktok pretending to be our head teacher')).toContain('/report/outcome/report-impersonation-of-staff/tiktok/');
		expect(outcomeUrls('fake insta using our school logo')).toContain('/report/outcome/report-impersonation-of-the-school/instagram/');
		// Two platforms, or none: the outcome itself, which links to every platform's page.
		expect(outcomeUrls('fake account pretending to be our head teacher on tiktok and instagram')).toContain('/report/outcome/report-impersonation-of-staff/');
		expect(outcomeUrls('fake account pretending to be our head teacher')).toContain('/report/outcome/report-impersonation-of-staff/');
		expect(outcomeUrls('fake account pretending to be our head teacher').filter((url) => url.split('/').length > 5)).toEqual([]);
		// An outcome with no platform's steps is never sent to a platform's page.
		expect(outcomeUrls('nudes of a year 9 on snapchat')).toContain('/report/outcome/sexual-images-of-under-18s/');
		expect(outcomeUrls('nudes of a year 9 on snapchat').filter((url) => url.startsWith('/report/outcome/sexual-images-of-under-18s/snapchat'))).toEqual([]);
	});

	it("reads a wizard outcome's page for the platform a query names as naming that platform, as its steps' heading does (session 42)", async () => {
		const { payload, shards } = await buildSearchIndex(pages);
		const first = (ranking: typeof RANKING, query: string) => {
			const outcome = new SearchEngine(payload, shards, ranking).search(query);
			return outcome.status === 'results' ? outcome.pages[0]?.url : undefined;
		};
		const scoreOf = (ranking: typeof RANKING, query: string, url: string) => {
			const outcome = new SearchEngine(payload, shards, ranking).search(query);
			return outcome.status === 'results' ? (outcome.pages.find((hit) => hit.url === url)?.score ?? 0) : 0;
		};
		// The outcome for hateful content never names YouTube; its page for YouTube does, and counts the name.
		const youtube = '/report/outcome/report-hateful-content/youtube/';
		expect(first(RANKING, 'hateful comments about a pupil on youtube')).toBe(youtube);
		expect(scoreOf(RANKING, 'hateful comments about a pupil on youtube', youtube)).toBeGreaterThan(scoreOf({ ...RANKING, outcomePlatformName: 0 }, 'hateful comments about a pupil on youtube', youtube));
		// A query about the platform itself still opens its page.
		expect(first(RANKING, 'how old do you have to be for youtube')).toBe('/platforms/youtube/');
	});

	it("counts a nation's part for less unless the query asks for it: a reader in Northern Ireland says \"principal\" whatever the question (session 43)", async () => {
		const { payload, shards } = await buildSearchIndex(pages);
		const firstTwo = (ranking: typeof RANKING, query: string) => {
			const outcome = new SearchEngine(payload, shards, ranking).search(query);
			return outcome.status === 'results' ? outcome.pages.slice(0, 2).map((hit) => hit.sections[0]?.anchor ?? '') : [];
		};
		const query = 'fake account of our principal keeps coming back after we report it, ballymena';
		expect(firstTwo({ ...RANKING, nationPartWeight: 1 }, query).some((anchor) => anchor.startsWith('uk-nations'))).toBe(true);
		expect(firstTwo(RANKING, query).some((anchor) => anchor.startsWith('uk-nations'))).toBe(false);
		// Asked for, a nation's part counts in full.
		expect(firstTwo(RANKING, 'who do we tell about a fake account of our principal in ballymena')[0]).toMatch(/northern-ireland$/);
	});

	it('counts a year group, like a person, for less than what happened: "year 11s" says which pupils (session 42)', async () => {
		const { payload, shards } = await buildSearchIndex(pages);
		const firstTwo = (personWeight: number) => {
			const outcome = new SearchEngine(payload, shards, { ...RANKING, personWeight }).search('year 11s made a video of a teacher and put it on youtube');
			return outcome.status === 'results' ? outcome.pages.slice(0, 2).map((hit) => hit.url) : [];
		};
		expect(firstTwo(RANKING.personWeight)).toContain('/platforms/youtube/');
		// Counted in full, "year" and "11s" brought up a page whose example names a year group.
		expect(firstTwo(1)).not.toContain('/platforms/youtube/');
	});

	it("lists an outcome with steps to report it above the guide that mentions every word in passing (Ranking.stepsWeight, session 42)", async () => {
		const { payload, shards } = await buildSearchIndex(pages);
		const first = (stepsWeight: number) => {
			const outcome = new SearchEngine(payload, shards, { ...RANKING, stepsWeight }).search('fake instagram page using our school badge');
			return outcome.status === 'results' ? outcome.pages[0]?.url : undefined;
		};
		expect(first(RANKING.stepsWeight)).toBe('/report/outcome/report-impersonation-of-the-school/instagram/');
		expect(first(1.1)).toBe('/guides/impersonation/');
	});

	it('reads "sex torsion" (a voice-to-text slip) as sextortion below the act-now answer too, not only in it (session 49)', () => {
		expect(topOrdinaryUrl('sex torsion email to year 11')).toBe('/guides/sextortion/');
		expect(topOrdinaryUrl('sex torsion email to year 11')).toBe(topOrdinaryUrl('sextortion email to year 11'));
	});

	it("gives an extra page's sectionAka terms only to sections the built page has (a renamed heading would leave them unused)", () => {
		for (const extra of extraDocuments()) {
			const anchors = pages.find((page) => page.url === extra.url)?.sections.map((section) => section.anchor) ?? [];
			for (const anchor of Object.keys(extra.sectionAka ?? {})) expect(anchors, `${extra.source}: sectionAka "${anchor}"`).toContain(anchor);
		}
	});
});
