import { beforeAll, describe, expect, it } from 'vitest';
import { actNow } from '../../src/data/act-now';
import { parseDataFile } from '../../src/data/parse-data-file';
import { ActNowSchema } from '../../src/schemas/act-now';
import { checkActNowTargets, conceptSlipTargets, encodeActNow } from '../../src/search/act-now';
import { type ActNowPattern, actNowTerms, ageToken, ANYWHERE, containsPattern, type EncodedActNowConcept, matchActNow, PHRASE_GAP } from '../../src/search/act-now-match';
import { packActNow, unpackActNow } from '../../src/search/act-now-packed';
import { whoIsNamed } from '../../src/search/act-now-who';
import { WORD_LISTS, type WordListName } from '../../src/search/act-now-words';
import { buildSearchIndex } from '../../src/search/build-index';
import { SearchEngine } from '../../src/search/engine';
import { editDistance } from '../../src/search/query';
import { searchPagesFromDist } from '../../src/search/sources';
import { encodeSynonyms } from '../../src/search/synonyms';
import { termOf } from '../../src/search/text';
import independent from '../search/independent-safety.json';
import { acceptsConcept, measuredSafetySets, type SafetyQuery } from '../search/relevance';
import safety from '../search/safety.json';
import safety4 from '../search/safety-4.json';
import safety5 from '../search/safety-5.json';
import safety6 from '../search/safety-6.json';
import safety7 from '../search/safety-7.json';
import safety8 from '../search/safety-8.json';
import safety9 from '../search/safety-9.json';
import safety10 from '../search/safety-10.json';
import safety11 from '../search/safety-11.json';
import safety12 from '../search/safety-12.json';
import safety13 from '../search/safety-13.json';
import safety14 from '../search/safety-14.json';
import safety15 from '../search/safety-15.json';
import safety16 from '../search/safety-16.json';
import safety17 from '../search/safety-17.json';
import safety18 from '../search/safety-18.json';
import safety19 from '../search/safety-19.json';
import safety20 from '../search/safety-20.json';
import safety21 from '../search/safety-21.json';
import safety22 from '../search/safety-22.json';
import safety23 from '../search/safety-23.json';
import safety24 from '../search/safety-24.json';
import safety25 from '../search/safety-25.json';
import safety26 from '../search/safety-26.json';
import safety27 from '../search/safety-27.json';
import safety28 from '../search/safety-28.json';
import safety29 from '../search/safety-29.json';
import safety30 from '../search/safety-30.json';
import safety31 from '../search/safety-31.json';
import safety32 from '../search/safety-32.json';
import safety33 from '../search/safety-33.json';
import safety34 from '../search/safety-34.json';
import safety35 from '../search/safety-35.json';
import safety36 from '../search/safety-36.json';
import safety37 from '../search/safety-37.json';
import safety38 from '../search/safety-38.json';
import safety39 from '../search/safety-39.json';
import safety40 from '../search/safety-40.json';
import safety41 from '../search/safety-41.json';
import safety42 from '../search/safety-42.json';
import safety43 from '../search/safety-43.json';
import safety44 from '../search/safety-44.json';
import safety45 from '../search/safety-45.json';
import safety46 from '../search/safety-46.json';
import safety47 from '../search/safety-47.json';
import safety48 from '../search/safety-48.json';
import safety49 from '../search/safety-49.json';
import safety50 from '../search/safety-50.json';
import safety51 from '../search/safety-51.json';
import safety52 from '../search/safety-52.json';
import safety53 from '../search/safety-53.json';
import safety54 from '../search/safety-54.json';
import safety55 from '../search/safety-55.json';
import safety56 from '../search/safety-56.json';
import safety57 from '../search/safety-57.json';
import safety58 from '../search/safety-58.json';
import safety59 from '../search/safety-59.json';
import safety60 from '../search/safety-60.json';
import safety61 from '../search/safety-61.json';
import safety62 from '../search/safety-62.json';
import safety63 from '../search/safety-63.json';
import safety64 from '../search/safety-64.json';
import safety65 from '../search/safety-65.json';
import safety66 from '../search/safety-66.json';
import safety67 from '../search/safety-67.json';
import safety68 from '../search/safety-68.json';
import safety69 from '../search/safety-69.json';
import safety70 from '../search/safety-70.json';
import safety71 from '../search/safety-71.json';
import safety72 from '../search/safety-72.json';
import safety73 from '../search/safety-73.json';
import safety74 from '../search/safety-74.json';
import safety75 from '../search/safety-75.json';
import safety76 from '../search/safety-76.json';
import safety77 from '../search/safety-77.json';
import safety78 from '../search/safety-78.json';
import safety79 from '../search/safety-79.json';
import safetyStaff from '../search/safety-staff.json';
import safetyWorst from '../search/safety-worst.json';
import { siteSearch } from './site-search';

const { misspellings, groups } = encodeSynonyms();
const encoded = encodeActNow(actNow, misspellings);
/** One concept matched alone, with no file-wide `unless` (and the file's lists of words). */
const alone = (concept: EncodedActNowConcept) => ({ unless: [], concepts: [concept], words: encoded.words });
/**
 * The matcher as search runs it: with the synonyms and the index's vocabulary (a word the site
 * knows is never read as a slip). Built from dist/: build first.
 */
let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await siteSearch());
}, 60_000);
const matches = (query: string) => engine.matchActNow(query);
const firstConcept = (query: string) => matches(query)[0]?.concept.id;
/** Every concept the query matches, most urgent first. */
const ids = (query: string) => matches(query).map((match) => match.concept.id);
/** A read set's cases, reworded: each must fire its concept. */
const firesInOtherWords = (cases: [string, string][]) =>
	it.each(cases)('fires for a case in other words: "%s"', (query, concept) => {
		expect(ids(query)).toContain(concept);
	});
/** Everyday or other queries that share a rule's words: the concept named must not fire. */
const firesNotFor = (cases: [string, string][]) =>
	it.each(cases)('does not fire for an everyday or other query: "%s" (not %s)', (query, concept) => {
		expect(ids(query)).not.toContain(concept);
	});
/** The child's answers only: an adult's own case has an answer of its own (a concept's `adult`). */
const childMatches = (query: string) => matches(query).filter((match) => !match.forAdult);

describe('act-now concepts (content/data/act-now.json)', () => {
	it('covers each situation the issue names, and a child being tracked (an act-now outcome of the wizard)', () => {
		expect(actNow.concepts.map((c) => c.id).sort()).toEqual(
			[
				'abuse-at-home',
				'abuse-by-someone-they-know',
				'abuse-seen-on-a-call',
				'adult-sent-a-sexual-image',
				'after-a-pupils-death',
				'child-in-care-contact',
				'criminal-exploitation',
				'dangerous-challenge',
				'filmed-assault',
				'grooming',
				'honour-based-abuse',
				'immediate-danger',
				'online-group-coercion',
				'paid-for-sexual-images',
				'pupil-address-with-threats',
				'radicalisation',
				'self-harm-suicide',
				'sextortion-blackmail',
				'sexual-assault',
				'sexual-behaviour-of-a-young-child',
				'sexual-images-under-18',
				'staff-conduct',
				'stranger-filming-children',
				'threat-from-a-group',
				'threat-to-attack-the-school',
				'threats-weapons',
				'tracking-of-a-child',
			].sort(),
		);
	});

	it('leads each concept to a page (and section) that search covers', async () => {
		const pages = await searchPagesFromDist(process.cwd());
		expect(checkActNowTargets(actNow, pages)).toEqual([]);
	}, 60_000);

	it('names the field when a target does not exist', async () => {
		const pages = await searchPagesFromDist(process.cwd());
		const broken = { ...actNow, concepts: [{ ...actNow.concepts[0], target: '/guides/harmful-content/#no-such-section' }] };
		const [problem] = checkActNowTargets(broken, pages);
		expect(problem).toContain('concepts[0].target');
		expect(problem).toContain('#no-such-section');
	}, 60_000);

	it('rejects a malformed file with the file and the field named', () => {
		const bad = { about: '', concepts: [{ id: 'x', title: 'A title', summary: 'A summary sentence.', target: '/guides/nowhere/', terms: ['two words'] }] };
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, bad)).toThrow(/content\/data\/act-now\.json.*concepts\[0\]\.target/s);
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, bad)).toThrow(/concepts\[0\]\.terms\[0\]/);
	});

	it('says what a "stillWhen", "concerns" or "namesAChild" entry may be when one is wrong, not only that it is invalid (session 42)', () => {
		const concept = { ...actNow.concepts[0], stillWhen: ['nude|nudes'], concerns: ['Her Pics'] };
		const bad = { ...actNow, namesAChild: ['iioc|csam'], concepts: [concept] };
		const thrown = (() => {
			try {
				parseDataFile('content/data/act-now.json', ActNowSchema, bad);
			} catch (error) {
				return String(error);
			}
			return '';
		})();
		for (const field of ['concepts[0].stillWhen[0]', 'concepts[0].concerns[0]', 'namesAChild[0]']) expect(thrown).toContain(field);
		expect(thrown).toMatch(/"stillWhen" entry must be one lower-case word \("nudes"\) or a phrase/);
		expect(thrown).not.toContain('Invalid input');
		// A word and a phrase are both still allowed.
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, concepts: [{ ...concept, stillWhen: ['nudes', 'her pics'], concerns: [] }], namesAChild: ['iioc'] })).not.toThrow();
	});

	it('names a two-word choice written inside a list, which a phrase reads as two places (session 43)', () => {
		const withPhrase = (phrase: string) => ({ ...actNow, concepts: [{ ...actNow.concepts[0], phrases: [phrase] }] });
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, withPhrase('doesnt|dont|does not know where she is'))).toThrow(/concepts\[0\]\.phrases\[0\].*"doesnt\|does not" reads as two places/s);
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, withPhrase('its|it is only pics'))).toThrow(/"its\|it is"/);
		// Both forms in a list of their own, and the long form as a phrase of its own, are fine.
		for (const phrase of ['doesnt|dont know where she is', 'does|do not know where she is', 'he|hes 16|17', 'app she didnt|did install']) expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, withPhrase(phrase)), phrase).not.toThrow();
	});
});

describe('matchActNow', () => {
	it.each(safety.queries)('fires "$concept" first for "$query"', (safetyQuery: SafetyQuery) => {
		expect(acceptsConcept(safetyQuery, firstConcept(safetyQuery.query)), `${safetyQuery.query} → ${firstConcept(safetyQuery.query)}`).toBe(true);
	});

	it.each(safety.controls)('does not fire a child\'s answer for "$query", and an adult\'s only where it is the page expected', ({ query, expect: page, alsoAccept = [] }) => {
		expect(childMatches(query)).toEqual([]);
		for (const match of matches(query)) expect([page, ...alsoAccept]).toContain(match.concept.target);
	});

	it('does not fire for a wrong word that only looks like a term', () => {
		expect(firstConcept('how do i export data from instagram')).toBeUndefined();
		expect(firstConcept('strange messages from a parent')).toBeUndefined();
		expect(firstConcept('after school cooking club on zoom')).toBeUndefined();
		expect(firstConcept('privacy setting for a class account')).toBeUndefined();
	});

	it.each([
		'is paracetamol safe for a headache at school',
		'pupil wants to meet the head',
		'report button missing on snapchat',
		'rude comments about a teacher',
		'challenge for PE week',
		'how to teach year 8 about sexting in pshe',
		'pupils calling each other gay in the group chat',
		'year 9 boys gambling on fifa packs',
		'our school twitter was hacked and posting spam',
		'a pupil spends 8 hours a day on fortnite',
		'knife and fork etiquette lesson',
		'dangerous driving video of a sixth former',
		'threatening letter from a solicitor about a parent complaint',
		'student filming teacher in class and putting it on tiktok',
		'got an email saying they recorded me on my webcam and want bitcoin',
		'parents paid for school photos twice',
		'making money from youtube videos',
		'photo of the class taken on a phone for the website',
		'P6 class blog comments turned nasty',
		'how do i set up snap map safely for school trip',
		'staff training on knife crime',
		'pupil missing from registration lots',
		'gun shaped pencil sharpener',
		'deepfake video of the prime minister for a media literacy lesson',
		'pupils dared each other to eat a whole lemon',
		'tracking pupil progress in year 9',
		'how to turn off location sharing on snapchat',
		'parents evening being held on monday',
		'school trip staying in a hotel',
		'the report link is not working now',
		'form tutor messaging parents about homework',
		'target list for year 11 grades',
		'send more evidence to the helpline',
		'locked in a dispute with a parent',
		'pay for school pictures online',
		'talking to 30 pupils about online safety',
		'fire drill video naming the classes',
		'our headteacher keeps getting phishing emails asking for money',
		'parents evening video call recorded without permission',
		'can parents see where their child is on life360',
		'airtag on the minibus keys so we stop losing them',
		'grooming standards unit for the hair and beauty course',
		'ransomware email to the school office: pay bitcoin or we leak your data',
		'filter blocked renaissance nudes in the art history lesson',
	])('does not fire for everyday words close to a safety phrase: "%s"', (query) => {
		expect(matches(query)).toEqual([]);
	});

	it.each([
		['pupil says she does not want to be here anymore', 'self-harm-suicide'],
		['man in his 30s sending messages to a year 8 girl', 'grooming'],
		['someone threatening to post her pics', 'sextortion-blackmail'],
		['they want money or they will share his nudes', 'sextortion-blackmail'],
		['pupil in hospital after a tiktok challenge', 'dangerous-challenge'],
		['inappropriate pics of a year 10 pupil', 'sexual-images-under-18'],
		// A threat to shoot people at school is a threat to attack it (session 35; the same page).
		['student threatening to shoot people at school', 'threat-to-attack-the-school'],
		['pupil hasnt come home and posted goodbye', 'immediate-danger'],
		['year 9 girl keeps getting an airtag alert on her iphone', 'tracking-of-a-child'],
		['spy app found on a pupils phone', 'tracking-of-a-child'],
		['someone is tracking her location, she thinks its a man from snapchat', 'tracking-of-a-child'],
	])('fires for a teacher\'s own words: "%s" → %s', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
	});

	it('puts the more urgent concept first when a query matches several', () => {
		expect(matches('being blackmailed with her nudes').map((m) => m.concept.id)).toEqual(['sextortion-blackmail', 'sexual-images-under-18']);
	});

	it('reads a word the site does not know, one letter from a long term, as that term', () => {
		expect(firstConcept('groomng online what do i do')).toBe('grooming');
		expect(firstConcept('sucide note on a story')).toBe('self-harm-suicide');
		// The slip must come after the first two letters, and the word must be unknown to the site.
		expect(matchActNow('groomng', encoded, { misspellings })).toEqual([]);
	});

	it('matches a word of a pattern through its one-word synonyms in synonyms.json', () => {
		expect(firstConcept('student missing from home')).toBe('immediate-danger');
		expect(firstConcept('pupil posting photos of cuts')).toBe('self-harm-suicide');
		expect(matchActNow('student missing from home', encoded, { misspellings, synonyms: groups })[0]?.concept.id).toBe('immediate-danger');
		expect(matchActNow('student went home', encoded, { misspellings, synonyms: groups })).toEqual([]);
	});

	it('reads an adult\'s age next to "boyfriend" as grooming, and not a number that counts something else', () => {
		expect(firstConcept('pupil says her boyfriend is 24')).toBe('grooming');
		expect(firstConcept('year 9 girl with a 19 year old boyfriend')).toBe('grooming');
		expect(firstConcept('her boyfriend is in year 11')).toBeUndefined();
		expect(firstConcept('her boyfriend is 15')).toBeUndefined();
		expect(firstConcept('boyfriend messaged her 24 times')).toBeUndefined();
	});

	it('does not fire when the file-wide `unless` phrases say the query is about teaching or training', () => {
		expect(firstConcept('knife crime lesson plan')).toBeUndefined();
		expect(firstConcept('first aid course what to do if someone is choking on food')).toBeUndefined();
		expect(firstConcept('how to teach pupils about grooming')).toBeUndefined();
		expect(firstConcept('pupil brought a knife to school')).toBe('threats-weapons');
	});

	it('does not fire a concept when an `unless` phrase says the query is about someone else', () => {
		expect(firstConcept('nude tights for the school play')).toBeUndefined();
		expect(firstConcept('deepfake video of the prime minister')).toBeUndefined();
		expect(firstConcept('deepfake nude of a year 9 pupil')).toBe('sexual-images-under-18');
	});

	it('reads a tracker on an adult\'s car as the adult\'s case, and one found in a child\'s things as the child\'s', () => {
		expect(firstConcept("tracker found in my son's school bag")).toBe('tracking-of-a-child');
		expect(firstConcept('teacher thinks her ex has put an airtag on her car')).toBe('tracking-of-an-adult');
		expect(firstConcept('my ex put an airtag in my car')).toBe('tracking-of-an-adult');
		expect(firstConcept("airtag on her son's car")).toBe('tracking-of-a-child');
		expect(firstConcept("airtag found in my daughter's bag")).toBe('tracking-of-a-child');
	});

	it('still fires for a child\'s own words quoted in the first person ("my nudes", "a nude of me")', () => {
		expect(firstConcept("she told me 'someone made a fake nude of me with an app and its everywhere'")).toBe('sexual-images-under-18');
		expect(firstConcept("student says 'they've got my nudes and my contact list'")).toBe('sextortion-blackmail');
		expect(firstConcept("pupil told me 'he has pics of me and wants money'")).toBe('sextortion-blackmail');
		expect(firstConcept("pupil said 'i found an airtag in my bag, i think someone is tracking me'")).toBe('tracking-of-a-child');
		expect(firstConcept("year 8 boy said 'someone recorded me on my webcam and says pay or they send it'")).toBe('sextortion-blackmail');
	});

	it('reads the whole query, however long', () => {
		expect(firstConcept(`${'we are worried about a pupil in year 9 '.repeat(20)} she said kms`)).toBe('self-harm-suicide');
	});

	it('matches an "asTyped" word only as written, not in another form', () => {
		expect(firstConcept('year 7 sent a pic of his privates to a girl')).toBe('sexual-images-under-18');
		expect(firstConcept('make my facebook private as a teacher')).toBeUndefined();
		expect(firstConcept('pupil made his account private')).toBeUndefined();
	});

	it('never reads a lookalike as a concept word by its stem ("piling" shares "pills"\'s stem)', () => {
		expect(firstConcept('parents piling in on a facebook post about a teacher, loads of them, can it be taken down')).toBeUndefined();
		expect(firstConcept('she has taken a load of pills')).toBe('immediate-danger');
	});

	it("hears a child's case told to a member of staff, which an adult's `unless` must not stop", () => {
		expect(firstConcept('pupil told staff she is being blackmailed')).toBe('sextortion-blackmail');
		expect(firstConcept('year 9 told her teacher he is being blackmailed over pics')).toBe('sextortion-blackmail');
		expect(firstConcept('a teacher is being blackmailed by an ex')).toBe('blackmail-of-an-adult');
	});

	it('hears wording found in the fourth held-out set (2 December 2026)', () => {
		expect(firstConcept("a pupil posted on tiktok that she doesn't want to be here anymore")).toBe('self-harm-suicide');
		expect(firstConcept('y5 boy says someone on roblox is offering him robux for pics')).toBe('grooming');
		expect(firstConcept("mum thinks her ex has put a tracker on her daughter's phone")).toBe('tracking-of-a-child');
		// An inset day is staff training: no pupils are at risk in the query.
		expect(firstConcept('warning signs of online grooming to tell staff about at our inset day')).toBeUndefined();
	});

	it('reads "or else" and "asking for money" only with their words together (a phrase\'s own "-")', () => {
		expect(firstConcept('pay up or else')).toBe('sextortion-blackmail');
		expect(firstConcept('he wants money or else he will share the pics')).toBe('sextortion-blackmail');
		expect(matches('the video could be seen by a parent or someone else')).toEqual([]);
		expect(firstConcept('someone online asking her for money or they post her pics')).toBe('sextortion-blackmail');
		expect(matches('parents getting texts asking for trip money')).toEqual([]);
		expect(matches('office asking for dinner money back')).toEqual([]);
	});

	it('hears wording found in the voices set (session 27), and not its look-alikes', () => {
		// "nothing happened, what now" is a report that got nowhere, not something happening now.
		expect(matches('reported the post to insta 2 days ago and nothing happened what now')).toEqual([]);
		expect(firstConcept("it's happening now, he is outside her house")).toBe('immediate-danger');
		// A child filmed self-harming, told in a youth worker's words.
		expect(firstConcept('lad in our club sent a vid of himself cutting to the group chat')).toBe('self-harm-suicide');
		expect(matches('he sent a video of himself cooking')).toEqual([]);
		// A parent messaging a coach is not a coach messaging a child.
		expect(matches('football coach - a parent keeps messaging me on insta late at night')).toEqual([]);
		expect(firstConcept('the football coach keeps messaging her on snapchat')).toBe('grooming');
		// A fake school page asking parents for money is a scam, not blackmail.
		expect(matches('parent rang saying theres a fake school facebook page asking for money')).toEqual([]);
		expect(firstConcept('fake account asking her for money or they post her pics')).toBe('sextortion-blackmail');
	});

	it('reads "tablets" as pills only when someone took an amount of them', () => {
		expect(matches('pupils have taken loads of videos on the school tablets')).toEqual([]);
		expect(matches('year 5 took the tablets home by mistake, can they see tiktok')).toEqual([]);
		expect(firstConcept('she has taken a load of tablets')).toBe('immediate-danger');
		expect(firstConcept("he took a handful of his mum's pills")).toBe('immediate-danger');
	});

	it('reads a child taken from a public place by someone as danger now, and not an outing or a thing taken', () => {
		expect(firstConcept('someone has taken a 14 yr old from the park, she sent her location on snap map')).toBe('immediate-danger');
		expect(firstConcept('girl grabbed from the street by a man she met online')).toBe('immediate-danger');
		expect(matches('took the class from the park back to school')).toEqual([]);
		expect(matches('pupils took photos from the park')).toEqual([]);
		expect(matches('mum took her from school early for a holiday')).toEqual([]);
	});

	it('reads a threat to batter or stab a member of staff however far from "going to", and not a game or a camera', () => {
		const staffThreat = matches('parent says on facebook he is going to come up to the school and batter mr jones');
		expect(staffThreat[0]?.concept.id).toBe('threat-to-a-member-of-staff');
		expect(staffThreat[0]?.forAdult).toBe(true);
		expect(matches('kill the teacher game on roblox')).toEqual([]);
		expect(matches('should teachers be allowed to shoot videos of pupils')).toEqual([]);
		expect(firstConcept('posts saying mr jones should be shot')).toBe('threats-weapons');
	});

	it('reads a gang or a dealer threatening a pupil over a debt as a group threat, not blackmail; a debt for nudes is still blackmail', () => {
		expect(firstConcept('gang threatening pupil online over money he owes')).toBe('threat-from-a-group');
		expect(firstConcept('pupil owes money to a dealer and they are threatening his family')).toBe('threat-from-a-group');
		expect(matches('gang threatening pupil online over money he owes').map((match) => match.concept.id)).not.toContain('sextortion-blackmail');
		expect(firstConcept('boy being blackmailed, they say he owes them money or they send his nudes to his mum')).toBe('sextortion-blackmail');
	});

	it('does not read "next to present" or a character in a set text as a pupil\'s death', () => {
		expect(matches('pupil said ill be next to present')).toEqual([]);
		expect(matches('romeo took his own life english lesson')).toEqual([]);
		expect(firstConcept('after the year 10 girl took her own life a boy posted ill be next')).toBe('after-a-pupils-death');
	});

	it('reads a pupil named as a "hood" or a "tout" online as a group threat, and not hoods worn in class', () => {
		expect(firstConcept('teenager named as a hood on local facebook page')).toBe('threat-from-a-group');
		expect(firstConcept('year 12 boy called a tout on a community page')).toBe('threat-from-a-group');
		expect(matches('pupils wearing hoods in class named on the behaviour chart')).toEqual([]);
	});

	it('reads a group making a child cut or carve names into their skin as group coercion and self-harm, and not a cut finger or woodwork', () => {
		const carved = matches('pupil joined a group on discord that makes them cut names into their skin').map((match) => match.concept.id);
		expect(carved[0]).toBe('online-group-coercion');
		expect(carved).toContain('self-harm-suicide');
		expect(matches('pupil cut the skin on her finger in food tech')).toEqual([]);
		expect(matches('DT group told to carve their initials into the wood')).toEqual([]);
	});

	it('reads nudes or pics sent for money as a child paid for images, and a demand with a threat still as blackmail', () => {
		expect(firstConcept('pupil sent nudes for money to older men')).toBe('paid-for-sexual-images');
		expect(firstConcept('year 9 girl sending pics for money')).toBe('paid-for-sexual-images');
		expect(firstConcept('pupil is doing onlyfans')).toBe('paid-for-sexual-images');
		expect(firstConcept("year 10 boy says he wants money for nudes or he'll post them")).toBe('sextortion-blackmail');
		expect(matches('pupils say miss sells pics on onlyfans').map((match) => match.concept.id)).not.toContain('paid-for-sexual-images');
	});

	it('does not read a pupil missing school, or a coach messaging parents, as danger or grooming; a pupil missing from school still is danger', () => {
		expect(matches('pupil missing school for a family wedding abroad').map((match) => match.concept.id)).not.toContain('immediate-danger');
		expect(firstConcept('pupil missing from school since monday and not answering')).toBe('immediate-danger');
		expect(matches("football coach messaging parents about saturday's match")).toEqual([]);
		expect(firstConcept('coach messaging a year 8 girl at night')).toBe('staff-conduct');
	});

	it('does not read "jump off" into "jumping in front of" (words joined by "-" in a phrase)', () => {
		expect(firstConcept('boy threatening to jump off the bridge')).toBe('immediate-danger');
		expect(matches('boys jumping in front of cars for a snap video').map((match) => match.concept.id)).not.toContain('immediate-danger');
	});

	it('does not read "nose" as "noose" (the same stem)', () => {
		expect(matches('red nose day video on the school page')).toEqual([]);
		expect(firstConcept('pupil posted a picture of a noose')).toBe('self-harm-suicide');
	});

	it('lets a child\'s disclosure through the file-wide `unless` for a lesson', () => {
		expect(matches('pshe lesson on sextortion awareness for sixth form')).toEqual([]);
		expect(matches('RSHE lesson on sexting for Year 9')).toEqual([]);
		expect(firstConcept('a pupil disclosed in a pshe lesson that she is being blackmailed')).toBe('sextortion-blackmail');
	});

	it('matches a misspelling from synonyms.json and one wrong letter in a long word', () => {
		expect(firstConcept('sextorsion')).toBe('sextortion-blackmail');
		expect(firstConcept('pupil being blackmaled')).toBe('sextortion-blackmail');
	});
});

describe('a missing child, and a teacher called "miss"', () => {
	it('reads "missing" as typed: a child missing is 999, "miss keeps messaging her" is a member of staff', () => {
		for (const query of ['year 8 girl missing', 'boy has gone missing', 'daughter missing overnight', 'pupil went missing after meeting someone online']) {
			expect(firstConcept(query), query).toBe('immediate-danger');
		}
		// "miss" shares its stem with "missing": "girl … miss" read as "girl missing" and led with 999.
		expect(matches('a year 9 girl says miss keeps messaging her at night').map((match) => match.concept.id)).not.toContain('immediate-danger');
		expect(firstConcept('a year 9 girl says miss keeps messaging her at night')).toBe('staff-conduct');
	});
});

describe('a meeting now, and one that happened', () => {
	it('does not read the past "met" as a meeting now: meeting someone from online is grooming, not 999', () => {
		for (const query of ['pupil met a boy from snapchat last week, what now', 'she met a man online last year', 'year 9 girl met someone from roblox in town today']) {
			expect(matches(query).map((match) => match.concept.id), query).not.toContain('immediate-danger');
		}
		expect(firstConcept('she met a man online last year')).toBe('grooming');
		// Being friends with, or talking to, someone met online is a relationship, not being with them now.
		for (const query of ['she is friends with a boy she met online', 'year 8 is talking to a man he met on roblox', 'pupil is in contact with someone they met on snap']) {
			expect(firstConcept(query), query).toBe('grooming');
		}
		// No act-now answer: the ordinary results lead with grooming.
		const outcome = engine.search('pupil met a boy from snapchat last week, what now');
		const firstThree = outcome.status === 'results' ? outcome.pages.slice(0, 3).map((hit) => hit.url) : [];
		expect(firstThree.filter((url) => ['/guides/grooming/', '/report/outcome/adult-contacting-a-child/'].includes(url))).not.toEqual([]);
	});

	it('still reads a meeting now, tonight or today as immediate danger', () => {
		for (const query of ['she is meeting them now', 'girl is meeting him tonight', 'year 8 is meeting a man from roblox right now', 'pupil says shes meeting a man from snap tonight', 'girl is with a man she met online right now', 'shes with someone she met online', 'she is at an address with a man she met on snap', 'he went with a man he met on fortnite']) {
			expect(firstConcept(query), query).toBe('immediate-danger');
		}
	});

	it('matches a word written "=word" in a phrase or a "together" entry only as written, not another form with its stem', () => {
		const file = { ...actNow, concepts: [{ ...actNow.concepts[0], terms: [], ages: [], unless: [], adult: undefined, phrases: ['=meeting|=meet a stranger'], together: [[['=meet', '=meeting'], 'tonight']] }] };
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(matchActNow('meeting a stranger', one)).toHaveLength(1);
		expect(matchActNow('going to meet a stranger', one)).toHaveLength(1);
		expect(matchActNow('met a stranger', one)).toEqual([]);
		expect(matchActNow('she is meeting him tonight', one)).toHaveLength(1);
		expect(matchActNow('she met him, what about tonight', one)).toEqual([]);
		// Without "=", a word matches every form with its stem, the past included.
		const loose = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, { ...file, concepts: [{ ...file.concepts[0], phrases: ['meeting a stranger'], together: [] }] }), misspellings);
		expect(matchActNow('met a stranger', loose)).toHaveLength(1);
	});
});

describe('an account held to ransom (sextortion\'s `stillWhen`)', () => {
	it('does not read a demand for money to give back an account as sextortion', () => {
		for (const query of [
			'school instagram hacked and they want money or they wont give it back unless we pay',
			'our school instagram account was hacked and they are demanding money to give it back',
			'hacker wants £500 to unlock our facebook page',
			// The threat is to delete the account, not to share anything.
			'school insta hacked, they say pay or we delete it',
			'hacked our page and say pay or they will wipe everything',
		]) {
			expect(matches(query), query).toEqual([]);
		}
	});

	it('still reads it as sextortion when the hacker threatens images: a child\'s, or sexual ones', () => {
		expect(firstConcept('hacker has her account and wants money to give it back or he will share her nudes')).toBe('sextortion-blackmail');
		expect(firstConcept('hacked her snapchat, wants money to give it back or he posts her pics')).toBe('sextortion-blackmail');
		expect(firstConcept('hacked her snap, pay or we delete it and post her pics')).toBe('sextortion-blackmail');
	});

	it('lets a `stillWhen` word or phrase undo the concept\'s own `unless`, and not the file\'s', () => {
		const file = { ...actNow, unless: ['lesson plan'], concepts: [{ ...actNow.concepts[0], terms: ['blackmail'], phrases: [], together: [], ages: [], adult: undefined, unless: ['give it back'], stillWhen: ['nudes', 'her pics'] }] };
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(matchActNow('blackmail to give it back', one)).toEqual([]);
		expect(matchActNow('blackmail to give it back or he shares nudes', one)).toHaveLength(1);
		expect(matchActNow('blackmail to give it back or he posts her saved pics', one)).toHaveLength(1);
		expect(matchActNow('blackmail nudes lesson plan', one)).toEqual([]);
	});

	it('reads a `surePhrases` entry as a phrase that fires the concept and undoes its own `unless`, written once', () => {
		const file = { ...actNow, unless: [], concepts: [{ ...actNow.concepts[0], terms: ['blackmail'], phrases: [], together: [], ages: [], adult: undefined, unless: ['give it back'], stillWhen: [], surePhrases: ['post her pics'] }] };
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(matchActNow('he will post her pics', one)).toHaveLength(1);
		expect(matchActNow('blackmail to give it back', one)).toEqual([]);
		expect(matchActNow('give it back or he will post her pics', one)).toHaveLength(1);
		// In the site's file: the film's name (self-harm's own `unless`) does not hide an attempt.
		expect(ids('year 10 watched suicide squad last night')).not.toContain('self-harm-suicide');
		expect(ids('year 10 watched suicide squad last night and then made a suicide attempt')).toContain('self-harm-suicide');
	});
});

describe("an adult's own case (a concept's `adult`)", () => {
	it.each([
		['TA being blackmailed with her own intimate images by her ex', 'blackmail-of-an-adult'],
		['our caretaker is being extorted after sending explicit photos to a woman he met online', 'blackmail-of-an-adult'],
		["im a TA and a man i met on hinge says he'll send my pics to my school unless i pay him", 'blackmail-of-an-adult'],
		["support staff member's private photos shared by her ex", 'intimate-image-of-an-adult'],
		['deepfake nude of a teacher', 'intimate-image-of-an-adult'],
		['sexual pics of me on a leak site that i never agreed to, im 34', 'intimate-image-of-an-adult'],
		['adult former pupil\'s intimate images leaked', 'intimate-image-of-an-adult'],
		['teacher whose ex is tracking her car', 'tracking-of-an-adult'],
		['classroom assistant thinks her ex is tracking her phone', 'tracking-of-an-adult'],
		['teacher stalked online by a parent', 'tracking-of-an-adult'],
	])('gives the adult\'s answer first for "%s" → %s', (query, answer) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: answer }, forAdult: true });
		expect(childMatches(query)).toEqual([]);
	});

	it.each([
		// A member of staff harming a child, told in the words of an adult's case.
		['teacher blackmailing a pupil for nudes', 'sextortion-blackmail'],
		['a teacher who blackmailed a year 9 girl', 'sextortion-blackmail'],
		['staff member blackmailed a student into sending pics', 'sextortion-blackmail'],
		['girl blackmailed by a teacher', 'sextortion-blackmail'],
		// A child of an adult, or a child's image sent to one.
		["nudes of a teacher's daughter", 'sexual-images-under-18'],
		['year 10 sent her teacher nudes', 'sexual-images-under-18'],
		["mum thinks her ex has put a tracker on her daughter's phone", 'tracking-of-a-child'],
		// Only the one asking is an adult, or only the one telling.
		['as a teacher what do i do about sextortion', 'sextortion-blackmail'],
		['a teacher reported sextortion', 'sextortion-blackmail'],
		['teacher says someone is threatening to share her nudes unless she pays', 'sextortion-blackmail'],
		// A child's words quoted in the first person: worst case first.
		["pupil told me 'he has pics of me and wants money'", 'sextortion-blackmail'],
		["my nudes got leaked, what do i do", 'sexual-images-under-18'],
		// "Sent her" makes a child the likely one (the file's `childHints`): a member of staff's
		// conduct towards her, an allegation first (session 35; before, the images' answer).
		['teacher sent her nudes', 'staff-conduct'],
	])('gives the child\'s answer, never the adult\'s, when a child may be the one harmed: "%s" → %s', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
		expect(matches(query).filter((match) => match.forAdult)).toEqual([]);
	});

	it("gives the adult's answer when an adult's image was made or shared by a child, and neither when the child did something else to them", () => {
		// Session 57: a maker counts as one who passed it on, named before the verb or after it as its agent.
		expect(matches('deepfake nude of a teacher made by year 9 pupils')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('lads in year 11 made a deepfake of a teacher')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('a nude of miss shared by a year 11')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		// A child pictured keeps the child's answer, whoever shared it.
		expect(matches('a nude of a year 9 girl shared by a year 11')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(matches('a teacher was blackmailed by a year 10 boy')).toEqual([]);
	});

	// A threat to a member of staff: the adult's answer is a section of the threats page itself
	// (`samePage`), so it needs words that say an adult is threatened, and a child named as well
	// gives the threats page rather than nothing.
	it.each([
		'parent emailed a teacher threatening to kill her',
		'staff member received threatening email from parent',
		'ex pupil said he will stab mr jones',
		'dad in the playground threatened to batter the head',
		'death threats against our headteacher on facebook',
		"a parent posted where our TA lives and said they're coming for her",
	])('answers a threat to a member of staff with the staff section: "%s"', (query) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: 'threat-to-a-member-of-staff', target: '/report/outcome/threat-of-violence/#staff-address' }, forAdult: true });
		expect(childMatches(query)).toEqual([]);
	});

	it.each(['someone posted they will bomb the school tomorrow', 'email threatening to shoot up the school'])(
		'gives a threat to the whole school its own section of the threats page, not the staff answer: "%s"',
		(query) => {
			expect(matches(query)[0]).toMatchObject({ concept: { id: 'threat-to-attack-the-school', target: '/report/outcome/threat-of-violence/#attack-on-the-school' }, forAdult: false });
			expect(matches(query).filter((match) => match.forAdult)).toEqual([]);
		},
	);

	it.each([
		// Nobody named: worst case first, the threats page.
		'a man with a knife outside the gates',
		// A child named, as the one threatened or the one who did it: the threats page, which covers both.
		'pupil threatened to stab a teacher',
		'year 10 boy posted a video with a knife threatening mr smith',
		"teacher threatened a pupil's dad said he would kill him",
	])('gives the threats page, not the staff answer, when it may be the school or a child: "%s"', (query) => {
		expect(matches(query).map((match) => match.concept.id).filter((id) => id !== 'immediate-danger')[0]).toBe('threats-weapons');
		expect(matches(query).filter((match) => match.forAdult)).toEqual([]);
	});

	it('does not fire a child-only concept (grooming) when the query names only adults', () => {
		expect(firstConcept('our caretaker met a woman online who asked for pics and wants money')).toBe('blackmail-of-an-adult');
		expect(matches('our caretaker met a woman online who asked for pics and wants money').map((match) => match.concept.id)).not.toContain('grooming');
		expect(firstConcept('a man she met online is asking for pics')).toBe('grooming');
	});

	it('keeps an urgent answer that is anyone\'s (immediate danger) first, before an adult\'s', () => {
		expect(matches('teacher whose ex is tracking her car says he is outside her house now').map((match) => match.concept.id)).toEqual(['immediate-danger', 'tracking-of-an-adult']);
	});
});

describe("a member of staff's conduct towards a pupil (`staff-conduct`, session 27)", () => {
	it.each([
		'a Year 11 girl says a teacher has been messaging her on Snapchat late at night',
		'teacher sent a pupil a picture of himself',
		'TA added pupils on tiktok and sends them gifts',
		'year 8 says the IT technician messaged her on teams asking for her snap',
		'pupil messaged by a teacher at midnight',
		'the parent contacted the head because the coach is messaging her son',
	])('leads with the allegation about staff for "%s"', (query) => {
		expect(firstConcept(query)).toBe('staff-conduct');
	});

	it.each([
		'parent keeps messaging me on facebook',
		'pupils sent abusive messages to a teacher',
		'pupils sending the teacher rude messages on teams',
		'year 11 boys messaging a female teacher sexual comments on instagram',
		'year 9s made a fake account of a teacher',
		'teachers instagram got hacked and is posting spam',
		'TA getting nasty messages off a dad on messenger after i told his son off',
		'can staff be friends with pupils on facebook',
		'should teachers follow pupils on instagram',
		'staff social media policy',
		'what comes up when parents google a teacher\'s name',
		'year 8 girl talking to a man she met on snapchat',
		'pupil gone missing after chatting online',
	])('does not fire for "%s" (a pupil or parent contacting a teacher, the teacher\'s own account, policy, a stranger)', (query) => {
		expect(ids(query)).not.toContain('staff-conduct');
	});

	it('comes before grooming when both fire: the allegation route is the first step for a member of staff', () => {
		expect(ids('coach dming a year 8 on insta')).toEqual(['staff-conduct', 'grooming']);
		expect(ids('DSL here: I think a teacher is grooming a year 10 boy online')).toEqual(['staff-conduct', 'grooming']);
		expect(ids('stranger on roblox sending a year 5 boy robux and asking for pics')).toEqual(['grooming']);
		expect(actNow.concepts.findIndex((concept) => concept.id === 'staff-conduct')).toBeLessThan(actNow.concepts.findIndex((concept) => concept.id === 'grooming'));
	});

	it('fires only when the query names a child (`needsChild`)', () => {
		expect(ids('teacher messaging parents on whatsapp')).toEqual([]);
		expect(firstConcept('teacher messaging a year 9 on whatsapp')).toBe('staff-conduct');
		expect(firstConcept('our football coach sends the under 13s private messages on snapchat')).toBe('staff-conduct');
	});

	it('fires for nearly all of its own set, and never on its controls (a tuning set from the start: see its "about")', () => {
		// 28 of 32 when the set was first tuned; the misses are listed in docs/search.md.
		const missed = safetyStaff.queries.filter((safetyQuery: SafetyQuery) => !acceptsConcept(safetyQuery, firstConcept(safetyQuery.query)));
		expect(missed.length / safetyStaff.queries.length).toBeLessThanOrEqual(0.13);
		expect(safetyStaff.controls.filter(({ query }) => ids(query).includes('staff-conduct')).map(({ query }) => query)).toEqual([]);
	});
});

describe('staff-conduct: the gaps of session 27 (a member of staff far from the verb, "sir" in a pupil\'s words, a worried policy question)', () => {
	it.each([
		'youth worker at our club has been texting a 14 year old boy and telling him to keep it between them',
		'volunteer at the after school club messaging children on roblox',
		'She said sir keeps messaging her',
		'he says miss has been dming him on insta every night',
		'is it ok for a teacher to message a pupil at midnight?',
		'is it ok for a coach to send a year 7 gifts and tell him to keep it secret',
	])('leads with the allegation about staff for "%s"', (query) => {
		expect(firstConcept(query)).toBe('staff-conduct');
	});

	it.each([
		'a parent said sir keeps emailing her',
		'a parent said sir keeps messaging her',
		'mum rang, she said sir keeps messaging her',
		'she said sir keeps shouting at her in class',
		'is it ok for coaches to message players on whatsapp about training',
		'is it ok for a teacher to message a pupil about homework on teams',
		'teacher found year 8s messaging each other nudes',
		'teacher here, a man has been messaging a year 8 girl on snapchat',
		'head of year says pupils are messaging a stranger on discord',
	])('does not fire for "%s"', (query) => {
		expect(ids(query)).not.toContain('staff-conduct');
	});

	it('leaves a policy question about coaches messaging players to the ordinary results, and grooming its own cases', () => {
		expect(ids('is it ok for coaches to message players on whatsapp about training')).toEqual([]);
		expect(ids('teacher here, a man has been messaging a year 8 girl on snapchat')).toEqual(['grooming']);
	});
});

describe('staff-conduct: a member of staff in a group chat with pupils, and a claim of hacking (session 28)', () => {
	it.each([
		'colleague in a group chat with pupils',
		'TA is in a private instagram group chat with some year 8s',
		'teacher set up a snapchat group chat with some year 10 girls',
		'youth leader made a snapchat group with the kids from church',
		'teacher runs a discord server for year 8s',
		'teacher has a snapchat group with year 10 girls',
		'staff member says his account was hacked but it has been messaging pupils',
		'teacher claims his phone was hacked after messages to a year 11 girl were found',
	])('leads with the allegation about staff for "%s"', (query) => {
		expect(firstConcept(query)).toBe('staff-conduct');
	});

	it.each([
		// Someone telling of pupils' own group chat.
		'teacher found pupils in a group chat with year 11 boys',
		'teacher in year 7 saw a group chat with year 9 girls',
		'teacher has concerns about a group chat with year 9s',
		'head of year says the pupils are in a group chat with older boys',
		'pupil in a group chat with year 11 boys',
		// Parents, a class, a school channel.
		'teacher has a group chat with parents of year 9',
		'form tutor has a tutor group with year 9s',
		'teacher on teams chat with pupils about homework',
		// Someone else's account hacked: a pupil's, the school's, or by pupils.
		"teacher says a pupil's account was hacked and is messaging other pupils",
		'teacher says year 9s hacked her account and are messaging other pupils',
		'teacher says the school instagram was hacked and has been messaging pupils',
		"teacher's instagram was hacked and the hacker is messaging her followers",
		// Questions about what is allowed.
		'are teachers allowed to be in a group chat with pupils',
		'are teachers allowed to have pupils on snapchat',
		'can teachers be in a whatsapp group chat with pupils for a school trip',
		'is it ok for teachers to be in a group chat with pupils',
	])('does not fire for "%s"', (query) => {
		expect(ids(query)).not.toContain('staff-conduct');
	});

	it('leaves pupils sharing nudes in a group chat to sexual images, and children being rude to each other to the ordinary results', () => {
		expect(ids('teacher found a group chat with year 8 boys sharing nudes')).toEqual(['sexual-images-under-18']);
		expect(ids('year 4 boys being rude to each other in the roblox chat')).toEqual([]);
	});
});

describe('"rude" for sexual: pictures or videos, not words (session 27)', () => {
	it.each([
		'a year 2 showed others rude pictures on a tablet',
		'year 3 boys watching rude videos on a phone',
		'year 5 sending rude vids in the class group chat',
		'year 7 boy sent a girl rude snaps',
		'she sent a rude selfie to a boy in year 10',
		'rude photos of a year 9 girl going round',
	])('leads with sexual images of under-18s for "%s" (whose images is not known: the worst case first)', (query) => {
		expect(firstConcept(query)).toBe('sexual-images-under-18');
	});

	it.each([
		'rude comments about a teacher',
		'pupils sending the teacher rude messages on teams',
		'rude messages from pupils about a teacher',
		'a pupil was rude to me',
		'rude jokes in the year 6 group chat',
		'year 9s being rude on snap to a supply teacher',
	])('shows no act-now answer for "%s" (rude words)', (query) => {
		expect(ids(query)).toEqual([]);
	});
});

describe('the worst cases (session 28): the rarest, most serious, in other words', () => {
	it('fires the right concept first for nearly all of its own set, and nothing for its controls (a tuning set from the start: see its "about")', () => {
		// 79 of 80 (session 29); the one left is in docs/search.md.
		const missed = safetyWorst.queries.filter((safetyQuery: SafetyQuery) => !acceptsConcept(safetyQuery, firstConcept(safetyQuery.query)));
		expect(missed.length).toBeLessThanOrEqual(1);
		expect(safetyWorst.controls.filter(({ query }) => matches(query).length > 0).map(({ query }) => query)).toEqual([]);
	});

	it('gives each adult\'s own case its page first, or leaves it to the ordinary results when a pupil did it', () => {
		for (const { query, expect: page, alsoAccept = [] } of safetyWorst.adults as { query: string; expect: string; alsoAccept?: string[] }[]) {
			const [first] = matches(query);
			// A section of a page expected whole answers too (as tests/search/relevance.ts counts).
			const targetPage = first?.concept.target.split('#')[0];
			if (first) expect([page, ...alsoAccept].filter((url) => url === first.concept.target || (!url.includes('#') && url === targetPage)), `${query} → ${first.concept.target}`).not.toEqual([]);
			else expect(alsoAccept.length, query).toBeGreaterThan(0);
		}
	});

	it.each([
		'indecent images found on teachers laptop',
		'IIOC found on the deputy head\'s work laptop',
		'police say a TA at our school is being investigated for indecent images',
		'caretaker arrested for indecent images',
		'member of staff under investigation for downloading child abuse images',
		'CSAM found on a staff laptop',
	])('treats indecent images with a member of staff involved as an allegation, and never as an adult\'s own image: "%s"', (query) => {
		expect(firstConcept(query)).toBe('staff-conduct');
		expect(matches(query).filter((match) => match.forAdult)).toEqual([]);
	});

	it('shows the sexual-image answer for a child below the allegation, not the adult\'s', () => {
		expect(ids('indecent images found on teachers laptop')).toEqual(['staff-conduct', 'sexual-images-under-18']);
		expect(ids('IIOC found on a staff laptop')).toEqual(['staff-conduct', 'sexual-images-under-18']);
	});

	it.each([
		'teacher found indecent images on a year 9\'s phone',
		'teacher confiscated a phone with indecent images of a year 8 girl',
		'pupil sent indecent images to a teacher',
		'teacher here, a year 10 boy has indecent images on his phone',
		'police investigating indecent images shared by year 10s, teacher asked for a statement',
		'year 10 boy arrested for indecent images, his form teacher is worried',
	])('does not read a member of staff who finds, takes, receives or tells of indecent images as the one involved: "%s"', (query) => {
		expect(firstConcept(query)).toBe('sexual-images-under-18');
		expect(ids(query)).not.toContain('staff-conduct');
	});

	it('still gives an adult\'s answer when its `when` says the adult is the one harmed: words that mean a child is in the case do not name one', () => {
		expect(matches('teacher being blackmailed with indecent images by her ex').map((match) => [match.concept.id, match.forAdult])).toEqual([
			['blackmail-of-an-adult', true],
			['intimate-image-of-an-adult', true],
		]);
	});

	it.each([
		['boy filmed up a girls skirt on the stairs', 'sexual-images-under-18'],
		['pupils filming in the girls toilets', 'sexual-images-under-18'],
		['someone recorded year 8 girls getting changed', 'sexual-images-under-18'],
		['someone filmed up a teachers skirt and posted it', 'intimate-image-of-an-adult'],
		['video of a TA in the staff toilets posted online', 'intimate-image-of-an-adult'],
	])('reads covert filming up a skirt, in toilets or while changing as a sexual image, a child\'s or an adult\'s: "%s" → %s', (query, answer) => {
		expect(firstConcept(query)).toBe(answer);
	});

	it.each([
		'pupils vaping in the toilets filmed on snapchat',
		'fight in the toilets filmed and posted',
		'photos of the toilets posted by a parent on facebook',
		'photos of the new changing rooms for the newsletter',
		'pupils filming tiktoks in the toilets',
		'parents filming the nativity',
	])('shows no sexual-image answer for filming that is not of someone\'s body: "%s"', (query) => {
		expect(ids(query)).not.toContain('sexual-images-under-18');
		expect(ids(query)).not.toContain('intimate-image-of-an-adult');
	});

	it('reads an address posted with threats as a threat (a pupil\'s: the outcome\'s section for it, session 29), and an address alone as nothing', () => {
		expect(ids('pupils address posted online with threats')).toEqual(['pupil-address-with-threats', 'threats-weapons']);
		expect(firstConcept('teachers home address posted on facebook with threats')).toBe('threat-to-a-member-of-staff');
		expect(firstConcept('group chat shared a year 10s address and said to go and batter him')).toBe('pupil-address-with-threats');
		expect(ids('staff member\'s address posted on facebook')).toEqual([]);
		expect(ids('school address on the website')).toEqual([]);
		expect(ids('parent threatened to post my email address online')).not.toContain('threats-weapons');
	});

	it('reads an online group coercing a child on camera as its own concept, first, with self-harm or sexual images below (session 30)', () => {
		const target = actNow.concepts.find((c) => c.id === 'online-group-coercion')?.target;
		expect(target).toMatch(/^\/report\/outcome\/[a-z-]+\/#[a-z-]+$/);
		expect(ids('group on discord making girl cut herself on camera')).toEqual(['online-group-coercion', 'self-harm-suicide']);
		expect(ids('764 group pressuring a boy to do sexual things on camera')[0]).toBe('online-group-coercion');
		expect(ids('764 group pressuring a boy to do sexual things on camera')).not.toContain('grooming');
		// Filmed rather than on camera: with the child's own harm ("herself") and someone making them.
		expect(firstConcept('764 group blackmailing a year 9 into hurting herself on video')).toBe('online-group-coercion');
		expect(firstConcept('com network targeting pupils at our school')).toBe('online-group-coercion');
		// Not a group in itself, nor a video of someone else, nor a group chat's cruelty without a camera.
		expect(ids('people in the group chat telling her to cut herself')).toEqual(['self-harm-suicide']);
		expect(ids('group of year 10s made a video hurting a boy')).not.toContain('online-group-coercion');
		expect(ids('our school has 764 pupils in a group on teams')).toEqual([]);
		expect(ids('year 7s in a group chat daring each other to eat hot chips on camera')).toEqual([]);
		expect(ids('class group chat making fun of a girl\'s photo')).toEqual([]);
	});

	it('reads a stranger filming or photographing pupils as a child at risk, and not a parent, the press, a photographer, pupils filming someone, or a fight filmed (session 30)', () => {
		const target = actNow.concepts.find((c) => c.id === 'stranger-filming-children')?.target;
		expect(target?.startsWith('/report/outcome/')).toBe(true);
		for (const query of ['a stranger filming pupils at the bus stop', 'man taking photos of our year 7 girls in the park after school', 'man in a car taking pictures of children by the playground', 'man in a car filming year 6 girls outside the gates', 'a woman was filming his daughter and her friends at the park', 'a man was filming her daughter at the park', 'a man was filming their children at the bus stop']) {
			expect(ids(query), query).toEqual(['stranger-filming-children']);
		}
		for (const query of [
			'parent filming sports day and posting it on facebook',
			'news crew filming outside the school gates',
			'pupils filming a stranger at the bus stop for a tiktok prank',
			'photographer taking photos of pupils for the school prospectus',
			'man from the local paper taking photos of pupils at sports day',
			'man filming a fight between year 10s at the bus stop',
			'dad filming his kids at the park for tiktok',
			'woman filming her kids at the park',
			'mum filming her own children on sports day',
			'teacher filming pupils for a PE assessment',
			'a man filming at the bus stop',
		]) {
			expect(ids(query), query).not.toContain('stranger-filming-children');
		}
	});

	it('keeps 999 first when a group is making a child hurt themselves live now, and not for a threat to', () => {
		expect(ids('group on discord making her cut herself live on stream right now')).toEqual(['immediate-danger', 'online-group-coercion', 'self-harm-suicide']);
		expect(firstConcept('pupil is on a video call now with a group forcing her to hurt herself')).toBe('immediate-danger');
		expect(firstConcept('com group on discord making a year 8 girl cut herself on camera or they leak her pics')).toBe('online-group-coercion');
	});

	it('reads a fight filmed with a child knocked out as an assault filmed (session 29), and not a team knocked out or a boxing match', () => {
		expect(ids('video of year 8 fight posted boy knocked out')).toEqual(['filmed-assault', 'threats-weapons']);
		expect(ids('knocked out of the cup, video on the school instagram')).toEqual([]);
		expect(ids('year 11 boxing match knocked out, video on the club page')).toEqual([]);
	});

	it.each([
		'county lines recruiting pupils on snapchat',
		'year 9 offered money on snapchat to carry packages',
		'older lads on snap asking year 10s to run drugs for them',
		'pupil being used as a money mule',
	])('leads criminal exploitation to the child-at-risk outcome\'s section on it: "%s"', (query) => {
		expect(matches(query)[0]?.concept).toMatchObject({ id: 'criminal-exploitation', target: '/report/outcome/child-at-risk/#criminal-exploitation' });
	});

	it.each([
		'pupils running a tuck shop selling sweets for money',
		'pupil doing a paper round, delivering for money',
		'lesson ideas on county lines for year 9',
		'county lines documentary for sixth form',
		'year 9 caught with weed at school',
	])('shows no criminal-exploitation answer for "%s"', (query) => {
		expect(ids(query)).toEqual([]);
	});

	it.each([
		'year 10 boy warned to leave the estate by paramilitaries',
		'pupil owes a drug debt and is being threatened on snapchat',
		'post on local facebook page threatening a punishment beating on a year 11 lad',
		'paramilitaries named a pupil as a drug dealer',
		'paramilitary threat against a year 11 on facebook',
	])('leads a pupil threatened by a gang or a paramilitary group to the threat outcome\'s section on it (session 31): "%s"', (query) => {
		expect(ids(query)).toContain('threat-from-a-group');
		expect(matches(query).find((match) => match.concept.id === 'threat-from-a-group')?.concept.target).toBe('/report/outcome/threat-of-violence/#threat-from-a-group');
	});

	it.each([
		'teacher threatened by paramilitaries',
		'pupils told to leave the area during the fire drill',
		'punishment for pupils using phones in class',
		'history lesson on paramilitaries for year 10',
		// A pupil sharing or praising such content is the radicalisation or harmful-content guidance's, not a threat to them.
		'pupil in belfast sharing loyalist paramilitary videos',
		'year 9 boys singing sectarian songs about paramilitaries on tiktok',
	])('shows no answer for a group\'s threat to a pupil for "%s"', (query) => {
		expect(ids(query)).not.toContain('threat-from-a-group');
	});

	it.each([
		'pupil\'s family given 48 hours to leave the estate',
		'paramilitaries posted a story on snapchat threatening a pupil',
		'year 10 boy owes money to dealers and they are threatening him',
	])('still leads a group\'s threat to a pupil to its section with the everyday controls in place (session 31 review): "%s"', (query) => {
		expect(ids(query)).toContain('threat-from-a-group');
	});

	it.each([
		'teacher warned pupils to leave the area when the fire alarm went off',
		'police ordered pupils to leave the area after a gas leak',
		'pupils given a dispersal order and told to leave the town centre',
		'pupils given permission to leave the town for a trip',
		'pupils learning about the troubles and punishment beatings in history',
		'year 11 drama about a drug debt',
		'pupil owes money to the tuck shop',
	])('shows no answer for a group\'s threat to a pupil for an everyday query (session 31 review): "%s"', (query) => {
		expect(ids(query)).not.toContain('threat-from-a-group');
	});

	it.each([
		'year 10 lad took his own life and kids are sharing the video',
		'pupils posting ill be next after a boy in year 11 died',
		'memorial page for a P7 pupil getting horrible comments',
		'death of a pupil, video of the scene on tiktok',
		'pupil died in a game of rugby and videos are being shared',
		'rip posts about a pupil from the football team who died',
	])('leads a pupil\'s death to the self-harm outcome\'s section on it (session 31 review): "%s"', (query) => {
		expect(ids(query)).toContain('after-a-pupils-death');
		expect(matches(query).find((match) => match.concept.id === 'after-a-pupils-death')?.concept.target).toBe('/report/outcome/self-harm-or-suicide/#after-a-death');
	});

	it.each([
		'pupil\'s dog died and she is upset in class',
		'year 8 pupil\'s nan passed away',
		'my grandad died and pupils are posting about it',
		'death of a pupil\'s hamster',
		'student dies in the roblox game',
		'pupil\'s character died in minecraft',
		'rip posts about the football team after relegation',
		'remembrance day war memorial page for a history project',
		'pupil killed it in the school play',
	])('shows no answer for a pupil\'s death for an everyday query (session 31 review): "%s"', (query) => {
		expect(ids(query)).not.toContain('after-a-pupils-death');
	});

	it.each([
		'a man airdropped a dick pic to year 8 girls on the bus',
		'year 8 girls were sent a dick pic by a man on the bus',
		'stranger sent year 7 an explicit picture on snapchat',
		'adult sent pupil a picture of his penis',
		'man exposed himself to a year 9 girl on facetime',
		'pupil received an unsolicited nude from a man in a game chat',
		'man cyberflashing girls on the school bus',
	])('leads an adult sending a child a sexual image to the adult-contact outcome\'s section on it, first (session 31, cyberflashing): "%s"', (query) => {
		expect(firstConcept(query)).toBe('adult-sent-a-sexual-image');
		expect(matches(query)[0]?.concept.target).toBe('/report/outcome/adult-contacting-a-child/#sexual-image-from-an-adult');
	});

	it.each([
		// A pupil sending an image to another pupil, or their own image to an adult: the child's image answer.
		'year 9 boy airdropped a dick pic to girls in his class',
		'boy sent girls in his class a dick pic',
		'pupil sent a dick pic to a man online',
	])('keeps a pupil\'s own image on the sexual-image answer, not the adult\'s image (session 31, cyberflashing): "%s"', (query) => {
		expect(ids(query)).not.toContain('adult-sent-a-sexual-image');
		expect(firstConcept(query)).toBe('sexual-images-under-18');
	});

	it.each([
		// A member of staff sent one by an adult: the adult's own case.
		'teacher received a dick pic from a stranger',
		'teacher got an unsolicited dick pic from a man',
	])('gives a member of staff sent an image by an adult the adult\'s answer only (session 31, cyberflashing): "%s"', (query) => {
		expect(childMatches(query)).toEqual([]);
	});

	it.each([
		'man flashing his headlights at pupils crossing the road',
		'adult sent the pupils photos of the school trip',
		'a man was sent to prison, pupils watched the news',
		// No child named: the school's inbox, not a child.
		'a stranger sent the school an explicit email',
	])('shows no answer for an adult\'s sexual image for an everyday query (session 31, cyberflashing): "%s"', (query) => {
		expect(ids(query)).not.toContain('adult-sent-a-sexual-image');
	});

	it.each([
		'pupil told me her uncle sends her videos of himself',
		"mum's boyfriend keeps messaging year 6 girl on snapchat",
		'child says stepdad takes photos of her in the bath and puts them online',
		'a parent is selling pictures of their child',
		"pupil's cousin made her send him nudes",
		"dad's friend sends girl messages on whatsapp",
		'stepdad grooming a pupil online',
		// Living with the adult is no reason to look away (an `unless` for "lives with" hid this).
		'girl lives with her stepdad who takes photos of her in the shower',
	])('leads online sexual abuse by someone the child knows to the adult-contact outcome\'s section on it, first (session 32): "%s"', (query) => {
		expect(firstConcept(query)).toBe('abuse-by-someone-they-know');
		expect(matches(query)[0]?.concept.target).toBe('/report/outcome/adult-contacting-a-child/#someone-they-know');
	});

	it.each([
		"pupil's uncle hurt himself at work",
		'uncle sent him a video of himself skiing',
		"girl's grandad posted a photo of her at the beach",
		"pupil's stepdad complained about the sex education lesson",
		'parent selling photos of the school play',
		"mum's boyfriend picks her up from school",
		"mum's friend sent the class a birthday message",
		// No child named: an adult's own family.
		"teacher's uncle sent her explicit messages",
	])('shows no answer for abuse by someone the child knows for an everyday query (session 32): "%s"', (query) => {
		expect(ids(query)).not.toContain('abuse-by-someone-they-know');
	});
});

describe('a child paid or given gifts for sexual images or acts (session 32, child sexual exploitation)', () => {
	const target = '/report/outcome/sexual-images-of-under-18s/#paid-for-images';
	it.each([
		'year 10 girl selling pics to older men for money',
		'pupil has an onlyfans account, she is 16',
		'man paying a year 9 girl for photos of her feet',
		'sugar daddy messaging sixth form girls on instagram',
		'year 7 on tiktok live, viewers send gifts and ask her to do things',
		'pupil sends nudes in exchange for vapes',
		'pupil selling nudes for weed',
		'girl in year 10 being paid for pictures by men online',
	])('leads a child paid for sexual images to the sexual-image outcome\'s section on it, first: "%s"', (query) => {
		expect(firstConcept(query)).toBe('paid-for-sexual-images');
		expect(matches(query)[0]?.concept.target).toBe(target);
	});

	it.each([
		// Sextortion: the child is made to pay, or threatened; the blackmail answer comes first.
		'man threatening to post her pics unless she pays',
		'year 9 boy paid a man 100 pounds so he would not share his nudes',
		'scammer wants money or he will leak his nudes',
		'boy being blackmailed for money over nudes',
	])('leaves sextortion to the blackmail answer: "%s"', (query) => {
		expect(ids(query)).not.toContain('paid-for-sexual-images');
		expect(firstConcept(query)).toBe('sextortion-blackmail');
	});

	it.each([
		'pupils found out a teacher has an onlyfans',
		'miss has an onlyfans',
		'year 8 spent 200 pounds on tiktok live gifts',
		'pupils selling sweets in school',
		'year 11 selling photos of the prom',
		'sugar daddy scam email to staff',
		'pupils exchanging nudes in year 9',
	])('shows no answer for a child paid for images for a look-alike query: "%s"', (query) => {
		expect(ids(query)).not.toContain('paid-for-sexual-images');
	});
});

describe('namesAChild: words that mean a child is in the case', () => {
	const file = (namesAChild: string[]) => ({
		...actNow,
		namesAChild,
		concepts: [{ ...actNow.concepts[0], id: 'needs-a-child', terms: ['laptop'], phrases: [], together: [], ages: [], unless: [], adult: undefined, needsChild: true }],
	});

	it('lets a concept that needs a child fire when one of its words or phrases is there, and not without', () => {
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file(['indecent image|images', 'iioc'])), misspellings);
		expect(matchActNow('indecent images on a laptop', one)).toHaveLength(1);
		expect(matchActNow('iioc on a laptop', one)).toHaveLength(1);
		expect(matchActNow('indecent language on a laptop', one)).toEqual([]);
		expect(unpackActNow(packActNow(one))).toEqual(one);
	});

	it('names the field when a phrase uses a list that `words` does not have', () => {
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, file(['{nobody} images']))).toThrow(/namesAChild\[0\].*"\{nobody\}" is not a list in "words"/s);
	});
});

describe('asOne: phrases read as their last word', () => {
	it('reads "member of staff" as a member of staff, not as an image "of staff": a child named in it gets the child\'s answer', () => {
		expect(childMatches('member of staff shared nudes of a year 9').map((match) => match.concept.id)).toContain('sexual-images-under-18');
		expect(firstConcept('member of staff shared nudes of a year 9')).not.toBe('intimate-image-of-an-adult');
		// Without the file's `asOne`, "of staff" is an adult's image and the child is named too: no answer at all
		// (unless "of" a child follows it closely, as in the query above: session 29).
		expect(childMatches('member of staff shared nudes with a year 9').map((match) => match.concept.id)).toContain('sexual-images-under-18');
		expect(matchActNow('member of staff shared nudes with a year 9', { ...encoded, asOne: [] }, { misspellings, synonyms: groups })).toEqual([]);
	});

	it('still reads an image of a member of staff as an adult\'s', () => {
		expect(firstConcept('nude of a member of staff being shared around')).toBe('intimate-image-of-an-adult');
	});

	it('needs the words one straight after the other, and packs and unpacks', () => {
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, asOne: ['member|members of staff'] }), misspellings);
		expect(one.asOne).toHaveLength(1);
		expect(unpackActNow(packActNow(one))).toEqual(one);
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, asOne: ['member of {adult}'] })).toThrow(/asOne\[0\]/);
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, asOne: ['staff'] })).toThrow(/asOne\[0\]/);
	});
});

describe('whoIsNamed', () => {
	const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
	it('names an adult by a role, an adult\'s own age or as a former pupil, not as the one asking or telling', () => {
		expect(named('our caretaker is being blackmailed')).toEqual({ child: false, adult: true });
		expect(named('pics of me leaked, im 34')).toEqual({ child: false, adult: true });
		expect(named('a former pupil shared them')).toEqual({ child: false, adult: true });
		expect(named('as a teacher what do i do')).toEqual({ child: false, adult: false });
		expect(named('teacher says someone has her pics')).toEqual({ child: false, adult: false });
	});

	it('names a child by a word, a year group or an age under 18, not in "not a child"', () => {
		expect(named('S2 boy')).toEqual({ child: true, adult: false });
		expect(named('our y9s')).toEqual({ child: true, adult: false });
		expect(named('she is in year 9')).toEqual({ child: true, adult: false });
		expect(named('a 15 year old')).toEqual({ child: true, adult: false });
		expect(named('an adult, not a child')).toEqual({ child: false, adult: false });
		expect(named('messages the under 13s')).toEqual({ child: true, adult: false });
		expect(named('dming U14 players')).toEqual({ child: true, adult: false });
		expect(named('added year 9s on snapchat')).toEqual({ child: true, adult: false });
		expect(named('under 25s team')).toEqual({ child: false, adult: false });
		expect(named('teacher and a pupil')).toEqual({ child: true, adult: true });
	});

	it('names a child by a pupil\'s words told by someone unnamed ("she said sir"), not when a parent or adult is named', () => {
		expect(named('She said sir keeps messaging her').child).toBe(true);
		expect(named('he told me that miss added him').child).toBe(true);
		expect(named('a parent said sir keeps messaging her').child).toBe(false);
		expect(named('mum rang, she said sir keeps messaging her').child).toBe(false);
		expect(named('sir keeps messaging her').child).toBe(false);
		expect(named('he says he misses his dad').child).toBe(false);
	});
});

describe('the lists of words the rules read on their own (content/data/act-now.json `words`)', () => {
	/** The file with one list of `words` changed, encoded as the build does. */
	const withList = (name: WordListName, list: string[]) => encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: { ...actNow.words, [name]: list } }), misspellings);
	const namedWith = (file: ReturnType<typeof encodeActNow>, query: string) => whoIsNamed(actNowTerms(query), file);

	it.each(WORD_LISTS)('fails the build, naming the field, when the list "%s" is missing', (name) => {
		const { [name]: _dropped, ...rest } = actNow.words;
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: rest })).toThrow(new RegExp(`content/data/act-now\\.json: field "words\\.${name}": is missing`));
	});

	it('fails the build, naming the field, for an empty list or a word with a space', () => {
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: { ...actNow.words, parent: [] } })).toThrow(/field "words\.parent"/);
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: { ...actNow.words, units: ['quid', 'bank notes'] } })).toThrow(/field "words\.units\[1\]"/);
	});

	it('reads a parent or carer an editor adds to `parent`', () => {
		const query = 'childminder rang, she said sir keeps messaging her';
		expect(namedWith(encoded, query).child).toBe(true);
		expect(namedWith(withList('parent', [...actNow.words.parent, 'childminder']), query).child).toBe(false);
	});

	it('reads a word for passing on a pupil\'s words, and a name for staff, that an editor adds to `quoting` and `titles`', () => {
		expect(namedWith(encoded, 'she reckons sir keeps messaging her').child).toBe(false);
		expect(namedWith(withList('quoting', [...actNow.words.quoting, 'reckons']), 'she reckons sir keeps messaging her').child).toBe(true);
		expect(namedWith(encoded, 'she said coach keeps messaging her').child).toBe(false);
		expect(namedWith(withList('titles', [...actNow.words.titles, 'coach']), 'she said coach keeps messaging her').child).toBe(true);
	}, 30_000); // encodes the whole file several times: slow on a busy machine

	it('reads the words for a year group, an age and a grown-up pupil from `agebefore`, `ageafter` and `former`', () => {
		expect(namedWith(encoded, 'a pupil in form 9').child).toBe(true);
		expect(namedWith(encoded, 'someone in form 9').child).toBe(false);
		expect(namedWith(withList('agebefore', [...actNow.words.agebefore, 'form']), 'someone in form 9').child).toBe(true);
		expect(namedWith(withList('ageafter', [...actNow.words.ageafter, 'summers']), 'she is 14 summers').child).toBe(true);
		expect(namedWith(encoded, 'an old pupil shared them')).toEqual({ child: true, adult: false });
		expect(namedWith(withList('former', [...actNow.words.former, 'old']), 'an old pupil shared them')).toEqual({ child: false, adult: true });
	}, 30_000); // encodes the whole file several times: slow on a busy machine

	it('ends a "..." gap at a word an editor adds to `noticing`', () => {
		const withNoticing = (noticing: string[]) => encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: { ...actNow.words, noticing }, concepts: [{ ...actNow.concepts[0], terms: [], together: [], ages: [], unless: [], adult: undefined, phrases: ['{staff} ... group-chat with {child}|year'] }] }), misspellings);
		expect(matchActNow('teacher clocked a group chat with year 9', withNoticing(actNow.words.noticing))).toHaveLength(1);
		expect(matchActNow('teacher clocked a group chat with year 9', withNoticing([...actNow.words.noticing, 'clocked']))).toEqual([]);
	});

	it('reads a count an editor adds to `units` as not an age', () => {
		const query = 'her boyfriend sent 20 gifs';
		const fires = (file: ReturnType<typeof encodeActNow>) => matchActNow(query, file, { misspellings, synonyms: groups }).some((match) => match.concept.id === 'grooming');
		expect(fires(encoded)).toBe(true);
		expect(fires(withList('units', [...actNow.words.units, 'gifs']))).toBe(false);
	});
});

describe('the independent safety set (now a tuning set: see its "about")', () => {
	it.each(independent.queries as SafetyQuery[])('fires "$concept" first for "$query"', (safetyQuery) => {
		expect(acceptsConcept(safetyQuery, firstConcept(safetyQuery.query)), `${safetyQuery.query} → ${firstConcept(safetyQuery.query)}`).toBe(true);
	});

	it.each(independent.controls)('does not fire for "$query"', ({ query }) => {
		expect(matches(query)).toEqual([]);
	});
});

describe.each([
	// Floors set just below what each reached once its misses were fixed: the fourth 104 of 107,
	// 2 of 50 controls firing (a staff member's threatening email, a teacher's own image); the fifth
	// 90 of 92, 2 of 48 (a lesson on sexting, a nude sent to a teacher). The misses left are listed
	// in docs/search.md.
	{ name: 'fourth', set: safety4, misses: 0.04 },
	{ name: 'fifth', set: safety5, misses: 0.04 },
	// 76 of 80 and no control; the misses left are listed in docs/search.md.
	{ name: 'sixth', set: safety6, misses: 0.05 },
	// Written blind in session 33: 60 of 90 on arrival and 5 of 40 controls firing; 86 of 90 and no
	// control once its misses were read (the four left are in docs/search.md).
	{ name: 'seventh', set: safety7, misses: 0.05 },
	// Session 33, later: the eighth 51 of 90 on arrival (after the seventh's rules), 83 of 90 once its
	// misses were read; the ninth 56 of 90, then 84 of 90; no control fires (docs/search.md).
	{ name: 'eighth', set: safety8, misses: 0.08 },
	{ name: 'ninth', set: safety9, misses: 0.07 },
	// The tenth: 65 of 90 on arrival (after the ninth's rules), 84 of 90 once read; one control fires
	// (a PSHE lesson plan that asks what to do if a pupil discloses: a disclosure lifts the lesson rule).
	{ name: 'tenth', set: safety10, misses: 0.07 },
	// The eleventh (two fifths from Scotland, Wales and Northern Ireland): 61 of 90 on arrival, 79 of
	// 90 once read, no control; the misses left are in docs/search.md.
	{ name: 'eleventh', set: safety11, misses: 0.13 },
	// Session 34, written blind: the twelfth 53 of 90 on arrival (4 of 40 controls firing), 86 of 90
	// once read, no control; the thirteenth 59 of 90 (1 of 40; 61 after the twelfth's rules), 90 of
	// 90 once read, no control. The misses left are in docs/search.md.
	{ name: 'twelfth', set: safety12, misses: 0.05 },
	{ name: 'thirteenth', set: safety13, misses: 0.03 },
	// Later in session 34, after the twelfth's and thirteenth's rules: the fourteenth (pupils' own
	// words) 67 of 90 on arrival, 2 of 40 controls firing; the fifteenth (formal, indirect) 54 of 90,
	// none. Once read: 88 and 88 of 90, no control (the misses left are in docs/search.md).
	{ name: 'fourteenth', set: safety14, misses: 0.03 },
	{ name: 'fifteenth', set: safety15, misses: 0.03 },
	// Later again, after the fourteenth's and fifteenth's rules: the sixteenth (two thirds short,
	// phone-typed) 56 of 90 on arrival, 1 of 40 controls firing; the seventeenth (the rarest cases)
	// 61 of 90, 4 of 40. Once read: 78 and 85 of 90, no control (short queries that name no child
	// cannot fire the answers that need one: docs/search.md).
	{ name: 'sixteenth', set: safety16, misses: 0.14 },
	{ name: 'seventeenth', set: safety17, misses: 0.06 },
	// Session 35, written blind: the eighteenth (two thirds short, the child named only as "her",
	// "him" or a first name; ages every way) 56 of 90 on arrival, 2 of 40 controls firing; the
	// nineteenth (stories with the urgent part last) 66 of 90, 4 of 40. Once read: 83 and 86 of 90, no
	// control (the misses left are in docs/search.md).
	{ name: 'eighteenth', set: safety18, misses: 0.08 },
	{ name: 'nineteenth', set: safety19, misses: 0.05 },
	// Later in session 35: the twentieth (the line between a child and an adult: learners of 16 to 19,
	// care leavers, young staff) 72 of 90 on arrival, no control firing; 85 of 90 once read.
	{ name: 'twentieth', set: safety20, misses: 0.06 },
	// The twenty-first (the five serious cases the product names, a dozen wordings each) 68 of 90 on
	// arrival, 6 of 40 controls firing; 86 of 90 and no control once read.
	{ name: 'twenty-first', set: safety21, misses: 0.05 },
	// Session 43, written blind: the twenty-second (the rarest, hardest-to-spot cases) 69 of 90 on
	// arrival; the twenty-third (risk buried or understated: euphemism, slang, the urgent part last)
	// 64 of 90; 8 of their 80 controls fired after the first round of fixes. Once read: 85 and 79 of
	// 90 with the right concept first (most of the rest give another act-now answer first), no
	// control (the misses left are in docs/search.md).
	{ name: 'twenty-second', set: safety22, misses: 0.06 },
	{ name: 'twenty-third', set: safety23, misses: 0.13 },
	// Session 44, written blind: the twenty-fourth (a child's own words quoted, very young children and
	// children with SEND, online-only "friends") 60 of 90 on arrival, 5 of 40 controls firing; the
	// twenty-fifth (cases told from outside school, the harm by someone trusted) 56 of 90, 3 of 40.
	// Once read: 83 and 75 of 90 (most of the rest give another act-now answer first), 2 and no
	// control (the misses left are in docs/search.md).
	{ name: 'twenty-fourth', set: safety24, misses: 0.08 },
	{ name: 'twenty-fifth', set: safety25, misses: 0.17 },
	// Session 45, written blind: the twenty-sixth (monitoring alerts, devices and new technology) 59
	// of 90 on arrival, 5 of 40 controls firing; the twenty-seventh (Wales, Scotland and Northern
	// Ireland, and 16- and 17-year-olds) 73 of 90, 3 of 40. Once read: 86 and 86 (docs/search.md).
	{ name: 'twenty-sixth', set: safety26, misses: 0.06 },
	{ name: 'twenty-seventh', set: safety27, misses: 0.06 },
	// Session 46, written blind: the twenty-eighth (very short and rushed queries, a risk behind an
	// everyday problem, quiet signs of suicide) 65 of 90 on arrival, 3 of 40 controls firing; the
	// twenty-ninth (adults and children in the same story) 68 of 90, 4 of 40. Once read: 88 and 82,
	// no control (docs/search.md).
	{ name: 'twenty-eighth', set: safety28, misses: 0.06 },
	{ name: 'twenty-ninth', set: safety29, misses: 0.1 },
	// Session 47, written blind: the thirtieth (rare but serious cases told indirectly) 74 of 90 on
	// arrival, 8 of 40 controls firing; the thirty-first (Wales, Scotland and Northern Ireland, the
	// youngest children, newer apps) 70 of 90, 4 of 40. Once read: 86 and 87, no control (docs/search.md).
	{ name: 'thirtieth', set: safety30, misses: 0.06 },
	{ name: 'thirty-first', set: safety31, misses: 0.06 },
	// Session 47 too, written blind after the rules for the thirtieth and thirty-first were written:
	// the thirty-second (children's own words passed on) 72 of 90 on arrival, 3 of 40 controls firing;
	// the thirty-third (formal case notes, settings outside school) 66 of 90, 5 of 40, the same at the
	// session's start. Once read: 80 and 81 (docs/search.md).
	{ name: 'thirty-second', set: safety32, misses: 0.12 },
	{ name: 'thirty-third', set: safety33, misses: 0.11 },
	// Session 48, written blind: the thirty-fourth (a risk inside an everyday, practical question) 75
	// of 90 on arrival, 4 of 40 controls firing; the thirty-fifth (messy typing: misspellings, dropped
	// letters, text-speak, slang) 56 of 90, 2 of 40. Once read: 83 and 77, 1 and 1 (docs/search.md).
	{ name: 'thirty-fourth', set: safety34, misses: 0.11 },
	{ name: 'thirty-fifth', set: safety35, misses: 0.15 },
	// Session 49, written blind: the thirty-sixth (a risk told second-hand, hedged or played down, and
	// the rare serious cases) 65 of 90 on arrival, 2 of 40 controls firing; the thirty-seventh (16- and
	// 17-year-olds, the very young, ALN, looked-after children, the three nations) 71 of 90, 3 of 40.
	// Once read: 82 and 85, none and 1 (docs/search.md).
	{ name: 'thirty-sixth', set: safety36, misses: 0.1 },
	{ name: 'thirty-seventh', set: safety37, misses: 0.06 },
	// Session 50, written blind: the thirty-eighth (the urgent detail hidden inside something else) 74
	// of 90 on arrival, 4 of 40 controls firing; the thirty-ninth (harm between children, and online
	// harm that moves offline) 62 of 90, 1 of 40. Once read: 84 and 78, 1 and no control (docs/search.md).
	{ name: 'thirty-eighth', set: safety38, misses: 0.08 },
	{ name: 'thirty-ninth', set: safety39, misses: 0.14 },
	// Session 51, written blind: the fortieth (age and identity at the edges: 16- and 17-year-olds,
	// the very young, SEN and ALN, children who are not pupils) 78 of 90 on arrival, no control
	// firing; the forty-first (the worst cases typed in a rush, or hidden in a question about the
	// process) 78 of 90, 1 of 40. Once read: 88 and 88, no control (docs/search.md).
	{ name: 'fortieth', set: safety40, misses: 0.04 },
	{ name: 'forty-first', set: safety41, misses: 0.04 },
	// Session 52, written blind: the forty-second (a case reached through technology: AI and nudify
	// apps, livestream gifts, Snap Map, AirDrop, smart watches, a monitoring alert) 77 of 90 on
	// arrival, 1 of 40; the forty-third (what the adult has already done, and the rarer kinds of harm)
	// 71 of 90, 3 of 40. Once read: 88 and 83, no control and 1 (docs/search.md).
	{ name: 'forty-second', set: safety42, misses: 0.04 },
	{ name: 'forty-third', set: safety43, misses: 0.08 },
	// Session 53, written blind: the forty-fourth (where and when a case happens away from the
	// classroom, and who tells the adult) 74 of 90 on arrival, 4 of 40; the forty-fifth (the child's
	// own words quoted, SEND and very young children, dictation) 72 of 90, 7 of 40. Once read: 84 and
	// 87, no control and 1 (docs/search.md).
	{ name: 'forty-fourth', set: safety44, misses: 0.07 },
	{ name: 'forty-fifth', set: safety45, misses: 0.04 },
	// Session 54, written blind: the forty-sixth (the platform and the mechanism named in detail) 81
	// of 90 on arrival, 3 of 40; the forty-seventh (understatement, case-note shorthand and timing) 68
	// of 90, 8 of 40. Once read: 86 and 80, no control (docs/search.md).
	{ name: 'forty-sixth', set: safety46, misses: 0.05 },
	{ name: 'forty-seventh', set: safety47, misses: 0.12 },
	// Session 55, written blind: the forty-eighth (the rarer concepts told in full) 64 of 90 on
	// arrival, 2 of 40; the forty-ninth (real cases asked as "what if", and the tense of the case) 77
	// of 90, 13 of 40. Once read: 89 and 85, no control (docs/search.md).
	{ name: 'forty-eighth', set: safety48, misses: 0.03 },
	{ name: 'forty-ninth', set: safety49, misses: 0.07 },
	// Session 56, written blind: the fiftieth (two harms at once, the most urgent first) 70 of 90 on
	// arrival, 4 of 40; the fifty-first (Wales, Scotland and Northern Ireland in their own terms) 83
	// of 90, 2 of 40. Once read: 85 and 89, no control (docs/search.md).
	{ name: 'fiftieth', set: safety50, misses: 0.06 },
	{ name: 'fifty-first', set: safety51, misses: 0.02 },
	// Session 57, written blind: the fifty-second (whose case it is, an adult's or a child's) 76 of 90
	// on arrival, 2 of 40; the fifty-third (who did it, when it is not a stranger online) 63 of 90,
	// 3 of 40. Once read: 89 and 82, 0 and 1 of 40 (docs/search.md).
	{ name: 'fifty-second', set: safety52, misses: 0.02 },
	{ name: 'fifty-third', set: safety53, misses: 0.1 },
	// Session 58, written blind: the fifty-fourth (children who are more vulnerable) 79 of 90 on
	// arrival, 0 of 40; the fifty-fifth (long messages where the risk is buried) 74 of 90, 7 of 40.
	// Once read: 86 and 83, 0 and 2 of 40 (docs/search.md).
	{ name: 'fifty-fourth', set: safety54, misses: 0.1 },
	{ name: 'fifty-fifth', set: safety55, misses: 0.15 },
	// Session 59, written blind: the fifty-sixth (risk told down: hedged, minimised or doubted) 75 of
	// 90 on arrival, 4 of 40; the fifty-seventh (told second-hand, from the past or from outside
	// school) 67 of 90, 1 of 40. Once read: see docs/search.md.
	{ name: 'fifty-sixth', set: safety56, misses: 0.05 },
	{ name: 'fifty-seventh', set: safety57, misses: 0.12 },
	// Session 60, written blind: the fifty-eighth (how a case is typed: voice-to-text slips, spellings
	// by sound, dialect) 76 of 90 on arrival, 8 of 40; the fifty-ninth (the asker's own next move) 75
	// of 90, 3 of 40. Once read: see docs/search.md.
	// Three of the fifty-eighth's controls still fire, left so for the worst case: a teacher asking what
	// "pree and cheffed" mean ("cheffed" is read as "stabbed", so a post saying a boy "gets cheffed"
	// fires), "our kid" (a brother of 19) beside "he's 19" (the age rule for grooming), and a glue stick
	// a boy pretended was a knife (a pretend weapon held up with a threat is a threat).
	{ name: 'fifty-eighth', set: safety58, misses: 0.16, controls: 0.08 },
	{ name: 'fifty-ninth', set: safety59, misses: 0.16 },
	// Session 61, written blind: the sixtieth (the app, game or device the harm came through) 74 of 90
	// on arrival, 3 of 40; the sixty-first (when it happened: now, tonight, years ago, planned) 80 of
	// 90, 5 of 40. Once read: see docs/search.md.
	{ name: 'sixtieth', set: safety60, misses: 0.2 },
	{ name: 'sixty-first', set: safety61, misses: 0.12 },
	// Session 62, written blind: the sixty-second (harm done by another child) 73 of 90 on arrival, 2
	// of 40; the sixty-third (the youngest children) 66 of 90, 6 of 40. Once read: see docs/search.md.
	{ name: 'sixty-second', set: safety62, misses: 0.2 },
	{ name: 'sixty-third', set: safety63, misses: 0.27, controls: 0.15 },
	// Session 63, written blind: the sixty-fourth (culture, faith, family and belonging) 64 of 90 on
	// arrival, 7 of 40; the sixty-fifth (typed by the child or a parent) 64 of 90, 2 of 40. Once read:
	// 85 and 83, 1 and 0 of 40 (docs/search.md).
	{ name: 'sixty-fourth', set: safety64, misses: 0.1 },
	{ name: 'sixty-fifth', set: safety65, misses: 0.12 },
	// Session 64, written blind: the sixty-sixth (boys and young men at risk) 69 of 90 on arrival, 3 of
	// 40; the sixty-seventh (a risk hidden in an everyday matter) 69 of 90, 3 of 40. Once read: 82 and
	// 85, 2 and 0 of 40; the sixty-seventh 83 after the reread (docs/search.md).
	{ name: 'sixty-sixth', set: safety66, misses: 0.1 },
	{ name: 'sixty-seventh', set: safety67, misses: 0.08 },
	// Session 65, written blind: the sixty-eighth (a child the writer does not know) 68 of 90 on
	// arrival, 7 of 40; the sixty-ninth (adults in a position of trust who are not class teachers) 50
	// of 90, 2 of 40. Once read: 79 and 69, 1 and 0 of 40 (docs/search.md).
	{ name: 'sixty-eighth', set: safety68, misses: 0.15 },
	{ name: 'sixty-ninth', set: safety69, misses: 0.25 },
	// Session 66, written blind: the seventieth (a child who has done harm and is also at risk) 62 of
	// 90 on arrival, 3 of 40; the seventy-first (a risk found through the school's own systems) 69
	// of 90, 1 of 40. Once read: 72 and 85, 1 and 1 of 40 (docs/search.md).
	{ name: 'seventieth', set: safety70, misses: 0.25 },
	{ name: 'seventy-first', set: safety71, misses: 0.1 },
	// Session 67, written blind: the seventy-second (a risk that comes back after it was handled) 68
	// of 90 on arrival, 3 of 40; the seventy-third (many children at once) 75 of 90, 2 of 40.
	// Once read: 74 and 83, 0 and 0 of 40 (docs/search.md).
	{ name: 'seventy-second', set: safety72, misses: 0.25 },
	{ name: 'seventy-third', set: safety73, misses: 0.12 },
	// Session 68, written blind: the seventy-fourth (ages at the edge) 70 of 90 on arrival, 2 of 40;
	// the seventy-fifth (money, gifts and favours) 64 of 90, 6 of 40. Once read: 77 and 80, 0 and 0
	// of 40 (docs/search.md).
	{ name: 'seventy-fourth', set: safety74, misses: 0.2 },
	{ name: 'seventy-fifth', set: safety75, misses: 0.18 },
	// Session 69, written blind: the seventy-sixth (what it is not) 72 of 90 on arrival, 3 of 40; the
	// seventy-seventh (pictures and videos told without the usual words) 71 of 90, 2 of 40. Once
	// read: 81 and 81, 0 and 0 of 40 (docs/search.md).
	{ name: 'seventy-sixth', set: safety76, misses: 0.12 },
	{ name: 'seventy-seventh', set: safety77, misses: 0.12 },
	// Session 70, written blind: the seventy-eighth (the words quoted as written or said) 71 of 90 on
	// arrival, 2 of 40; the seventy-ninth (the sector's formal terms and shorthand) 79 of 90, 5 of 40.
	// Once read: 83 and 84, 2 and 2 of 40 (docs/search.md).
	{ name: 'seventy-eighth', set: safety78, misses: 0.1 },
	{ name: 'seventy-ninth', set: safety79, misses: 0.1 },
])('the $name safety set (a tuning set from the start: see its "about")', ({ set, misses, controls = 0.05 }) => {
	it('fires the right concept first for nearly all of its queries', () => {
		const missed = set.queries.filter((safetyQuery: SafetyQuery) => !acceptsConcept(safetyQuery, firstConcept(safetyQuery.query)));
		expect(missed.length / set.queries.length).toBeLessThanOrEqual(misses);
	});

	it("fires a child's answer for few of its controls", () => {
		const fired = set.controls.filter(({ query }) => childMatches(query).length > 0);
		expect(fired.length / set.controls.length).toBeLessThanOrEqual(controls);
	});
});

describe('the sixth safety set\'s adults\' own cases (a tuning set from the start: see its "about")', () => {
	it("gives the adult's page first for nearly all of them (18 of 20; the two left are in docs/search.md)", () => {
		const first = safety6.adults.filter(({ query, expect: page }) => matches(query)[0]?.concept.target === page);
		expect(first.length / safety6.adults.length).toBeGreaterThanOrEqual(0.9);
	});

	it("never gives a child's answer first for one of them", () => {
		expect(safety6.adults.filter(({ query }) => matches(query)[0] && !matches(query)[0].forAdult).map(({ query }) => query)).toEqual(["'unknown accessory moving with you' keeps popping up on my iphone"]);
	});
});

describe('the seventh safety set\'s adults\' own cases (a tuning set from the start, session 33)', () => {
	it("gives the adult's page first for at least 8 of 15 (7 on arrival)", () => {
		// The rest get the child's answer first, by the worst-case rule (first-person words such as
		// "photo of me" never make a query an adult's own case), or nothing (docs/search.md).
		const first = safety7.adults.filter(({ query, expect: page }) => matches(query)[0]?.concept.target === page);
		expect(first.length).toBeGreaterThanOrEqual(8);
	});
});

describe('containsPattern', () => {
	it('finds a phrase in order with up to the gap between its words', () => {
		expect(containsPattern(['end', 'his', 'own', 'life'], [['end', 'life'], 2])).toBe(true);
		expect(containsPattern(['end', 'of', 'the', 'school', 'life'], [['end', 'life'], 2])).toBe(false);
		expect(containsPattern(['life', 'end'], [['end', 'life'], 2])).toBe(false);
	});

	it('tries each word that may hold a place, not only the first: a list matches where any of its words lets the rest follow', () => {
		// "y" comes first, but only "w" leaves "kill" within the gap after it.
		expect(containsPattern(['x', 'y', 'z', 'w', 'a', 'b', 'kill'], [['x', ['y', 'w'], 'kill'], 2])).toBe(true);
		expect(containsPattern(['x', 'y', 'z', 'w', 'a', 'b', 'c', 'kill'], [['x', ['y', 'w'], 'kill'], 2])).toBe(false);
	});

	it("merges a concept's phrases that differ in one place into one, and they match as before", () => {
		const threats = encoded.concepts.find((concept) => concept.id === 'threats-weapons');
		const written = actNow.concepts.find((concept) => concept.id === 'threats-weapons')?.phrases ?? [];
		expect(threats?.patterns.length).toBeLessThan(written.length);
		for (const phrase of ['threatening to kill', 'threatened to kill', 'threatens to kill', 'threatened to stab']) expect(containsPattern(actNowTerms(phrase, {}), threats?.patterns.find((pattern) => containsPattern(actNowTerms(phrase, {}), pattern)) ?? [[], 0]), phrase).toBe(true);
		expect(threats?.patterns.some((pattern) => containsPattern(actNowTerms('threatening to report him', {}), pattern))).toBe(false);
	});

	it('with `owned`, takes no gap after a word that says whose thing it is, and opens none with one', () => {
		expect(containsPattern(['in', 'my', 'bag'], [['in', 'my', 'bag'], 2], undefined, {})).toBe(true);
		expect(containsPattern(['in', 'my', 'son', 'bag'], [['in', 'my', 'bag'], 2], undefined, {})).toBe(false);
		expect(containsPattern(['in', 'my', 'son', 'bag'], [['in', 'my', 'bag'], 2])).toBe(true);
		expect(containsPattern(['nude', 'of', 'herself', 'to', 'me'], [['nude', 'of', 'me'], 2], undefined, {})).toBe(false);
		expect(containsPattern(['of', 'a', 'supply', 'teacher'], [['of', 'a', 'teacher'], 2], undefined, {})).toBe(true);
	});

	it('with `owned`, lets no gap hold a word that starts another clause ("she", "he", "they")', () => {
		expect(containsPattern(['teacher', 'is', 'being', 'blackmailed'], [['teacher', 'being', 'blackmailed'], 2], undefined, {})).toBe(true);
		expect(containsPattern(['teacher', 'she', 'is', 'being', 'blackmailed'], [['teacher', 'being', 'blackmailed'], 2], undefined, {})).toBe(false);
		expect(containsPattern(['teacher', 'she', 'is', 'being', 'blackmailed'], [['teacher', 'being', 'blackmailed'], 2])).toBe(true);
	});

	it('does not let the gap open with "to": what follows it is what the first word is about', () => {
		expect(containsPattern(['threatening', 'to', 'report', 'a', 'teacher'], [['threatening', 'a', 'teacher'], 2])).toBe(false);
		expect(containsPattern(['threatening', 'our', 'new', 'teacher'], [['threatening', 'teacher'], 2])).toBe(true);
		expect(containsPattern(['threatening', 'to', 'stab'], [['threatening', 'to', 'stab'], 2])).toBe(true);
		expect(matches('parent threatening to report a teacher to ofsted')).toEqual([]);
		expect(firstConcept('pupil threatening to hurt a teacher')).toBe('threats-weapons');
	});

	it('takes no gap before a `joined` place ("asking for-money")', () => {
		expect(containsPattern(['ask', 'him', 'for', 'monei'], [['ask', 'for', 'monei'], 2, [2]])).toBe(true);
		expect(containsPattern(['ask', 'for', 'trip', 'monei'], [['ask', 'for', 'monei'], 2, [2]])).toBe(false);
		expect(containsPattern(['ask', 'for', 'trip', 'monei'], [['ask', 'for', 'monei'], 2])).toBe(true);
	});

	it('with an `unless` rule, does not count a match followed by a word the rule refuses ("of a teacher\'s son")', () => {
		const refusing = (terms: string[]) => ({ notFollowedBy: (index: number) => terms[index] === 'son' });
		const [withSon, without] = [['of', 'a', 'teacher', 'son'], ['of', 'a', 'teacher', 'in', 'class']];
		expect(containsPattern(withSon, [['of', 'teacher'], 2], undefined, refusing(withSon))).toBe(false);
		expect(containsPattern(without, [['of', 'teacher'], 2], undefined, refusing(without))).toBe(true);
	});

	it('finds "together" words anywhere, in any order', () => {
		expect(containsPattern(['tonight', 'she', 'will', 'meet'], [['meet', 'tonight'], ANYWHERE])).toBe(true);
		expect(containsPattern(['she', 'will', 'meet'], [['meet', 'tonight'], ANYWHERE])).toBe(false);
	});

	it('reads a list in a "together" entry as any one of its words', () => {
		const file = { ...actNow, concepts: [{ ...actNow.concepts[0], terms: [], phrases: [], together: [[['pics', 'nudes'], ['money', 'vouchers']]] }] };
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(matchActNow('wants vouchers for her nudes', one)).toHaveLength(1);
		expect(matchActNow('money for pics', one)).toHaveLength(1);
		expect(matchActNow('nudes shared in a group', one)).toEqual([]);
		expect(matchActNow('money and vouchers', one)).toEqual([]);
	});

	it('reads a phrase\'s "a|b" as any one of them, "{name}" as any word of that list in `words`, and "-" as no gap', () => {
		const file = { ...actNow, words: { ...actNow.words, staff: ['teacher', 'caretaker'] }, concepts: [{ ...actNow.concepts[0], terms: [], together: [], ages: [], unless: [], adult: undefined, phrases: ['{staff} being threatened|blackmailed', 'asking for-money'] }] };
		const one = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(matchActNow('our caretaker is being blackmailed', one)).toHaveLength(1);
		expect(matchActNow('teacher being threatened', one)).toHaveLength(1);
		expect(matchActNow('pupil being blackmailed', one)).toEqual([]);
		expect(matchActNow('asking him for money', one)).toHaveLength(1);
		expect(matchActNow('asking for trip money', one)).toEqual([]);
	});

	it('reads "..." in a phrase as up to four other words within one clause, none naming a child nor telling of or coming across the case, and "{name}|a" as any word of the list or "a"', () => {
		const withPhrase = (phrase: string) => encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, { ...actNow, words: { ...actNow.words, staff: ['teacher', 'coach'] }, concepts: [{ ...actNow.concepts[0], terms: [], together: [], ages: [], unless: [], adult: undefined, phrases: [phrase] }] }), misspellings);
		const wide = withPhrase('{staff} ... in group-chat with {child}|year');
		expect(matchActNow('coach is also often in the group chat with year 9', wide)).toHaveLength(1);
		expect(matchActNow('teacher is in a group chat with pupils', wide)).toHaveLength(1);
		expect(matchActNow('teacher and a man from the club were in a group chat with pupils', wide)).toEqual([]);
		expect(matchActNow('teacher found pupils in a group chat with year 9', wide)).toEqual([]);
		expect(matchActNow('teacher says she is in a group chat with pupils', wide)).toEqual([]);
		expect(matchActNow('teacher is in a group chat with parents', wide)).toEqual([]);
		// Without "...", two words at most.
		expect(matchActNow('coach is also often in the group chat with year 9', withPhrase('{staff} in group-chat with {child}|year'))).toEqual([]);
	});

	it('fails the build, naming the field, for "..." at either end of a phrase', () => {
		for (const phrase of ['... in group', 'in group ...', 'in ... ... group']) {
			const bad = { ...actNow, concepts: [{ ...actNow.concepts[0], phrases: [phrase] }] };
			expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, bad), phrase).toThrow(/field "concepts\[0\]\.phrases\[0\]"/);
		}
	});

	it('names the field when a phrase uses a list that `words` does not have', () => {
		const bad = { ...actNow, concepts: [{ ...actNow.concepts[0], phrases: ['{nobody} being blackmailed'] }] };
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, bad)).toThrow(/concepts\[0\]\.phrases\[0\].*"\{nobody\}" is not a list in "words"/s);
	});

	it('names the entry when a list in a "together" entry has one word', () => {
		const bad = { ...actNow, concepts: [{ ...actNow.concepts[0], together: [[['pics'], 'money']] }] };
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, bad)).toThrow(/concepts\[0\]\.together\[0\]\[0\].*write one word as a string/s);
	});
});

describe('the act-now data as the browser gets it', () => {
	it('keeps the file-wide "unless" a list of its own, which stops every concept, and no concept repeats it', () => {
		const file = {
			...actNow,
			unless: ['lesson plan', 'uniform policy'],
			concepts: [
				{ ...actNow.concepts[0], id: 'first', terms: ['knife'], phrases: [], together: [], ages: [], unless: ['knife and fork', 'lesson plans'] },
				{ ...actNow.concepts[0], id: 'second', terms: ['nudes'], phrases: [], together: [], ages: [], unless: [] },
			],
		};
		const both = encodeActNow(parseDataFile('content/data/act-now.json', ActNowSchema, file), misspellings);
		expect(both.unless).toHaveLength(2);
		// "lesson plans" is "lesson plan" as index terms: the file-wide list holds it already.
		expect(both.concepts.map((concept) => concept.unless.length)).toEqual([1, 0]);
		expect(matchActNow('knife and nudes', both).map((match) => match.concept.id)).toEqual(['first', 'second']);
		expect(matchActNow('knife and nudes lesson plan', both)).toEqual([]);
		expect(matchActNow('nudes uniform policy', both)).toEqual([]);
		expect(matchActNow('knife and fork and nudes', both).map((match) => match.concept.id)).toEqual(['second']);
		expect(matchActNow('knife in lesson plans', both)).toEqual([]);
	});

	it('sends the concepts to the browser packed, and reads them back exactly, the file-wide "unless" once', () => {
		const packed = packActNow(encoded);
		expect(unpackActNow(packed)).toEqual(encoded);
		expect(packed.unless.length).toBeGreaterThan(0);
		const oneWordList = { ...encoded.concepts[0], patterns: [[[['cut'], 'arm'], ANYWHERE]] as ActNowPattern[], unless: [], lookalikes: [] };
		expect(unpackActNow(packActNow(alone(oneWordList)))).toEqual(alone(oneWordList));
	});

	it('sends a long list of words that several patterns share once, and reads each use back as the list', () => {
		const staff = ['teacher', 'assistant', 'coach', 'tutor', 'caretaker', 'receptionist', 'librarian', 'technician', 'supervisor'];
		const sharing = alone({ ...encoded.concepts[0], patterns: [[[staff, 'knife'], PHRASE_GAP], [['threat', staff], PHRASE_GAP]] as ActNowPattern[], unless: [[['lesson', staff], PHRASE_GAP]] as ActNowPattern[], lookalikes: [] });
		const packed = packActNow(sharing);
		expect(packed.lists).toEqual([staff.join('|')]);
		expect(JSON.stringify(packed).split(staff.join('|')).length - 1).toBe(1);
		expect(unpackActNow(packed)).toEqual(sharing);
		// A short list stays where it is used: sending it once costs more than it saves.
		const short = alone({ ...encoded.concepts[0], patterns: [[[['cut', 'cuts'], 'arm'], PHRASE_GAP], [['arm', ['cut', 'cuts']], PHRASE_GAP]] as ActNowPattern[], unless: [], lookalikes: [] });
		expect(packActNow(short).lists).toBeUndefined();
	});

	it('fails the build when the packed concepts or the file-wide "unless" would not read back exactly', () => {
		const emptyList: ActNowPattern = [[[], 'arm'], PHRASE_GAP];
		expect(() => packActNow(alone({ ...encoded.concepts[0], patterns: [emptyList] }))).toThrow(/do not read back as they were packed/);
		expect(() => packActNow({ unless: [emptyList], concepts: encoded.concepts, words: encoded.words })).toThrow(/do not read back as they were packed/);
	});
});

describe('ages in act-now patterns', () => {
	const adult = { ...encoded.concepts[0], id: 'test', patterns: [[['boyfriend', ageToken(18)], 2]] as [string[], number][], unless: [] };
	it('matches a number from the age up, not below it, and not a count of hours', () => {
		expect(matchActNow('boyfriend is 18', alone(adult))).toHaveLength(1);
		expect(matchActNow('boyfriend is 17', alone(adult))).toEqual([]);
		expect(matchActNow('boyfriend for 20 hours', alone(adult))).toEqual([]);
	});

	it('reads an age, and a synonym of a word, in a place that lists several words (each place is looked up, not read word by word, since session 48)', () => {
		const listed = { ...adult, patterns: [[['boyfriend', ['man', ageToken(18)]], 2], [[['teacher', 'coach'], termOf('blackmailed')], 2]] as [(string | string[])[], number][] };
		const tutor = { synonyms: [['teacher', 'tutor']] };
		expect(matchActNow('boyfriend is 19', alone(listed))).toHaveLength(1);
		expect(matchActNow('boyfriend is 12', alone(listed))).toEqual([]);
		expect(matchActNow('our tutor was blackmailed', alone(listed), tutor)).toHaveLength(1);
		expect(matchActNow('our tutor was blackmailed', alone(listed))).toEqual([]);
		expect(matchActNow('our pupil was blackmailed', alone(listed), tutor)).toEqual([]);
	});

	it('reads a sum of money as money, not as an age', () => {
		expect(matchActNow('boyfriend sent her £20', alone(adult))).toEqual([]);
		expect(matchActNow('boyfriend sent her $ 20', alone(adult))).toEqual([]);
		expect(firstConcept('message says send £50 or everyone sees your pics')).toBe('sextortion-blackmail');
	});
});

describe('the newer independent safety sets (measured only: their queries are never printed)', () => {
	// Floors against regressions, set just below each set's first measurement (1 December 2026; the
	// fourth's, 42 of 60, and the fifth's, 43 of 60, on 3 December 2026, session 33): not the target,
	// which is every query.
	// The sixth (session 34, registered at its end): 50 of 60 and no control on arrival. The seventh
	// (written at session 35's start, registered at its end): 45 of 60 and no control on arrival.
	const floors: Record<string, number> = { second: 0.7, third: 0.7, fourth: 0.65, fifth: 0.65, sixth: 0.75, seventh: 0.7 };
	// A child's answer on at most a tenth of a set's controls; the fifth (registered at session 33's end,
	// so first measured against everything that session changed) showed 4 of 30 on arrival.
	const falseAlarmLimits: Record<string, number> = { fifth: 0.15 };
	it.each(measuredSafetySets())('the $name set fires the right concept first for most of its queries and for few of its controls', ({ name, set }) => {
		const fired = set.queries.filter(({ query, concept }) => firstConcept(query) === concept).length;
		// A child's answer on a control is a false alarm; an adult's answer is counted apart (a control
		// may be an adult's own case, which has an answer of its own since 2 December 2026).
		const falseAlarms = set.controls.filter(({ query }) => childMatches(query).length > 0).length;
		const adultAnswers = set.controls.filter(({ query }) => matches(query)[0]?.forAdult).length;
		console.log(`The ${name} independent safety set: act-now concept first for ${fired} of ${set.queries.length}; a child's answer on ${falseAlarms} of ${set.controls.length} controls, an adult's on ${adultAnswers}`);
		expect(fired / set.queries.length).toBeGreaterThanOrEqual(floors[name] ?? 0.7);
		expect(falseAlarms / Math.max(1, set.controls.length)).toBeLessThanOrEqual(falseAlarmLimits[name] ?? 0.1);
	});
});

describe('session 29: outcome sections as targets, a claimed hack, and sexual behaviour in young children', () => {
	const first = (query: string) => matches(query)[0]?.concept;

	it('accepts a section of a wizard outcome as a target, and still rejects a malformed one naming the field', () => {
		const withTarget = (target: string) => ({ ...actNow, concepts: [{ ...actNow.concepts[0], target }] });
		expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, withTarget('/report/outcome/child-at-risk/#criminal-exploitation'))).not.toThrow();
		for (const bad of ['/report/outcome/child-at-risk/#', '/report/outcome/child-at-risk#criminal-exploitation', '/report/outcome/child-at-risk/#Crime Here', '/report/child-at-risk/#criminal-exploitation']) {
			expect(() => parseDataFile('content/data/act-now.json', ActNowSchema, withTarget(bad)), bad).toThrow(/content\/data\/act-now\.json.*concepts\[0\]\.target/s);
		}
	});

	it('fails, naming the file, the concept and the target, when an outcome or its section does not exist', async () => {
		const pages = await searchPagesFromDist(process.cwd());
		const concept = actNow.concepts.find((c) => c.id === 'criminal-exploitation')!;
		for (const target of ['/report/outcome/child-at-risk/#no-such-section', '/report/outcome/no-such-outcome/#criminal-exploitation']) {
			const problems = checkActNowTargets({ ...actNow, concepts: [{ ...concept, target }] }, pages);
			expect(problems, target).toHaveLength(1);
			expect(problems[0]).toContain('content/data/act-now.json');
			expect(problems[0]).toContain('"criminal-exploitation"');
			expect(problems[0]).toContain(target);
		}
		// The outcome's own sections are known to the check: each concept's target passes.
		expect(checkActNowTargets(actNow, pages)).toEqual([]);
	}, 60_000);

	it.each([
		['county lines recruiting pupils on snapchat', 'criminal-exploitation', '/report/outcome/child-at-risk/#criminal-exploitation'],
		['video of year 8 fight posted boy knocked out', 'filmed-assault', '/report/outcome/child-at-risk/#filmed-assault'],
		['pupils address posted online with threats', 'pupil-address-with-threats', '/report/outcome/threat-of-violence/#pupil-address'],
	])('leads "%s" to the outcome\'s own section, listed first under the act-now answer', (query, id, target) => {
		expect(first(query)).toMatchObject({ id, target });
		const outcome = engine.search(query);
		if (outcome.status !== 'results') throw new Error(query);
		const [url, anchor] = target.split('#');
		expect(outcome.pages[0]).toMatchObject({ url, actNow: { concept: id, target } });
		expect(outcome.pages[0].sections[0]?.anchor).toBe(anchor);
	});

	it.each([
		// An adult's address: the threat outcome's section for staff, not the pupil's.
		['teachers home address posted on facebook with threats', ['threat-to-a-member-of-staff']],
		["staff member's address shared online with threats to smash her windows", ['threat-to-a-member-of-staff']],
		// A fight with no one filmed, a fight filmed with no one hurt, a boxing match, a drama scene.
		['boy knocked out in a fight after school', ['threats-weapons']],
		['boys watching street fight videos on tiktok', []],
		['year 11 boxing match knocked out, video on the club page', []],
		['drama club filmed a stage fight for the school website', []],
		['pupils filmed themselves attacking a teacher in class', []],
		['video of a man being punched going viral', []],
	])('gives "%s" no pupil-address or filmed-assault answer', (query, expected) => {
		expect(ids(query).filter((id) => id !== 'immediate-danger')).toEqual(expected);
	});

	it.each([
		'coach says someone hacked his insta but it has been sending the U12s messages late at night',
		'coach says his instagram was hacked but it has been messaging the under 12s',
		'PE teacher insists someone hacked his snapchat and sent messages to year 9 girls',
		'TA claims someone hacked her whatsapp and now it keeps sending year 6 pupils messages at night',
		'staff member says his account was hacked but it has been messaging pupils',
	])('treats a member of staff\'s account messaging children as an allegation, though they say it was hacked: "%s"', (query) => {
		expect(firstConcept(query)).toBe('staff-conduct');
	});

	it.each([
		"teacher says a pupil's account was hacked and is messaging other pupils",
		'teacher says year 9s hacked her account and are messaging other pupils',
		'teacher says the school instagram was hacked and has been messaging pupils',
		"teacher's facebook got hacked and is posting spam to parents",
		'coach says someone hacked his email and it sent spam to parents',
		'pupil says someone hacked her snapchat and is sending her friends messages',
	])('does not read someone else\'s hacked account, or one messaging only adults, as an allegation: "%s"', (query) => {
		expect(ids(query)).not.toContain('staff-conduct');
	});

	it.each([
		'year 1 children copying sexual things they saw online in the playground',
		'reception boy humping other children at carpet time',
		'two year 1 boys pretending to have sex in the toilets',
		"year 3 pupils touching each other's private parts under the table",
		'nursery child talking about blowjobs',
		'year 2 girl using sexual words way beyond her age',
	])('leads sexual behaviour beyond a young child\'s age to the child-at-risk outcome: "%s"', (query) => {
		expect(first(query)).toMatchObject({ id: 'sexual-behaviour-of-a-young-child', target: '/report/outcome/child-at-risk/#what-to-do' });
	});

	it.each([
		'year 1 learning about body parts',
		'RSE lesson plan year 6',
		'children playing doctors in the home corner',
		'reception class sex education questions from parents',
		'year 2 copying the teacher in a play',
		'sexual health lesson for year 10',
		'pupils touching each other in a rugby tackle',
	])('shows no answer for sexual behaviour for "%s"', (query) => {
		expect(ids(query)).not.toContain('sexual-behaviour-of-a-young-child');
	});
});

describe("session 29: an adult's own case that read as a child's (issue 12)", () => {
	it.each([
		['college lecturer, adult learner (19) had intimate photos posted by her ex', 'intimate-image-of-an-adult'],
		['19 year old student had nudes leaked by her ex', 'intimate-image-of-an-adult'],
		['mature student being sextorted after a video call', 'blackmail-of-an-adult'],
		['sextortion email to a teacher saying they have a video of him', 'blackmail-of-an-adult'],
		['our deputy head got a sextortion email demanding bitcoin', 'blackmail-of-an-adult'],
		['teacher deepfake nude being shared on tiktok', 'intimate-image-of-an-adult'],
		['sir deepfake going round on snapchat', 'intimate-image-of-an-adult'],
	])('gives the adult\'s answer, not a child\'s: "%s" → %s', (query, answer) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: answer }, forAdult: true });
		expect(childMatches(query)).toEqual([]);
	});

	it('shows no child\'s answer for a fake of a member of staff going round a year group (a pupil may have shared it, as when pupils made it)', () => {
		expect(childMatches('teecher deepfake pic going round yr 11')).toEqual([]);
	});

	it.each([
		['deepfake nudes of year 11 girls', 'sexual-images-under-18'],
		['teacher deepfake nudes of year 11 girls going round', 'sexual-images-under-18'],
		['teacher made deepfake pics of a year 9 girl', 'sexual-images-under-18'],
		['sextortion email to a year 10 boy saying they have his pics', 'sextortion-blackmail'],
		["sextortion email to a teacher's son", 'sextortion-blackmail'],
		['student has a 19 year old boyfriend who wants nudes', 'grooming'],
		['a 17 year old learner had her nudes shared', 'sexual-images-under-18'],
		['man on roblox keeps giving him robux and wants to video call', 'grooming'],
		['stranger giving robux to kids on roblox', 'grooming'],
		['a year 9 sent nudes, what is the guidance on this', 'sexual-images-under-18'],
		['guidance on sexting, she sent a nude to her boyfriend', 'sexual-images-under-18'],
		['what is the guidance on a pupil sharing nudes', 'sexual-images-under-18'],
		['named person scotland - pupil sharing nudes, which guidance do we follow', 'sexual-images-under-18'],
	])('keeps the child\'s answer where a child may be the one harmed: "%s" → %s', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
		expect(matches(query).filter((match) => match.forAdult)).toEqual([]);
	});

	it('reads a year group as a child\'s, whatever age is given with it', () => {
		expect(childMatches('year 13 student aged 18 sent nudes').length).toBeGreaterThan(0);
		expect(matches('year 13 student aged 18 sent nudes').filter((match) => match.forAdult)).toEqual([]);
	});

	it.each([
		'designated senior person wales, what is the guidance on learners sharing nudes',
		'EA guidance on sexting northern ireland',
		'what does the guidance say about sexting in primary schools',
		'guidance about children sending nudes',
		'send pupil being tricked into giving away his robux',
		'year 8 gave away his robux to a free robux scam',
	])('shows no child\'s answer for a question about the guidance, or a child\'s own robux scammed: "%s"', (query) => {
		expect(childMatches(query)).toEqual([]);
		expect(ids(query)).not.toContain('grooming');
	});

	it('names a learner or student said to be 18 or over as an adult, not a child', () => {
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named('adult learner (19)')).toEqual({ child: false, adult: true });
		expect(named('student aged 20')).toEqual({ child: false, adult: true });
		expect(named('a 19 year old student')).toEqual({ child: false, adult: true });
		expect(named('a 19yo student')).toEqual({ child: false, adult: true });
		expect(named('a 17 year old student')).toEqual({ child: true, adult: false });
		expect(named('a 15yo')).toEqual({ child: true, adult: false });
		expect(named('student has a 19 year old boyfriend')).toEqual({ child: true, adult: false });
		expect(named('pupil 18 year old boyfriend')).toEqual({ child: true, adult: false });
		expect(named('a very mature girl')).toEqual({ child: true, adult: false });
		expect(firstConcept('a very mature girl in year 8 is being messaged by an older man')).toBe('grooming');
		expect(firstConcept('a mature girl being messaged by an older man')).toBe('grooming');
	});

	it('reads lists joined by "-" as typed one straight after the other', () => {
		const parsed = ActNowSchema.parse({ ...actNow, concepts: [{ ...actNow.concepts[0], phrases: ['{adult}-deepfake|deepfakes'] }] });
		const [pattern] = encodeActNow(parsed, misspellings).concepts[0].patterns.filter(([places]) => places.length === 2 && Array.isArray(places[0]));
		expect(containsPattern(actNowTerms('teacher deepfake'), pattern)).toBe(true);
		expect(containsPattern(actNowTerms('teacher made a deepfake'), pattern)).toBe(false);
	});
});

describe('related pages under an act-now answer (`related`, session 30)', () => {
	let plain: SearchEngine;
	beforeAll(async () => {
		const { payload, shards } = await buildSearchIndex(await searchPagesFromDist(process.cwd()));
		const { related: _related, ...withoutRelated } = payload.actNow;
		plain = new SearchEngine({ ...payload, actNow: withoutRelated }, shards);
	}, 60_000);
	const ordinary = (search: SearchEngine, query: string) => {
		const outcome = search.search(query);
		return outcome.status === 'results' ? outcome.pages.filter((hit) => !hit.actNow).map((hit) => hit.url) : [];
	};
	const relatedOf = (id: string) => (actNow.concepts.find((c) => c.id === id)?.related ?? []).map((target) => target.split('#')[0]);

	it('names only pages search covers, each once, and none that is the concept\'s own target', async () => {
		const pages = await searchPagesFromDist(process.cwd());
		expect(checkActNowTargets(actNow, pages)).toEqual([]);
		for (const concept of actNow.concepts) {
			expect(new Set(concept.related).size, concept.id).toBe(concept.related.length);
			expect(relatedOf(concept.id), concept.id).not.toContain(concept.target.split('#')[0]);
		}
		const broken = { ...actNow, concepts: [{ ...actNow.concepts[1], related: ['/guides/no-such-guide/'] }] };
		expect(checkActNowTargets(broken, pages).join('\n')).toContain('concepts[0].related[0]');
	}, 60_000);

	it('leads the ordinary results with a related page the ranking found, under a child\'s answer', () => {
		const query = 'year 9 offered money on snapchat to carry packages';
		expect(firstConcept(query)).toBe('criminal-exploitation');
		expect(relatedOf('criminal-exploitation')).toContain(ordinary(engine, query)[0]);
		expect(relatedOf('criminal-exploitation')).not.toContain(ordinary(plain, query)[0]);
	});

	it('leads with a related page from beyond the first seven when the first ordinary result holds only part of the query (session 31)', () => {
		// "bye guys … went offline": the ranking's first results match "group chat" or "boy"; the harmful
		// content guide, which the self-harm concept names, is far down and now leads.
		const query = "boy typed 'bye guys' on group chat then went offline";
		expect(firstConcept(query)).toBe('self-harm-suicide');
		const first = ordinary(engine, query)[0];
		expect(relatedOf('self-harm-suicide')).toContain(first);
		expect(ordinary(plain, query).indexOf(first)).toBeGreaterThanOrEqual(7);
		expect(ordinary(engine, query).filter((url) => relatedOf('self-harm-suicide').includes(url))).toHaveLength(1);
	});

	it('keeps a first ordinary result that holds every word of the query, where an answer fired in error (session 31)', () => {
		// Read as sextortion ("pretending to be a … girl"), but the first ordinary result is the page asked for.
		const query = 'there is a fake snapchat pretending to be a year 8 girl and it is messaging other pupils saying horrible things';
		expect(firstConcept(query)).toBe('sextortion-blackmail');
		expect(ordinary(engine, query)).toEqual(ordinary(plain, query));
	});

	it('only reorders the ordinary results: a related page the ranking did not find is not added', () => {
		for (const query of ['year 9 offered money on snapchat to carry packages', "Senso flagged 'how many paracetamol to die'", 'nudes year 8', 'teacher messaging a year 9 on snapchat late at night']) {
			expect([...ordinary(engine, query)].sort(), query).toEqual([...ordinary(plain, query)].sort());
		}
	});

	it('leaves the ordinary results of an adult\'s own case, and of a query with no answer, as the ranking gave them', () => {
		for (const query of ['teacher being blackmailed with nudes by her ex', 'someone filmed up a teachers skirt and posted it', 'how do i report a fake account on instagram']) {
			expect(ordinary(engine, query), query).toEqual(ordinary(plain, query));
		}
	});
});

describe('the sections listed under an act-now answer (session 31)', () => {
	const answerSections = (query: string) => {
		const outcome = engine.search(query);
		return outcome.status === 'results' ? outcome.pages.filter((hit) => hit.actNow).flatMap((hit) => hit.sections.map((section) => `${hit.url}#${section.anchor}`)) : [];
	};
	const ownAnswer = actNow.concepts.find((c) => c.id === 'after-a-pupils-death')!.target;

	it('lists a section that is another concept\'s own answer only when that concept fired too', () => {
		// The self-harm outcome's "After a pupil's death" section holds many of the same words.
		for (const query of ['pupil said he wants to kill himself', 'suicidal messages in group chat', 'pupil posted that they want to end their life']) {
			expect(firstConcept(query), query).toBe('self-harm-suicide');
			expect(answerSections(query), query).not.toContain(ownAnswer);
		}
		const death = 'a year 10 pupil died by suicide and now pupils are posting ill be next';
		expect(matches(death).map((match) => match.concept.id)).toContain('after-a-pupils-death');
		expect(answerSections(death)).toContain(ownAnswer);
	});
});

describe('session 31: voices 4 (further education, boarding, support staff)', () => {
	const answersOf = (query: string) => matches(query).map((match) => ({ id: match.concept.id, forAdult: match.forAdult }));

	it('reads an apprentice as a learner: a child unless an adult age is given', () => {
		expect(answersOf('Our 19-year-old apprentice says her ex has shared intimate photos of her')).toEqual([{ id: 'intimate-image-of-an-adult', forAdult: true }]);
		expect(childMatches('our 17 year old apprentice sent nudes to her boyfriend').map((match) => match.concept.id)).toContain('sexual-images-under-18');
		expect(childMatches('apprentice sent nudes').map((match) => match.concept.id)).toContain('sexual-images-under-18');
		expect(childMatches('boarder sent nudes to someone on snap').map((match) => match.concept.id)).toContain('sexual-images-under-18');
	});

	it('treats a member of staff who had indecent images as an allegation, and not a pupil who told a teacher of his own', () => {
		expect(firstConcept('One of our teaching staff had indecent images of children found on his school laptop by IT')).toBe('staff-conduct');
		expect(firstConcept('teacher had indecent images on his phone')).toBe('staff-conduct');
		expect(matches('pupil told the teacher he has indecent images of his girlfriend').map((match) => match.concept.id)).not.toContain('staff-conduct');
	});

	it('reads "is it ok coaches ..." without "for" as a policy question, unless a concern is named', () => {
		expect(matches('is it ok coaches messaging kids on whatsapp')).toEqual([]);
		expect(firstConcept('is it ok coach messaging my son late at night')).toBe('staff-conduct');
	});

	it('does not read a pupil shown with cash as sextortion, but still reads a demand for cash as it', () => {
		const query = 'One of our AP students is being made to carry drugs and there are pictures of him with cash on Snapchat';
		expect(firstConcept(query)).toBe('criminal-exploitation');
		expect(matches(query).map((match) => match.concept.id)).not.toContain('sextortion-blackmail');
		expect(firstConcept('year 10 boy sent pics to someone and now they want cash')).toBe('sextortion-blackmail');
		expect(firstConcept('pictures of him with cash, now they want more nudes')).toBe('sextortion-blackmail');
	});
});

describe('session 32: a pupil at risk from their own family ("honour"-based abuse, forced marriage)', () => {
	it.each([
		'boy threatened to send photos of her without her hijab to her dad',
		'pupil says family will kill her if they see her instagram',
		'parents found she has a boyfriend on her phone, she is scared she will be sent abroad',
		'pupil outed to his family online, says they will send him away',
		'she is being forced to marry her cousin',
		'year 10 girl says she is going to pakistan in the summer and will be married off',
		'honour based abuse',
		'family will kill him if they find out he is gay',
	])('leads to the child-at-risk outcome\'s section on it, first: "%s"', (query) => {
		expect(firstConcept(query)).toBe('honour-based-abuse');
		expect(matches(query)[0]?.concept.target).toBe('/report/outcome/child-at-risk/#honour-based-abuse');
	});

	it('still gives the blackmail answer under it when the threat is to send photos to the family', () => {
		expect(ids('boy threatened to send photos of her without her hijab to her dad')).toContain('sextortion-blackmail');
	});

	it.each([
		'forced marriage lesson plan for pshe',
		'year 9 ski trip abroad parents worried',
		'school trip abroad pupils scared of flying',
		'pupils taking photos on the school trip abroad',
		'hijab policy complaint from parents',
		'honour roll for year 11',
		'wedding photos of a teacher posted',
		'brother killed it in the school play',
		// Only an adult named: not a child's case.
		'colleague is being forced into marriage',
	])('shows no answer for a pupil at risk from their family for an everyday query: "%s"', (query) => {
		expect(ids(query)).not.toContain('honour-based-abuse');
	});
});

describe('session 32 review: the three new answers, in other words and against everyday look-alikes', () => {
	it.each([
		['boy says his mums partner shows him porn on his phone', 'abuse-by-someone-they-know'],
		["year 5 boy says his mum's partner showed him naked pictures", 'abuse-by-someone-they-know'],
		['pupil says her brothers will kill her if they see the pictures on her instagram', 'honour-based-abuse'],
		['student is selling her underwear pictures online', 'paid-for-sexual-images'],
		['year 11 girl has a fansly page', 'paid-for-sexual-images'],
	])('fires for a worst case in other words: "%s"', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
	});

	it.each([
		['pupil selling old clothes on vinted', 'paid-for-sexual-images'],
		['year 7 selling trainers on depop', 'paid-for-sexual-images'],
		['rumour that a teacher is on onlyfans', 'paid-for-sexual-images'],
		['honour roll nominations for year 11', 'honour-based-abuse'],
		['pupil missing school for a family wedding abroad in the holidays', 'honour-based-abuse'],
		["going to a cousin's wedding in india over christmas", 'honour-based-abuse'],
		['brothers will beat us at football, posted on instagram', 'honour-based-abuse'],
		['stepdad picking a child up from school', 'abuse-by-someone-they-know'],
		['stepdad picked up a pupil without permission', 'abuse-by-someone-they-know'],
		["football coach messaging parents about saturday's match", 'abuse-by-someone-they-know'],
		['coach sent the team photos from the match', 'abuse-by-someone-they-know'],
		["pupil's mum's boyfriend showed him how to fix his bike", 'abuse-by-someone-they-know'],
	])('does not fire for an everyday query: "%s" (not %s)', (query, concept) => {
		expect(ids(query)).not.toContain(concept);
	});
});

describe('session 32: a child in care or adopted, contacted or found by their birth family', () => {
	it.each([
		'pupil in foster care, birth dad found her on tiktok and is messaging her',
		"adopted boy's birth mum sent him a friend request on facebook",
		'looked after child posted her school uniform on snapchat and her birth family know where she is now',
		'birth family saying in a facebook group they will come to the school',
		'child in kinship care messaging her mum in secret on instagram',
		'birth mum keeps commenting on her posts',
		'her birth dad has been in touch online',
		'biological father of an adopted year 5 girl has been messaging her on whatsapp',
	])('leads to the child-at-risk outcome\'s section on it, first: "%s"', (query) => {
		expect(firstConcept(query)).toBe('child-in-care-contact');
		expect(matches(query)[0]?.concept.target).toBe('/report/outcome/child-at-risk/#child-in-care');
	});

	it.each([
		'foster carer asking about screen time limits',
		'pupil in care doing a school photo',
		'adoption awareness week assembly ideas',
		'foster carer wants to know if he can have snapchat',
		"adopted girl's mum found messages from an older man on her phone",
		'parent posted a photo of her birth certificate on facebook',
		'teacher gave birth and parents are posting about it on facebook',
		'birthday party photos posted by a parent on instagram',
		'looked after children policy review',
		'foster carer asked if he is allowed instagram',
		'foster carer found a secret instagram account',
		'adopted pupil, parents say he is not allowed tiktok',
		'secret santa with mum and dad on the family whatsapp',
		// Only an adult named: not a child's case.
		'colleague has a no contact order against her ex who keeps messaging her',
	])('shows no answer for a child in care for an everyday or other query: "%s"', (query) => {
		expect(ids(query)).not.toContain('child-in-care-contact');
	});
});

describe('session 33: held-out 8 and 9 read as tuning sets', () => {
	it.each([
		['kid live on roof tiktok rn', 'immediate-danger'],
		['girl on the roof of the shopping centre, live on instagram now', 'immediate-danger'],
		['pupil on a bridge rn', 'immediate-danger'],
		["A governor spotted a post giving a Year 8 girl's home address with comments saying they'll go round and get her.", 'pupil-address-with-threats'],
		["year 9 boy's address posted, they say they will turn up at his house", 'pupil-address-with-threats'],
		['year 10 fight filmed and put on snapchat', 'filmed-assault'],
		['pupils sharing a video of the fight on snapchat', 'filmed-assault'],
		["IT technician found indecent images of children on a teacher's school laptop", 'staff-conduct'],
		['pupil posted on tiktok that mr jones is a paedo', 'staff-conduct'],
		['year 10s calling the pe teacher a nonce on snapchat', 'staff-conduct'],
		['year 9 threatened by older boys on snapchat', 'threats-weapons'],
	])('fires for a worst case in other words: "%s"', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
	});

	it.each([
		// Whoever found it, a bomb threat is a threat to the school, not to the one who found it.
		'janny found bomb threat fb',
		'teacher found a bomb threat on facebook',
		'caretaker saw a threat to attack the school on snapchat',
	])('gives a threat found by a member of staff the school\'s answer, not a member of staff\'s own: "%s"', (query) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: 'threat-to-attack-the-school' }, forAdult: false });
	});

	it.each([
		['pupil threatening to shoot up the school', 'threat-to-attack-the-school'],
		['A learner has threatened to shoot up the college in a group chat', 'threat-to-attack-the-school'],
		['bomb threat emailed to the head', 'threat-to-attack-the-school'],
		// A threat to one pupil is the threats page's, not the school's.
		['threat to attack a pupil after school', 'threats-weapons'],
		["Smoothwall alert 'how to make a bomb' year 10", 'threats-weapons'],
	])('tells a threat to attack the school from a threat to one person: "%s"', (query, concept) => {
		expect(firstConcept(query)).toBe(concept);
	});

	it.each(['his grades shot up this term', 'year 8s shoot up in height', 'pupils said they are going to bomb it in the exam', 'bath bombs for the christmas fair'])(
		'does not read everyday words as a threat to attack the school: "%s"',
		(query) => {
			expect(matches(query).map((match) => match.concept.id)).not.toContain('threat-to-attack-the-school');
		},
	);

	it.each(['teacher threatened by a parent on facebook', 'teacher was threatened on snapchat'])('still gives a member of staff threatened their own answer: "%s"', (query) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: 'threat-to-a-member-of-staff' }, forAdult: true });
	});

	it.each([
		// "Locked in" is a child held somewhere, not the evidence kept safe.
		["the teacher's laptop is locked in my office, what next", 'immediate-danger'],
		['phones are locked in the safe until the police come', 'immediate-danger'],
		['boys watching street fight videos on tiktok', 'filmed-assault'],
		['year 7s having a water fight, video on the school website', 'filmed-assault'],
		['pupils filmed a play fight for tiktok', 'filmed-assault'],
		['year 9 made a fighting game video for computing', 'filmed-assault'],
		['pupil feels threatened by the new phone policy', 'threats-weapons'],
	])('does not fire for an everyday query: "%s" (not %s)', (query, concept) => {
		expect(ids(query)).not.toContain(concept);
	});

	it('still reads a child locked in somewhere as immediate danger', () => {
		expect(firstConcept('girl locked in a room by a man she met online')).toBe('immediate-danger');
	});
});

describe('session 33: words read in the wrong sense by the immediate-danger and tracking rules', () => {
	it.each(['a pupil has been outed as gay in a group chat and is now getting abuse', 'year 9 girl getting abuse now on instagram'])(
		'reads abuse (the noun: abusive messages) now as no immediate danger: "%s"',
		(query) => {
			expect(matches(query).map((match) => match.concept.id)).not.toContain('immediate-danger');
		},
	);

	it.each(['girl being abused on a live stream now', 'child being abused right now on camera'])('still reads a child being abused now as immediate danger: "%s"', (query) => {
		expect(firstConcept(query)).toBe('immediate-danger');
	});

	it('reads a parent finding where a child lives from Snap Map as tracking a child', () => {
		expect(matches('dad with a no contact order found where she lives thru snap map').map((match) => match.concept.id)).toContain('tracking-of-a-child');
	});

	it.each(['map of where the school trip is going', 'pupil found where the location of the fire exit is on the map'])('does not read a map or a location as tracking: "%s"', (query) => {
		expect(matches(query).map((match) => match.concept.id)).not.toContain('tracking-of-a-child');
	});
});

describe('session 33: the seventh safety set read, in other words', () => {
	firesInOtherWords([
		['man waiting outside the gates with a knife for a year 9', 'immediate-danger'],
		['girl is live rn burning herself on tiktok', 'immediate-danger'],
		['not gonna be here much longer, posted by a year 10 girl', 'self-harm-suicide'],
		['year 9 girl says an older man buys her clothes for pics', 'paid-for-sexual-images'],
		['year 8 girl getting robux in exchange for photos', 'paid-for-sexual-images'],
		['year 11 being taken abroad in the summer to marry her cousin', 'honour-based-abuse'],
		['man airdropped a photo to year 7s on the bus', 'adult-sent-a-sexual-image'],
		['p3 girl says her uncle makes her do things on facetime', 'abuse-by-someone-they-know'],
		["year 2 boy says mum's boyfriend films him with his clothes off", 'abuse-by-someone-they-know'],
		["foster child says her dad contacts her on snapchat but she's not allowed contact", 'child-in-care-contact'],
		['pupil in kinship care, her mum found her on tiktok', 'child-in-care-contact'],
		['someone offered a year 12 money to use his bank account', 'criminal-exploitation'],
		['he says he has to do the drops after school', 'criminal-exploitation'],
		['year 9 boy offered quick cash to do runs', 'criminal-exploitation'],
		['a six-year-old copying sexual language from a video', 'sexual-behaviour-of-a-young-child'],
		['nursery child touching other children private parts', 'sexual-behaviour-of-a-young-child'],
		['posted the year 8 boy address saying we know where you live', 'pupil-address-with-threats'],
		['a man filming pupils through the school fence', 'stranger-filming-children'],
		['gang calling a year 10 a snitch on snapchat', 'threat-from-a-group'],
		['year 6s taking antihistamine tablets for a trend', 'dangerous-challenge'],
		['videos from the crash that killed a year 12 pupil shared on snap', 'after-a-pupils-death'],
	]);

	it.each([
		['nude or skin tone tights for the school show', 'sexual-images-under-18'],
		['email to the office asking us to buy gift cards for the head', 'grooming'],
		['year 10 drama play about county lines', 'criminal-exploitation'],
		['which gps tracker for the dofe expedition', 'tracking-of-a-child'],
		['essay plan on blackmail in jekyll and hyde', 'sextortion-blackmail'],
		['pupils filming a man outside the school gates for a prank', 'stranger-filming-children'],
		["teacher not going to be here tomorrow, dentist", 'self-harm-suicide'],
		['mum doing the drop off at the school gates', 'criminal-exploitation'],
		['nursery nurse being blackmailed by her ex', 'sextortion-blackmail'],
		['come and pay him a visit, photos on our website', 'sextortion-blackmail'],
		['the older brother will get what is coming to him in the car park', 'immediate-danger'],
	])('does not fire for an everyday or other query: "%s" (not %s)', (query, concept) => {
		expect(matches(query).filter((match) => !match.forAdult).map((match) => match.concept.id)).not.toContain(concept);
	});

	it('still gives a member of staff in the early years their own answer ("nursery nurse" is a member of staff, not a child)', () => {
		expect(matches('nursery nurse being blackmailed by her ex')[0]).toMatchObject({ concept: { id: 'blackmail-of-an-adult' }, forAdult: true });
	});
});

describe('session 33: "young people", as youth workers name the children they work with', () => {
	it('reads "one of our young people, who is 15" as a child, so a group threatening them gets the group answer', () => {
		expect(firstConcept('a drill video names one of our young people and the group are out looking for him')).toBe('threat-from-a-group');
	});

	it('does not read "a young teacher" as a child: an adult\'s own case keeps the adult\'s answer', () => {
		expect(matches('a young teacher being blackmailed over a video call')[0]).toMatchObject({ concept: { id: 'blackmail-of-an-adult' }, forAdult: true });
	});
});

describe('session 33: a colleague named by where they work ("a woman on our team")', () => {
	it.each([
		['A woman in our department is being blackmailed after a video call with a man she met on a dating app', 'blackmail-of-an-adult'],
		['A woman on our team got an iPhone alert saying an unknown AirTag has been moving with her', 'tracking-of-an-adult'],
		['someone in our office had nudes shared by her ex', 'intimate-image-of-an-adult'],
	])('gives a colleague\'s own case the adult\'s answer: "%s"', (query, answer) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: answer }, forAdult: true });
	});

	it.each([
		['someone in our team found pupils sharing nudes', 'sexual-images-under-18'],
		["a woman on our team found an airtag in a pupil's bag", 'tracking-of-a-child'],
		['year 10 girl blackmailed by a man she met on a dating app', 'sextortion-blackmail'],
	])('keeps the child\'s answer when the colleague is the one who found it, or a child is named: "%s"', (query, concept) => {
		expect(matches(query)[0]).toMatchObject({ concept: { id: concept }, forAdult: false });
	});
});

describe('session 33: the early years name a child, a school\'s reception desk does not', () => {
	it.each(['a parent threatened the receptionist at reception', 'parent came to reception and threatened to punch the receptionist'])(
		'gives a member of staff threatened at the front desk their own answer: "%s"',
		(query) => {
			expect(matches(query)[0]).toMatchObject({ concept: { id: 'threat-to-a-member-of-staff' }, forAdult: true });
		},
	);

	it('reads a child in reception as a child', () => {
		expect(firstConcept('a child in reception keeps trying to touch other kids private parts')).toBe('sexual-behaviour-of-a-young-child');
	});
});

describe('session 33: the eighth safety set read, in other words', () => {
	firesInOtherWords([
		['a man she met online has come to pick her up from the boarding house', 'immediate-danger'],
		['year 8 boy live on instagram this minute hurting himself', 'immediate-danger'],
		["they're outside the house banging on the door, she's home alone", 'immediate-danger'],
		['telegram group making girls do tasks and send proof of hurting themselves', 'online-group-coercion'],
		["year 7 posted 'no one would care if i wasnt here'", 'self-harm-suicide'],
		['learner posting a countdown with pictures of tablets', 'self-harm-suicide'],
		['a man sends the year 10 girl vouchers and she sends photos in return', 'paid-for-sexual-images'],
		['s4 pupil selling explicit videos on a subscription site', 'paid-for-sexual-images'],
		['year 11 girl says her family are planning her nikah in the summer', 'honour-based-abuse'],
		['17 year old learner sent a video, now they want money or it goes on his group chat', 'sextortion-blackmail'],
		['a grown man sent a year 6 girl a photo of his private parts on roblox', 'adult-sent-a-sexual-image'],
		['pupil received an explicit photo from an adult on snapchat and showed her friends', 'adult-sent-a-sexual-image'],
		['year 4 girl says her step dad makes her do things on video call', 'abuse-by-someone-they-know'],
		["p6 girl says her real dad found her on tiktok, he's not allowed contact", 'child-in-care-contact'],
		['someone on xbox asked the year 8 boy which road he lives on', 'grooming'],
		['a man keeps telling the year 7 boy he loves him and asking about his body', 'grooming'],
		["year 9 boy says he's working for older lads off snapchat", 'criminal-exploitation'],
		['he owes them for a package that went missing', 'criminal-exploitation'],
		['year 2 girl drew people doing something sexual', 'sexual-behaviour-of-a-young-child'],
		["instagram posted a map pin on the year 9 girl's house saying come and see what happens", 'pupil-address-with-threats'],
		['man in the spectators gallery filming the under 10s at gymnastics', 'stranger-filming-children'],
		["pupil posted 'dont come in tomorrow' with gun emojis", 'threat-to-attack-the-school'],
		['gang says they will chib the s3 boy when they catch him', 'threat-from-a-group'],
		['year 11 told someone will break his legs with a bat', 'threats-weapons'],
		['someone keeps viewing her snap map, a p7 pupil', 'tracking-of-a-child'],
		['year 5s spraying deodorant on their arms for a video, one has a burn', 'dangerous-challenge'],
	]);

	firesNotFor([
		['year 5s spraying deodorant on their arms for a video, one has a burn', 'self-harm-suicide'],
		['year 9s doing the choking game in the toilets and filming it', 'sexual-images-under-18'],
		['is there a ks3 class reader with a blackmail plot', 'sextortion-blackmail'],
		['can house staff give paracetamol to boarders without ringing parents', 'staff-conduct'],
		['can we borrow ww1 weapons from the museum for a history display', 'threats-weapons'],
		['sexting lesson resources yr 9 rse', 'sexual-images-under-18'],
		['snow day, dont come in tomorrow', 'threat-to-attack-the-school'],
		['a year 8 boy says his older cousin is teaching him to video call on the ipad', 'online-group-coercion'],
		['year 12 life drawing class, drawing a naked model', 'sexual-behaviour-of-a-young-child'],
		["dad found sexual messages from a stranger on his daughter's phone", 'abuse-by-someone-they-know'],
	]);

	it('keeps a suicide first when a challenge is named too', () => {
		expect(firstConcept('year 10 girl says she is suicidal and wants to do the fire challenge')).toBe('self-harm-suicide');
	});

	it("gives a member of staff in a boarding house (housemistress, matron) an adult's own answer", () => {
		expect(matches('our housemistress got an alert that an unknown airtag is moving with her')[0]).toMatchObject({ concept: { id: 'tracking-of-an-adult' }, forAdult: true });
	});
});

describe('session 33: the ninth safety set read, in other words', () => {
	firesInOtherWords([
		['year 10 girl texted saying she has taken all her dads tablets', 'immediate-danger'],
		["a man she met online is parked outside waiting for her now", 'immediate-danger'],
		['boy live on snapchat with a belt round his neck right now', 'immediate-danger'],
		['people on a discord server made her cut marks spelling their username on her thigh', 'online-group-coercion'],
		["year 11 posting 'soon ill be gone' on his story", 'self-harm-suicide'],
		['she does it with a sharpener blade so no one sees', 'self-harm-suicide'],
		['year 10 boy sells vids through a link in his bio', 'paid-for-sexual-images'],
		["message to the year 9 girl: 'more for a video'", 'paid-for-sexual-images'],
		["uncle says the year 10 girl has shamed the family", 'honour-based-abuse'],
		['family sending the s5 girl back home to get married', 'honour-based-abuse'],
		['adopted pupil messaged by his birth brother on facebook', 'child-in-care-contact'],
		['year 9 has two phones and says he is working', 'criminal-exploitation'],
		['someone offered a year 11 money to let cash go through his bank account', 'criminal-exploitation'],
		["year 10 posted about 'going ot' with cash", 'criminal-exploitation'],
		['year 2 boy showing other children explicit videos and asking them to copy', 'sexual-behaviour-of-a-young-child'],
		["a nursery child acting out sexual things, says it's like on the videos on the tablet", 'sexual-behaviour-of-a-young-child'],
		["posted a year 8 kid's address saying pull up", 'pupil-address-with-threats'],
		['tiktok account posting videos of our pupils in uniform', 'stranger-filming-children'],
		['man taking photos of the p5 children at the poolside with a long lens', 'stranger-filming-children'],
		["snap story saying it's going to be a bloodbath at our school", 'threat-to-attack-the-school'],
		['email says there is a bomb in the building', 'threat-to-attack-the-school'],
		["learner says he'll do a columbine", 'threat-to-attack-the-school'],
		['gang saying they will slash the s3 boy', 'threat-from-a-group'],
		["older girl says she'll throw acid in the year 7 girl's face", 'threats-weapons'],
	]);

	firesNotFor([
		['foster carer getting someone to look at her care plan', 'immediate-danger'],
		["pupil in care getting a lift in her mum's car to the hospital", 'immediate-danger'],
		['I coach the under-15s and a player showed me instagram messages from a lad at another club', 'grooming'],
		['year 8s filming themselves sniffing deodorant cans in the changing rooms for a chroming trend', 'sexual-images-under-18'],
		['knife safety for year 8 food tech, bridge and claw', 'threats-weapons'],
		['gcse drama devised piece about knife crime', 'threats-weapons'],
		['belt for the year 7 uniform', 'immediate-danger'],
	]);

	it('still reads a child getting into a car with a stranger as immediate danger', () => {
		expect(firstConcept('year 8 girl got in a car with a man she met online')).toBe('immediate-danger');
		expect(firstConcept('pupil getting into a car with an older man outside the gates')).toBe('immediate-danger');
	});
});

describe('session 33: a challenge named beside self-harm', () => {
	it('still reads "suicide squad" as a film, with a challenge named or not', () => {
		expect(matches('suicide squad film age rating').map((match) => match.concept.id)).not.toContain('self-harm-suicide');
		expect(matches('suicide squad film, and the fire challenge').map((match) => match.concept.id)).not.toContain('self-harm-suicide');
	});
});

describe('session 33: the tenth safety set read, in other words', () => {
	it.each([
		["year 10 posted 'bye everyone, im on the bridge'", 'immediate-danger'],
		['p6 girl on facetime saying a stranger is in her house', 'immediate-danger'],
		['users in a telegram channel ordering a 14 year old to film himself', 'online-group-coercion'],
		['year 9 boy getting robux from someone for pics of himself', 'paid-for-sexual-images'],
		['a man online sends her money for videos, she is in year 10', 'paid-for-sexual-images'],
		["someone pays her to send feet pics, she's 14", 'paid-for-sexual-images'],
		['year 11 girl taken abroad to marry a man she has never met', 'honour-based-abuse'],
		['year 8 boy says his sunday league coach asks him for videos in his kit', 'abuse-by-someone-they-know'],
		["'need young runners quick cash' on a snapchat story, year 10s replied", 'criminal-exploitation'],
		['yr1 boy showing others rude vids on his ipad and copying them', 'sexual-behaviour-of-a-young-child'],
		['post says the year 10 pupil lives at that road, everyone pull up friday', 'pupil-address-with-threats'],
		['a man filming girls from our school at the bus stop', 'stranger-filming-children'],
		['a drone flying over our playground filming the pupils', 'stranger-filming-children'],
		['someone posted they are bringing a gun into school tomorrow', 'threat-to-attack-the-school'],
		['email says there is a device in the school hall', 'threat-to-attack-the-school'],
		["year 11 story: 'monday everyone's gonna remember me'", 'threat-to-attack-the-school'],
		['a rival crew says they know where the year 10 boy trains', 'threat-from-a-group'],
		['year 8s daring each other to take tablets from a video', 'dangerous-challenge'],
		['someone sent the deputy head a webcam footage email demanding bitcoin', 'blackmail-of-an-adult'],
	])('gives the answer for a case in other words: "%s"', (query, concept) => {
		expect(ids(query)).toContain(concept);
	});

	firesNotFor([
		['office manager asking the head for a picture of the school for the newsletter', 'abuse-by-someone-they-know'],
		['bath bomb making for enterprise day', 'threats-weapons'],
		['poster ideas about online blackmail for the common room', 'sextortion-blackmail'],
		['naked eye astronomy club night', 'sexual-images-under-18'],
		['how should year 11 plan an essay on blackmail in an inspector calls', 'sextortion-blackmail'],
		['replica swords for the anglo-saxon history day', 'threats-weapons'],
		['what does kcsie say about staff training on nudes', 'sexual-images-under-18'],
		['photo of cash raised for charity on the school snapchat', 'sextortion-blackmail'],
		['pupil looking up bridges for a geography project', 'immediate-danger'],
	]);

	it('reads "she\'s 14" and "he is 15" as a child', () => {
		expect(ids("someone pays her to send pics and more, she's 14")).toContain('paid-for-sexual-images');
		expect(ids('a man buys him stuff for pics, he is 15')).toContain('paid-for-sexual-images');
	});
});

describe('session 33: checks after the safety sets were read', () => {
	it.each([
		['older kids on discord making him cut himself on camera', 'online-group-coercion'],
		['pupil in care says her dad found her on tiktok', 'child-in-care-contact'],
		['girl home alone, someone banging on the door saying they will hurt her', 'immediate-danger'],
	])('fires for a worst case the new rules must not lose: "%s"', (query, concept) => {
		expect(ids(query)).toContain(concept);
	});

	it.each([
		['year 7 boys made a video of themselves doing a dance for tiktok', 'online-group-coercion'],
		['year 9 made a video on discord of himself doing a dance', 'online-group-coercion'],
		["dad doesn't care that she found his tiktok", 'child-in-care-contact'],
	])('does not fire for an everyday query: "%s" (not %s)', (query, concept) => {
		expect(ids(query)).not.toContain(concept);
	});
});

describe('session 33: the eleventh safety set read, in other words', () => {
	firesInOtherWords([
		['people in a discord server told the year 8 girl to cut symbols into her forearm', 'online-group-coercion'],
		['year 11 posted that nobody would notice if she was gone', 'self-harm-suicide'],
		['s4 boy searchin ways tae end it on his ipad', 'self-harm-suicide'],
		['year 12 posted tiktoks giving away her things and saying goodbye to her followers', 'self-harm-suicide'],
		['s3 lassie getting money fae some guy for pics of hersel', 'paid-for-sexual-images'],
		["a 15 year old says an older man pays for my content", 'paid-for-sexual-images'],
		['year 11 girl says her parents have found her a husband', 'honour-based-abuse'],
		['a man on discord keeps asking the year 8 boy when he is home on his own', 'grooming'],
		['year 9 lad gets snaps telling him where to go after school, came in with cash', 'criminal-exploitation'],
		['year 10 boy running bags for older lads', 'criminal-exploitation'],
		["16 year old said he 'had to go up the line'", 'criminal-exploitation'],
		["p1 wean keeps tryin to touch the other weans privates", 'sexual-behaviour-of-a-young-child'],
		['year 13 girl says an intimate photo she sent is on a rate account', 'sexual-images-under-18'],
		['year 6 girl sent a photo with her top off', 'sexual-images-under-18'],
		["year 8 boy's address posted saying he's getting done in", 'pupil-address-with-threats'],
		['a drone over our yard filming the children', 'stranger-filming-children'],
		['paramilitaries gave the year 11 boy 48 hours to get out', 'threat-from-a-group'],
		['s3 boy getting threats from a young team in the scheme', 'threat-from-a-group'],
		['year 8 girl told she is gonna get glassed', 'threats-weapons'],
		['year 4 burned his hands trying a fire trick from youtube', 'dangerous-challenge'],
	]);

	firesNotFor([
		['governor reviewing our self-harm and suicide prevention policy', 'self-harm-suicide'],
		['year 9 history unit on victorian mills and child exploitation', 'criminal-exploitation'],
		['re lesson on arranged and forced marriage', 'honour-based-abuse'],
		['media studies horror film with a fake blood stabbing scene', 'threats-weapons'],
		['s4 boys sharing photos of knives in a group chat', 'sextortion-blackmail'],
		['year 10s jumping out in front of cars and filming it for tiktok', 'self-harm-suicide'],
	]);
});

describe('session 33: a time is not an age', () => {
	it.each(['teacher had her nudes leaked by her ex two years ago', 'colleague being blackmailed over a video from 3 years ago'])(
		'keeps an adult\'s own case when a number of years is a time: "%s"',
		(query) => {
			expect(matches(query)[0]?.forAdult).toBe(true);
		},
	);

	it('still reads "a four-year-old" and "a 14 year old" as a child', () => {
		expect(firstConcept('a four-year-old at nursery acting out sex acts with dolls')).toBe('sexual-behaviour-of-a-young-child');
		expect(firstConcept('a 14 year old sent nudes to her boyfriend')).toBe('sexual-images-under-18');
	});
});

describe('session 33: a shirt off in PE is not a sexual image', () => {
	it('does not read a boy with his shirt off on the field as a sexual image, and still reads a girl asked for a photo with her top off as one', () => {
		expect(matches('photo of a year 9 boy with his shirt off on the field after pe').map((match) => match.concept.id)).not.toContain('sexual-images-under-18');
		expect(matches('year 6 girl sent a photo with her top off').map((match) => match.concept.id)).toContain('sexual-images-under-18');
	});
});

describe('session 34: the twelfth and thirteenth safety sets and held-out 7 and 10 read, in other words', () => {
	firesInOtherWords([
		["year 9 boy texted his mate that he's got a rope and he's at the woods", 'immediate-danger'],
		['girl on tiktok live threatening to jump', 'immediate-danger'],
		['discord members rank the boys who do the worst dares on video', 'online-group-coercion'],
		['the server leaders gave her a final task and said to cut their name', 'online-group-coercion'],
		['a group chat gives her tasks like scratching initials into her arm and sending proof', 'online-group-coercion'],
		['since the year 10 boy died, pupils share pictures from the scene', 'after-a-pupils-death'],
		['we lost a year 8 pupil to suicide and there is a tribute account', 'after-a-pupils-death'],
		['reception girl keeps putting her hand in other childrens pants', 'sexual-behaviour-of-a-young-child'],
		['p1 boy tried to kiss other kids private parts, says he saw it on the tablet', 'sexual-behaviour-of-a-young-child'],
		['year 1 boy copies videos of people with no clothes on', 'sexual-behaviour-of-a-young-child'],
		['P2 girl acting out sexual things, says she seen it on a video', 'sexual-behaviour-of-a-young-child'],
		["foster child says 'my real daddy messages me on roblox'", 'child-in-care-contact'],
		['boy in kinship care, his birth da keeps messaging him on snapchat', 'child-in-care-contact'],
		['a grown man sent a year 5 pupil a naked photo of himself', 'adult-sent-a-sexual-image'],
		['a woman sent a year 8 boy nudes on whatsapp', 'adult-sent-a-sexual-image'],
		['year 6 says a man on fortnite sent her a picture of himself without clothes', 'adult-sent-a-sexual-image'],
		["year 8 says her uncle asks her for photos and it's their secret", 'abuse-by-someone-they-know'],
		['12 year old says her dads mate watches her on the webcam', 'abuse-by-someone-they-know'],
		['year 10 boy paid on paypal for pics', 'paid-for-sexual-images'],
		['year 9 girl getting vbucks off a man for sending photos', 'paid-for-sexual-images'],
		['older men gave the year 11 boy vapes and money and keep asking for more videos of himself', 'paid-for-sexual-images'],
		['a guy in the stand filming the year 6 pupils at the gala', 'stranger-filming-children'],
		['drone over the nursery garden filming the kids', 'stranger-filming-children'],
		['youtube channel uploaded footage of our pupils filmed over the fence', 'stranger-filming-children'],
		['someone texts the year 8 girl exactly where she is', 'tracking-of-a-child'],
		['an app she never installed showed up on the year 7 pupils phone', 'tracking-of-a-child'],
		['year 10 girl scared her family will send her to pakistan because she has a boyfriend', 'honour-based-abuse'],
		['s5 girl says her family took her passport', 'honour-based-abuse'],
		['year 12 boy says his family are arranging for him to be married', 'honour-based-abuse'],
		['year 9 girl says her brothers will hurt her if they find out about her boyfriend', 'honour-based-abuse'],
		['year 9 girl is 14 and getting married abroad in the holidays', 'honour-based-abuse'],
		['a man on roblox asked the year 4 girl how old she is and to add him on snap', 'grooming'],
		['someone on xbox tells the p6 boy to keep it between them', 'grooming'],
		["a man asked the year 8 girl what she's wearing", 'grooming'],
		['older boy on roblox keeps telling her shes mature', 'grooming'],
		['year 9 being told to take parcels to another town', 'criminal-exploitation'],
		['year 10 getting snaps asking him to hold packages for people', 'criminal-exploitation'],
		['year 8 owes them for the weed', 'criminal-exploitation'],
		['year 7 being picked up in a car at lunchtime', 'criminal-exploitation'],
		['year 10 girl showed me snapchat messages from one of our cover supervisors', 'staff-conduct'],
		['a year 9 girl got messages from her science teacher on snapchat saying she looks mature', 'staff-conduct'],
		["a photo of the year 9 girl's house on a snapchat story saying she's getting it", 'pupil-address-with-threats'],
		["maps screenshot with a year 8 pupil's house pinned saying they'll do his windows", 'pupil-address-with-threats'],
		['year 9 boy held down and filmed', 'filmed-assault'],
		['they cut a year 8 girls hair off and filmed it', 'filmed-assault'],
		["pupil's story says he's bringing a gun in tomorrow", 'threat-to-attack-the-school'],
		["year 11 wrote 'first on my list' with a picture of a rifle", 'threat-to-attack-the-school'],
		["'dont come in tuesday if you're on the list'", 'threat-to-attack-the-school'],
		['a postcode gang has been threatening the year 10 boy', 'threat-from-a-group'],
		["s2 boy got messages from a gang saying they're gonna get him", 'threat-from-a-group'],
		["a pupil texted the year 8 girl that he'll slash her face", 'threats-weapons'],
		["voice note saying he'll kill him and his family, a year 6 boy", 'threats-weapons'],
		['year 9s eating super hot chilli crisps, one collapsed', 'dangerous-challenge'],
		['year 8 learner copying a tiktok stunt jumping off walls', 'dangerous-challenge'],
		['girls putting hand sanitiser on their skin and setting it alight for videos', 'dangerous-challenge'],
		['year 7 copying videos of taking allergy tablets to see things', 'dangerous-challenge'],
		['s4 boy has been sextorted and they told him to delete the account', 'sextortion-blackmail'],
		["her ex-boyfriend in year 11 says he'll post the video if she dumps him", 'sextortion-blackmail'],
		['the year 9 girl and her boyfriend split up and he has shared her video', 'sexual-images-under-18'],
		['sharing a vid of a year 7 girl in the shower', 'sexual-images-under-18'],
	]);

	firesNotFor([
		["school photo day newsletter: class photos after lunch, order online with the code on the proof card", 'sextortion-blackmail'],
		['gcse history: why did the threat of nuclear attack grow', 'threats-weapons'],
		['can staff get training on how to spot the signs of self-harm', 'self-harm-suicide'],
		['parent wants family sharing to see her sons location', 'tracking-of-a-child'],
		['year 8 girl walks home alone past the park', 'grooming'],
		['btec unit on grooming a horse', 'grooming'],
		['parent threatening to sue over a post', 'sextortion-blackmail'],
		['planning a safer internet day assembly on sharing pictures', 'sexual-images-under-18'],
		['year 7s in a group chat daring each other to eat hot chips on camera', 'dangerous-challenge'],
		['rope swing in the woods behind the school', 'immediate-danger'],
		['year 8 girl was asked by a year 9 boy to send a picture of her private parts', 'staff-conduct'],
		['group chat of year 12 boys ranking female staff', 'staff-conduct'],
		['a mum says the year 11 was given a new phone by older lads and is dropping off packages', 'grooming'],
		['year 10 boy missed training and is doing a charity run', 'criminal-exploitation'],
		['netball coach here, a man keeps messaging one of my players asking for pics', 'abuse-by-someone-they-know'],
		['family wedding in india, pupil off school', 'honour-based-abuse'],
		['cousins wedding abroad over christmas', 'honour-based-abuse'],
		['year 10 threatened by a local postcode group after a drill video', 'online-group-coercion'],
		['year 10 threatened by a local postcode group after a drill video', 'pupil-address-with-threats'],
		['a p7 boy was killed on the road and pupils are sharing the video from before the ambulance came', 'immediate-danger'],
	]);

	it('reads a DSL as the one told, not an adult harmed: a pupil\'s image to show the DSL keeps the child\'s answer', () => {
		expect(matches('can i screenshot the nude to show the dsl')[0]).toMatchObject({ concept: { id: 'sexual-images-under-18' }, forAdult: false });
	});

	it('reads a depute head (Scotland) as a member of staff', () => {
		expect(matches('our depute is being blackmailed with an intimate video')[0]?.forAdult).toBe(true);
	});
});

describe('session 34: the fourteenth (pupils\' own words) and fifteenth (formal words) safety sets read, in other words', () => {
	firesInOtherWords([
		["year 8 girl messaged 'at the station w the man from snapchat, hes taking me to his flat'", 'immediate-danger'],
		['year 10 girl at the platform saying goodbye to everyone', 'immediate-danger'],
		['p5 on a video call now and the adult is telling him to take his clothes off', 'immediate-danger'],
		['year 11 has taken a quantity of tablets and his whereabouts are unknown', 'immediate-danger'],
		['a channel where members are ordering a year 9 girl to do degrading things on video', 'online-group-coercion'],
		['members of a server told to carve usernames into their arm, a year 8 pupil', 'online-group-coercion'],
		['year 8 learner searching how many tablets it takes', 'self-harm-suicide'],
		['year 9 pupil has been saving up pills', 'self-harm-suicide'],
		["a year 12 said she has written her goodbye letters and just needs to pick a day", 'self-harm-suicide'],
		['year 10 pupil says he no longer wants to be alive', 'self-harm-suicide'],
		['year 7 said she only does it on her arms so her mum does not see', 'self-harm-suicide'],
		['year 11 boy getting gaming credit in return for intimate images', 'paid-for-sexual-images'],
		['year 10 girl says her brothers saw photos of her with a boy and her dad will sort her out', 'honour-based-abuse'],
		["year 11 girl says she'll be dealt with by her brothers for talking to a boy", 'honour-based-abuse'],
		["year 13 says they've got his vid and want money by tonight", 'sextortion-blackmail'],
		["year 6 says a grown up sent her a picture of his willy", 'adult-sent-a-sexual-image'],
		['a 14 year old says a family friend is sending her sexual messages', 'abuse-by-someone-they-know'],
		["a five year old says a man in her game wants to see her bedroom", 'grooming'],
		["a man on discord keeps telling the year 7 boy he's special and asking what street he lives on", 'grooming'],
		['year 9 messaging an older man every night and has become secretive', 'grooming'],
		['year 10 told to take the package to the ends and he gets paid', 'criminal-exploitation'],
		['a year 9 was told to send the money on after it went into his bank', 'criminal-exploitation'],
		['a stranger asked a year 10 learner to let him use his bank account', 'criminal-exploitation'],
		['s3 boy seen with large amounts of cash from older boys for carrying things for them', 'criminal-exploitation'],
		['a six year old touched another child and used sexual words', 'sexual-behaviour-of-a-young-child'],
		['boys used an app to make pictures of year 8 girls with their clothes removed', 'sexual-images-under-18'],
		['an image of an intimate nature of a year 10 pupil was circulated', 'sexual-images-under-18'],
		['two year 10s sent each other pics and now they are going round', 'sexual-images-under-18'],
		["a video with a year 9 student's face put onto sexual content", 'sexual-images-under-18'],
		['a photo a year 12 girl sent privately to her boyfriend was posted on an account', 'sexual-images-under-18'],
		["a year 7 girl's address on tiktok saying go get her", 'pupil-address-with-threats'],
		['a member of the public was photographing the year 5 pupils on the beach', 'stranger-filming-children'],
		['anon account saying dont come in tomorrow something big is happening', 'threat-to-attack-the-school'],
		['a year 11 says he will bring something in on friday, with a picture of a gun', 'threat-to-attack-the-school'],
		['a year 10 talking about school shooters and a list', 'threat-to-attack-the-school'],
		['the opps told the year 10 boy he cant walk through their ends', 'threat-from-a-group'],
		['the boys told the year 10 pupil to leave the estate', 'threat-from-a-group'],
		['a local gang says they will do the year 11 boy on sight', 'threat-from-a-group'],
		['youths from another scheme say the s4 boy is marked', 'threat-from-a-group'],
		['year 10 posted a video with a hatchet about another pupil', 'threats-weapons'],
		["messages to a year 9 girl describing the route she walks home", 'threats-weapons'],
		['year 5s doing the blackout thing in the toilets', 'dangerous-challenge'],
		['year 3 children swallowing magnets from a video', 'dangerous-challenge'],
	]);

	firesNotFor([
		['horse grooming club after school', 'grooming'],
		['year 12 psychology coursework on self-harm statistics', 'self-harm-suicide'],
		['a year 9 student who made threats denies thoughts of harming himself', 'self-harm-suicide'],
		['dt group told to carve their initials into the wood', 'online-group-coercion'],
		['a man on snapchat is taking photos of pupils at the leisure centre', 'immediate-danger'],
		['a year 11 boy was offered £300 on snapchat, his form tutor told me', 'staff-conduct'],
		['a year 12 boy was told to leave the area or get a punishment beating', 'honour-based-abuse'],
		['a 13-year-old showed me messages from a man telling her to keep their chats private', 'adult-sent-a-sexual-image'],
		['his bag went missing at school, year 8', 'immediate-danger'],
		['the fight video is now being shared round the year group', 'immediate-danger'],
		['a year 10 boy sharing pictures of himself holding a machete', 'sextortion-blackmail'],
		['a year 9 boy in the year group chat is being threatened with a nude unless he sends more', 'online-group-coercion'],
		['following the sudden death of a year 11 pupil, a tribute page has been set up', 'staff-conduct'],
	]);

	it("gives a teacher's tracker under her car the adult's answer", () => {
		expect(matches('teacher found a tracker under her car bumper after a dispute with a parent')[0]).toMatchObject({ concept: { id: 'tracking-of-an-adult' }, forAdult: true });
	});
});

describe('session 34: the sixteenth (short, phone-typed) and seventeenth (the rarest cases) safety sets read, in other words', () => {
	firesInOtherWords([
		['boy on the brige now', 'immediate-danger'],
		["year 9's last post says goodbye and his snap map shows the reservoir", 'immediate-danger'],
		['p6 on a facetime call now, a man telling him to take his clothes off', 'immediate-danger'],
		['discord group making a year 8 girl cut', 'online-group-coercion'],
		['gc telling a year 7 to hurt his cat', 'online-group-coercion'],
		['s3 girl posting cutting pics on tiktok', 'self-harm-suicide'],
		["year 11 says she's not planning to be here after the summer", 'self-harm-suicide'],
		["year 9 posted 'nobody will notice when i'm gone'", 'self-harm-suicide'],
		['college student searching painless ways', 'self-harm-suicide'],
		['year 8 watching hanging videos says he will try it', 'self-harm-suicide'],
		['year 9 boy paid for pics', 'paid-for-sexual-images'],
		['a man gives a year 5 boy robux for pictures', 'paid-for-sexual-images'],
		['year 10 girl says her brother is threatening her over her boyfriend', 'honour-based-abuse'],
		['family sending the year 9 girl back home to get engaged', 'honour-based-abuse'],
		["year 8 says they'll send the pic to his family", 'sextortion-blackmail'],
		['year 10 boy, they are demanding steam cards or they post it', 'sextortion-blackmail'],
		["a p6 pupil got a photo of a man's genitals from an adult player", 'adult-sent-a-sexual-image'],
		["year 9 girl's mum's partner's pal asking her for pictures", 'abuse-by-someone-they-know'],
		["someone on roblox asked a year 4 boy to move to another app and not tell his mum", 'grooming'],
		["a man tells the year 6 to keep it a secret", 'grooming'],
		["an online friend tells the year 8 girl what to wear and asks if she's on her own", 'grooming'],
		['a man asked a p7 girl if she has started her periods', 'grooming'],
		['a year 10 with learning difficulties given a phone by an online friend', 'grooming'],
		['s3 boy asked hold package', 'criminal-exploitation'],
		['year 10 lending his bank card to someone online', 'criminal-exploitation'],
		['year 7 in a scrap video, kicked in the head', 'filmed-assault'],
		['a year 7 boy was jumped and it is all over tiktok', 'filmed-assault'],
		['a year 8 boy was given a doing and the video is on tiktok', 'filmed-assault'],
		["a year 8 girl's house number on a story with a knife emoji", 'pupil-address-with-threats'],
		['a guy at the gate filming the weans', 'stranger-filming-children'],
		['an account posting photos of children in swimwear from our pool', 'stranger-filming-children'],
		['email says there is a bomb in school', 'threat-to-attack-the-school'],
		["an email says the school will be blown up", 'threat-to-attack-the-school'],
		["year 11 says he'll bring a knife to assembly and get everyone", 'threat-to-attack-the-school'],
		['year 11 searching how to make explosives', 'threat-to-attack-the-school'],
		['paras threatening a year 12 lad', 'threat-from-a-group'],
		["year 13 boy told he'll be shot in the legs", 'threat-from-a-group'],
		['a gang threatening a year 9 pupil online', 'threat-from-a-group'],
		["a year 9 says he will set fire to her", 'threats-weapons'],
		['a tracker sewn into the lining of a year 6 pupils blazer', 'tracking-of-a-child'],
		["an app she didn't install on the year 9 girl's phone", 'tracking-of-a-child'],
		['year 9s holding their breath in the changing room, one fainted', 'dangerous-challenge'],
		['year 8 copying a video pouring hot water on people', 'dangerous-challenge'],
		["pupils posting 'im next' after a suicide", 'after-a-pupils-death'],
		['photos of the dead pupil are being shared', 'after-a-pupils-death'],
	]);

	firesNotFor([
		['weapons in macbeth essay', 'threats-weapons'],
		['s3 history weapons of the first world war resources', 'threats-weapons'],
		['industrial revolution child labour exploitation ks3', 'criminal-exploitation'],
		['county lines awareness assembly powerpoint', 'criminal-exploitation'],
		['our coach wants a whatsapp group for the under 12s parents, is that ok', 'staff-conduct'],
		['year 8 pupil being blackmailed on insta and scared to tell his parents', 'self-harm-suicide'],
		['year 11 student turned up with a cut hand and posts snapchat stories', 'self-harm-suicide'],
		['ex-boyfriend threatening to send a year 11 girl\'s photos to her dad', 'honour-based-abuse'],
		['year 10 boy running bags for older fellas', 'grooming'],
		['a year 9 boy broke his arm jumping off a roof for a tiktok challenge', 'immediate-danger'],
		["year 9 girl, she isn't in danger right now but scared", 'immediate-danger'],
		['two year 6s swapped photos, one mum has them on her phone now and wants to show me', 'immediate-danger'],
		['a year 7 pupil told by a year 13 student that a ta follows sixth formers', 'paid-for-sexual-images'],
		['y5 boy says someone on roblox is offering him robux for pics', 'paid-for-sexual-images'],
		['no images exchanged, year 6 girl and an adult on a drawing app', 'paid-for-sexual-images'],
		['a year 8 girl is sharing her location with her parents', 'tracking-of-a-child'],
		['smoothwall alert how to make a bomb year 10', 'threat-to-attack-the-school'],
	]);

	it('reads "Head of Year 9" and "a Year 4 teacher" as a member of staff, not a year group', () => {
		expect(matches('our head of year 9 is being blackmailed')[0]?.forAdult).toBe(true);
		expect(matches('a year 4 teacher threatened by a parent')[0]?.forAdult).toBe(true);
		expect(matches('a year 9 girl is being blackmailed')[0]?.forAdult).toBe(false);
	});

	it('reads a teaching assistant following pupils on Instagram as an allegation even when a pupil told', () => {
		expect(firstConcept("i've been told by a year 13 student that a teaching assistant has been following sixth formers on instagram")).toBe('staff-conduct');
	});
});

describe('session 35: held-out 13 and 14 and the eighteenth (her, him, a first name) and nineteenth (the urgent part last) safety sets read, in other words', () => {
	firesInOtherWords([
		['ciara has gone to meet a man off snapchat', 'immediate-danger'],
		["p6 posted 'bye everyone' on her story and mum can't find her", 'immediate-danger'],
		['the roblox boy is picking her up from the park tonight', 'immediate-danger'],
		['year 8 sent a pic of pills, says he already swallowed some', 'immediate-danger'],
		['year 9 keeps going missing and is missing again tonight', 'immediate-danger'],
		['discord server told a year 8 to carve his name', 'online-group-coercion'],
		['her cuts are all over her finsta', 'self-harm-suicide'],
		['p5 said he wants to be dead', 'self-harm-suicide'],
		['man sending him robux for videos', 'paid-for-sexual-images'],
		['man keeps sending her vbucks for pictures', 'paid-for-sexual-images'],
		['her brothers check her phone and threaten her', 'honour-based-abuse'],
		['maths teacher snapchatting a year 9', 'staff-conduct'],
		['ta texting him at midnight', 'staff-conduct'],
		['indecent images found on a colleague\'s laptop', 'staff-conduct'],
		['facebook post calling our caretaker a paedo', 'staff-conduct'],
		['football coach sent him a dick pic', 'adult-sent-a-sexual-image'],
		['a man in a game sent a year 4 a picture of his willy', 'adult-sent-a-sexual-image'],
		['her uncle wants photos', 'abuse-by-someone-they-know'],
		['neighbour facetiming a year 3 girl late at night', 'abuse-by-someone-they-know'],
		["year 2 girl says mum's partner films her in the bath", 'abuse-by-someone-they-know'],
		['a fostered year 6 got a message from her real mum', 'child-in-care-contact'],
		['stranger on fortnite asking our son for his snapchat', 'grooming'],
		['older men using his bank for cash', 'criminal-exploitation'],
		['year 10 back from missing with loads of cash again', 'criminal-exploitation'],
		['p7 runs messages for older boys', 'criminal-exploitation'],
		["year 8's address posted, they say see you tonight", 'pupil-address-with-threats'],
		['drone over the playground again', 'stranger-filming-children'],
		['man filming the p4 swimming lesson from the viewing area', 'stranger-filming-children'],
		['shooting at school on monday says the post', 'threat-to-attack-the-school'],
		['photo of a rifle captioned friday is the day', 'threat-to-attack-the-school'],
		['paramilitaries told him to leave', 'threat-from-a-group'],
		['a gang put a bounty on a year 9', 'threat-from-a-group'],
		["they'll smash his face in after school", 'threats-weapons'],
		['a lad keeps turning up where she is, she thinks there is an app on her phone', 'tracking-of-a-child'],
		['lads lying on the railway for tiktok videos', 'dangerous-challenge'],
		['photos from the crash are being shared round the school', 'after-a-pupils-death'],
		['year 10s posting they will join him soon', 'after-a-pupils-death'],
		['year 8 messaging a 25yo on snap', 'grooming'],
		['a year 9 aged 14 is messaging a man aged 25', 'grooming'],
		['cousin askin her for pics', 'abuse-by-someone-they-know'],
		['a man filming the p3 swimming lesson on his phone', 'stranger-filming-children'],
		['classroom assistant has photos of the year 1s in the toilets on her personal phone', 'staff-conduct'],
		["year 8 says he'll kill himself tonight, whoever hacked his snap has his pics", 'immediate-danger'],
		["year 9 posts photos of her burns and a countdown", 'self-harm-suicide'],
		['year 10 scared she will be taken back home to get married', 'honour-based-abuse'],
		['a teacher put year 8 girls photos through a nudify app', 'staff-conduct'],
		['nursery assistant photographs the children on her own phone at nappy changes', 'staff-conduct'],
		["a family friend keeps messaging a year 8 asking for pictures, says it's their secret", 'abuse-by-someone-they-know'],
		['year 9 asked on snap to do runs for money', 'criminal-exploitation'],
		['year 1 boy asking others to show their private parts in the toilets', 'sexual-behaviour-of-a-young-child'],
		["a 4 year old touching other children, says it's from a video on a phone", 'sexual-behaviour-of-a-young-child'],
		["rumour of an ai video of a year 11 girl 'doing stuff' on telegram", 'sexual-images-under-18'],
		["a youtube channel filming our pupils at the gates", 'stranger-filming-children'],
		["year 12 posted 'this place is gonna burn on monday'", 'threat-to-attack-the-school'],
		['year 9 girl posting photos of where it happened after the pupil death', 'after-a-pupils-death'],
		["her boyfriend is 17 and she's 12", 'grooming'],
		['gets roblox credit for photos', 'paid-for-sexual-images'],
	]);

	firesNotFor([
		['what is the school going to do about it', 'immediate-danger'],
		['pupil missing from lessons again', 'immediate-danger'],
		['mum is picking her up from school today', 'immediate-danger'],
		['year 9 took his adhd tablets this morning', 'immediate-danger'],
		['fake text asking parents to pay for the trip at the link below', 'sextortion-blackmail'],
		['year 11 posted a knife pic threat', 'sextortion-blackmail'],
		['year 8 slapped in the toilets and it was filmed', 'sexual-images-under-18'],
		['parents sharing a warning about a challenge telling kids to hurt themselves, is it even real', 'self-harm-suicide'],
		['parents sharing a warning about a challenge telling kids to hurt themselves, is it even real', 'dangerous-challenge'],
		['county lines talk for year 9 assembly', 'criminal-exploitation'],
		['self-harm awareness training for new tas', 'self-harm-suicide'],
		['can we track the school ipads', 'tracking-of-a-child'],
		['remembrance assembly footage of weapons', 'threats-weapons'],
		['a child came to the halloween disco with a plastic knife', 'threats-weapons'],
		['resources for explaining stranger danger to p2', 'grooming'],
		['photo shoot at school for the prospectus', 'threat-to-attack-the-school'],
		['coach sent the parents a photo of the team', 'adult-sent-a-sexual-image'],
		["a colleague's uncle sent her explicit messages", 'abuse-by-someone-they-know'],
		['secret santa messages from the ta to year 6', 'staff-conduct'],
		['year 7s jumping out in front of cars for a tiktok trend', 'self-harm-suicide'],
		['uncle sent him a video of his holiday', 'abuse-by-someone-they-know'],
		['filming the playground makeover for the newsletter', 'stranger-filming-children'],
		['year 10 girls talking about their 5yr plan', 'grooming'],
		['year 11 boy is 16, plays football with her brother who is 12', 'grooming'],
		['year 10 sextortion assembly powerpoint', 'sextortion-blackmail'],
		['does our safeguarding policy need a section on sextortion', 'sextortion-blackmail'],
		['airtag handed in to lost property, who does it belong to', 'tracking-of-a-child'],
		["mum wants an airtag in his bag on the trip so she knows he's safe", 'tracking-of-a-child'],
		['personal grooming policy for sixth form', 'grooming'],
		['forced marriage leaflet for the parents evening display', 'honour-based-abuse'],
		['pupils asking what the school will do about the fight', 'grooming'],
		['posted on his private story a photo of the new canteen', 'sexual-images-under-18'],
		['a parent sent a google street view link of the school to the office', 'sextortion-blackmail'],
		['online safety policy for a school for pupils aged 11 to 18', 'grooming'],
		['16 to 19 college students, aged 16 to 19, e-safety induction', 'grooming'],
		['kinship carer frightened the birth dad will see photos of the boy', 'honour-based-abuse'],
		['a man in his 30s is messaging a year 9 and asking about her body, what are the first steps', 'abuse-by-someone-they-know'],
		["p1 boy on his mum's phone on his own watching a video, touching in the toilets, says teacher", 'staff-conduct'],
	]);

	it('reads a blackmailed care leaver of 19 as an adult, and a hint that a child is in the case as nothing more', () => {
		expect(matches('care leaver 19 blackmailed with a video')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// "sent him a nude" makes a child the likely one for a concept that needs a child, but the
		// query names an adult and no child: still the adult's own case.
		expect(matches('our head of year is being blackmailed, they sent him a nude')[0]?.forAdult).toBe(true);
	});

	it('lets a hint stand for a named child only in the concepts that need one', () => {
		const concepts = (query: string, hints = encoded.childHints) => matchActNow(query, { ...encoded, childHints: hints }, { misspellings, synonyms: groups }).map((match) => match.concept.id);
		expect(concepts('her uncle wants photos', [])).not.toContain('abuse-by-someone-they-know');
		expect(concepts('her uncle wants photos')).toContain('abuse-by-someone-they-know');
		expect(concepts('her uncle wants photos of her brother')).toContain('abuse-by-someone-they-know');
		// A file with no hints packs and reads back as it was (the build checks it).
		const none = { ...encoded, childHints: [] };
		expect(unpackActNow(packActNow(none))).toEqual(none);
	});
});

describe('session 36: held-out 15 and 16 read, in other words', () => {
	firesInOtherWords([
		['heard his stepdad hitting him in the background of a teams lesson from home', 'abuse-seen-on-a-call'],
		['saw her mum slap her on zoom', 'abuse-seen-on-a-call'],
		['a year 5 getting messages from a grown-up she has never met', 'grooming'],
		["p4 boy keeps getting friend requests from an adult he's never met", 'grooming'],
		['an ai chatbot told a year 8 that cutting would help her feel better', 'self-harm-suicide'],
		['post says a pupil is bringing a knife into school on monday', 'threat-to-attack-the-school'],
		['his rugby coach tells him to keep their snapchats secret from his mum', 'abuse-by-someone-they-know'],
		['a fight outside the school gates was filmed and posted', 'filmed-assault'],
		["her dad says he'll deal with the boy she likes", 'honour-based-abuse'],
	]);

	firesNotFor([
		['an account posting photos of a p6 pupil, when can i ask the helpline to step in', 'abuse-by-someone-they-know'],
		['the step by step guide for reporting photos of a pupil', 'abuse-by-someone-they-know'],
		['every file on the server has been encrypted, a note demanding bitcoin or they will publish pupil records', 'sextortion-blackmail'],
		['a year 7 says the ai she talks to every night is her friend, first time dealing with this, tell her mum?', 'honour-based-abuse'],
		['boys shared a naked photo of a girl, can we deal with it ourselves or tell the parents', 'honour-based-abuse'],
		['an older man on roblox now wants to meet him', 'immediate-danger'],
		['a dad sent me a picture of his private parts', 'sexual-images-under-18'],
		['a pupil sent a young female teacher a sexual message', 'staff-conduct'],
		['a pupil sent a young female teacher a sexual message', 'grooming'],
		['a student sent our new ta an explicit picture', 'adult-sent-a-sexual-image'],
		['parents worried about a creepy character on youtube telling kids to hurt themselves', 'self-harm-suicide'],
		['we heard shouting in the background of the staff teams call', 'abuse-seen-on-a-call'],
		['saw a man hit a boy in a film on netflix during a remote lesson', 'abuse-seen-on-a-call'],
		['teacher blackmailing a pupil for nudes', 'blackmail-of-an-adult'],
	]);

	it("reads a teacher's own case, in the first person, as the adult's", () => {
		expect(matches('my ex has posted intimate photos of me online and i teach at a school')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('teacher blackmailed over webcam')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// A child quoting the same words, with no adult teller, still gets the child's answer.
		expect(matches('she said her ex posted intimate photos of her online')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});

	it('reads a pupil said to be an adult just after ("an S6 who is 18") as an adult, and a year group\'s parents as adults', () => {
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named('an s6 who is 18 has had a video posted')).toEqual({ child: false, adult: true });
		expect(named('year 13 student who turned 18 last month')).toEqual({ child: false, adult: true });
		expect(named("a year 12 who's just turned 19")).toEqual({ child: false, adult: true });
		expect(named('a year 10 girl whose boyfriend is 19')).toMatchObject({ child: true });
		expect(named('year 9 who is 14')).toMatchObject({ child: true });
		expect(named('a year 8 who is 18 minutes late every day')).toMatchObject({ child: true });
		expect(named('her boyfriend who is 19 sent nudes')).toEqual({ child: false, adult: false });
		expect(named("now they're on the p7 parents' whatsapp")).toEqual({ child: false, adult: false });
		expect(named('a p7 pupil on the p7 parents whatsapp')).toMatchObject({ child: true });
		// The adult's own answers follow.
		expect(matches('year 13 student who turned 18 last month is being sextorted, they want money by tomorrow')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('an s6 who is 18 has had a sexual video of her posted')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});

	it('lists under an answer that leads to a whole outcome only a part the query asks for: a nation it names, a heading it holds', () => {
		const parts = (query: string) => {
			const outcome = engine.search(query);
			return outcome.status === 'results' ? outcome.pages.filter((hit) => hit.actNow && !hit.actNow.target.includes('#')).flatMap((hit) => hit.sections.map((section) => `${hit.url}#${section.anchor}`)) : [];
		};
		// Chosen by stray words before ("says where they live" for "live on tiktok ... saying").
		expect(parts("lad live on tiktok on a roof sayin hes gonna jump")).toEqual([]);
		expect(parts('kid says hes gonna kill himself')).toEqual([]);
		expect(parts('yr8 girls nude going round the canteen')).toEqual([]);
		expect(parts('pupil being groomed on discord wales')).toEqual(['/report/outcome/adult-contacting-a-child/#uk-nations-wales']);
		expect(parts('an ai companion app told a year 9 how to hurt himself')).toContain('/report/outcome/self-harm-or-suicide/#ai-chatbot');
	});

	it('still reads a plan to meet now, and a parent sending a child\'s image, as before', () => {
		expect(ids('she is meeting a man from snapchat now')).toContain('immediate-danger');
		expect(ids('a dad sent me a picture of his daughters private parts')).toContain('sexual-images-under-18');
	});
});

describe('session 37: held-out 17 and 18 read, in other words', () => {
	firesInOtherWords([
		['a colleague in my department is being called a nonce in a year 10 snapchat group', 'staff-conduct'],
		['he got changed after pe and they filmed him', 'sexual-images-under-18'],
		['someone is getting changed in the video going round', 'sexual-images-under-18'],
		['she is meeting a man from tiktok tonight', 'immediate-danger'],
		// An adult the child knows, messaging at night: the answer's part for someone they know.
		// "coach here" (the one asking) had hidden "coach at her club".
		['the swimming coach at her club keeps snapchatting a 12 year old at midnight', 'abuse-by-someone-they-know'],
		['he doesnt want to be here anymore', 'self-harm-suicide'],
		['a post saying he will shoot people', 'threats-weapons'],
		['the gang are going to get a year 10 boy after school', 'threat-from-a-group'],
		['year 10 boy says the opps know his ends', 'threat-from-a-group'],
		['a parent posted that our pe teacher is a groomer', 'staff-conduct'],
		['a parent says the gay teacher is messaging her son on snapchat', 'staff-conduct'],
		["he said he'll send the video to her contacts", 'sextortion-blackmail'],
		["student says they've got my nudes and my contact list", 'sextortion-blackmail'],
		['man with a camera at the primary gate filming the weans, parents raging', 'stranger-filming-children'],
		['older members of a discord group set her tasks and want proof she scratched their initials into her arm', 'online-group-coercion'],
		['a teacher sent sexual messages to a year 9', 'staff-conduct'],
		['he said he will shoot up the school, i took a screen shot', 'threat-to-attack-the-school'],
		['pupil used an ai app to take her clothes off in a photo', 'sexual-images-under-18'],
		// A member of staff said to have hurt a child is an allegation, online or not.
		['a parent posted that a teacher slapped her son', 'staff-conduct'],
		['the ta grabbed a p2 girl by the arm', 'staff-conduct'],
	]);

	firesNotFor([
		// "post" in "post-primary", "Google" as a gift card, "wants" far away: none of it is blackmail.
		['a parent wants google to remove the one-star review of our post-primary school', 'blackmail-of-an-adult'],
		['a parent wants google to remove the one-star review of our post-primary school', 'sextortion-blackmail'],
		// "get" (legal advice) and "changed" (the captions) anywhere in a long query are not someone filmed getting changed.
		["someone changed the captions on a video of our head's speech to make her say offensive things, should we get legal advice", 'intimate-image-of-an-adult'],
		["someone changed the captions on a video of a pupil's speech, should we get legal advice", 'sexual-images-under-18'],
		// A meeting is not meeting someone.
		['should we text every parent tonight about the challenge, the head is out at a meeting', 'immediate-danger'],
		['sextortion explainer for the staff briefing', 'blackmail-of-an-adult'],
		['a factsheet on sextortion for parents', 'sextortion-blackmail'],
		['the u14s coach messages the team whatsapp group at night about the match', 'abuse-by-someone-they-know'],
		['teacher hit by a year 9 boy', 'staff-conduct'],
		['a pupil hit a teacher and it was filmed', 'staff-conduct'],
		['the teacher hit the roof when the kids were late', 'staff-conduct'],
		// "here" and "her" are one word to the stemmer: "be here" is now matched only as typed.
		['a year 8 says she doesnt want to be her friend anymore', 'self-harm-suicide'],
		['he said he will not be her partner for the science project', 'self-harm-suicide'],
		// "shot" is "shooting" to the stemmer, and "off" is "of": a screen shot, a school video, clothes in a textiles project.
		['year 9 took a screen shot at school of the group chat', 'threat-to-attack-the-school'],
		['we will shoot the school video on friday with the kids', 'threat-to-attack-the-school'],
		['year 10 used an ai app to make pictures of clothes for their textiles project', 'sexual-images-under-18'],
		// A group's words anywhere in a long message ("ganging up", "what do we do"; "a boy", "the end of the lesson", "before I leave").
		["s2 girls are ganging up on one girl in a whatsapp group and calling her names, her mum came in with screenshots, what do we do", 'threat-from-a-group'],
		['a year 9 boy told me at the end of the lesson that his photo is on a snapchat story, what do i do before i leave', 'threat-from-a-group'],
		// "Groomer" as a homophobic slur is hate, not an allegation nor grooming.
		['a student posted my photo calling me a groomer because im gay', 'staff-conduct'],
		['pupils are calling a teacher a groomer on tiktok because he is gay', 'grooming'],
		// "who to contact" is not a blackmailer's threat to send to someone's contacts.
		['wales guidance on pupils sharing nudes, who to contact', 'sextortion-blackmail'],
		// Being called names in a group, with screenshots kept as proof, is not a group's self-harm tasks.
		['year 8 boy gets called names every night in a snapchat group, what should we keep as evidence', 'online-group-coercion'],
		// Pupils sending sexual messages to a teacher: the teacher's case, not a child groomed.
		['which offences apply when pupils send sexual messages to a teacher in scotland', 'grooming'],
		['which offences apply when pupils send sexual messages to a teacher in scotland', 'staff-conduct'],
	]);

	it('reads a pupil said to be an adult with "she\'s 19" as an adult, and "she\'s 15" as a child', () => {
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named("one of our college students, she's 19, has had pictures posted")).toEqual({ child: false, adult: true });
		expect(named("a learner, he's 22, is being blackmailed")).toEqual({ child: false, adult: true });
		expect(named("a year 10 girl, she's 15")).toMatchObject({ child: true });
		expect(named("a year 10 girl whose boyfriend, he's 19, has her pictures")).toMatchObject({ child: true });
		expect(matches("one of our college students, she's 20, has had intimate pictures posted by her ex")[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});

	it("reads a teacher blackmailed with a threat to send it to \"my pupils' parents\" as the adult's own case: the parents are adults", () => {
		const query = "i'm a teacher, someone recorded our video call and says they'll send it to my head and my pupils' parents unless i pay";
		expect(matches(query)[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(ids(query)).not.toContain('grooming');
		expect(whoIsNamed(actNowTerms("my pupils' parents"), encoded)).toEqual({ child: false, adult: false });
		expect(whoIsNamed(actNowTerms('filming the weans, parents raging'), encoded)).toMatchObject({ child: true });
	});

	it("reads a member of staff's own tracker as the adult's case: found after leaving work, or put there by her ex-husband", () => {
		expect(matches('receptionist found an airtag in her coat pocket after leaving work')[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(matches('one of our admin team thinks her ex-husband put something on her phone to track her')[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(matches('a year 9 girl found an airtag in her bag after leaving school')[0]).toMatchObject({ forAdult: false, concept: { id: 'tracking-of-a-child' } });
		// A child named as well: neither answer is sure, so none is shown first.
		expect(matches("a year 8 girl's mum and her husband track her phone").filter((match) => match.forAdult)).toEqual([]);
	});

	it("reads a blackmail email or message to a member of staff, in the blackmailer's words, as the adult's own case; one telling of a pupil's stays the child's", () => {
		expect(matches('email to a teacher saying we hacked your webcam, pay or we send the video to all your contacts')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('a teacher got an email saying they have a video of her and will send it to her contacts unless she pays bitcoin')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('email to a teacher saying a year 8 is being sextorted')[0]).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(matches('a teacher got an email saying a year 9 is being blackmailed over nudes')[0]).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
	});

	it('reads "soon" and "ten" as typed, not as "son" and "teen": an adult blackmailed with a deadline still gets the adult\'s answer', () => {
		for (const query of ['a teacher is being blackmailed, they say they will post the video soon', 'our ta is being sextorted and has ten hours to pay']) {
			expect(matches(query)[0], query).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		}
		for (const query of ['a ten year old is being sextorted', 'her son is being sextorted', 'a teen is being blackmailed']) {
			expect(matches(query)[0], query).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		}
	});

	it('opens the allegation answer at the part about a member of staff named online, or images found on a staff device', () => {
		const parts = (query: string) => {
			const outcome = engine.search(query);
			return outcome.status === 'results' ? outcome.pages.filter((hit) => hit.actNow?.concept === 'staff-conduct').map((hit) => `${hit.url}${hit.sections[0] ? `#${hit.sections[0].anchor}` : ''}`) : [];
		};
		expect(parts('a parent has said on facebook that our pe teacher is a nonce')).toEqual(['/report/outcome/allegation-about-staff/#named-online']);
		expect(parts('the technician found indecent images on a teacher laptop')).toEqual(['/report/outcome/allegation-about-staff/#child-abuse-images']);
		expect(parts('a teacher has been messaging a year 9 girl on snapchat')).toEqual(['/report/outcome/allegation-about-staff/']);
	});
});

describe('session 38: held-out 19 and 20 read, in other words', () => {
	firesInOtherWords([
		['year 8 selling pics for vouchers', 'paid-for-sexual-images'],
		['a boy on live saying hell jump off the bridge', 'immediate-danger'],
		['kid on a livestream saying he is going to jump', 'immediate-danger'],
		['the caretaker found thumbnails of naked children in a folder on a senior teacher laptop', 'staff-conduct'],
		['a child has gone missing from home', 'immediate-danger'],
		['year 9 pupil missing since lunch', 'immediate-danger'],
		['a girl is locked in a room with a man she met online', 'immediate-danger'],
		['the older boys called him a rat and a grass and said they will get him', 'threat-from-a-group'],
		["he says he'll ruin her life and post the nudes", 'sextortion-blackmail'],
		['a man is sending him robux and asking for pics', 'grooming'],
		['a man told her to move to a private chat on snapchat', 'grooming'],
		['her dad said he will kill her for the photo with her boyfriend', 'honour-based-abuse'],
		['year 9 video of a boy getting kicked going round tiktok', 'filmed-assault'],
		['older lads are giving him work running packages', 'criminal-exploitation'],
		["a year 10's address posted on tiktok with threats", 'pupil-address-with-threats'],
		['she is on the bridge, do we ring 999', 'immediate-danger'],
		['he is threatening her with the pics', 'sextortion-blackmail'],
		['our pe teacher has been sending a year 9 girl messages on snapchat', 'staff-conduct'],
	]);

	firesNotFor([
		// A meal, a bus, a phone put away: not a missing child, not someone locked in.
		["text from 'school': pay today to avoid your child missing lunch", 'immediate-danger'],
		['caretaker found a phone recording in the changing room and locked it in his office', 'immediate-danger'],
		['cctv picked up two year 11s photographing a car, posted on tiktok today', 'immediate-danger'],
		// "rate" is "rat" to the stemmer.
		["an instagram account called 'rate the teachers' with photos of staff", 'threat-from-a-group'],
		// A parent's insult is not a blackmailer's threat.
		['a mother keeps messaging me saying i ruined his life', 'sextortion-blackmail'],
		// An adult sending a child gifts: grooming, not a demand for money.
		["his coach is sending him gifts for his fifa account and says their chats are 'between us'", 'sextortion-blackmail'],
		// A pupil's private message screenshotted, a bullying case's private accounts: not a groomer's private chat.
		['someone screenshotted a private message where he said he is gay and posted it, told me at lunch', 'grooming'],
		['parents want us to go to police, i was asked to gather evidence from snapchat and private accounts', 'grooming'],
		// Bullies telling a child to kill herself: not her family threatening her.
		['older girls in a group chat keep telling her to kill herself, mum showed me the pics', 'honour-based-abuse'],
		['tiktok tribute videos of a pupil who died are going round, we want to get them taken down', 'filmed-assault'],
		["an s3 girl is meeting an older boy off snapchat, her mum works offshore", 'criminal-exploitation'],
		["two year 11s photographed a teacher's car and posted her number plate, saying they will pay her a visit", 'pupil-address-with-threats'],
		// A pupil sending a member of staff messages: the teacher's case, with words between "our" and "teacher".
		['a year 14 boy has been sending our newly qualified pe teacher messages on instagram that are now sexual', 'staff-conduct'],
		// Threats in the replies to a post with a photo are not a threat to share pictures.
		["a student posted my photo on x calling me a groomer because i'm gay, and there are hundreds of replies including threats", 'sextortion-blackmail'],
		// Asking which number to ring is not saying someone is in danger now.
		['a year 10 boy is being blackmailed over a picture, do we ring the police on 101 or 999', 'immediate-danger'],
		// A drawing and a tablet are not a member of staff's laptop.
		['a reception teacher says a 5 year old drew naked people and said it is a game from the tablet', 'staff-conduct'],
	]);

	it('reads "child protection" and "children\'s services" as a field or an agency, not a child', () => {
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named('i do not think it is a child protection thing')).toEqual({ child: false, adult: false });
		expect(named("we rang children's services")).toEqual({ child: false, adult: false });
		expect(named('a child told me')).toMatchObject({ child: true });
		expect(matches("our music teacher's ex has put intimate photos of her on a porn site, i don't think it's a child protection thing")[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});

	it('reads a threat that says where a member of staff lives as the staff member\'s case, at its part for a staff address', () => {
		for (const query of ['a parent messaged me saying he knows where i live and i will regret it', "tiktok videos about our music teacher saying they're going to finish him off and naming the street he lives on"]) {
			expect(matches(query)[0], query).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		}
		// A pupil named, and "she" who may be a pupil too: the child's answer, on the same page.
		expect(matches('a boy in year 9 says he knows where she lives and will batter her')[0]).toMatchObject({ forAdult: false, concept: { id: 'threats-weapons' } });
	});

	it("reads a spy app put on one's own phone by one's ex as the adult's own case", () => {
		expect(matches('i think my ex has put a spy app on my phone')[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(matches("a year 9 girl thinks her ex has put a spy app on her phone")[0]).toMatchObject({ forAdult: false, concept: { id: 'tracking-of-a-child' } });
	});
});

describe('session 39: held-out 21 and 22 read, in other words', () => {
	firesInOtherWords([
		['a year 6 child keeps watching far-right videos and repeating them in class', 'radicalisation'],
		['pupil watching extremist stuff on discord', 'radicalisation'],
		['y10 lad talking about a race war in the class group chat', 'radicalisation'],
		['an s2 boy has been sharing terrorist videos and praising the attackers', 'radicalisation'],
		['year 10 watching isis videos on his phone', 'radicalisation'],
		['stepdad tracking pupil phone belfast', 'tracking-of-a-child'],
		['her dad is tracking the girl\'s location through an app', 'tracking-of-a-child'],
		['our lecturer keeps messaging a 16 year old student late at night', 'staff-conduct'],
	]);

	firesNotFor([
		// Far-right videos a brother shows a child are not an online group making him do things on camera.
		["a year 6 child told me his older brother keeps showing him videos from a far-right channel and he's started repeating things in class", 'online-group-coercion'],
		// The school's pick-up time is not someone picking a child up.
		['his mum showed me the messages at pick-up, a man on discord has now started asking him for photos', 'immediate-danger'],
		// A warning that a character will hurt children is a hoax, not a dangerous challenge.
		["pupils are sharing a 'challenge' warning on whatsapp saying a character will hurt them", 'dangerous-challenge'],
		// Teaching, training and adults' own posts are not a child drawn into extremism.
		['planning a year 10 lesson on extremism and far-right propaganda', 'radicalisation'],
		['our prevent duty training for staff is next week', 'radicalisation'],
		['a colleague keeps sharing far-right posts on facebook', 'radicalisation'],
		['tracking pupil progress in year 9 on the new app', 'tracking-of-a-child'],
		// A girl called Isis, and the far right of a room, are not extremism.
		['isis in year 8 is being left out of the class group chat', 'radicalisation'],
		['a year 9 boy filmed the girl sitting at the far right of the classroom', 'radicalisation'],
		// A student messaging a member of staff: the staff member's case, not an adult contacting a child.
		['a student keeps sending one of our female lecturers sexual messages on teams late at night', 'grooming'],
		['a year 11 sent our new teacher sexual messages', 'grooming'],
		// A year group named by its number: the same for the allegation answer.
		['a year 11 sent our new teacher sexual messages on teams', 'staff-conduct'],
	]);

	it('reads "a teacher here got ..." as the teacher\'s own case, and "teacher here, ..." as the one asking', () => {
		expect(matches("a teacher here got an email saying they've hacked her webcam and want £500 in bitcoin or they'll send it to all the parents")[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('a ta here has been sent messages saying they will share her nudes unless she pays')[0]).toMatchObject({ forAdult: true });
		// The one asking, telling of a child: the child's answer.
		expect(firstConcept('teacher here, a man has been messaging a year 8 girl on snapchat')).toBe('grooming');
		expect(matches('teacher here, someone says they will share pics of a year 9 unless she pays')[0]).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
	});

	it("reads a member of staff's own home address posted as their case, at the outcome's part for a staff address", () => {
		expect(matches("someone has posted my home address and told people to go round, i'm a teacher")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		// A pupil's words quoted: the child's answer.
		expect(matches('a year 9 girl says someone has posted my home address and told people to go round')[0]).toMatchObject({ forAdult: false, concept: { id: 'pupil-address-with-threats' } });
	});
});

describe('session 40: held-out 23 and 24 read, in other words', () => {
	firesInOtherWords([
		// A hacker who wants images to give a child's account back: sextortion, not only a child's image.
		['someone hacked a year 8 girls snapchat and is asking her for nudes', 'sextortion-blackmail'],
		["the hacker says the pupil only gets his insta back if he sends pics", 'sextortion-blackmail'],
		['a hacker took over a year 9 boys account and keeps telling him to send photos of himself', 'sextortion-blackmail'],
		['boy in year 11 says a hacker has his snapchat and wants a video of him', 'sextortion-blackmail'],
		// Paid in game currency or gift cards for pictures: a child sexually exploited.
		['a year 7 girl is getting paid in robux and gift cards for photos', 'paid-for-sexual-images'],
		// Allegations: touching, and "accused of".
		['a mum has posted on facebook that our PE teacher touched her son', 'staff-conduct'],
		['a pupil accused a teacher of grabbing her', 'staff-conduct'],
		['is it the LADO if a coach is accused of messaging players on snapchat, they are 13', 'staff-conduct'],
		['there is an allegation against a teacher from a year 10 girl', 'staff-conduct'],
		// Told to do things on camera by people met in a game.
		['a year 4 boy says older players in fortnite keep asking him to do stuff on camera', 'grooming'],
		// A teacher telling of a child being groomed: grooming, not an allegation against the teacher.
		['teacher worried a year 8 is being groomed online', 'grooming'],
		// A member of staff called a paedophile online: still the allegation answer.
		['post on facebook saying the caretaker is a paedo', 'staff-conduct'],
	]);

	firesNotFor([
		// Pictures of the school or its account, with no sexual image wanted: not sextortion.
		['our school facebook was hacked and the hacker wants money to give it back', 'sextortion-blackmail'],
		['school insta hacked and posting nudes', 'sextortion-blackmail'],
		['our insta got hacked and we want the pics back', 'sextortion-blackmail'],
		// What a teacher came across is not what the teacher did.
		['a teacher saw snapchat messages offering a year 8 boy money to drop off bags', 'staff-conduct'],
		['a ta found messages from an older man on a pupils phone', 'staff-conduct'],
		// A device is not an overdose.
		['a p5 child showed me a video on her tablet and i have taken the tablet to the office', 'immediate-danger'],
		// "Nothing threatening, but ...": not a threat.
		['a parent is moaning about the school on facebook, nothing threatening but staff are upset', 'threats-weapons'],
		// A pupil accused of something: not an allegation against staff.
		['a year 9 boy is accused of hacking a teachers account', 'staff-conduct'],
		// "Groomed" is not "groomer": the one telling is not named as an abuser.
		['teacher worried a year 8 is being groomed online', 'staff-conduct'],
		['form tutor says a year 9 boy is being groomed on fortnite', 'staff-conduct'],
		// Accused of something that is no harm to a child: not an allegation.
		['pupils accused a teacher of being unfair with marking', 'staff-conduct'],
		['year 10 accused the teacher of lying about the detention', 'staff-conduct'],
		['the drama teacher asked them to do things on camera for the school video', 'grooming'],
	]);

	it('still reads blackmail after a payment as sextortion, and a pretext of a school project as grooming', () => {
		for (const query of ['the scammer got paid and is still threatening to post it', 'a girl in year 9 got paid for pics and now he is threatening to share them', 'lad sextorted, scammer got paid £50 already']) expect(ids(query), query).toContain('sextortion-blackmail');
		expect(ids('a man messaged a year 8 girl on instagram saying he needed photos of her for a school project')).toContain('grooming');
	});

	it('still reads a man seen doing it, and a teacher caught doing it, as the one who did it', () => {
		expect(ids('a man was seen photographing year 5 pupils on the field from the fence')).toContain('stranger-filming-children');
		expect(ids('a teacher was caught messaging a year 10 girl on snapchat')).toContain('staff-conduct');
		expect(ids('our ta noticed a teacher messaging a year 10 girl on snapchat late at night')).toContain('staff-conduct');
	});

	it("reads a threat to stab or kill 'the head' as a member of staff threatened, and 'stab him in the head' as not", () => {
		expect(matches('a parent says she will come in tomorrow and stab the head')[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches('someone threatened to stab him in the head')[0]).toMatchObject({ forAdult: false, concept: { id: 'threats-weapons' } });
	});

	it('reads an overdose of tablets as immediate danger, however the tablets are counted', () => {
		for (const query of ['year 9 girl says she has taken tablets', 'she took all her mums tablets', 'pupil has taken a load of tablets']) expect(firstConcept(query), query).toBe('immediate-danger');
	});

	it("reads pupils' fake nude of the one asking as an adult's case, and a pupil's own words as a child's", () => {
		// An adult harmed by pupils who made it: the adult's answer (session 57; until then neither, and
		// the ordinary results decided).
		expect(matches('some s5 pupils have made a fake nude of me with an ai app and shared it')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('year 10 students made a deepfake nude of me')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		// A pupil's words passed on, or a nude "of me" nobody is said to have made: the child's answer,
		// worst case first.
		expect(matches('a pupil told me boys in her year made a fake nude of me')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(matches('a student has nudes of me and is sharing them')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});

	it('reads the adult a case is taken to, and staff who keep asking, as not in the case', () => {
		// Whose nude is not said: the child's answer (never screenshot it), not an adult's.
		expect(matches('can i screenshot the nude to show the head')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(matches('staff keep asking whether to look through phones when a nude is going round')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		// An adult in the case is still one: a teacher whose nudes leaked, told to the head.
		expect(matches("a teacher's nudes have leaked, should i tell the head")[0]).toMatchObject({ forAdult: true });
	});
});

describe('session 41: held-out 25 and 26 read, and a sweep of worst cases, in other words', () => {
	firesInOtherWords([
		// A child given gift cards for pictures, with no threat: a child sexually exploited, not sextortion.
		['a scout, 14, is getting steam vouchers from a man in exchange for selfies', 'paid-for-sexual-images'],
		// Offered money for photos, then threatened: still sextortion.
		['someone offered him money in exchange for photos and is now threatening to share them', 'sextortion-blackmail'],
		// Fake nudes made with an app and passed round a chat where parents keep ringing: a child's image, not a group coercing a child on camera.
		['boys in the under 13s made fake naked pics of a girl with an app, it is in a group chat and parents keep phoning', 'sexual-images-under-18'],
		// A real video call in a group still is.
		['a group on discord made her cut herself on a call', 'online-group-coercion'],
		// Found in the sweep after: an adult online telling a child to undress or show their body.
		['year 5 boy says a guy in a minecraft server told him to take his shirt off on camera', 'grooming'],
		['a man on a live stream asked a p5 girl to show her tummy', 'grooming'],
		// Someone in a pupil's account asking her friends for nudes.
		['someone has got into a year 9 girls snapchat and is asking her friends for nudes', 'sextortion-blackmail'],
		// The reread: what looked like a question about an app, or a scam, can still hold the worst case.
		['pupils keep asking me about a man on roblox who asks them where they live', 'grooming'],
		['i know nothing about tech but a stranger knows where my pupil lives and what school she goes to', 'tracking-of-a-child'],
		['someone is using a year 10 girls name and photos to message boys then blackmailing them for money', 'sextortion-blackmail'],
		// "Volunteered" names no volunteer; a pupil quoting a parent's threat is still honour-based abuse.
		['she volunteered that a man online asked for her address', 'grooming'],
		['a year 10 girl said my dad is threatening to kill me if i see my boyfriend again', 'honour-based-abuse'],
		// A relative messaging a child late at night, in secret.
		['a p6 boy says his stepdad texts him late at night and tells him not to tell mum', 'abuse-by-someone-they-know'],
		// A third sweep: an AI app telling a child to "end it"; a child gone to meet someone from a game
		// without an article ("someone from roblox"); a claim that a hacker has someone's webcam.
		['the chatbot app told him to end it', 'self-harm-suicide'],
		['year 8 girl has gone to meet someone from snapchat and her phone is off', 'immediate-danger'],
		['a year 10 boy got an email saying they hacked his webcam and will send the video to his contacts', 'sextortion-blackmail'],
		// A fourth: a relative touching a child; a man showing a child pictures of people with no clothes.
		['a year 3 boy told his ta that his step dad touches him in the bath', 'abuse-by-someone-they-know'],
		['p2 girl says a man at the swings showed her videos of people with no clothes on', 'adult-sent-a-sexual-image'],
		// A fifth: a child hurt at home (a new answer, the child-at-risk outcome's "What to do now");
		// "kill her self" typed apart; a man in a game who wants to be a child's boyfriend.
		['p4 boy says his dad punches him when he gets home', 'abuse-at-home'],
		['year 8 girl told me she does not feel safe at home', 'abuse-at-home'],
		['pupil sed she wants to kill her self', 'self-harm-suicide'],
		['a man on roblox asked a year 5 girl to be his girlfriend', 'grooming'],
		// A man following a child, or the one asking, in the street: danger now.
		['year 7 girl rang to say a man in a van followed her from the bus stop', 'immediate-danger'],
		// On a school trip too: only the trip's arrangements ("school trip staying in a hotel") are everyday.
		['pupil on a school trip to paris texted to say a man is following her', 'immediate-danger'],
		['on the residential trip a year 9 says she is meeting a man from snapchat tonight', 'immediate-danger'],
		['residential trip: a boy has taken an overdose', 'immediate-danger'],
	]);

	firesNotFor([
		// The one asking, introduced, is not in the case.
		['Drama teacher here, racist comments about one of our pupils are under the YouTube video of the play', 'staff-conduct'],
		['Hi, form tutor here - nasty comments about a year 8 girl on tiktok', 'staff-conduct'],
		// A fake profile with someone's photo and name, asking for money: a scam, not blackmail.
		["a facebook profile with our head's photo and name is messaging parents asking for money", 'sextortion-blackmail'],
		// Fake nudes in a chat, parents phoning: not a group coercing a child on a call.
		['boys in the under 13s made fake naked pics of a girl with an app, it is in a group chat and parents keep phoning', 'online-group-coercion'],
		// Ending a relationship, or a device hacked without a camera, is not the worst case.
		['her friends told her to end it with her boyfriend', 'self-harm-suicide'],
		['a pupil hacked his laptop to play games', 'sextortion-blackmail'],
		['our it team accessed her laptop camera for the remote lesson', 'sextortion-blackmail'],
		['a man in the shop showed her pictures of the new school clothes', 'adult-sent-a-sexual-image'],
		['her dad hit the roof when he saw the phone bill', 'abuse-at-home'],
		['year 6 boy was kicking off at his mum at pick up', 'abuse-at-home'],
		['a guy in year 10 asked her to be his girlfriend', 'grooming'],
		// A fight filmed, or a threat that keeps a pupil from home: their own answers, not this one.
		['a year 7 boy was held down and kicked by older pupils and his parents are furious', 'abuse-at-home'],
		// Following online is not following in the street.
		['some man keeps following her on tiktok and liking her videos', 'immediate-danger'],
		['a man followed her account and keeps liking her photos', 'immediate-danger'],
		// A neighbour ringing the school late is not a relative messaging a child.
		['the neighbour keeps calling the school late at night about parking', 'abuse-by-someone-they-know'],
		// A member of staff telling a class to take off a layer: not grooming.
		['the pe teacher told them to take their jumpers off because it was hot', 'grooming'],
		// A member of staff's own address: not a pupil's.
		['a dad posted my home address on facebook and said someone should pay me a visit', 'pupil-address-with-threats'],
	]);

	it("reads a threat to the one asking, or to their home, as a member of staff threatened, and a child's home as a child's", () => {
		for (const query of ['a parent threatened to batter me in a voice note', 'a parent is threatening to kill me in messages on facebook', 'someone posted my home address and said people should pay me a visit'])
			expect(matches(query)[0], query).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(ids('they posted a year 9 boys address and said they will pay him a visit')).toContain('pupil-address-with-threats');
		// A child's words about a parent, quoted: still honour-based abuse.
		expect(ids("a year 10 girl says her dad will kill me if he sees my messages to my boyfriend")).toContain('honour-based-abuse');
		// A child named as well: the concept's own page, which answers both.
		expect(matches('a dad put my home address online saying someone should pay me a visit, after we raised a concern about his child')[0]).toMatchObject({ concept: { id: 'threats-weapons' } });
	});

	it('reads a volunteer or a commissioner as an adult, a cadet or scout as a child, and a scout leader as no child', () => {
		expect(matches('one of our volunteers is being told to pay or a video from a call will be sent to parents')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('our district commissioner got a message saying pay or the video goes to everyone')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// "Scout leader" names no scout: an allegation needs a child in the case.
		expect(ids('our scout leader keeps adding people on snapchat')).not.toContain('staff-conduct');
		expect(ids('our scout leader keeps adding the scouts on snapchat')).toContain('staff-conduct');
		expect(matches('a cadet got a message saying pay or the video goes to everyone')[0]).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		// A volunteer who harms a child is still an allegation.
		expect(ids('a volunteer at our club has been messaging a 13 year old girl on snapchat late at night')).toContain('staff-conduct');
	});

	it("reads a pupil's brother or cousin as the one named, not the pupil: a member of staff threatened or blackmailed by him is the adult's case", () => {
		expect(matches("teacher is being sextorted by someone saying he is a pupil's older brother")[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches("a learner's big brother messaged our head of year saying he knows where she lives and will smash her windows")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("a pupil's cousin keeps messaging one of our teachers saying he knows her car and she'll get what's coming")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches('teacher got a message saying they have hacked her camera and will send video to her contacts')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// The pupil named some other way is still a child.
		expect(matches("a year 9 girl's brother is sharing her nudes")[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});

	it('still reads a member of staff in the case when "here" is not an introduction', () => {
		expect(ids('a teacher here has been messaging a year 9 girl on snapchat')).toContain('staff-conduct');
		expect(ids('PE teacher here - a pupil says the coach has been messaging her on snapchat')).toContain('staff-conduct');
		// "Here" after someone who is no role is where they are, not who is asking.
		expect(ids("there's a man here, filming the kids through the fence")).toContain('stranger-filming-children');
	});
});

describe('session 42: a sweep of worst cases in other words', () => {
	firesInOtherWords([
		// A relative's sexual messages, a child made to watch porn or to sleep in an adult's bed, a parent
		// photographing a child in the bath: abuse by someone they know.
		['year 6 girl disclosed that her uncle sends her sexy messages on whatsapp', 'abuse-by-someone-they-know'],
		['year 7 boy says his older brother makes him watch porn', 'abuse-by-someone-they-know'],
		['pupil says her mums new boyfriend makes her sleep in his bed', 'abuse-by-someone-they-know'],
		['child in reception says daddy takes photos of her in the bath and puts them on the computer', 'abuse-by-someone-they-know'],
		// Men in a child's livestream telling her what to do.
		['pupil live streaming on tiktok and men in the comments asking her to do things', 'grooming'],
		// A second sweep: "they want paying" for a video; a child's head put onto a porn picture; a
		// threat to shoot pupils at the gates; a man waiting outside school for a child he met online;
		// a member of staff showing pupils porn.
		['pupil sent a video to a girl on insta turned out to be a scam account now they want paying', 'sextortion-blackmail'],
		['they photoshopped a girls head onto a porn pic and airdropped it round the canteen', 'sexual-images-under-18'],
		['someone posted on the school facebook that they will shoot pupils at the gates', 'threat-to-attack-the-school'],
		['a man keeps waiting outside school for a year 8 girl he met on instagram', 'grooming'],
		['a supply teacher showed pupils a porn video on the board', 'staff-conduct'],
		// A third, in the words of Scotland, Wales and Northern Ireland: a man wanting a child's
		// Snapchat; told to leave the country or be shot; a search for how to kill yourself; a learner
		// on placement messaged by her manager; a child in care found by someone with a contact order.
		['wean said a man at the park wanted her snapchat', 'grooming'],
		['pupil in belfast told to leave the country or be shot', 'threat-from-a-group'],
		['glow account flagged pupil searching how to kill yourself', 'self-harm-suicide'],
		['learner on a placement in wrexham is being messaged by her manager who asks for photos', 'staff-conduct'],
		["LAC pupil's brother who has a no contact order found her on insta", 'child-in-care-contact'],
		// A fourth, in long messages and euphemism: a stepdad filming a child in her room at night; worn
		// underwear sold to men; a video of sex posted; a chatbot telling a child to hide her cutting;
		// bleach drunk.
		['A girl in my tutor group told me in confidence that her step dad comes into her room at night and films her. She made me promise not to tell', 'abuse-by-someone-they-know'],
		["we've found out a year 9 boy has been selling his worn underwear online to men", 'paid-for-sexual-images'],
		['pupil said her boyfriend strangled her during sex and posted the video', 'sexual-images-under-18'],
		['the ai chatbot told her how to hide her cutting from her parents', 'self-harm-suicide'],
		['pupil said she drank bleach last night', 'self-harm-suicide'],
		// The reread: a game's "how to kill yourself" is not a case, but a child told to in a game chat
		// who is now cutting is; a lesson on sex education does not hide a nude shared in it; a pupil's
		// death is still one when threats follow it.
		["someone in roblox told him to kill yourself in a game chat and now he's cutting himself", 'self-harm-suicide'],
		['during the sex education lesson a boy airdropped a nude of a year 9 girl to the class', 'sexual-images-under-18'],
		['a sex education video was shown and then boys shared nudes of a girl', 'sexual-images-under-18'],
		['a pupil died and now there are death threats against the driver', 'after-a-pupils-death'],
		// A scam's rule names the school as the one pretended to, or asking: not someone from a school.
		['someone pretending to be a school friend is demanding money from a year 8 or else', 'sextortion-blackmail'],
		// A fifth, of adults: a parent driving past a teacher's house and posting photos of it.
		['a parent keeps driving past my house and posting photos of it on facebook', 'threats-weapons'],
		// Held-out 28, read: messages "between one of their teachers" and a pupil.
		['a parent has shown them Insta DMs between one of their teachers and a Year 11 girl', 'staff-conduct'],
		// A sixth, typed fast: "nife", "skool", a "pervy site".
		['lad got a zombie nife in his bag on his snap', 'threats-weapons'],
		['someone sed theres gonna be a shootin at skool', 'threat-to-attack-the-school'],
		['yr 10 girls pics on a pervy site', 'sexual-images-under-18'],
		// A scam email that claims a video of a boy, and a fake message threatening his nudes, still are.
		['scam email says they have a video of him and want money', 'sextortion-blackmail'],
		['year 10 got a fake message saying pay or his nudes get posted', 'sextortion-blackmail'],
	]);

	firesNotFor([
		['her brother makes her watch the tv shows she hates', 'abuse-by-someone-they-know'],
		['the dad takes photos of her at the swimming gala', 'abuse-by-someone-they-know'],
		['her uncle sent her a funny birthday message', 'abuse-by-someone-they-know'],
		// A school's livestream with strangers asking to join, and pupils asking questions: not a child groomed.
		['we stream our assembly live and men keep asking to join', 'grooming'],
		['in our live stream assembly older pupils asked questions', 'grooming'],
		['the photographer wants paying for the class photos', 'sextortion-blackmail'],
		["we photoshopped the head's face onto a superhero for the yearbook", 'sexual-images-under-18'],
		['the photographer will shoot pupils in the hall on monday', 'threat-to-attack-the-school'],
		['the ice cream man waits outside the gates', 'grooming'],
		['PSHE teacher showed a video about porn and consent', 'staff-conduct'],
		['a man at the shop asked for her number to send the receipt', 'grooming'],
		['how to kill yourself in minecraft hardcore', 'self-harm-suicide'],
		['TA being messaged by her manager about cover', 'staff-conduct'],
		['dad with a no contact order found where she lives thru snap map', 'child-in-care-contact'],
		['year 9 selling her old clothes on vinted', 'paid-for-sexual-images'],
		['hide his scars for the photo', 'self-harm-suicide'],
		['her brother films her in the room for tiktok dances', 'abuse-by-someone-they-know'],
		// Death threats are threats, not a pupil's death.
		["pupil's been getting death threats on instagram from an account that knows her address and school", 'after-a-pupils-death'],
		['pupils keep walking past my house', 'threats-weapons'],
		// Texts pretending to be the school and asking parents for money: a scam, not sextortion.
		['fake texts to parents pretending to be the school asking for money', 'sextortion-blackmail'],
		['scam texts pretending to be the school asking parents for money', 'sextortion-blackmail'],
		['the estate agent is posting photos of my house', 'threats-weapons'],
	]);

	it("reads where a member of staff lives, posted, as the staff member's case, and a teacher's own images as no child's", () => {
		for (const query of ['Somebody posted where I live and said they will be waiting for me after work', "deputy head's car was vandalised after a parent posted where she lives"])
			expect(matches(query)[0], query).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		// Pupils sharing a teacher's own old pictures: not a child's sexual image (the ordinary results decide).
		expect(ids("pupils found a teacher's old onlyfans and are sharing the pictures")).not.toContain('sexual-images-under-18');
		expect(ids('year 10 girl has an onlyfans').length).toBeGreaterThan(0);
	});
});

describe('session 43: held-out 29 and 30 read, in other words', () => {
	firesInOtherWords([
		// A child on a livestream "about to jump"; on a bridge about to.
		['year 9 on live saying she is about to jump', 'immediate-danger'],
		['pupil about to jump off the multi storey car park', 'immediate-danger'],
		['she is on live about to jump into the river', 'immediate-danger'],
		// A child scared to go home because of someone there.
		['girl in my class says she is scared to go home because of her dad', 'abuse-at-home'],
		['year 4 boy is too scared to go home', 'abuse-at-home'],
		['boy in year 5 frightened of his stepdad', 'abuse-at-home'],
		// A child's phone sharing her location with an unknown adult.
		['looked after girl sharing her location with an adult nobody knows', 'tracking-of-a-child'],
		['year 8 sharing her location with someone she met on roblox', 'tracking-of-a-child'],
		// A member of a children's home's staff messaging a child.
		['residential worker at the childrens home keeps snapchatting a 14 year old girl', 'staff-conduct'],
		['teacher at the school keeps snapchatting a 14 year old girl', 'staff-conduct'],
		// A goodbye message in the night.
		['got a message at 3am from a year 10 saying goodbye', 'self-harm-suicide'],
		// A talk about sextortion does not hide a child who says he is being blackmailed after it.
		['after the assembly on sextortion a year 10 boy told me he is being blackmailed', 'sextortion-blackmail'],
		['after the training on sextortion a girl in year 11 said she was blackmailed', 'sextortion-blackmail'],
		// A picture of a knife is a threat's, and a threat to post her nudes beside it is still sextortion.
		['pupil posted pic holding knife threatening', 'threats-weapons'],
		['posted pic holding knife and threatening to post her nudes', 'sextortion-blackmail'],
	]);

	firesNotFor([
		['swimming gala livestream kids about to jump in the pool', 'immediate-danger'],
		['before we jump to conclusions about the livestream', 'immediate-danger'],
		['scared to go home because of the snow', 'abuse-at-home'],
		['sharing location with friends on snap map', 'tracking-of-a-child'],
		['teacher at the school snapchat account was hacked', 'staff-conduct'],
		// Someone who says no one is in danger.
		['something odd is going on with a gaming account but nobody is in danger and I cannot tell what it is', 'immediate-danger'],
		// A knife in a picture is not sextortion; nor is training on it, nor a hacker's demand to give an account back.
		['pupil posted pic holding knife threatening', 'sextortion-blackmail'],
		['putting together staff training on sextortion after a few cases locally, who do schools report to', 'sextortion-blackmail'],
		['putting together staff training on sextortion after a few cases locally, who do schools report to', 'blackmail-of-an-adult'],
		['hacker has our football club account and we are being blackmailed for 200 pounds to get it back', 'sextortion-blackmail'],
	]);

	// A sweep of worst cases in my own words: a pin on a map and "pull up"; a rope in a child's room; a
	// teacher's friend request to a pupil and messages at night; a man who knows where a child lives;
	// a child asked to "go on cam"; a mother's partner coming into the bathroom; a relative's "game"
	// with no clothes on; a nursery practitioner's own sextortion (the adult's answer).
	firesInOtherWords([
		['someone put a pin on snapmap where he lives and wrote pull up', 'threats-weapons'],
		// The reread: "pull up" said by a man a child met online is still grooming.
		['older guy from tiktok keeps saying he will pull up to see her, year 9 girl', 'grooming'],
		['lad in S4 told his mate he has a rope in his room', 'self-harm-suicide'],
		['she said she keeps a rope under her bed', 'self-harm-suicide'],
		['teacher at our academy sent a year 10 girl a friend request on facebook and messages her at night', 'staff-conduct'],
		['a man from tiktok knows where the year 8 girl lives', 'grooming'],
		['boy in year 8 says a girl from another school has been asking him to go on cam and do stuff', 'grooming'],
		["girl says her mum's new partner keeps coming into the bathroom when she's in the shower", 'abuse-by-someone-they-know'],
		['wean in P5 says her big cousin makes her play a secret game with no clothes on', 'abuse-by-someone-they-know'],
		['nursery practitioner is being sextorted after a video call', 'blackmail-of-an-adult'],
	]);

	firesNotFor([
		['pull up the report on the house points', 'threats-weapons'],
		['pupil left a skipping rope in the PE room', 'self-harm-suicide'],
		['climbing rope in the gym room is frayed', 'self-harm-suicide'],
		["I'm a peripatetic drum teacher and a pupil's mum keeps sending me friend requests and messages on Facebook", 'staff-conduct'],
		['year 9 boy keeps asking her to go on live with him for tiktok dances', 'grooming'],
		['her cousin plays a secret game on roblox with her', 'abuse-by-someone-they-know'],
		['a man knows where the staff car park is', 'grooming'],
	]);

	it("reads a member of staff's ex-partner tracking her as the adult's case, and a girl's ex tracking her as the child's", () => {
		for (const query of ['One of our youth workers thinks her ex-partner has put a tracker on her phone', 'colleague thinks her ex is tracking her phone'])
			expect(matches(query)[0], query).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(matches('year 11 girl thinks her ex put an airtag in her bag')[0]).toMatchObject({ forAdult: false, concept: { id: 'tracking-of-a-child' } });
	});

	it("reads the nursery gate as a place, not a child: a parent's ex tracking her there is her own case", () => {
		expect(matches('I think my ex-husband has put tracking software on my phone because he keeps turning up at the nursery gate when I leave.')[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(ids('man waiting at the nursery gate asked a 4 year old for her snapchat')).toContain('grooming');
	});

	it('lists a pupil-address threat, or a group\'s, before a child scared to go home', () => {
		expect(firstConcept("an account posted a pin on our pupil's house and 'come see what happens Friday', she's too frightened to go home tonight")).toBe('pupil-address-with-threats');
	});
});

describe('session 43: the twenty-second and twenty-third safety sets read, in other words', () => {
	firesInOtherWords([
		['year 10 on a live in a car with older lads and he looks terrified', 'immediate-danger'],
		['they are taking him to get sorted out tonight', 'immediate-danger'],
		['her parents have arranged a marriage for her in the summer, she is in year 11', 'honour-based-abuse'],
		['S2 boy paid the scammer and they are still threatening him', 'sextortion-blackmail'],
		["a TA messaged a year 7 boy saying it's our secret, don't tell your mum", 'staff-conduct'],
		['a volunteer has been posting photos of the children on his own instagram with creepy comments', 'staff-conduct'],
		["year 7 girl's tutor asked her to change into her pyjamas on camera", 'grooming'],
		["year 6 girl showed me messages from her stepdad's brother asking her to keep secrets", 'abuse-by-someone-they-know'],
		['on a zoom lesson an adult grabbed the pupil by the hair', 'abuse-seen-on-a-call'],
		['her placement is meant to keep her away from her dad but he is messaging her on snapchat', 'child-in-care-contact'],
		['discord guy says hes my yr7s bf', 'grooming'],
		['lad in year 10 calls the mass shooter a hero', 'radicalisation'],
		['someone posted a pin of the house and wrote we know where u sleep, year 8 girl', 'pupil-address-with-threats'],
		['drill track naming a year 10 boy from our school', 'threat-from-a-group'],
		['S4 boy told the boys are going to kneecap him', 'threat-from-a-group'],
		['year 7 says the mic light on her phone keeps coming on', 'tracking-of-a-child'],
		['year 4 boy says he cant go home because his dad hit him', 'abuse-at-home'],
		['P2 child has bruises and says dad hit her', 'abuse-at-home'],
		['her dad films her crying when he punishes her, she is in P5', 'abuse-at-home'],
		['a girl wrote save me a seat under the tribute video after he died', 'after-a-pupils-death'],
		['our year 9 pupil died and his friend posted see you soon bro', 'after-a-pupils-death'],
		['pupil in a discord server sharing ways to do it and researching', 'self-harm-suicide'],
		["S3 girl's story says she won't be anywhere by monday", 'self-harm-suicide'],
		['16 year old selling his own content on a fan site', 'paid-for-sexual-images'],
		['lad sent noods now being asked for money', 'sextortion-blackmail'],
		['the chair of governors says there is unhealthy contact between a teacher and a year 10 girl', 'staff-conduct'],
		["concerning imagery of a pupil was found on a teacher's laptop", 'staff-conduct'],
		['she said a grown man sent her a rude picture on snap', 'adult-sent-a-sexual-image'],
		['yr9 says shes linking a 20yo from insta', 'grooming'],
		['reception child asked another child to lie down and do the naked video', 'sexual-behaviour-of-a-young-child'],
		['yr 9 girl was sending to her bf and now its everywhere', 'sexual-images-under-18'],
		['AI generated explicit content of a year 8 girl on a leaks account', 'sexual-images-under-18'],
		['message to the school office: tomorrow the school gets what it deserves', 'threat-to-attack-the-school'],
		["year 8 girl messaged 'ur getting stabbed monday'", 'threats-weapons'],
		['P6 pupils pressing on each others necks until they pass out', 'dangerous-challenge'],
		['dad does not know where she is and her phone is off', 'immediate-danger'],
		// The reread: someone who says no one is in danger, then that a child has gone missing; a knife
		// grabbed in food tech; a talk that brings news of a man outside.
		['nobody is in danger, but a year 8 girl has gone missing', 'immediate-danger'],
		["in food tech a year 9 grabbed a knife and said he'll stab himself now", 'immediate-danger'],
		['a police officer will come in and talk to the girl, she says a man is outside her house now', 'immediate-danger'],
		['boys sprayed deodorant on her and filmed her naked in the shower, year 8', 'sexual-images-under-18'],
	]);

	firesNotFor([
		['we use google meet for the online lesson now', 'immediate-danger'],
		['year 9 says its only pics of her feet', 'paid-for-sexual-images'],
		['pupil says she only paid for the pics of the school trip', 'paid-for-sexual-images'],
		["A pupil's gran died last week and he wants to post a memorial message", 'after-a-pupils-death'],
		['a former teacher of ours died and staff want a memorial page', 'after-a-pupils-death'],
		['risk assessment for knives in food tech now that year 8 do knife skills', 'immediate-danger'],
		['year 11 drama piece about a stabbing for the showcase', 'threats-weapons'],
		['boys acting out stabbing each other with rulers in a lesson on romeo and juliet', 'threats-weapons'],
		['someone to come in and talk about county lines for their citizenship project', 'criminal-exploitation'],
		['a year 13 wants to write her epq on online radicalisation', 'radicalisation'],
		['staff glossary of teen slang like unalive and noods for an inset', 'self-harm-suicide'],
		['Is it a crime for a pupil to share a sexual picture of a teacher?', 'staff-conduct'],
		['a pupil found my personal tiktok and shared my old videos, nothing sexual', 'staff-conduct'],
		['parents are posting photos of the children from the nativity on facebook', 'staff-conduct'],
		['a mum keeps sending the teacher friend requests', 'staff-conduct'],
		['kids breathing in deodorant spray, a boy filmed it in the toilets', 'sexual-images-under-18'],
		["he doesn't know where the tracker came from but it's in her bag", 'immediate-danger'],
		// "Placement" shares its stem with "place": only as typed.
		['parents separated, non-molestation order in place, dad has turned up at places she has been', 'child-in-care-contact'],
	]);

	// A last sweep in my own words: a message that "they have a video of her and will send it to the
	// governors"; a tracker put in a deputy head's glovebox (adults' answers); a child's dad posting a
	// video of her being smacked.
	it("gives an adult's answer for a head of year's blackmail and a deputy head's tracked car", () => {
		expect(matches('head of year got a message saying they have a video of her and will send it to the governors')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches("someone has put a bluetooth tracker in the glovebox of our deputy head's car")[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(ids('someone messaged a year 10 boy saying they have pics of him and will send them to his family')).toContain('sextortion-blackmail');
		expect(ids("year 7 girl's dad posted a video of her being smacked on facebook as a joke")).toContain('abuse-at-home');
		for (const query of ['we have a video of the nativity and will send it to families by email', 'she has photos of the school trip and will send them to the parents']) expect(ids(query), query).not.toContain('sextortion-blackmail');
		expect(ids('the dad posted a video of the match where his son was hit by the ball')).not.toContain('abuse-at-home');
	});

	it('reads "no pupils involved" as naming no child: a colleague\'s own blackmail is the adult\'s case', () => {
		const query = 'A colleague is being blackmailed over a video call and asked to pay £500. No pupils involved as far as we know.';
		expect(matches(query)[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(matches('a man sent a year 8 girl nudes, no pupils knew')[0]?.forAdult).toBe(false);
	});

	it("lists a pupil's death before self-harm when both fire: the answer after a death speaks to 'I'm next'", () => {
		expect(firstConcept("we lost a year 12 pupil to suicide and now a girl in his class posted 'I'm next'")).toBe('after-a-pupils-death');
	});
});

describe('the order of the words in a list (session 35: sent in alphabetical order, a lighter first file)', () => {
	const places = (file: typeof encoded) =>
		[file.unless, file.namesAChild ?? [], file.childHints ?? [], file.asOne ?? [], ...file.concepts.flatMap((concept) => [concept.patterns, concept.unless, concept.stillWhen, concept.questions, concept.concerns, concept.adult?.when ?? []])].flat().flatMap(([terms]) => terms.filter((place) => typeof place !== 'string'));

	it('sends every list of a pattern, and every list of `words`, in alphabetical order', () => {
		const lists = [...places(encoded), ...Object.values(encoded.words)];
		expect(lists.length).toBeGreaterThan(100);
		for (const list of lists) expect(list).toEqual([...list].sort());
	});

	it('reads every list the same in any order: the same answers, scores and order of answers for every safety query', () => {
		const turn = (patterns: ActNowPattern[]) => patterns.map(([terms, ...rest]): ActNowPattern => [terms.map((place) => (typeof place === 'string' ? place : [...place].reverse())), ...rest]);
		const reversed: typeof encoded = {
			...encoded,
			unless: turn(encoded.unless),
			namesAChild: turn(encoded.namesAChild ?? []),
			childHints: turn(encoded.childHints ?? []),
			asOne: turn(encoded.asOne ?? []),
			concepts: encoded.concepts.map((concept) => ({ ...concept, patterns: turn(concept.patterns), unless: turn(concept.unless), stillWhen: turn(concept.stillWhen), questions: turn(concept.questions), concerns: turn(concept.concerns), ...(concept.adult ? { adult: { ...concept.adult, when: turn(concept.adult.when) } } : {}) })),
			words: Object.fromEntries(Object.entries(encoded.words).map(([name, list]) => [name, [...list].reverse()])) as typeof encoded.words,
		};
		expect(places(reversed)).not.toEqual(places(encoded));
		const queries = [safety, safety4, safety5, safety6, safety7, safety8, safety9, safety10, safety11, safety12, safety13, safety14, safety15, safety16, safety17, safetyStaff, safetyWorst, independent].flatMap((set) => (set.queries as SafetyQuery[]).map((query) => query.query));
		expect(queries.length).toBeGreaterThan(500);
		const answers = (file: typeof encoded, query: string) => matchActNow(query, file, { misspellings, synonyms: groups }).map(({ concept, forAdult, score }) => [concept.id, forAdult, score]);
		let fired = 0;
		for (const query of queries) {
			const expected = answers(encoded, query);
			if (expected.length > 0) fired += 1;
			expect(answers(reversed, query), query).toEqual(expected);
		}
		expect(fired).toBeGreaterThan(300);
	}, 120_000);
});


const LETTERS = [...'abcdefghijklmnopqrstuvwxyz#'];

/** Every word one edit (`editDistance`) from `word`, `word` itself included ("#" for any letter not a to z) */
function oneEditFrom(word: string): Set<string> {
	const words = new Set([word]);
	for (let at = 0; at <= word.length; at += 1) {
		const [before, rest] = [word.slice(0, at), word.slice(at)];
		for (const letter of LETTERS) {
			words.add(before + letter + rest);
			if (rest !== '') words.add(before + letter + rest.slice(1));
		}
		if (rest !== '') words.add(before + rest.slice(1));
		if (rest.length >= 2) words.add(before + rest[1] + rest[0] + rest.slice(2));
	}
	return words;
}
describe('the slip targets, in the order the first file sends them (session 35)', () => {
	const inConceptOrder = conceptSlipTargets(actNow);
	const sent = encoded.slipTargets ?? [];
	/**
	 * A slip is read as the first target one edit from it (`editDistance` at most 1, and more besides),
	 * so two targets read as different terms that one word is a slip of must come in the concepts'
	 * order. Returns the pairs that `order` swaps, with the word, trying every word one edit from a target.
	 */
	const swappedPairs = (order: readonly string[]) => {
		const place = new Map(order.map((target, n) => [target, n]));
		const near = new Map<string, string[]>();
		for (const target of inConceptOrder) for (const word of oneEditFrom(target)) near.set(word, [...(near.get(word) ?? []), target]);
		const swapped: string[] = [];
		for (const [word, targets] of near) {
			const ordered = targets.filter((target) => editDistance(word, target, 1) <= 1);
			for (let a = 0; a < ordered.length; a += 1) {
				for (let b = a + 1; b < ordered.length; b += 1) {
					if (termOf(ordered[a]) !== termOf(ordered[b]) && (place.get(ordered[a]) ?? 0) > (place.get(ordered[b]) ?? 0)) swapped.push(`${word}: ${ordered[a]} / ${ordered[b]}`);
				}
			}
		}
		return swapped;
	};

	it("finds every word one edit from a target (all words of the target's letters and one more, up to one letter longer)", () => {
		for (const target of ['ab', 'abc', 'aab']) {
			const letters = [...new Set([...target, 'z', '#'])];
			let words = [''];
			const all: string[] = [];
			for (let length = 1; length <= target.length + 1; length += 1) {
				words = words.flatMap((word) => letters.map((letter) => word + letter));
				all.push(...words);
			}
			const found = oneEditFrom(target);
			expect(all.filter((word) => editDistance(word, target, 1) <= 1).filter((word) => !found.has(word))).toEqual([]);
			expect([...found].filter((word) => editDistance(word, target, 1) > 1)).toEqual([]);
		}
	});

	it('sends every target once, mostly in alphabetical order', () => {
		expect([...sent].sort()).toEqual([...inConceptOrder].sort());
		expect(sent.filter((target, n) => n > 0 && target < sent[n - 1]).length).toBeLessThan(sent.length / 5);
		expect(sent).not.toEqual(inConceptOrder);
	});

	it('keeps in the concepts\' order every two targets one slip could be read as, when they are read as different terms', () => {
		expect(swappedPairs(sent)).toEqual([]);
		// Alphabetical order alone would swap some: the test can fail.
		expect(swappedPairs([...inConceptOrder].sort()).length).toBeGreaterThan(0);
	}, 300_000);

	it('reads the targets back from the first file as they were', () => {
		expect(unpackActNow(packActNow(encoded)).slipTargets).toEqual(sent);
		expect(packActNow(encoded).slip?.length).toBeLessThan(sent.join(' ').length * 0.85);
	});
});

describe('session 44: the twenty-fourth and twenty-fifth safety sets and held-out 31 and 32 read, in other words', () => {
	firesInOtherWords([
		// A child on a livestream taking pills or saying goodbye; stuck in a stranger's car; "I don't know
		// these men"; an adult kicking a door in while the child hides.
		['pupil on insta live taking pills', 'immediate-danger'],
		['boy in year 9 went live on instagram saying goodbye', 'immediate-danger'],
		['cub scout stuck in a strangers van, texted help', 'immediate-danger'],
		["s3 girl messaged 'i dont know these lads, come get me'", 'immediate-danger'],
		['her stepdad is kicking her bedroom door and she is hiding under the bed, year 6', 'immediate-danger'],
		// An online group that "owns" a child or orders them to cut.
		['year 8 boy says he is owned by a discord server and they make him do things', 'online-group-coercion'],
		['telegram group ordering a year 9 girl to cut herself', 'online-group-coercion'],
		// Photos from the scene of a pupil's death; "wait for me bro".
		['year 11 lad killed on the motorway, pupils sharing photos taken at the scene', 'after-a-pupils-death'],
		["after he died his best mate posted 'wait for me bro'", 'after-a-pupils-death'],
		// Welsh words for wanting to die; "not here for much longer".
		["pupil wrote 'dwi eisiau marw' in her planner", 'self-harm-suicide'],
		["year 10 boy's bio says not here for much longer", 'self-harm-suicide'],
		// Game currency for pictures; gifts if a child does things on camera.
		['man giving a year 6 boy vbucks for pics', 'paid-for-sexual-images'],
		['someone online bought her a phone if she did things on cam, she is 13', 'paid-for-sexual-images'],
		['year 10 says her rishta has been fixed and she is leaving after exams', 'honour-based-abuse'],
		// A member of staff who "has been" messaging a pupil; staff photographing children on their own phone.
		['our drama teacher has been snapchatting a year 9 boy every night', 'staff-conduct'],
		['a practitioner took photos of the babies on her own phone at nap time', 'staff-conduct'],
		['year 7 says a man on a video chat site showed himself on camera', 'adult-sent-a-sexual-image'],
		// Someone the child knows: an uncle wanting pictures, a parent's friend photographing a child, a
		// brother's mate making a child send videos, a secret kept with "mummy will be angry".
		['uncle wants pics and says dont tell nain', 'abuse-by-someone-they-know'],
		["p4 boy says his mum's friend takes photos of him in the bath", 'abuse-by-someone-they-know'],
		['year 8 says her brothers mate made her send him videos', 'abuse-by-someone-they-know'],
		["year 6 girl says the coach told her not to tell her mummy or she'll get jealous", 'abuse-by-someone-they-know'],
		['his dad smacked him during the teams lesson, year 4', 'abuse-seen-on-a-call'],
		['year 9 lad watching daesh channels all night', 'radicalisation'],
		['year 10 boy says migrants should be deported or gassed', 'radicalisation'],
		["a P1 girl said that's what the grown ups do in the videos", 'sexual-behaviour-of-a-young-child'],
		['3 year old at our cylch meithrin, sexual play with a tablet', 'sexual-behaviour-of-a-young-child'],
		// Emoji read as words: a knife beside an address, a gun beside "don't come in".
		['year 8 boy, someone shared his address with 🔪', 'pupil-address-with-threats'],
		['they put a year 7s address in the discord and are sending lads round', 'pupil-address-with-threats'],
		["year 9 posted 'dont come in monday 🔫'", 'threat-to-attack-the-school'],
		['he said he is taking a knife into school tomorrow, year 10', 'threat-to-attack-the-school'],
		['video of a year 9 being slapped put on a local fights page', 'filmed-assault'],
		['a youtuber filming pranks on year 8 girls outside the gates', 'stranger-filming-children'],
		['drone filming the children in our nursery garden', 'stranger-filming-children'],
		['a drill video threatening a year 11 boy', 'threat-from-a-group'],
		['hoods are threatening a 16 year old', 'threat-from-a-group'],
		['found an app on her phone that we never installed, year 8', 'tracking-of-a-child'],
		["p2 boy came in with bruises and said mummy will be angry if he tells", 'abuse-at-home'],
		['year 3 said his da skelped him with a belt', 'abuse-at-home'],
		["pupil's mum texted that she cannot protect her from him", 'abuse-at-home'],
		['lad in year 9 getting offered cash to run packages', 'criminal-exploitation'],
		['a stranger dming year 6 girls on tiktok', 'grooming'],
		["a man telling my 11yo he's her boyfriend", 'grooming'],
		['year 10 boy sent it to her and now she says she will post it unless he sends 50 quid', 'sextortion-blackmail'],
	]);

	firesNotFor([
		['dad hit the ball on the teams away day', 'abuse-seen-on-a-call'],
		['our minibus has a gps tracker fitted for insurance', 'tracking-of-a-child'],
		['we have fitted a tracker to the club minibus, do parents need telling?', 'tracking-of-a-child'],
		['a dad was taking photos of the children on his own phone at the nativity', 'staff-conduct'],
		['the gc for the netball team has tasks for the video project', 'online-group-coercion'],
		['trip costs 20 pounds, unless the consent form is sent back they cannot go', 'sextortion-blackmail'],
		['the class want to send her a card after her gran died', 'sextortion-blackmail'],
		['staff got a scam email asking for gift cards, no attachments or pictures', 'blackmail-of-an-adult'],
		['planning a parents information evening on why teens share nudes', 'sexual-images-under-18'],
		['s3 class debate on knife crime sentences', 'threats-weapons'],
		['year 8s shout gonna kill you at each other playing among us', 'threats-weapons'],
		['one of our schools had a staff email taken over, who do we need to tell, parents are angry', 'abuse-by-someone-they-know'],
		['posted the address of the venue, see you there', 'threats-weapons'],
		// Adults' answers that fired on everyday cases (held by the safety 22 and 23 controls).
		['our transport manager wants to fit gps trackers to the two school minibuses, is it a gdpr issue', 'tracking-of-an-adult'],
		["staff want the duke of edinburgh expedition groups to share their live location with the supervisor's phone", 'tracking-of-an-adult'],
		["the school's instagram was hacked and is posting crypto, no pupil photos were changed", 'intimate-image-of-an-adult'],
		['her uncle checks her phone and says she will be sent home if it happens again, things are worse since she came to me', 'paid-for-sexual-images'],
		['offering cash for the fun run, collect the race packs at reception', 'criminal-exploitation'],
		['someone dming year 9 parents about the trip', 'grooming'],
		['a parent volunteer at our cylch says her ex shared intimate photos of her', 'sexual-images-under-18'],
		// Long notes whose words met a rule far apart: a house a boy won't leave, a tack room, a camp
		// leader, a screenshot kept as evidence.
		["S2 boy battered after the disco and the video is on tiktok, he won't leave the house", 'pupil-address-with-threats'],
		["a 12 year old was held down in the tack room and filmed, her parents don't know", 'abuse-by-someone-they-know'],
		['camp leader here, 12 year olds filming themselves doing a jump challenge off the pier', 'online-group-coercion'],
		["a 15 year old's nude was posted in a snapchat group and the coach kept a screenshot as evidence", 'online-group-coercion'],
	]);

	it("gives an adult's own case the adult's answer: a wife to be told, a coach blackmailed, the Boys' Brigade's volunteer, an ALNCo, a GPS box under a car", () => {
		const adultFirst = (query: string) => matches(query)[0];
		expect(adultFirst("our TA says a woman he met online recorded their call and wants money or she'll send it to his wife")).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(adultFirst('our hockey coach is being blackmailed over a video from a call')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(adultFirst("a colleague who helps at the girls' brigade got an email saying they hacked her webcam and she must pay in bitcoin")).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(adultFirst('our alnco says intimate photos of her were shared by her ex')).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(adultFirst('a TA found a gps box under her car bumper')).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(adultFirst("a dad put our ta's home address on facebook and wrote see you there")).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		// A child named is still the child's case.
		expect(adultFirst("a boy in our boys' brigade company is being blackmailed over nudes")).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(firstConcept('the football coach keeps messaging her on snapchat')).toBe('grooming');
	});

	it("still fires where this session's unless rules met a real case in their words (the reread)", () => {
		// A gift card sent to a blackmailer, a threat shouted "at each other" in a corridor, a threat
		// after a stabbing told beside a knife crime lesson.
		expect(ids('he sent them a 50 pound gift card and they still want more nudes, year 9')).toContain('sextortion-blackmail');
		expect(ids('they want him to send them a card or they post his pics, year 9')).toContain('sextortion-blackmail');
		expect(ids('they keep threatening to stab him, shouting it at each other in the corridor, year 10')).toContain('threats-weapons');
		expect(ids('after the stabbing of a year 10 we are doing knife crime awareness and he says they will get him next')).toContain('threats-weapons');
	});

	it("reads a threat to wait for a member of staff as the staff member's case, and a tracker with a man following pupils as tracking", () => {
		expect(matches("dad posted that he'll be waiting for Mr Evans in the car park and put his address up")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(ids('saw a tracker under the minibus, a man has been following our year 9s')).toContain('tracking-of-a-child');
		expect(ids('found a tracker on the minibus and a man has been following our year 9 girls')).toContain('tracking-of-a-child');
		expect(ids('a video of a year 9 girl changing in the toilets was shared round')).toContain('sexual-images-under-18');
	});
});

describe('session 45: the twenty-sixth and twenty-seventh safety sets and held-out 33 and 34 read, in other words', () => {
	firesInOtherWords([
		// "Jumping NOW", an overdose on a livestream, a pupil being beaten now.
		['year 7 texted his mate hes jumping NOW', 'immediate-danger'],
		['s4 boy livestreaming himself overdosing', 'immediate-danger'],
		['year 9 boy getting battered behind the sports hall now', 'immediate-danger'],
		// An app that lets someone see where a child goes; a phone sending a child's location; a
		// stranger's "enjoy your walk home".
		["an app on a year 8's phone lets her stepdad's brother see where she goes", 'tracking-of-a-child'],
		["s1 boy's phone sends his location and messages to someone he met on discord", 'tracking-of-a-child'],
		['year 9 got a message saying enjoy your walk home', 'tracking-of-a-child'],
		['telegram grp forcing a year 8 to selfharm', 'online-group-coercion'],
		['our s2 is in a 764 gc', 'online-group-coercion'],
		// A monitoring alert asking for a lethal dose.
		["'how many co-codamol does it take' flagged on a y11 laptop", 'self-harm-suicide'],
		['13 yo sexual live for gifts on tiktok', 'paid-for-sexual-images'],
		['year 11 girl selling pics on snap', 'paid-for-sexual-images'],
		// A hacker holding a child's pictures; a child's own words to a blackmailer.
		['y8 discord taken over, hacker has his pics and wants more', 'sextortion-blackmail'],
		["year 9 typed 'please dont share it ill pay you friday'", 'sextortion-blackmail'],
		// Streaks, shared location and private voice notes between staff and a pupil.
		['a PE teacher has snapchat streaks with a year 11 girl', 'staff-conduct'],
		['the science technician has had life360 on with a year 12 girl', 'staff-conduct'],
		['one of our volunteer youth workers in Dundee has been sending a 16-year-old private voice notes', 'staff-conduct'],
		['mums bf askin 12yo for pics', 'abuse-by-someone-they-know'],
		// A secret kept about "us"; a man from a game or a dating app wanting to meet a child.
		["chat log from a year 5 girl: 'i wont tell anyone about us i promise'", 'grooming'],
		['a man from fortnite wants to meet my son on saturday', 'grooming'],
		['s5 boy meeting guy from grindr', 'grooming'],
		// Money flipping, dealing "for olders", dropping parcels.
		['year 9 money flipping on insta and now he owes them', 'criminal-exploitation'],
		['year 10 lad selling for olders', 'criminal-exploitation'],
		['16 year old apprentice dropping parcels for older lads', 'criminal-exploitation'],
		['year 11 boy posting about defending our race', 'radicalisation'],
		['s3 making memes of jews being gassed', 'radicalisation'],
		// Words a nursery child heard on a parent's device.
		["nursery child acting out sex, words she heard on mummy's phone videos", 'sexual-behaviour-of-a-young-child'],
		["auto-scan flagged possible nudity on a year 8's upload", 'sexual-images-under-18'],
		['year 10 typed im bringing a gun into assembly', 'threat-to-attack-the-school'],
		['minecraft map of our school with tnt in every classroom', 'threat-to-attack-the-school'],
		["year 11 boy named in a drill track, they say he's getting dropped", 'threat-from-a-group'],
		["pls dont tell my mam about the bruise, year 3 said", 'abuse-at-home'],
		['young carer, 15, scared to go home tonight', 'abuse-at-home'],
		['there is a suspicious package near the school building', 'threat-to-attack-the-school'],
		// A pupil's own words about a teacher adding them still fire (the staff-conduct rule for
		// teenagers adding a youth worker names who adds whom).
		['my teacher keeps adding me on snap, im in year 8', 'staff-conduct'],
	]);

	firesNotFor([
		// Meetings of staff and governors "tonight"; an iPad taken home read as "tablets taken".
		['we have a staff meeting tonight about the phone policy', 'immediate-danger'],
		['governors meeting today to discuss online safety', 'immediate-danger'],
		["p6 took a school ipad home and her mum cant log in", 'immediate-danger'],
		// A bomb threat's "children will die" is not a death.
		['bomb threat email said children will die at 2pm', 'after-a-pupils-death'],
		// A monitoring alert read while the pupil is safe in class, and "ring home" read as a call.
		["monitoring flagged a self-harm video she watched, she's in form now, do I ring home first", 'immediate-danger'],
		['found an airtag on a year 3 bag, mum put it there in case it gets lost', 'tracking-of-a-child'],
		['photography club planning a portrait shoot', 'threats-weapons'],
		['catering students bring their own knife kits, what is the policy', 'threats-weapons'],
		['photography student paid for taking wedding photos for her portfolio', 'sextortion-blackmail'],
		['staff INSET on deepfakes and nudify apps, need a slide on the law in Wales', 'intimate-image-of-an-adult'],
		['teaching sextortion awareness to s4, any good resources', 'sextortion-blackmail'],
		// Everyday questions in the general sets that fired an answer: "devices in a school" read as a
		// bomb, the Addressing Bullying in Schools Act read as an address, "before I comment", a pupil
		// using a parent's bank card in a scam, staff added by teenagers, "I see pupils" and "put it
		// there" beside a pupil's address with no threat.
		['as network manager, what filtering do we need on the hwb devices in our school', 'threat-to-attack-the-school'],
		['governors want to know where the line is: year 10 girls left one girl out of a chat, is it bullying under the addressing bullying in schools act', 'pupil-address-with-threats'],
		["I'm replying to a reporter about a video of pupils mocking a teacher. Before I comment, what line do we take?", 'staff-conduct'],
		["a p6 gave his dad's bank card details to a site selling cheap vbucks", 'criminal-exploitation'],
		['youth club worker, teens keep adding me on snapchat', 'staff-conduct'],
		['careers adviser, I see pupils one to one; a year 11 found her CV with her home address on a jobs site and never put it there', 'pupil-address-with-threats'],
		['careers adviser, I see pupils one to one; a year 11 found her CV with her home address on a jobs site and never put it there', 'threats-weapons'],
	]);

	it('gives the more specific answer first where two fire', () => {
		// A relative's sexual messages: the answer for someone the child knows (do not tell the family).
		expect(firstConcept('uncle sending our 17yo sexual msgs')).toBe('abuse-by-someone-they-know');
		// A pupil's threat with a knife by the gates, not a stranger filming there.
		expect(firstConcept("a pupil posted a photo of a blade saying he'll do someone at the gates")).toBe('threats-weapons');
		// A child paying in gift cards is being blackmailed, not paid.
		expect(firstConcept('year 10 has been paying someone in amazon gift cards after sending a video')).toBe('sextortion-blackmail');
		// Shut in the shed "when I'm bad": harm at home, before the child goes home.
		expect(firstConcept("year 4 says her dad locks her in the shed when she's bad")).toBe('abuse-at-home');
		// An AirTag from a 19-year-old ex: tracking's answer (do not remove it yet).
		expect(firstConcept("year 10 girl keeps getting airtag found moving with you alerts, thinks her 19 year old ex put it there")).toBe('tracking-of-a-child');
		expect(firstConcept('a year 12 learner is being sent incel forum posts by an older man')).toBe('radicalisation');
		expect(firstConcept("a year 6 said he'll bring his dad's gun and shoot me, about a boy from our school")).toBe('threats-weapons');
		expect(firstConcept('bomb threat email said children will die at 2pm')).toBe('threat-to-attack-the-school');
	});

	it("still fires where this session's unless rules meet a real case in their words (the reread)", () => {
		// A child shut in now; a man paying children in vouchers; a photography student blackmailed; a
		// man's AirTag "in case she gets lost"; a threat in photography club or with a knife kit; a case
		// told beside INSET or a request for resources; a teacher commenting on a pupil's posts; pupils'
		// pictures sold.
		expect(ids("dad locks me in the shed when im bad and im locked in now")).toContain('immediate-danger');
		expect(ids('a man paid them in amazon vouchers for pics, year 9 girls')).toContain('paid-for-sexual-images');
		expect(ids('a photography student is being blackmailed with her nudes, year 12')).toContain('sextortion-blackmail');
		expect(ids('a man gave her an airtag in case she gets lost, year 8')).toContain('tracking-of-a-child');
		expect(ids("in photography club a year 10 said he'd stab us")).toContain('threats-weapons');
		expect(ids('he brought his knife kit from catering and threatened to stab a year 9')).toContain('threats-weapons');
		expect(ids("sorry, at INSET on Monday; a Year 8 girl's nudes are going round")).toContain('sexual-images-under-18');
		expect(ids('a Year 9 is self-harming, any good resources for supporting her?')).toContain('self-harm-suicide');
		expect(ids('teacher keeps commenting on a year 9 girls posts')).toContain('staff-conduct');
		expect(ids('year 10 boys selling pics of the year 8 girls on snap')).toContain('paid-for-sexual-images');
		// And the everyday cases they were written for still do not.
		expect(ids('resources to teach year 8 about grooming')).toEqual([]);
	});

	it("gives an adult's own case the adult's answer: a parent's children said not to be in it, a head's address with 'see you tonight', 'we know where you sleep', a student teacher", () => {
		const adultFirst = (query: string) => matches(query)[0];
		expect(adultFirst('a parent is being blackmailed over pics by someone she met online, nothing to do with her kids')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(adultFirst("a parent posted the principal's home address saying see you tonight")).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(adultFirst("ex-pupils posted our computing teacher's home address, we know where you sleep")).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(adultFirst('our student teacher is being sextorted')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// A child named, not said to be out of it, is still the child's case.
		expect(adultFirst('someone is blackmailing her daughter with nudes, year 9')).toMatchObject({ forAdult: false });
	});
});


describe('session 46: the twenty-eighth and twenty-ninth safety sets and held-out 35 and 36 read, in other words', () => {
	firesInOtherWords([
		["my son just rang from a van with some men he doesnt know", 'immediate-danger'],
		["year 8 on a live, took a whole box of tablets", 'immediate-danger'],
		["clip of a boy dying being shared in the year 10 chat", 'after-a-pupils-death'],
		["y10 boy giving away all his skins and accounts", 'self-harm-suicide'],
		["year 8 wrote wont b here much longer on her story", 'self-harm-suicide'],
		["s4 girl made a playlist for my funeral on spotify", 'self-harm-suicide'],
		["yr 9 took the whole strip of paracetamol", 'self-harm-suicide'],
		["y11 lass paid 4 nudes on snap", 'paid-for-sexual-images'],
		["our 15 year old gets vapes and nails from older lads, her mate says thats just for pics", 'paid-for-sexual-images'],
		["year 10 boy already sent them 50 quid and they want more", 'sextortion-blackmail'],
		["someone told a y9 girl to send pics or theyll make a fake nude of her", 'sextortion-blackmail'],
		["a supply teacher says he's texting a year 12 girl but she is 17 so its fine", 'staff-conduct'],
		["p7 boy says his cousin makes him strip", 'abuse-by-someone-they-know'],
		["adopted year 6 girl, her birth sister found her on fortnite", 'child-in-care-contact'],
		["y6 meetin a fortnite frend on sunday", 'grooming'],
		["a year 7 is meeting up with someone off discord after school", 'grooming'],
		["a stranger keeps messaging year 6 boys asking for their snapchat", 'grooming'],
		["a man on minecraft who buys her skins and told her to delete the chats, she's 11", 'grooming'],
		["s3 girls bf turned out to be 23", 'grooming'],
		["year 9 girl being love bombed by a man on insta", 'grooming'],
		["p5 says a man video calls him on the xbox at night", 'grooming'],
		["yr 8 carrying parcels for older lads", 'criminal-exploitation'],
		["year 10 in debt to dealers, scared", 'criminal-exploitation'],
		["s4 boy posting train tickets and wads of cash on snap, off school", 'criminal-exploitation'],
		["year 11 boy idolises school shooters on tiktok", 'radicalisation'],
		["a y10 keeps posting a shooter's manifesto in the form chat", 'radicalisation'],
		["year 11 lad says women are the problem and shares andrew tate", 'radicalisation'],
		["reception child using sexual words she heard at home", 'sexual-behaviour-of-a-young-child'],
		["a sexual vid of a year 9 is going round", 'sexual-images-under-18'],
		["a y8s address and street posted with pull up", 'pupil-address-with-threats'],
		["anonymous post says big surprise at our school tomorrow", 'threat-to-attack-the-school'],
		["bomb threat posted under a photo of the school, says it goes off at 2", 'threat-to-attack-the-school'],
		["year 11 boy in belfast, a group warned him to get out of the area", 'threat-from-a-group'],
		["p6 says shes scared to go home tonight", 'abuse-at-home'],
		["year 5 boy has bruises on his neck and went quiet", 'abuse-at-home'],
		["y4 says his stepdad is gonna kill him", 'abuse-at-home'],
		["a tracker was hidden inside a year 7 girl's teddy", 'tracking-of-a-child'],
		["a man threatened to come to the school and finish him, year 9", 'threats-weapons'],
	]);

	firesNotFor([
		["social worker asking whether the bullying of a year 8 meets threshold, he is refusing school now", 'immediate-danger'],
		["nobody's in danger, a parent keeps filming our lessons from home", 'immediate-danger'],
		["a mum says a fake facebook page of our club looks real and is asking parents for money", 'child-in-care-contact'],
		["I want to run a twilight session for staff on the signs of grooming", 'grooming'],
		["a parent texted me asking who sends him money for the trip", 'grooming'],
		["is it a crime for a pupil to share a sexual picture of a teacher", 'staff-conduct'],
		["peer on peer sexual harassment on snap keeps coming up in year 9", 'sexual-images-under-18'],
		["gcse media lesson on deepfakes and misinformation", 'sexual-images-under-18'],
		["good examples of deepfakes to show year 11", 'sexual-images-under-18'],
		["gps tracker for the school minibus fleet", 'tracking-of-a-child'],
		["airtags on the school ipads so they stop going missing", 'tracking-of-a-child'],
		["year 10s filmed a teacher doing a chicken impression and he was in on it", 'filmed-assault'],
		["scammers rang parents demanding unpaid trip fees, no images or threats", 'sextortion-blackmail'],
		["staff whatsapp group row about cover, nothing about pupils", 'staff-conduct'],
		["year 9 photo bombed the class photo", 'threat-to-attack-the-school'],
		["several year 7s had marks on their necks from a blackout challenge", 'abuse-at-home'],
		["a year 9 girl says an older boy is love bombing her", 'threats-weapons'],
		["parents said they will come to the school and sort it at parents evening", 'threats-weapons'],
		['resources for an after school session on grooming', 'grooming'],
		["her stepdad said if she messages her real dad again she'll find out what happens", 'child-in-care-contact'],
		["the game's age rating is 16 so its fine for our year 11s?", 'staff-conduct'],
		['a year 7 bought a phone from a man on facebook marketplace', 'paid-for-sexual-images'],
		['she was in a car with people she does know, her aunt and uncle', 'immediate-danger'],
		['my year 8 asked which shooter game has the best multiplayer', 'radicalisation'],
		['year 7s carrying heavy bags up the stairs', 'criminal-exploitation'],
		['year 10 trip to london, train tickets and cash for lunch', 'criminal-exploitation'],
		['a year 7 is scared going home in the dark past the park', 'abuse-at-home'],
		["we're meeting people from snapchat's safety team about our pupils", 'grooming'],
	]);

	it("still fires where this session's unless rules meet a real case in their words (the reread)", () => {
		// A meeting tonight asked about as a threshold; a man outside a child's house now, whatever was
		// said before; a child shut in now; a man buying a child robux, told by a parent.
		expect(ids('a 14 year old is meeting a man from snapchat tonight, does this meet threshold?')).toContain('immediate-danger');
		expect(ids("y8 girl says nobody's in danger but a man is outside her house now")).toContain('immediate-danger');
		expect(ids('her stepdad locks her in her room and she is locked in now')).toContain('immediate-danger');
		expect(ids('a man who buys him robux, a parent texted me about it')).toContain('grooming');
		// A tracker on the school minibus put there to follow pupils; a leak of "files" holding a
		// child's nudes; bruises on a child's neck explained away as a choking game.
		expect(ids('someone put an airtag on the school minibus to follow our year 9 girls')).toContain('tracking-of-a-child');
		expect(ids('they will leak the files with her nudes unless she pays')).toContain('sextortion-blackmail');
		expect(ids('bruises on her neck, stepdad says it was a choking game')).toContain('abuse-at-home');
	});

	it('reads a lesson or an assembly as the time of a story after "after", "since", "during" or "following"', () => {
		// The file's own unless rules (a lesson, training) hid these before.
		expect(ids('after our lesson on deepfakes a year 10 made a deepfake nude of a girl in his class')).toContain('sexual-images-under-18');
		expect(ids('during the pshe lesson on sextortion a y10 got a message demanding money for his pics')).toContain('sextortion-blackmail');
		// A lesson asked for is still a lesson.
		expect(ids('our lesson on deepfakes for year 10')).toEqual([]);
	});

	it("gives the child's answer when a child is pictured beside an adult's own case", () => {
		expect(firstConcept('someone posted a fake nude of our head of maths and a real nude of a year 9 girl in the same group')).toBe('sexual-images-under-18');
		// An adult harmed by pupils, with no child pictured, is left to the ordinary results as before.
		expect(childMatches('pupils made a deepfake nude of Miss R and shared it in the year 10 chat')).toEqual([]);
		// Indecent images of children on a staff laptop stay the allegation's: its answer first, and never
		// the adult's. (The child's answer may follow it, as for "indecent images found on teachers laptop";
		// since session 60 a child named in an adult's `when` ends its gap, so "of children on a staff
		// laptop" is no longer read as an image "of a" member of staff.)
		expect(ids('filtering flagged searches for indecent images of children on a staff laptop')[0]).toBe('staff-conduct');
		expect(ids('filtering flagged searches for indecent images of children on a staff laptop')).not.toContain('intimate-image-of-an-adult');
	});

	it("gives an adult's own case the adult's answer when the children are said to be fine or grown up", () => {
		const adultFirst = (query: string) => matches(query)[0];
		expect(adultFirst('our TA is being sextorted, the kids are fine')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(adultFirst('the head is being blackmailed over a video call, his kids are grown up')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// A child named and not said to be fine is still the child's case.
		expect(adultFirst('a man sent our pupil a dick pic, she is fine but shaken')).toMatchObject({ forAdult: false });
		expect(adultFirst('the kids are fine but someone is blackmailing a year 9 with nudes')).toMatchObject({ forAdult: false });
		// A question about a child is not a word that the child is out of it.
		expect(ids('the teacher asked if the girl was fine and then asked her for pics')).toContain('staff-conduct');
	});
});

describe('session 47: the thirtieth and thirty-first safety sets and held-out 37 and 38 read, in other words', () => {
	firesInOtherWords([
		["y10 lad paid twice and still want more", 'sextortion-blackmail'],
		["an account offered a year 10 boy 300 quid to hold money in his bank account", 'criminal-exploitation'],
		["y10 posting stacks of cash saying he's working now", 'criminal-exploitation'],
		["pic of a gun on a year 9's story saying tomorrow at school", 'threat-to-attack-the-school'],
		["a year 8 has a list of names called who goes first", 'threat-to-attack-the-school'],
		["drill vid names a y10", 'threat-from-a-group'],
		["a year 11 named on a facebook page as a tout, it says he'll be dealt with", 'threat-from-a-group'],
		["two 13 year olds in a game chat, one said he'd come round and kill him", 'threats-weapons'],
		["year 9 boy says he'll bring something in for the kids who keep picking on him", 'threats-weapons'],
		["a year 10 found location sharing switched on with a number she doesn't know", 'tracking-of-a-child'],
		["a p4 keeps getting messages telling her where she has been after school", 'tracking-of-a-child'],
		["the p3 says her smartwatch location is shared with someone", 'tracking-of-a-child'],
		["s2 girl says her stepdad told her she'll get it when he's home", 'abuse-at-home'],
		["p1 says mummy slapped her with the remote and she has a mark on her arm", 'abuse-at-home'],
		["y3 says her mum's partner hurts her", 'abuse-at-home'],
		["year 10 posted wait for me after her friend's funeral", 'after-a-pupils-death'],
		["p6 wrote that he wants to be with his nan who died", 'self-harm-suicide'],
		["y8 boy gets robux codes if he sends pics in his pants", 'paid-for-sexual-images'],
		["a mum showed me a dm from a teaching assistant to her year 4 son that says our secret", 'staff-conduct'],
		["a man on a video chat site got his private parts out in front of a year 5", 'adult-sent-a-sexual-image'],
		["p4's babysitter asked her for photos in the bath", 'abuse-by-someone-they-know'],
		["y4 uncle sending him photos", 'abuse-by-someone-they-know'],
		["during a zoom lesson a man dragged a year 4 off her chair screaming", 'abuse-seen-on-a-call'],
		["nursery child told the others to take their clothes off", 'sexual-behaviour-of-a-young-child'],
		["a post says a p7's house will be burnt", 'pupil-address-with-threats'],
		["someone filmed our foundation phase children at the park on a trip", 'stranger-filming-children'],
		["a p5 says a man is outside her hoose", 'immediate-danger'],
		["an s3 girl is getting paid by someone on snap for pictures", 'paid-for-sexual-images'],
		["an older lad on fortnite gave a y6 v-bucks and asked for pics", 'paid-for-sexual-images'],
		["mr x from pe has been following loads of year 10 girls and liking their photos", 'staff-conduct'],
		["a year 8 girl's private piano teacher keeps messaging her late at night", 'abuse-by-someone-they-know'],
	]);

	it("gives an adult's own case the adult's answer: a threat to a member of staff, staff tracked by texts", () => {
		expect(matches("a parent posted our deputy's address and says they'll be round tonight")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("an ex-pupil, 20, keeps messaging our ta saying he'll end her")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("parent threatening our pennaeth, posted her address")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("our office manager keeps getting texts telling her where she's been")[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
	});

	firesNotFor([
		["training on AI nude apps for the parents' evening", 'sexual-images-under-18'],
		["s3 class debate on whether deepfakes should be banned", 'sexual-images-under-18'],
		["we're updating the policy on pupils threatening staff", 'threats-weapons'],
		["a pupil's hacked account changed her bio, no photos were taken or shared", 'sexual-images-under-18'],
		["what is a nudify app", 'sexual-images-under-18'],
		["a sextortion poster for the staff room", 'blackmail-of-an-adult'],
		["how do airtags work for lost luggage on the year 7 trip", 'tracking-of-a-child'],
		["we put airtags in the football kit bags for the under 12s", 'tracking-of-a-child'],
		["can i put an airtag in my p1's bag for the trip", 'tracking-of-a-child'],
		["p5s playing among us shouting you killed me", 'threats-weapons'],
		["year 9 made bath bombs, can we post the video", 'sexual-images-under-18'],
		["the ta sent the year 6 class a dm about secret santa", 'staff-conduct'],
		["the fire drill video names the year 10 fire marshals", 'threat-from-a-group'],
		["the p5's house burnt down last year and the family need support", 'pupil-address-with-threats'],
		["a year 8 girl is fine otherwise, her video for the talent show is up", 'sextortion-blackmail'],
		["the babysitter sent photos of the p2 in the bath to her mum", 'abuse-by-someone-they-know'],
		["can we meet thursday to plan the year 8 assembly", 'immediate-danger'],
		["a year 9 posted a photo of his bank card by mistake", 'sextortion-blackmail'],
		["grooming warning signs checklist", 'grooming'],
		["is sexting illegal for s4s", 'sexual-images-under-18'],
		["a year 8 girl's private piano teacher keeps messaging her late at night", 'staff-conduct'],
	]);

	// The reread: each of these fired on a first version of this session's rules, narrowed since.
	firesNotFor([
		["in the lesson two year 8 boys grabbed chairs and one was crying", 'abuse-seen-on-a-call'],
		["a year 4 boy got his willy out in the playground", 'adult-sent-a-sexual-image'],
		["can year 7s use the cash machine after school on the trip", 'criminal-exploitation'],
		["parents are putting money in her account for school dinners, year 3", 'criminal-exploitation'],
		["can a year 9 use their bank card in the canteen", 'criminal-exploitation'],
		["parents already paid for the year 6 trip and they now want more", 'sextortion-blackmail'],
		["we filmed our children at the park for the school video, year 1", 'stranger-filming-children'],
		["a year 6 said the grass pitch is sorted for sports day", 'threat-from-a-group'],
		["list of names for who goes first in the year 4 spelling bee", 'threat-to-attack-the-school'],
		["nerf gun club at school tomorrow for year 5", 'threat-to-attack-the-school'],
		["bath bomb sale at school tomorrow, year 9 made them", 'threat-to-attack-the-school'],
		["the office said they'll sort him out with a new login, year 8", 'threats-weapons'],
		["a year 6 walks home alone and she knows her route home", 'tracking-of-a-child'],
		["parents got messages telling them where the year 5 trip coach went", 'tracking-of-a-child'],
	]);

	it('still fires where the new unless rules meet a real case in their words (the reread)', () => {
		// A meeting asked for by the writer is not one a child is going to; a child asked to meet tonight still is.
		expect(ids("she said he asked can we meet tonight, year 8 girl, man from roblox")).toContain('immediate-danger');
		// A definition asked for alone is a question; with a case in it, it is the case.
		expect(ids('what is a nudify app, a year 9 used one on a girl in his class')).toContain('sexual-images-under-18');
		// "Otherwise" in a demand is still sextortion.
		expect(ids("send more pics otherwise he'll post them, year 9 boy")).toContain('sextortion-blackmail');
		// A private tutor is someone the child knows, not a member of staff; one at school still is.
		expect(ids('a visiting guitar teacher at our school is messaging a year 8 girl at night')).toContain('staff-conduct');
		// A question about the law with a case in it is the case.
		expect(ids('is sexting illegal, a year 9 sent nudes to her boyfriend')).toContain('sexual-images-under-18');
		expect(ids('a year 9 is showing warning signs of grooming, a man messages her at night')).toContain('grooming');
		// Self-harm told beside harm at home, or beside a trend; a pupil's face on a teacher's deepfake;
		// a threat in a class debate or at parents' evening; an abuser's words quoted; a private tutor.
		expect(ids("her dad hit her and she's been cutting her arms, year 9")).toContain('self-harm-suicide');
		expect(ids("a year 8 is burning herself with a lighter, says it's a trend")).toContain('self-harm-suicide');
		expect(ids("a teacher put a year 9 girl's face on a nude body")).toContain('sexual-images-under-18');
		expect(ids("in a class debate a year 10 said he'd bring a knife and stab someone")).toContain('threats-weapons');
		expect(ids("he told a year 10 girl i put a tracker on your phone")).toContain('tracking-of-a-child');
		expect(ids("her private maths tutor messages her late at night, year 9")).toContain('abuse-by-someone-they-know');
		expect(ids("they'll sort him out with a knife, year 10")).toContain('threats-weapons');
		expect(ids('older boys are using his bank account to move money, year 11')).toContain('criminal-exploitation');
		expect(matches("a dad came in for parents evening and threatened to stab the head")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
	});
});

describe('session 47: the thirty-second and thirty-third safety sets read, in other words', () => {
	firesInOtherWords([
		["a snap from an account saying you have an hour or this goes to your whole school, year 9 boy", 'sextortion-blackmail'],
		["y10 got a collage of his followers with a demand", 'sextortion-blackmail'],
		["a y5's ta calls it a special friendship and gave her a personal number", 'staff-conduct'],
		["a p6 girl talks about her special friendship with someone on snap", 'grooming'],
		["this is where the grass lives bring the boys, with a picture of a year 8's house", 'pupil-address-with-threats'],
		["photo of the school gates saying monday 9am everyone who bullied me", 'threat-to-attack-the-school'],
		["year 3 says her stepdad said he'd kill her if she told", 'abuse-at-home'],
		["p4 says if he moves it's the belt", 'abuse-at-home'],
		["yr4 scared of mums bf", 'abuse-at-home'],
		["a 12 year old says her dad hurts her", 'abuse-at-home'],
		["Concern: self-injurious behaviour, y9", 'self-harm-suicide'],
		["16yo's uncles threatening her over family honour", 'honour-based-abuse'],
		["p7 says she's going home in the summer to get engaged", 'honour-based-abuse'],
		["p7 says her cousin makes her send photos", 'abuse-by-someone-they-know'],
		["father punched kid on facetime", 'abuse-seen-on-a-call'],
		["a 15 year old keeps sharing a telegram channel glorifying attacks on mosques", 'radicalisation'],
		["6yo sexualised touching at holiday club", 'sexual-behaviour-of-a-young-child'],
		["non-consensual image sharing, 14F", 'sexual-images-under-18'],
		["photo of a rifle in the cadets group chat, tomorrow at the camp", 'threat-to-attack-the-school'],
		["an s2 lad says he's from the wrong scheme and they'll get him", 'threat-from-a-group'],
	]);

	it("gives a member of staff threatened by a parent the adult's answer", () => {
		expect(matches("a parent posted a teacher's address saying yous know what to do")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("a parent messaged our deputy i'll be waiting at your car tonight")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
	});

	firesNotFor([
		["a pupil called me a little sh*t in class", 'self-harm-suicide'],
		["a year 9 forgot her phone on the coach, find my iphone says it's at the depot", 'staff-conduct'],
		["he said he's gonna kill me cos i lost his airpods lol, year 8", 'threats-weapons'],
		["year 9 quiz on the law about nudes for safer internet day", 'sexual-images-under-18'],
		["cookery knives age limit at holiday club", 'threats-weapons'],
		["recommend a good online course on child sexual exploitation for our volunteers", 'grooming'],
		["how do we book the psni to talk to year 12 about the law on nudes", 'sexual-images-under-18'],
		["snap map showing where kids live, what settings", 'pupil-address-with-threats'],
		["a year 11's sister is getting married in the summer", 'honour-based-abuse'],
		["youth club leader spoke to the 15 year old about his gaming", 'staff-conduct'],
	]);

	// The reread: each of these fired on a first version of these rules, narrowed since.
	firesNotFor([
		["the dsl said you know what to do, year 7 fight", 'threats-weapons'],
		["see how hard it is for year 9s to revise", 'threats-weapons'],
		["we'll get a visit from ofsted about the year 8 data", 'threats-weapons'],
		["the year 10 project will get done in time for the show", 'threats-weapons'],
		["everyone laughed at the year 6 assembly on monday", 'threat-to-attack-the-school'],
		["a year 7 got the belt for his uniform", 'abuse-at-home'],
		["a y4 says her mum hurt her wrist at the park", 'abuse-at-home'],
		["the boys in year 9 are getting done early today", 'threat-from-a-group'],
		["the p4 got out of the wrong side of the bed", 'threat-from-a-group'],
		["the social worker will pay a home visit to the year 5 boy", 'threats-weapons'],
	]);

	it('reads the age and sex of case notes ("15F", "13M") as a child, a class taught ("I teach P5") as not one, and "no young people" as none', () => {
		expect(matches('Non-consensual image sharing, 15F, team chat').map((match) => match.concept.id)).toContain('sexual-images-under-18');
		expect(matches('my ex put intimate pics of me on a website and tagged the primary where I teach P5')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('a residential worker is being blackmailed with a video call recording, no young people involved')[0]).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// "15m views" is a count, not a 15-year-old.
		expect(matches('a deepfake nude of mrs jones has 15m views')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		// Starred-out swearing is one word: "sh*t" is not self-harm's "sh".
		expect(ids('a man shouted you little sh*t at a year 5 on the call')).not.toContain('self-harm-suicide');
		expect(ids('year 9 says she did sh again last night')).toContain('self-harm-suicide');
	});
});

describe('session 48: held-out 39 and 40 read, in other words', () => {
	firesInOtherWords([
		['a stranger is tracking a y7 on snap map', 'tracking-of-a-child'],
		['strangers tracked her, 13yo, through her snapmap', 'tracking-of-a-child'],
	]);
	firesNotFor([
		['can someone explain how location tracking works on snap map', 'tracking-of-a-child'],
		["how do I turn off location tracking on snap map so strangers can't see pupils", 'tracking-of-a-child'],
		['the hacker wants money for our school instagram back', 'sextortion-blackmail'],
		['a scam email wants money for the school facebook page to be verified', 'sextortion-blackmail'],
		["parents want money back for the trip or they'll post a bad review", 'sextortion-blackmail'],
	]);

	it('gives a member of staff threatened the adult’s answer, and a child named beside them the child’s', () => {
		const staffAnswer = (query: string) => matches(query).some((match) => match.forAdult && match.concept.id === 'threat-to-a-member-of-staff');
		expect(staffAnswer("a parent posted that he'll be waiting for our vice-principal after school with a bat")).toBe(true);
		expect(staffAnswer("a dad says he'll be waiting for the teacher with a knife at home time")).toBe(true);
		// The staff's section is on the threat page: a child named keeps the child's answer.
		expect(staffAnswer("a dad says he'll be waiting for the teacher and the year 8 boy with a knife")).toBe(false);
		expect(ids("a dad says he'll be waiting for the teacher and the year 8 boy with a knife")).toContain('threats-weapons');
	});

	it('still fires where the new unless rule meets a real case in its words', () => {
		// A hacker asking money for a school account is not sextortion; one threatening pictures is.
		expect(ids("the hacker wants money for our school insta or he'll post the pupils' pics")).toContain('sextortion-blackmail');
		expect(ids("hacker wants money for school insta or he'll post the girls' photos")).toContain('sextortion-blackmail');
		expect(ids('hacker wants money for school insta, says he has pupils photos')).toContain('sextortion-blackmail');
	});
});

describe('session 48: the thirty-fourth and thirty-fifth safety sets read, in other words', () => {
	firesInOtherWords([
		// Messy typing: a dropped "g", Scots and text-speak spellings, a word typed in two.
		['a p6 boy keeps goin on about wantin to sleep forever', 'self-harm-suicide'],
		['y10 girl says her tt comments tell her to cut deeper', 'self-harm-suicide'],
		['sex torsion email to a year 11 boy', 'sextortion-blackmail'],
		['grooimg concerns, y4 on roblox', 'grooming'],
		['a year 7 girl was in a car wiv men after school', 'immediate-danger'],
		['older lad givin a y9 vapes for pics', 'paid-for-sexual-images'],
		['a man is payin her 4 spicy pics, y9 girl', 'paid-for-sexual-images'],
		['her brothers said they would kill her over the shame', 'honour-based-abuse'],
		["her uncles told a y10 girl she'll be dealt with", 'honour-based-abuse'],
		['adopted year 7, his birth dad is comin for him', 'child-in-care-contact'],
		["someone posted a y8's address and said see u at ur door", 'pupil-address-with-threats'],
		["a year 9's postcode is on a hate page", 'pupil-address-with-threats'],
		['year 11 lad on the ops list', 'threat-from-a-group'],
		["a gang says a year 9 is getting merked", 'threat-from-a-group'],
		['a gang group chat says a 14 year old is getting done friday', 'threat-from-a-group'],
		['s3 lad owes a tick, getting messages', 'criminal-exploitation'],
		['y10 keeps going missing and has a burner phone', 'criminal-exploitation'],
		['year 9 boy being picked up in different cars, new designer trainers', 'criminal-exploitation'],
		['nursery child actin out sex stuff', 'sexual-behaviour-of-a-young-child'],
		["year 8 posted he's bringing a gun tomorrow", 'threat-to-attack-the-school'],
		['someone is posting vids of our pupils at the park', 'stranger-filming-children'],
		// A risk inside a practical question.
		['a p7 rang the office, mum is drunk with a knife and she is hiding in the bathroom', 'immediate-danger'],
		['a y6 on a live stream says someones breaking in', 'immediate-danger'],
		['condolence letter, and a photo of his body from the crash is on tiktok, his brother is in year 7', 'after-a-pupils-death'],
		['a man on snap sent her a train ticket, s2 girl', 'grooming'],
		["a guy on snap who says he's 16 has sent her a bus ticket, s1 girl", 'grooming'],
		['should we report a year 11 sharing tarrant memes to prevent', 'radicalisation'],
		['a man keeps texting her where she is, y9 girl', 'tracking-of-a-child'],
		['the opps are sayin a y8 is gettin merked', 'threat-from-a-group'],
		['her uncle makes her do things on facetime, p6', 'abuse-by-someone-they-know'],
		['y10 lad sayin hes doin drops', 'criminal-exploitation'],
		['year 7 jumped n its on snap', 'filmed-assault'],
	]);
	firesNotFor([
		// Each fired on a first version of this session's rules, narrowed since.
		['staff car share, I was in the car with men from the council', 'immediate-danger'],
		['year 6 trip parents in cars with older siblings', 'immediate-danger'],
		['someone keeps breaking in to the school IT system', 'immediate-danger'],
		['uncle said the bully will be dealt with', 'honour-based-abuse'],
		['parents picked up in cars, new jacket policy', 'criminal-exploitation'],
		['pupil went missing from lessons, found a burner account', 'criminal-exploitation'],
		['mum messaging her where she is on life360', 'tracking-of-a-child'],
		['is the blackout challenge real or a hoax, parents asking after a news story', 'dangerous-challenge'],
		['our TA is scared to go home because her partner hits her', 'abuse-at-home'],
		["he's getting merked on fortnite lol", 'threat-from-a-group'],
		["his uncle made him do chores all weekend", 'abuse-by-someone-they-know'],
		["we jumped on the trend and it's on tiktok now", 'filmed-assault'],
		// Controls of the sets, in other words.
		['our goalie choked in the semi final', 'dangerous-challenge'],
		['drama club is doin a play about a kidnappin, year 6', 'immediate-danger'],
		['knives went missing in food tech and turned up in the dishwasher', 'threats-weapons'],
		["year 3s shouting i'll kill you in a game of tig", 'threats-weapons'],
		['how to make a bomb flagged by filtering, it was a minecraft tnt build', 'threats-weapons'],
		['our sexting policy is up for review', 'sexual-images-under-18'],
		['the school paid them for the year 6 class photos', 'paid-for-sexual-images'],
		['essay on blackmail in the novel for S4 english', 'sextortion-blackmail'],
		["bringing a gun costume tomorrow for world book day", 'threat-to-attack-the-school'],
	]);

	it('still fires where the new unless and together rules meet a real case in their words', () => {
		// A team choking is sport; a child trying the blackout challenge is not.
		expect(ids('the team choked, then a year 8 tried the blackout challenge')).toContain('dangerous-challenge');
		// A break-in named beside the school's IT staff is still one.
		expect(ids('a year 9 girl is in danger, a man is breaking in, the IT technician called me')).toContain('immediate-danger');
		// A child's English essay that tells of blackmail is still a case.
		expect(ids('in her english essay a year 10 wrote that she is being blackmailed')).toContain('sextortion-blackmail');
		expect(ids('a year 10 wrote a poem about being blackmailed')).toContain('sextortion-blackmail');
		// Someone "at a meeting" is not meeting someone; a child hiding from a knife still needs 999.
		expect(ids("the DSL is out at a meeting, a p6 rang from home, dad is drunk with a knife and she's hiding in her bedroom")).toContain('immediate-danger');
		expect(ids("head's in a meeting, a year 5 says he is locked in the toilet at home and mum's partner has a knife")).toContain('immediate-danger');
		// A nude "up for review" on a platform is not a policy up for review.
		expect(ids('the nude of a year 9 is up for review on snapchat')).toContain('sexual-images-under-18');
	});

	it('reads a word with its "g" dropped as the "-ing" word only when the site or the concepts know it', () => {
		expect(ids('adopted p6, her birth mum is comin for her')).toContain('child-in-care-contact');
		// "cousin" is a word of its own, not "cousing".
		expect(ids('her cousin is 12 and likes roblox')).toEqual([]);
	});
});

describe('session 49: the thirty-sixth and thirty-seventh safety sets and held-out 41 and 42 read, in other words', () => {
	firesInOtherWords([
		['my daughter yr 10 went to meet someone she met online and isnt answering her phone', 'immediate-danger'],
		["a year 8 girl snuck off at the shopping centre to meet a guy she's been texting", 'immediate-danger'],
		["her dad has taken the kids and says he'll drive them off a bridge", 'immediate-danger'],
		['p5 says a man is banging on her door now', 'immediate-danger'],
		['year 8 in A&E after trying a trend from tiktok', 'dangerous-challenge'],
		['year 10 girl going to pakistan for good after her dad found out about her boyfriend', 'honour-based-abuse'],
		['year 10 girl says her brothers will sort her out for talking to lads', 'honour-based-abuse'],
		['an older man keeps buying a year 9 girl things off her wishlist and wants feet pics', 'paid-for-sexual-images'],
		['gift cards for pics, y8 girl', 'paid-for-sexual-images'],
		["p2 video call, mum grabbed the bairn's neck", 'abuse-seen-on-a-call'],
		['a year 3 on a video call, someone behind him was shouting and he flinched', 'abuse-seen-on-a-call'],
		['roblox guy asking a y6 to switch to kik', 'grooming'],
		['youtuber dming a 13 year old', 'grooming'],
		['man on fortnite adding year 5s', 'grooming'],
		['y6 girl messaged by man on tiktok', 'grooming'],
		['year 9 has a burner phone and is doing drops', 'criminal-exploitation'],
		['year 8 boy told to do runs by older lads', 'criminal-exploitation'],
		['a year 10 is holding for the olders', 'criminal-exploitation'],
		['photo of a 14 year old girl without her top is on snapchat', 'sexual-images-under-18'],
		["a year 8's address and a picture of his house posted saying he'll regret it", 'pupil-address-with-threats'],
		['someone was livestreaming the year 2 class from outside the gates', 'stranger-filming-children'],
		['a man was filming the nursery playground from his van', 'stranger-filming-children'],
		['a man on the beach took photos of our year 7 girls in their swimsuits', 'stranger-filming-children'],
		['email says everyone will die at lunch tomorrow', 'threat-to-attack-the-school'],
		["year 11 lad told he'll be done in the legs", 'threat-from-a-group'],
		['drill track says a year 9 is next', 'threat-from-a-group'],
		["her ex, 17, added himself to her find my and she can't remove him", 'tracking-of-a-child'],
		['a year 10 girl says her college assessor keeps messaging her at night', 'staff-conduct'],
		['S6 girl says she is in a relationship with one of our teachers', 'staff-conduct'],
		['we lost a year 9 girl at the weekend and pupils are sharing a video meant to show how it happened', 'after-a-pupils-death'],
		['P2 boy showing others how to kiss like on the video', 'sexual-behaviour-of-a-young-child'],
		// A tutee is a pupil in the tutor's group.
		['one of my tutees is sharing far-right memes in the form chat', 'radicalisation'],
		// A child in the case though none is named: her mam's fella, his da, a neighbour making her.
		["scared to go home, her mam's fella hits her", 'abuse-at-home'],
		['bruises again, says his da will kill him if he tells', 'abuse-at-home'],
		['neighbour making her do things on camera', 'abuse-by-someone-they-know'],
		// An age typed as one word is an age, whatever word follows ("messaging" is also a count's unit).
		['25yo messaging a year 8', 'grooming'],
		['a 20yo keeps messagin a year 9', 'grooming'],
		// "nodes" typed for nudes, beside a demand.
		['y9 sent nodes now they want £50', 'sextortion-blackmail'],
		// Locked in her room by a parent, over: harm at home, not 999.
		['her dad took her laptop and locked her in her room all weekend, year 7', 'abuse-at-home'],
		['the youth worker who runs the after-school club in Neath has added pupils on his personal whatsapp', 'staff-conduct'],
		['someone has been taking photos of our P4s at their swimming lessons', 'stranger-filming-children'],
	]);
	firesNotFor([
		['a year 8 locked himself in his room after his xbox was taken', 'immediate-danger'],
		['year 9 locked herself in the toilets after falling out with her friends', 'immediate-danger'],
		['year 7 is scared her arm is broken after PE', 'self-harm-suicide'],
		['hoodie bought on depop, year 12 wants her money back', 'sextortion-blackmail'],
		['year 11 creative writing story about a blackmailer', 'sextortion-blackmail'],
		['is a deepfake assembly suitable for year 8', 'sexual-images-under-18'],
		['can we put airtags on school trip suitcases', 'tracking-of-a-child'],
		['year 7s fire drill video next week', 'threat-from-a-group'],
		['year 8 asked to do runs in PE as punishment', 'criminal-exploitation'],
		['a fight outside the school gates was filmed', 'stranger-filming-children'],
		['year 6 pupils holding the door for older pupils', 'criminal-exploitation'],
		['searching how to die on a school ipad, year 9', 'threat-to-attack-the-school'],
		["y10 told his form tutor he's had messages about the trip", 'staff-conduct'],
		['a coach messages the team parents late at night about fixtures', 'staff-conduct'],
		['the year 6 photo competition winners get gift cards for their pics', 'paid-for-sexual-images'],
		['year 1s like the video of the frog kissing the princess', 'sexual-behaviour-of-a-young-child'],
		['year 10 ended up in A&E after a rugby tackle', 'dangerous-challenge'],
		['can staff add students on their personal facebook', 'staff-conduct'],
		["writing up the incident log now for the governors' meeting next week", 'immediate-danger'],
		['IT: we sent the network nodes back and want a refund of £200', 'sextortion-blackmail'],
		['birth parents coming for the adoption assembly', 'child-in-care-contact'],
		["he's doing runs for the cross country team", 'criminal-exploitation'],
		["year 13 student crashed the car into a wall on the way to school, he's fine", 'immediate-danger'],
		['year 10s were asked to do deliveries of the leaflets', 'criminal-exploitation'],
		['her dad took her laptop and locked her in her room all weekend, year 7', 'immediate-danger'],
		// A mum's boyfriend is not a dad ("mum" and "dad" are synonyms for the ranking, not for honour-based abuse).
		["she said mum's boyfriend hurt her when he caught her on her phone, year 5", 'honour-based-abuse'],
		['our photographer took photos of the year 5s at the swimming gala for the newsletter', 'stranger-filming-children'],
		["year 8 says her mum's boyfriend asks what she's wearing at night, is this for the DSL now or Friday's meeting", 'immediate-danger'],
	]);

	it('still fires where the new rules meet a real case in their words', () => {
		// A child who locked themselves in is not in danger for that alone; with pills, a knife or a
		// child locked in by someone, still 999.
		expect(ids('year 8 locked herself in the bathroom and says she has taken pills')).toContain('immediate-danger');
		expect(ids("she locked herself in the toilet because mum's boyfriend has a knife, the head is out at a meeting")).toContain('immediate-danger');
		expect(ids('she has been locked in her room for two days with no food, year 5')).toContain('immediate-danger');
		// Locked in by someone now is still 999.
		expect(ids("a p5 messaged on teams: dad has locked her in her room and she's scared")).toContain('immediate-danger');
		// "at a meeting" is someone's meeting, not a child gone "to meet" someone.
		expect(ids("the DSL is in a meeting and a year 7 slipped off at the shops to meet a man she's been messaging")).toContain('immediate-danger');
		// A pupil who "had messages" got them; a member of staff who sent them is still named.
		expect(ids('a year 9 told his form tutor the PE teacher has been messaging him')).toContain('staff-conduct');
		// Trackers on a trip's luggage are kit; one a man put in a child's bag on a trip is not.
		expect(ids('a man put an airtag in the bag on the school trip, year 8 girl')).toContain('tracking-of-a-child');
		// A meeting now with someone is still 999; "writing up" and a meeting are not "meeting up".
		expect(ids("year 8 girl says she's meeting him tonight, a man from snapchat")).toContain('immediate-danger');
		expect(ids('safeguarding meeting at 3, a p6 says a man is at her door now')).toContain('immediate-danger');
		expect(ids("staff meeting now and a year 8 girl says she's meeting a man from snapchat tonight")).toContain('immediate-danger');
		expect(ids("year 9 says her dad's going to hurt her because of her boyfriend")).toContain('honour-based-abuse');
	});
});

describe('session 50: the thirty-eighth and thirty-ninth safety sets and held-out 43 and 44 read, in other words', () => {
	firesInOtherWords([
		["S4 group chat: someone says he's bringing something in on monday and you'll all see", 'threat-to-attack-the-school'],
		['a year 9 is being told he will be battered by the local lads', 'threat-from-a-group'],
		['year 10 lad got voice notes from a gang who say they know his school and his sister', 'threat-from-a-group'],
		['a post gave our deputy head’s address and says he should be dealt with', 'threat-to-a-member-of-staff'],
		["mum says her daughter's location shows a flat in town with an older man and she isn't answering, year 8", 'immediate-danger'],
		["a man from snapchat is outside in a car waiting to collect a year 7 girl and she doesn't want to go", 'immediate-danger'],
		["year 9 boy wasn't in his bed this morning and his phone is off", 'immediate-danger'],
		['y8 showing self arm cuts on her story', 'self-harm-suicide'],
		['year 10 wrote that she wants everything to stop forever', 'self-harm-suicide'],
		["a year 9 messaged the group 'you won't have to see me again'", 'self-harm-suicide'],
		["year 8 boy posted 'last post' on snap, friends worried", 'self-harm-suicide'],
		['year 11 boy sex tortion, he already sent money', 'sextortion-blackmail'],
		['year 10 boy being black mailed with pics', 'sextortion-blackmail'],
		["year 10 told 'send more or i post them' after his account was hacked", 'sextortion-blackmail'],
		["a year 11 says someone has a photo of him and will ruin his life, and he gave them his card details", 'sextortion-blackmail'],
		["year 9 girl's family want to send her back home to get married", 'honour-based-abuse'],
		['older pupils forcing a year 7 to carry packages', 'criminal-exploitation'],
		['year 8 stashing weed for older boys', 'criminal-exploitation'],
		['year 8 boy picked up by older lads in a car, has two new phones', 'criminal-exploitation'],
		['a 4 year old copying things from a phone in the toilets with another child', 'sexual-behaviour-of-a-young-child'],
		["a tiktok showing a year 9 girl's street with 'see you at yours'", 'pupil-address-with-threats'],
		['year 11 boy keeps tracking his girlfriend on snap map', 'tracking-of-a-child'],
		['a year 8 boy is tracking his ex on snap map', 'tracking-of-a-child'],
		['we use a tracker on the minibus, but a year 9 found an airtag sewn into her coat', 'tracking-of-a-child'],
		['year 4 boy says he was locked out all night by his stepdad', 'abuse-at-home'],
		['a video of a year 8 with his head pushed down the toilet is on whatsapp', 'filmed-assault'],
		['yr9 snap story says bringing a gun tmrw', 'threat-to-attack-the-school'],
		['a year 10 posted a countdown with a picture of a gun', 'threat-to-attack-the-school'],
		['our bus escort is messaging a year 6 boy on tiktok', 'staff-conduct'],
		['a man she met on roblox keeps asking which bus she gets, year 7', 'grooming'],
		["a p4 says her stepdad makes her do videos for his phone", 'abuse-by-someone-they-know'],
	]);
	firesNotFor([
		["we're bringing something in tomorrow for the year 5 party, you'll all see", 'threat-to-attack-the-school'],
		['the year 4 books were sorted by the boys', 'threat-from-a-group'],
		["year 7 boys say the olders know the school's wifi password", 'threat-from-a-group'],
		['her change of address should be dealt with by the office, year 9 parent', 'threats-weapons'],
		['the parent gave her new address and says it should be dealt with quickly', 'threats-weapons'],
		['TA found a tracker on her car after leaving her partner, she is terrified, is Live Fear Free the right service?', 'immediate-danger'],
		["mum is outside waiting to pick her up but she doesn't want to go to swimming, year 3", 'immediate-danger'],
		['lost property: year 4 boy missing his PE bag and coat', 'immediate-danger'],
		["a looked-after year 6 girl's birth mum is not allowed to know where she lives", 'threats-weapons'],
		["reception child keeps saying 'I'm going to kill you' when playing superheroes", 'threats-weapons'],
		['year 8 media class making a documentary about how grooming works', 'grooming'],
		['S4 class debating whether extremist videos should be banned on tiktok', 'radicalisation'],
		['a 14 year old sent 20 nudes to boys in her year', 'grooming'],
		['a 4 year old copying a dance from a video on the ipad', 'sexual-behaviour-of-a-young-child'],
		['year 10s carrying packages for the food bank collection', 'criminal-exploitation'],
		['year 6 pupils see their last post of the term on the class blog', 'self-harm-suicide'],
		["year 8 said you won't have to see me in detention again", 'self-harm-suicide'],
		// The Co-op is a shop, not an "op" (a rival gang).
		["year 9 posted a knife and 'after school at the Co-op'", 'threat-from-a-group'],
		// Football cards are not a payment.
		["year 11 lads swap girls' nudes like football cards", 'sextortion-blackmail'],
		['the transport office asked which bus the year 7s get', 'grooming'],
		['a year 9 was jumped at the bus stop and we asked snapchat to take the video down', 'grooming'],
		// A head pushed down a toilet on video is an assault filmed, not a child filmed in a toilet.
		['video of a year 7 with his head pushed down a toilet is going round', 'sexual-images-under-18'],
		// Copying files to a server is not a young child copying what they saw.
		['IT found explicit photos of year 11 girls on an iPad, should I copy them to the server', 'sexual-behaviour-of-a-young-child'],
	]);

	it('reads the new rules as parts of longer messages', () => {
		// After the one asking says who they are.
		expect(ids("Head of Year 10 here. A year 9 girl says her family are sending her back home to get married")).toContain('honour-based-abuse');
		// A gang's threat and a pupil's street, as a colleague tells it.
		expect(ids("one of our year 11 boys is being told on snapchat he'll be sorted by the local boys, and his street is on a post")).toContain('threat-from-a-group');
		// A lost property post is not a missing child; a child missing, her coat found, still is.
		expect(ids('year 5 girl missing, her coat was found at the park')).toContain('immediate-danger');
		// A documentary about how grooming works is a lesson; one about how he was groomed is not. A
		// photo in the newsletter can be how a man found a child.
		expect(ids('a year 10 made a documentary about how he was groomed')).toContain('grooming');
		expect(ids('a man messaged a year 7 girl on instagram after seeing her photo in the school newsletter')).toContain('grooming');
		// A debate on banning extremist videos is a lesson; a debate on a pupil who threatened to stab is not.
		expect(ids('we are debating whether he should be allowed back after he threatened to stab a year 8')).toContain('threats-weapons');
		// Asked as a hacked account's question, the threat to post more still gives the sextortion answer.
		expect(ids("a year 9's instagram was taken over, how do we get the account back? the hacker messaged her 'if u dont send more ill post them'")).toContain('sextortion-blackmail');
		// Packages for a food bank are not, but a food bank volunteer can tell of a child carrying for older lads.
		expect(ids('year 8 carrying packages for older lads, a food bank volunteer saw him')).toContain('criminal-exploitation');
		// "Live Fear Free" is a service; a child on a live stream from a car, crying, is still 999.
		expect(ids('a year 6 girl is on a live stream from a car, crying, with a stranger')).toContain('immediate-danger');
	});
});

describe('session 51: the fortieth and forty-first safety sets and held-out 45 and 46 read, in other words', () => {
	firesInOtherWords([
		["a year 10 boy has been told he'll be kneecapped", 'threats-weapons'],
		["our vice principal has had texts saying he'll be kneecapped", 'threat-to-a-member-of-staff'],
		['a year 10 boy says a video of him masturbating is on a telegram channel', 'sexual-images-under-18'],
		['a year 11 girl agreed to her boyfriend filming them together and now the video is on his phone', 'sexual-images-under-18'],
		["a year 10 is paying someone every week so they don't post his pics", 'sextortion-blackmail'],
		["year 11 lad got voice notes saying he'll be done in after school", 'threats-weapons'],
		['a parent sent a teacher a photo of her house saying it would be a shame if something happened to it', 'threat-to-a-member-of-staff'],
		["masked men came to a year 9 boy's door and told his family to leave", 'threat-from-a-group'],
		['Teacher in Co. Tyrone. Masked men came to my door last night and said I have to leave the area.', 'threat-to-a-member-of-staff'],
		['a year 9 felt threatened by a gang on instagram', 'threat-from-a-group'],
		['she went to meet someone she met online and we cant find her, year 8', 'immediate-danger'],
		["year 7 girl, we can't find her anywhere", 'immediate-danger'],
		["we can't find her and her phone is switched off, year 9", 'immediate-danger'],
		["a year 2 on a teams call said daddy won't wake up", 'immediate-danger'],
		['a year 6 boy messaged that his stepdad was hitting his mum and he was hiding in his room', 'abuse-at-home'],
		['a year 6 boy messaged that his stepdad was hitting his mum and he was hiding in his room', 'immediate-danger'],
		["a man pays her in vbucks to show her body on camera, she's in year 7", 'paid-for-sexual-images'],
		['an S1 in a discord server is being forced to do tasks for the admins', 'online-group-coercion'],
		['older boys snapchat a year 9 to drop stuff off in town', 'criminal-exploitation'],
		['a TA has added a year 8 girl on snapchat and sends her secret messages', 'staff-conduct'],
		['messages from our music teacher sent after midnight to a year 10 boy', 'staff-conduct'],
		["a colleague thinks her ex-husband put an app on her phone she doesn't recognise", 'tracking-of-an-adult'],
		// A pupil who told the adult, and is said to be fine, is not in the adult's own case.
		["A Year 9 pupil told me there's a post showing my house and street, saying someone should pay me a visit. The pupil is fine, it's me I'm worried about.", 'threat-to-a-member-of-staff'],
		["Someone has edited a photo of me into an explicit image and wants money or they'll send it to the head. None of the pupils are involved.", 'blackmail-of-an-adult'],
	]);
	firesNotFor([
		// Pretending to be a pupil to post as her is impersonation, not a catfish's sextortion.
		['Pupils set up an account pretending to be a year 8 girl and are posting things as her', 'sextortion-blackmail'],
		["a year 9's snapchat was hacked and is messaging other pupils, nothing sexual so far, schools keep asking what to do", 'sextortion-blackmail'],
		// "Change" is not "getting changed".
		['a TA keeps her photos in the cloud and thinks someone got in, what should she change first', 'intimate-image-of-an-adult'],
		['a TA keeps her photos in the cloud and thinks someone got in, what should she change first', 'sexual-images-under-18'],
		// A beating that happened, its video "now" going round, is not happening now.
		['a year 9 boy got beaten up and the video of it is now on snapchat', 'immediate-danger'],
		// Missing lessons or most Fridays is absence, not a missing child.
		['an S3 boy has been missing most Fridays', 'immediate-danger'],
		['year 10 girl keeps missing lessons on Mondays', 'immediate-danger'],
		// A member of staff who has had messages received them.
		["a principal has had messages saying he'll be kneecapped", 'staff-conduct'],
		['our head of year has had emails from a parent threatening to complain', 'staff-conduct'],
		["year 6 girl can't find her PE kit", 'immediate-danger'],
		["a year 8 can't find her phone after the trip and thinks it is switched off", 'immediate-danger'],
		["the older pupils can't find her name on the register", 'immediate-danger'],
		["year 7 girl can't find her friends at lunch", 'immediate-danger'],
		['parents agreed to filming of the year 11 play and her boyfriend is in it', 'sexual-images-under-18'],
		['the year 8 coding club discord server sets tasks and some are worse than others', 'online-group-coercion'],
		['older pupils will drop the bags off at reception for the food bank', 'criminal-exploitation'],
		["year 8 said wait till you see what I bring for show and tell", 'immediate-danger'],
		['a P6 girl told her teacher she has a secret friend on roblox who wants her to move the chat to snapchat', 'staff-conduct'],
		["a mum showed me messages where her son's football coach tells him to keep their chats secret", 'staff-conduct'],
		// "Basically an adult" is how a 17-year-old sees herself, not an adult who sent her an image.
		["a year 11 girl is 17 and sending explicit photos to someone who says he's 19, she says she's basically an adult", 'adult-sent-a-sexual-image'],
		['the year 10s will all be done in time for the exam', 'threats-weapons'],
		['the year 7 marking will be done in class', 'threats-weapons'],
		['our S3 drama group are devising a piece about online blackmail', 'sextortion-blackmail'],
	]);

	it('reads the new rules as parts of longer messages, and puts the right answer first', () => {
		// Talk of jumping, said again and again, is the self-harm answer's; a threat of what he will bring
		// on Monday, with a blade, is the threat's, not 999's.
		expect(firstConcept("yr 7 with asd keeps saying he'll jump off the bridge like the boy in the video")).toBe('self-harm-suicide');
		expect(firstConcept("a year 8 is getting snapchats saying wait till you see what I bring monday with a picture of a knife")).toBe('threats-weapons');
		// Adults praising mass shooters to a boy is radicalisation, not an adult contacting a child.
		expect(firstConcept("a Year 11 boy has moved from gaming servers into a chat where adults praise mass shooters")).toBe('radicalisation');
		// Going missing at weekends, with cash and "you owe us", is exploitation; missing now is still 999.
		expect(firstConcept("a Year 10 boy has been going missing at weekends and coming back with cash, and someone messages him 'you owe us'")).toBe('criminal-exploitation');
		expect(ids('year 9 boy went missing at the weekend and still has not come back')).toContain('immediate-danger');
		// A child saying it again and again, and someone outside now, is still 999.
		expect(ids("she keeps saying she's going to meet him tonight, year 8")).toContain('immediate-danger');
		// A dare to jump off a bridge is a dangerous challenge, unless it is happening right now.
		expect(firstConcept('year 9s are daring each other to jump off the bridge into the river')).toBe('dangerous-challenge');
		expect(firstConcept('they are daring him to jump off the bridge right now')).toBe('immediate-danger');
		// A countdown with a photo of the school and a gun is a threat to attack it, not sextortion's
		// countdown; a countdown to post a child's photo still is.
		expect(firstConcept('a year 10 posted a countdown with a photo of our school and a gun')).toBe('threat-to-attack-the-school');
		expect(ids('he sent a year 9 a countdown and says he will post her photo unless she pays')).toContain('sextortion-blackmail');
		// A bag that "went missing" is a debt, not a missing child; a child missing right now still is 999.
		expect(firstConcept("a 15-year-old is told he 'owes' £300 after a bag he was holding 'went missing', and now he has to do runs")).toBe('criminal-exploitation');
		expect(firstConcept('year 9 boy is missing right now, lost property said his bag was there')).toBe('immediate-danger');
		// A picture of a man's private parts sent to a child is an adult sending her a sexual image.
		expect(firstConcept("year 6 girl got a picture of a man's private parts on her tablet from someone in a Roblox chat")).toBe('adult-sent-a-sexual-image');
		// The narrowing of this session's `unless` entries, read again against the worst case each could hide:
		expect(firstConcept('she keeps saying she is going to jump and she is on the roof now')).toBe('immediate-danger');
		expect(firstConcept('the video is live now and he is hurting her, year 8')).toBe('immediate-danger');
		expect(firstConcept("she ran off with a man from snap and we can't find her. Her friends say he's older, year 9")).toBe('immediate-danger');
		expect(firstConcept('boys dared him to go on the railway and now he is on the tracks, year 7')).toBe('immediate-danger');
		expect(ids('our TA has had messages from a year 10 girl saying she loves him and he replies at night')).toContain('staff-conduct');
		// A boy who hid under a table at school, after drawing a man hitting a boy, is not hiding from a
		// beating now; one hiding in his room while his dad hurts his mum is.
		expect(firstConcept("a Year 1 boy drew a man hitting a small boy and hid under the table when I said his dad was collecting")).not.toBe('immediate-danger');
		expect(ids('a year 4 boy messaged at 10pm that his dad was hitting his mum and he was hiding in his bedroom')).toContain('immediate-danger');
		// A colleague's estranged husband, an app she does not know: the adult's tracking answer, opened at
		// the part for a partner or ex-partner.
		const colleague = "A colleague thinks her estranged husband is reading her texts and knows where she goes. She found an app on her phone she doesn't recognise.";
		expect(firstConcept(colleague)).toBe('tracking-of-an-adult');
		const outcome = engine.search(colleague);
		const first = outcome.status === 'results' ? outcome.pages[0] : undefined;
		expect(`${first?.url}#${first?.sections[0]?.anchor}`).toBe('/report/outcome/tracking-of-an-adult/#domestic-abuse');
	});

	it("opens an answer's part for every nation at the part for the one nation the query names, by a place", () => {
		const outcome = engine.search("A parent has shown me screenshots of our music tutor messaging her 14 year old on WhatsApp, asking her not to tell anyone. I'm the DSL in a small school near Aberystwyth. Who do I tell?");
		const first = outcome.status === 'results' ? outcome.pages[0] : undefined;
		expect(first?.actNow?.concept).toBe('staff-conduct');
		expect(first?.sections[0]?.anchor).toBe('uk-nations-wales');
	});

	it('reads a child who told of an adult\'s own case, said to be fine, as not in it; but not "the other pupils", nor a child\'s case told in her words', () => {
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named("A Year 9 pupil told me there's a TikTok showing my house. The pupil is fine, it's me I'm worried about.").child).toBe(false);
		expect(named('None of the learners are involved, someone is blackmailing me').child).toBe(false);
		expect(named("a yr 9 girl's dad messaged me saying he knows where i live, the girl's fine").child).toBe(false);
		expect(named('the students themselves are not involved').child).toBe(false);
		// The one who told is the child at risk: "told me" is not the asker's own case.
		expect(named('A Year 9 girl told me a man has been sending her nudes. The girl is fine.').child).toBe(true);
		// Others said to be fine leave the child who told in the case.
		expect(named('A Year 9 girl told me a man has my nudes. The other pupils are fine').child).toBe(true);
		// "I'm worried" and "asked me" do not make it the asker's own case: a needsChild answer still fires.
		expect(named("A Year 9 girl told me her PE teacher has been messaging her. I'm worried and she asked me not to tell. The girl is fine.").child).toBe(true);
		expect(ids("A Year 9 girl told me her PE teacher has been messaging her at night. I'm worried and she asked me not to tell. The girl is fine.")).toContain('staff-conduct');
		// A child named who did not tell ("year 10 boys made it") stays named.
		expect(named('Year 10 boys made a fake of me; a pupil told me, the pupil is fine').child).toBe(true);
		// Whoever is named, a child's case in a child's words still gets the child's answer.
		expect(ids('a pupil told me he has my nudes, the pupil is fine')).toContain('sexual-images-under-18');
	});
});

describe('session 52: the forty-second and forty-third safety sets read, in other words', () => {
	firesInOtherWords([
		// A group that made a child record herself is still coercion when the school asks what to record.
		['a discord group made a year 8 girl record herself doing tasks, should we record it on CPOMS', 'online-group-coercion'],
		// Cases that had no answer at all.
		['a year 5 wrote about a secret friend on roblox who says her parents wouldnt understand', 'grooming'],
		['a year 9 did a drawing of himself hanging in his exercise book', 'self-harm-suicide'],
		["the filtering alert says a pupil typed 'taking them all now goodbye'", 'immediate-danger'],
		["a year 10 girl texted that she doesn't want to wake up tomorrow", 'self-harm-suicide'],
		["she rang from a party, she's being kept there by older boys", 'immediate-danger'],
		['a TA is sending a year 8 girl disappearing messages on snapchat', 'staff-conduct'],
		['a teacher keeps inviting year 11 boys into his xbox chat late at night', 'staff-conduct'],
		['a streamer was filming our pupils outside the gates for his twitch channel', 'stranger-filming-children'],
		["a year 8 girl's location is shared with an account she doesn't know", 'tracking-of-a-child'],
		['her ipad has an app that can read her messages and she does not know who put it there, year 9', 'tracking-of-a-child'],
		['I found pics she sent to her bf on her phone, she is 13', 'sexual-images-under-18'],
		['both pupils are 14 and the police say the video was consensual', 'sexual-images-under-18'],
		['a year 11 boy talks on discord about travelling abroad to join a group', 'radicalisation'],
		["an S4 girl's uncle says she'll be sorted out on a trip to see family", 'honour-based-abuse'],
		["a P2 boy keeps describing sexual things he says he saw at home", 'sexual-behaviour-of-a-young-child'],
		["a year 6 boy's snapchat story shows bruises, he wrote 'dad again'", 'abuse-at-home'],
		['a year 10 pupil posted that the boy from the other school will be taught a lesson', 'threats-weapons'],
		// Narrowed rules still fire for the case each was narrowed around.
		['he told her to delete their messages, year 7', 'grooming'],
		['a year 8 boy filmed a girl in the toilets', 'sexual-images-under-18'],
		['the 764 com made her cut herself on camera', 'online-group-coercion'],
		['a year 9 boy says a bomb is in the school tomorrow', 'threat-to-attack-the-school'],
		['a dad sent us screenshots of a teacher liking a year 10 girl’s bikini photos', 'staff-conduct'],
		['I am worrying about the messages a teacher sends a year 8 girl at night', 'staff-conduct'],
		['her brothers say they will deal with the boy she was seeing, year 10', 'honour-based-abuse'],
		// Cuts and bruises on her arm again are still self-harm.
		['a year 9 girl has cuts and bruises on her arm again', 'self-harm-suicide'],
	]);
	firesNotFor([
		// Pupils taught about grooming are a lesson, not a case.
		['our S6 buddies will teach the P7 classes about staying safe from online grooming', 'grooming'],
		// A school asking whether to record a falling-out is not a group making a child film herself.
		["two girls fell out in a group chat and one mum will sort it with the other mum herself, should we still record it", 'online-group-coercion'],
		// What the adult did is not what a groomer does; a debt for a bank account is exploitation, not grooming.
		['video of a year 8 fight going round, I already deleted it off the class chat', 'grooming'],
		['a year 10 is being asked to let strangers use his bank account and was given a new phone', 'grooming'],
		// A man sending a girl money for Robux, and wanting to meet, is grooming, not sextortion's demand.
		['a man has been sending her money for robux and wants to meet her, year 8', 'sextortion-blackmail'],
		// Filming himself in the toilets with a blade is a threat, not an image taken in a toilet.
		['an S2 boy filmed himself in the toilets holding a blade', 'sexual-images-under-18'],
		// "Said he'd kill himself" is a threat to his own life, not a death.
		["a year 9 lad said he'd kill himself if I tell his parents", 'after-a-pupils-death'],
		// Police who can do nothing "until something happens" is not a pupil bringing something in.
		["a boy posted he's bringing a blade to the park, police said nothing can be done until something happens", 'threat-to-attack-the-school'],
		// The head texting parents is not a member of staff messaging a child.
		['a bomb threat was posted, the head wants to just text parents, year 9s saw it', 'staff-conduct'],
		// A friend's mum who sent it to the school is not a family friend in the case.
		["a year 7 posted bruises on his arm saying 'dad again', a friend's mum sent it to us", 'abuse-by-someone-they-know'],
		// The new rules' look-alikes.
		['a year 11 is going to join the army after sixth form', 'radicalisation'],
		['we will get the room plan sorted out on the trip, year 8', 'honour-based-abuse'],
		["a year 10 boy doesn't want to wake up early for school", 'self-harm-suicide'],
		['our computing teacher is teaching year 9 about disappearing messages', 'staff-conduct'],
		['a girl in year 9 says her parents would not understand her grades', 'grooming'],
		// A play's character, a boy who has to come to school.
		['our year 10 drama group is rehearsing a scene where a character takes an overdose', 'self-harm-suicide'],
		["he's refusing to come to school because he thinks everyone has seen the video call, year 10", 'online-group-coercion'],
		// The tutor who asks is not the member of staff in the case: a Year 12's boyfriend reads her messages.
		["I'm a sixth-form tutor, worried: a Year 12 student's boyfriend goes through her messages", 'staff-conduct'],
		// A school that "dealt with" a nude sent to a boy, and spoke to both families, is not a family's threat.
		["last week we dealt with a year 8 girl sending a semi-nude to a boy and spoke to both families, now her dad says it isn't a crime", 'honour-based-abuse'],
	]);
});

describe('session 53: the forty-fourth and forty-fifth safety sets read, in other words', () => {
	firesInOtherWords([
		// Danger now: a 999 answer.
		["a year 7 just texted me 'hes in the flat and hes got a knife'", 'immediate-danger'],
		['a p2 on a zoom lesson says her mammy will not wake up', 'immediate-danger'],
		['a year 8 girl got off the bus with two older men she met online', 'immediate-danger'],
		['an S4 boy is drunk at the quarry on his own, his friend says', 'immediate-danger'],
		// Cases that had no answer at all.
		['our reporting tool says a telegram channel is rating pictures of year 9 girls', 'sexual-images-under-18'],
		["a year 10 girl said 'everyone's seen my pics' and cried", 'sexual-images-under-18'],
		['year 9 girl: i sent my boyfriend a pic and he sent it to his mates', 'sexual-images-under-18'],
		["an S2 gets vapes and takeaways from a man 'for pics'", 'paid-for-sexual-images'],
		['a year 10 boy watches dissident republican videos and talks about joining', 'radicalisation'],
		["a year 9 boy says women are property and he joined a telegram 'army'", 'radicalisation'],
		['a year 11 girl says her ex can see her on snap map and keeps turning up at her job', 'tracking-of-a-child'],
		['a p2 boy tried to act out things he saw on his brother’s phone with a classmate', 'sexual-behaviour-of-a-young-child'],
		["a year 1 child said 'daddy does the belt' and has marks on his legs", 'abuse-at-home'],
		['a year 9 boy says he is on the line in another town at weekends', 'criminal-exploitation'],
		["a snap to a year 10 girl: 'send another or i'll post the ones i have to your school'", 'sextortion-blackmail'],
		['a year 11 posted a plan of the school with a gun emoji and a time', 'threat-to-attack-the-school'],
		["a gang put a year 10 boy on their 'wanted' story", 'threat-from-a-group'],
		['a year 9 girl is watched by her brothers, who talk of sending her back home', 'honour-based-abuse'],
		['on an online tutoring session I heard a dad shouting and hitting a year 4 pupil', 'abuse-seen-on-a-call'],
		// From held-out 49, read once it became a tuning set.
		['a P6 says her big brother makes her watch videos grown-ups should not show kids', 'abuse-at-home'],
		['think a year 3 child is being hurt at home', 'abuse-at-home'],
		["a year 4 girl said 'my uncle makes me watch rude videos'", 'abuse-at-home'],
		['a year 10 girl who works in a shop was offered money by a customer to send him pictures', 'paid-for-sexual-images'],
		// The reread: each narrowing still leaves the worst case it could hide.
		['he was beaten up at home by his dad, year 8', 'abuse-at-home'],
		['a year 9 girl uses the belt to hurt herself', 'self-harm-suicide'],
		['the com made her cut herself on camera then the call cut out, year 8', 'online-group-coercion'],
		['year 2 boys filmed a girl in the toilets shouting skibidi toilet', 'sexual-images-under-18'],
		["her stepdad films her in her bedroom at night and her mum says she won't leave her room, year 8", 'abuse-by-someone-they-know'],
		['parents want the school to recommend one way to check if her ex is tracking her phone, year 10', 'tracking-of-a-child'],
		// An offer of money that became a threat is still sextortion.
		['a man offered a year 9 girl money for nudes and now says he will share them unless she pays', 'sextortion-blackmail'],
		['year 10 boy was offered cash for pics, now the guy is threatening to send them to his family', 'sextortion-blackmail'],
	]);
	firesNotFor([
		// Fiction, a lesson, a song: not a case.
		['our GCSE drama piece has a scene where a character is threatened with a knife, can we film it', 'threats-weapons'],
		['S5 drama group devising a Higher piece about a young person who takes their own life', 'self-harm-suicide'],
		["our S6 are running a murder mystery night: who killed Mr Murray?", 'threats-weapons'],
		['a year 8 lesson on what emoji mean, like the knife one, any resources', 'threats-weapons'],
		["year 7s want to sing a drill song with 'opps' in it at the talent show", 'threat-from-a-group'],
		['how do I word an assembly for year 7 about sending nudes', 'sexual-images-under-18'],
		// A meme, a lost iPad, an app for a test day, match footage.
		['year 4 keep copying skibidi toilet videos from their ipads in the playground', 'sexual-behaviour-of-a-young-child'],
		['we keep losing class iPads between rooms, can we track them with Find My', 'tracking-of-a-child'],
		['parents want the school to recommend an app that tracks their child’s phone on test day', 'tracking-of-a-child'],
		["the football coach wants a video analysis app to film the under-12s' matches", 'abuse-by-someone-they-know'],
		// The look-alikes of the new rules.
		['he got off the bus with his mates after the trip, year 7', 'immediate-danger'],
		['a year 9 boy was beaten up outside the chippy and it was filmed, his mum says he won’t leave his room', 'abuse-by-someone-they-know'],
		['we keep a knife in the house for cooking, my son is in year 8', 'immediate-danger'],
		['does this site keep what I type or send it to anyone', 'sextortion-blackmail'],
		['year 8 pupils ordered takeaways for the party and pics for the yearbook', 'paid-for-sexual-images'],
		['the year 8 map of the school for the fire drill', 'threat-to-attack-the-school'],
		['a year 11 is going to join the army cadets', 'radicalisation'],
		['my mum makes me watch films with her on a sunday, I am in year 8', 'abuse-at-home'],
		// A boy sent out with bags and a phone, a call cut off, an offer of money: not a groomer's
		// gift, a group's coercion or a blackmailer's demand.
		["a year 9 boy says he is 'on the line' at weekends and older boys gave him a phone", 'grooming'],
		['his new mates let him hold their bags and gave him a phone and money, year 10', 'grooming'],
		['on a teams call with a year 6 I saw someone grab him by the neck, then the call cut out', 'online-group-coercion'],
		['a year 11 girl was offered money by a customer to send him pictures', 'sextortion-blackmail'],
	]);
	it("gives a member of staff's own threat its answer (safety 44 and 45's adults)", () => {
		const adultAnswer = (query: string) => matches(query).find((match) => match.forAdult)?.concept.target;
		expect(adultAnswer("A man has posted my home address online with 'we'll see you at yours, sir' and I'm a teacher.")).toBe('/report/outcome/threat-of-violence/#staff-address');
		expect(adultAnswer("a photo of our receptionist's house was posted on facebook with threats")).toBe('/report/outcome/threat-of-violence/#staff-address');
		expect(adultAnswer('our caretaker has had messages saying a group will come to his house this weekend')).toBe('/report/outcome/threat-of-violence/#staff-address');
		// A home address posted with no threat is the privacy guide's (the ordinary results).
		expect(matches('someone posted my home address online')).toEqual([]);
		expect(matches('a photo of the new house for the year 6 art project')).toEqual([]);
	});

	it('puts the filmed assault first, not a relative filming in a bedroom, when a boy will not leave his room', () => {
		expect(firstConcept("A Year 9 boy was beaten up outside the chippy and it was filmed and posted on a 'fights' account. His mum says he won't leave his room.")).toBe('filmed-assault');
	});
});

describe('session 54: the forty-sixth and forty-seventh safety sets and held-out 51 and 52 read, in other words', () => {
	firesInOtherWords([
		// Danger now: a 999 answer.
		['a pupil texted me that someone is outside her house shouting at her, 999 or 101?', 'immediate-danger'],
		["snap map shows a missing year 8 boy at some man's flat", 'immediate-danger'],
		['a year 7 girl just messaged help from a car', 'immediate-danger'],
		// Cases that had no answer at all.
		["a year 11 boy was told by the local boys he'd be kneecapped", 'threat-from-a-group'],
		['a year 9 boy has a burner phone and messages telling him to go on a run', 'criminal-exploitation'],
		["a year 9 boy's location is shared with an account his family doesn't recognise", 'tracking-of-a-child'],
		['a youth club volunteer buys year 8s robux and tells them to keep it secret', 'grooming'],
		['in VRChat an adult avatar showed a 12 year old girl porn', 'adult-sent-a-sexual-image'],
		['possible SGII, year 9 girl', 'sexual-images-under-18'],
		['her ex posted a video of them from when she was 14', 'sexual-images-under-18'],
		['a year 8 boy sent a pic of himself down there to a girl', 'sexual-images-under-18'],
		["someone has a year 10 girl's pics and wants more or they'll send them to her mum", 'sextortion-blackmail'],
		["a year 8 girl says a man online told her she's mature 4 her age", 'grooming'],
		['an adult on a discord server asked our year 6s their ages and where they live', 'grooming'],
		["a message to a year 7 says they'll jump him and stab him after school", 'threats-weapons'],
		["an S4 girl's brothers are deciding what to do with her after seeing her tiktok", 'honour-based-abuse'],
		["a year 5 girl's uncle sends her weird messages and tells her to delete them", 'abuse-by-someone-they-know'],
		['a family friend facetimes a year 8 boy and asks him to take his top off', 'abuse-by-someone-they-know'],
		['yr10 put a pic holding a machete on his story captioned whos next', 'threats-weapons'],
		// The reread: each narrowing still leaves the worst case it could hide.
		['year 10 boy video called a girl online, she recorded it and says it goes to all his friends', 'sextortion-blackmail'],
		["after Jay died a year 9 posted a pic holding a knife saying I'm next", 'after-a-pupils-death'],
		['a year 9 has been missing lots of school and has not come home since friday', 'immediate-danger'],
		['mr k gives a year 10 girl vapes for pics', 'paid-for-sexual-images'],
		['an older man in a paramilitary group is messaging a year 9 girl and asking to meet her', 'grooming'],
		['a man sends a year 8 boy extremist videos and says his brothers need him', 'radicalisation'],
		['not a current case, but a year 9 girl says her nudes are being shared', 'sexual-images-under-18'],
		["after Jay died she posted i'm gonna be next, year 10", 'after-a-pupils-death'],
		["he says she'll pay for this unless she sends more pics, year 9", 'sextortion-blackmail'],
		["a year 10 boy has a second phone full of 'shifts'", 'criminal-exploitation'],
		["we need a leaflet for parents after a year 9 girl's nudes were shared round school", 'sexual-images-under-18'],
		// "Head of year. A mum rang": not a picture "of" a mum.
		["Head of year. A mum rang: her 15-year-old's nude is in a group chat of 200", 'sexual-images-under-18'],
		['two year 8s sent each other nudes and one of their mams found them on his phone', 'sexual-images-under-18'],
	]);
	firesNotFor([
		// Everyday words that read as a case.
		["parents say our P2 teacher is 'not fit to teach' and 'picks on' their kids every day", 'self-harm-suicide'],
		["I'm meeting her mum next week about the year 9 boy's attendance", 'after-a-pupils-death'],
		['two things, sorry: a fake account of a year 8 girl is posting, and our X account got hacked last night', 'self-harm-suicide'],
		["a fake page asks parents to send money for 'photo day'", 'paid-for-sexual-images'],
		['a year 9 learner is missing lots of school', 'immediate-danger'],
		['photography club shooting at school for the magazine', 'threat-to-attack-the-school'],
		['a year 8 was recorded in a group chat called form banter talking to everyone about the trip', 'sextortion-blackmail'],
		['year 11s found a nude of mr k from his old onlyfans', 'paid-for-sexual-images'],
		// A fair, prizes, a lesson, a policy, horses, chess, a documentary.
		['a TikTok Live at the summer fair to raise money for the PTA: can viewers send gifts?', 'grooming'],
		['can we give robux gift cards as prizes for the year 5 reading challenge', 'grooming'],
		['planning a PSHE lesson for year 10 that mentions Report Remove, nothing current', 'sexual-images-under-18'],
		['year 10s grooming the ponies for the riding team photo', 'grooming'],
		['a year 7 wants to beat me at chess club', 'threats-weapons'],
		['a documentary about a school shooting for year 10 citizenship', 'threat-to-attack-the-school'],
		['we are reviewing our policy on staff contact with pupils, the annual review', 'staff-conduct'],
		["parents said they'll pay for that, year 7 trip", 'threats-weapons'],
		['year 7s buying robux for secret santa', 'grooming'],
		['a year 11 got a new phone for his shifts at the chippy', 'criminal-exploitation'],
	]);
	it("gives an adult's own answer when every child named only told of it, found it or passed it on, and not otherwise", () => {
		const adultAnswer = (query: string) => matches(query).find((match) => match.forAdult)?.concept.target;
		expect(adultAnswer('year 11s found a nude of mr k on a tiktok account')).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer("a pupil told me there's an intimate photo of our TA on an Instagram account")).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer('pupils shared a nude of our receptionist round the year group')).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer('someone is sharing nudes of my mum')).toBe('/report/outcome/intimate-image-of-an-adult/');
		// A child in the picture, or a child named with no telling or passing on: the child's answer, or neither.
		expect(firstConcept('pupils found nudes of a teacher and of a year 9 girl on his laptop')).toBe('staff-conduct');
		expect(ids('pupils shared a nude of a teacher and a year 10 girl is in one of them')).toContain('sexual-images-under-18');
		expect(adultAnswer("a pupil told me a year 9 girl's nude and one of miss are going round")).toBeUndefined();
		expect(firstConcept('a year 8 girl told me she is being blackmailed, and so is her teacher')).toBe('sextortion-blackmail');
		// An image sent to a teacher is not one of her. Pupils who made one of her: the adult's answer
		// (session 57; until then the harassment guide led).
		expect(adultAnswer('a pupil airdropped an explicit image to one of our female teachers')).toBeUndefined();
		expect(adultAnswer('pupils made a deepfake nude of a teacher')).toBe('/report/outcome/intimate-image-of-an-adult/');
		// Where the adult's answer is on the concept's own page, a child who posts a threat keeps the page's top.
		expect(matches('year 10 boy posted a video with a knife threatening mr smith')[0]?.forAdult).toBe(false);
	});
});

describe('session 55: the forty-eighth and forty-ninth safety sets and held-out 53 and 54 read, in other words', () => {
	firesInOtherWords([
		// Danger now, though the asker offers "999 or 101".
		['a year 9 girl is at a house with men from snapchat and she cant leave, 999 or 101?', 'immediate-danger'],
		['a pupil rang from home, her stepdad has a knife and is threatening her brother', 'immediate-danger'],
		// Cases that had no answer at all.
		['college lecturer dating a 16yo student', 'staff-conduct'],
		['a year 10 learner showed me a teacher asking her to delete their chats, I will talk to him first, is that ok', 'staff-conduct'],
		['year 10 lad used to run a line, they said they would hurt his sister', 'criminal-exploitation'],
		['a year 11 was paid to let a stranger use his bank account', 'criminal-exploitation'],
		['a year 8 boy is obsessed with columbine fan edits', 'radicalisation'],
		['a year 10 is watching islamic state propaganda and wants to travel abroad to join them', 'radicalisation'],
		["an S3 boy is in 'the com' on discord sharing gore", 'radicalisation'],
		['a year 9 boy shares anti immigrant posts from a telegram channel', 'radicalisation'],
		['a year 10 girl says she is being taken out of school to get married', 'honour-based-abuse'],
		["a year 8 girl says her aunties are finding her a husband", 'honour-based-abuse'],
		['heard shouting and a smash during a live lesson with a year 4 boy', 'abuse-seen-on-a-call'],
		['on a zoom with a P5 I heard a man in the background threatening him', 'abuse-seen-on-a-call'],
		["a year 7 girl's snap story shows her dad pushing her mum against the wall", 'abuse-at-home'],
		['a man outside the gates has been filming our children', 'stranger-filming-children'],
		['an instagram account posts videos of our year 8 girls filmed from behind', 'stranger-filming-children'],
		['year 9 girls filmed themselves slapping a girl in the toilets', 'filmed-assault'],
		['a year 10 has been told by a local group he will get a punishment beating', 'threat-from-a-group'],
		["a list of people who'll get shot at the school tomorrow is going round year 9", 'threat-to-attack-the-school'],
		["a year 9 girl's older bf is 20 and picks her up from school", 'grooming'],
		['an S2 girl sent pics to her bf and now he has shared them', 'sexual-images-under-18'],
		['an S3 girl gets vapes off older guys for pics', 'paid-for-sexual-images'],
		["a year 8's stepdad's mate sends her messages on snapchat", 'abuse-by-someone-they-know'],
		['her dad is still signed in to her old ipad and she thinks he can see where she is', 'tracking-of-a-child'],
		// A tracking app put on her phone: the tracking answer first, not grooming's.
		["a year 10 girl's 19 year old boyfriend put a tracking app on her phone", 'tracking-of-a-child'],
		// …but grooming's still, first, when he asks for pictures.
		["a year 9 girl's 25 year old boyfriend put a tracking app on her phone and asks for nudes", 'grooming'],
		['a man online always knows where she is and asks a year 8 girl for pics', 'grooming'],
		// The reread's worst cases for this session's narrowing rules.
		["a man online won't stop messaging a year 7 girl and asking where she lives", 'grooming'],
		['a year 9 is missing, a man took her bank card and she is at his flat', 'immediate-danger'],
		["do we follow our lockdown procedure? someone posted they'll shoot up the school tomorrow", 'threat-to-attack-the-school'],
		['not a real person, an AI girlfriend app is asking a year 9 boy for nudes', 'sexual-images-under-18'],
		["in a history lesson a year 9 boy said he'd bring a knife tomorrow and stab someone", 'threats-weapons'],
		['we have a scenario where a year 9 boy is being blackmailed for money after sending a video', 'sextortion-blackmail'],
		["we need a talk for parents because a year 9 girl's nudes are going round", 'sexual-images-under-18'],
		['no threats yet but a year 10 brought a knife to school', 'threats-weapons'],
		['photos of the party with a year 10 girl topless are going round snapchat', 'sexual-images-under-18'],
		['our PE teacher is seeing a year 11 girl', 'staff-conduct'],
		// The reread: a lesson's or a training's words, with a real telling in the same query.
		['INSET day today, and after it a pupil told me her nudes are on snapchat', 'sexual-images-under-18'],
		['a year 9 was attacked right now and its on instagram live', 'immediate-danger'],
		["a hacker wants money for a year 10 girl's account or he'll post her nudes", 'sextortion-blackmail'],
		// "On" a day is when it happened, not a training's words.
		["on staff training day a year 9 girl's nudes were shared", 'sexual-images-under-18'],
		// Safety 43 and 47, read again.
		["older members of a group chat make a year 9 boy do tasks on live", 'online-group-coercion'],
		['a man in his twenties she met on snapchat picks up a year 9 girl from the park', 'grooming'],
		["an S4 lad is 'working' for older boys who send him to Dundee with a bag", 'criminal-exploitation'],
		['a year 1 girl keeps describing sexual things to other children', 'sexual-behaviour-of-a-young-child'],
	]);
	firesNotFor([
		// A lesson, a training or a policy shaped as "what if", with no real pupil.
		['ECT mentor task: how would I respond if a pupil ever told me they were being blackmailed? Not about a real pupil', 'sextortion-blackmail'],
		["planning a staff INSET session: a scenario where a pupil discloses someone is sharing her nudes", 'sexual-images-under-18'],
		['quiz qs for year 8 on what to do if someone asks for nudes', 'sexual-images-under-18'],
		["our drama group are devising a piece about a boy who is groomed online", 'grooming'],
		["talk for parents' evening on what to do if your child is groomed in games", 'grooming'],
		['year 11 want to discuss a news story about a boy who died after sextortion, what should I say', 'sextortion-blackmail'],
		['reviewing our lockdown procedure for a bomb threat email, nothing has happened, what should it say', 'threat-to-attack-the-school'],
		['PGCE assignment: a pupil tells you a stranger sent them an explicit image, what would you do?', 'adult-sent-a-sexual-image'],
		['a history lesson on the rise of extremism in the 1930s', 'radicalisation'],
		// Words of a case, in ordinary use.
		['tutorial resources for our 16-18 year olds on misinformation', 'grooming'],
		['a foster carer wants to stop strangers adding her boys to whatsapp groups', 'grooming'],
		['a 14 year old inpatient had her instagram hacked while in hospital', 'dangerous-challenge'],
		["a teacher's address was posted after a dispute, no threats as such", 'threats-weapons'],
		['running the line at the schools cup final', 'criminal-exploitation'],
		['DofE groups sharing live location with the group leaders', 'criminal-exploitation'],
		['she told me to screenshot the group chat so we have proof', 'online-group-coercion'],
		['a year 10 was attacked on saturday and the video is now on tiktok', 'immediate-danger'],
		['the paramilitaries are coming for one of our boys, message in a year 10 chat', 'radicalisation'],
		['year 5 girl has location sharing on and everyone can see where she is', 'tracking-of-a-child'],
		['hacker wants money for our page', 'sextortion-blackmail'],
		['a year 9 made anti muslim comments in class', 'radicalisation'],
		['on inset day we are doing staff training on sextortion', 'sextortion-blackmail'],
		['our teachers are seeing more pupils self-harming this term', 'staff-conduct'],
		['pupils kept shouting during the live lesson, how do I mute them', 'abuse-seen-on-a-call'],
		["scared he won't be coming back to school after his operation", 'honour-based-abuse'],
		['year 12 are making a short film on self-harm awareness for mental health week', 'self-harm-suicide'],
		['year 6 made me promise not to tell: a surprise leaving party for their teacher, parents to send photos', 'grooming'],
	]);
	it('reads the top of a range of ages as no one\'s age ("16–18 year olds")', () => {
		expect(ids('a tutorial with 16–18 year olds')).toEqual([]);
		expect(ids('a tutorial with 16 to 18 year olds')).toEqual([]);
		expect(ids('her boyfriend is 19 and she is 15')).toContain('grooming');
	});
	it("gives an adult's own answer for a staff address when the pupils named only saw or told of it, not when one may have made the threat", () => {
		expect(matches("pupils saw a post saying where our TA lives and 'watch your back'")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches('a pupil showed me a post with our head of maths home address and pay him a visit')[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches('a boy in year 9 says he knows where miss lives and will batter her')[0]?.forAdult).toBe(false);
	});
	it("gives an adult's own answer for a teacher's picture that pupils have only seen, and a parent's own blackmail", () => {
		const adultAnswer = (query: string) => matches(query).find((match) => match.forAdult)?.concept.target;
		expect(adultAnswer('some year 8s have seen an intimate video of their pe teacher her ex posted')).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer('a parent at our school is being sextorted and asked for help')).toBe('/report/outcome/blackmail-of-an-adult/');
		// A child's own case stays the child's: a dating app is no sign of an adult's, nor a parent
		// who is the one "blackmailing".
		expect(firstConcept('a year 8 girl says her dad has been blackmailing her with photos')).toBe('sextortion-blackmail');
		expect(firstConcept('a parent from the school is blackmailing a year 9 girl for nudes')).toBe('sextortion-blackmail');
		expect(firstConcept("a year 11 boy told me someone he matched with on a dating app wants money or they'll post his video")).toBe('sextortion-blackmail');
		expect(adultAnswer('a year 10 girl has seen that her ex posted her nudes')).toBeUndefined();
		expect(firstConcept('a pupil told a teacher her ex shared her nudes')).toBe('sexual-images-under-18');
	});
});

describe('session 56: the fiftieth and fifty-first safety sets and held-out 55 and 56 read, in other words', () => {
	firesInOtherWords([
		// Danger now that had no 999 answer, or another one first.
		['mum is driving round looking for her, she went to meet a lad from roblox', 'immediate-danger'],
		['year 8 fainted doing the blackout challenge and is not coming round', 'immediate-danger'],
		['on the class call we heard a girl screaming and now nobody answers at home', 'immediate-danger'],
		['her 25 year old ex is parked outside the school and she is terrified', 'immediate-danger'],
		['a year 9 went to meet someone from snapchat at 6 and isnt answering her phone', 'immediate-danger'],
		['an S2 is missing since 6pm tonight and was missing from home twice before', 'immediate-danger'],
		// Cases that had no answer at all.
		['a stranger on tiktok keeps trying to get a year 7 girl to meet him', 'grooming'],
		["a man online keeps telling a year 10 boy to leave home and come and live with him", 'grooming'],
		["a group on telegram is making a year 8 girl do 'dares' and send pics", 'online-group-coercion'],
		["a teaching assistant kept a copy of a year 10 pupil's nude from her phone", 'staff-conduct'],
		['our youth leader has been adding children from the group on instagram', 'staff-conduct'],
		['the coach has been sending her gifts, she is in year 9', 'staff-conduct'],
		["the boy's family posted they will come to school and sort our son out with a bat", 'threats-weapons'],
		['someone posted that a year 10 boy\'s house will be petrol bombed', 'threats-weapons'],
		['an anonymous account says there will be a shooting at our secondary on friday', 'threat-to-attack-the-school'],
		// Scots: "gonnae", "efter", "feart", "hame".
		['a bampot in s3 posted a blade sayin hes gonnae get a boy efter school', 'threats-weapons'],
		['wee p4 bairn says his da hits him, feart tae go hame', 'abuse-at-home'],
		// "Wi" is Scots for "with", not "WWI" (read as one with it once double letters are squashed).
		['a boy in s2 posted a pic wi a knife sayin hes gonnae get him', 'threats-weapons'],
		// A member of staff told, asked or sent something, and one who did it, in the same query.
		['a pupil told her form tutor that the PE teacher sent her pics at night', 'staff-conduct'],
		['the head has been told a teacher has been messaging a year 9 girl on snapchat', 'staff-conduct'],
		['a video showing a teacher hitting a year 7 boy', 'staff-conduct'],
		// The narrowing rules' worst cases.
		['a year 9 with a history of self harm is in a discord server that tells her to cut', 'self-harm-suicide'],
		['a year 7 said momo told her to hurt herself and she has cut her arm', 'self-harm-suicide'],
		['a year 9 girl said she would kill herself on the way home', 'self-harm-suicide'],
		['a year 7 shared it with all her friends that she wants to kill herself', 'self-harm-suicide'],
		['what do we do if we think a teacher is grooming a year 9 girl', 'staff-conduct'],
		['the PE teacher has been messaging a year 9 girl on snapchat at night from a fake instagram', 'staff-conduct'],
		['our PE teacher is her online coach and messages a year 9 girl at night on snapchat', 'staff-conduct'],
		['a man is filming outside her house right now, she is in year 8', 'immediate-danger'],
		["they posted a year 9 boy's address and said they'll stab him if he tries to leave the house", 'pupil-address-with-threats'],
		["a year 11 says he'll sort him out with a bat after school", 'threats-weapons'],
		['a year 10 posted he will do what they did in america on the last day of term', 'threat-to-attack-the-school'],
	]);
	firesNotFor([
		// A member of staff who was told, asked or sent something did not do it.
		["a girl (14) told a youth worker her ex sent her nudes round his mates' group chat", 'staff-conduct'],
		["a P6 girl's mum showed our designated teacher messages from a man telling her to keep it a secret", 'staff-conduct'],
		['teenage boys keep sending our young female instructor sexual comments on instagram', 'staff-conduct'],
		['a year 10 asked a TA how you would make something that goes bang', 'staff-conduct'],
		["a year 10 talks about an online 'mentor' who sends him videos about a race war", 'staff-conduct'],
		['a fake instagram of our principal is messaging pupils', 'staff-conduct'],
		// Words of a case, in ordinary use or told as history.
		["our scout group's gmail was sending dodgy links at 6am today, the leader who set it up can't log in", 'immediate-danger'],
		['review site posts about a staff member, the site is not responding', 'immediate-danger'],
		['he has been missing from home twice this month and is in school today', 'immediate-danger'],
		['her ex was parked outside my house twice last week and I am scared', 'immediate-danger'],
		['pupils posted a tiktok filmed outside her house saying we know where u live', 'stranger-filming-children'],
		['a year 9 girl with a history of self harm has a man online who says he understands her', 'online-group-coercion'],
		['an S2 girl sent a topless photo to her boyfriend in S3 and he shared it', 'abuse-by-someone-they-know'],
		['an adopted year 8 boy is being contacted by his birth mum on instagram', 'abuse-by-someone-they-know'],
		['a year 12 let someone use her bank account and now they threaten her family', 'sextortion-blackmail'],
		['a man on a gaming server sends a year 9 boy manifestos about a race war', 'grooming'],
		["two girls were attacked on the way home and the video is on tiktok, what should the school do about pupils sharing it", 'self-harm-suicide'],
		["the S3 boy is refusing to leave the house since they posted a blade with his name", 'pupil-address-with-threats'],
		['our under 14s were killing it in the cup final, ok to post the pics if one parent said no', 'honour-based-abuse'],
		["'URGENT share with every parent: a thing like momo on youtube kids tells children to hurt themselves'", 'self-harm-suicide'],
		['parents are sharing a post saying kids are told to hurt themselves by a character in a video', 'self-harm-suicide'],
		['what should our club policy say about coaches messaging young people directly', 'grooming'],
		['a welsh bacc project: a learner wants to research knife crime in cardiff', 'threats-weapons'],
		['modern studies: how extremist groups use social media, using news and academic sources', 'radicalisation'],
		// A lesson, a course or an inspection's question.
		['how to teach the rse code in wales about nudes in year 8', 'sexual-images-under-18'],
		['st john ambulance first aid for yr 10 dofe, bleeding kits and overdose awareness', 'self-harm-suicide'],
		['for estyn, how do we show that we teach pupils about sextortion and deepfakes', 'sextortion-blackmail'],
		['WWI weapons at the museum trip for year 9', 'threats-weapons'],
		['call summary: a year 9 was asked for pictures by a group and now they are hurting her cat on camera', 'immediate-danger'],
		["dad says he will come and live with him after the divorce", 'grooming'],
		['a year 10 wants to leave home and go to live with her dad', 'grooming'],
		["a year 9 boy isn't coming to school today, mum says he is ill", 'immediate-danger'],
		["a year 6 boy's dad isn't coming round this weekend and he is upset", 'immediate-danger'],
		["the DSL kept a copy of the pupil's disclosure form", 'staff-conduct'],
		['head asked staff to collect copies of the nude as evidence for the panel', 'staff-conduct'],
		["a reception child has been copying things he saw on daddy's tablet, the naked people game, the teaching assistant wrote it down", 'staff-conduct'],
		['emails between a pupil and the teacher about homework', 'staff-conduct'],
		['the teacher gave them presents at the end of term', 'staff-conduct'],
		['a year 9 went to meet her friend at the park and her location shows the park', 'immediate-danger'],
	]);
	it("reads a year group's teacher with a subject, and the class a teacher teaches, as no child", () => {
		const adultAnswer = (query: string) => matches(query).find((match) => match.forAdult)?.concept.target;
		expect(adultAnswer('our year 9 maths teacher keeps getting messages about where she went and found an airtag in her handbag')).toBe('/report/outcome/tracking-of-an-adult/');
		// The class she teaches names no child in the case; a class that is in it does.
		const named = (query: string) => whoIsNamed(actNowTerms(query), encoded);
		expect(named('someone will send her old pics to the S4 class she teaches').child).toBe(false);
		expect(named('someone will send her old pics to the year 10 group I teach').child).toBe(false);
		expect(named('someone sent pics of an S4 class to her').child).toBe(true);
		expect(adultAnswer('a nude photo of one of our dance teachers was posted by her ex-partner, some of the older students have seen it')).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer("one of our youth leaders got a message saying they've a webcam video of him and want £500")).toBe('/report/outcome/blackmail-of-an-adult/');
		// A child in the case is still one: a year 9 girl tracked, a teacher told of a pupil's video.
		expect(firstConcept('our year 9 girl found an airtag in her school bag')).toBe('tracking-of-a-child');
		expect(adultAnswer("our maths teacher found an airtag in her handbag, a pupil saw it. we don't think pupils are involved")).toBe('/report/outcome/tracking-of-an-adult/');
		expect(firstConcept("a year 9 girl found an airtag in her bag, we think pupils are involved")).toBe('tracking-of-a-child');
		expect(adultAnswer("a teacher got a message saying they've a video of her daughter and want £500")).toBeUndefined();
	});
	it("gives the child's answer for a photo 'up my skirt', which may be a pupil's own words", () => {
		// Not an adult's sign: "a year 8 girl said a boy took a photo up my skirt" is her case.
		expect(matches('a year 8 girl said a boy took a photo up my skirt')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});
	it("reads the school where the asker teaches as the asker's own case only when the pictures are the asker's", () => {
		const adultAnswer = (query: string) => matches(query).find((match) => match.forAdult)?.concept.target;
		expect(adultAnswer('my ex posted private pics of me online and tagged the school I teach at')).toBe('/report/outcome/intimate-image-of-an-adult/');
		expect(adultAnswer('my ex put intimate photos on a website and tagged the name of the school where I teach')).toBe('/report/outcome/intimate-image-of-an-adult/');
		// A pupil of the school where the asker teaches is a child in the case (session 56: it had no answer at all).
		expect(firstConcept('a pupil where I teach shared nudes')).toBe('sexual-images-under-18');
		expect(firstConcept('pupils tagged the school where I teach in a nude of a year 9 girl')).toBe('sexual-images-under-18');
	});
	it("reads 'our head of year' as no child pictured, and a child pictured beside the adult as a child's case", () => {
		// "Our head of year" is no year group pictured: pupils who made it, the adult's answer (session 57).
		expect(childMatches('yr 11s made a deepfake porn vid of our head of year')).toEqual([]);
		expect(matches('yr 11s made a deepfake porn vid of our head of year')[0]?.forAdult).toBe(true);
		expect(firstConcept('boys made a fake nude of me and a year 9 girl')).toBe('sexual-images-under-18');
		expect(firstConcept('pupils made a deepfake of me with some year 10 girls')).toBe('sexual-images-under-18');
		expect(firstConcept('a nude of our head of year 9 girls')).toBe('sexual-images-under-18');
		// A tracker in her car, and a pupil who saw the car: still the adult's own case.
		expect(matches("a classroom assistant keeps finding her ex turning up wherever she goes, she thinks there's a tracker in her car, and a year 12 pupil has mentioned seeing the same car outside school")[0]?.forAdult).toBe(true);
	});
	it("reads a document that \"says\" as no one telling of a case", () => {
		expect(ids("we're writing our own policy on young people sharing nudes, what does the Welsh guidance say")).toEqual([]);
		expect(ids('writing our own policy on nudes and what the welsh guidance says')).toEqual([]);
		expect(ids('writing our own policy, and a pupil says her nudes are on snapchat')).toContain('sexual-images-under-18');
	});
});

describe('session 57: the fifty-second and fifty-third safety sets and held-out 57 and 58 read, in other words', () => {
	firesInOtherWords([
		// Someone the child knows, in other words.
		['ex yr13 now 20 still snapchatting year 8 girls', 'grooming'],
		['a former student keeps messaging year 10 girls on snapchat', 'grooming'],
		['PTA dad messaging year 8 girls telling them they look older than they are', 'grooming'],
		['the escort on the council taxi says a year 9 girl is his girlfriend', 'grooming'],
		['a year 8 boy: his instructor offers free lessons if he keeps them to himself', 'grooming'],
		['s2 girl says her uncle dms her about her body', 'abuse-by-someone-they-know'],
		['year 10 girl says her grandfather sends her sexual messages on facebook', 'abuse-by-someone-they-know'],
		['a year 6 girl says the neighbour sent her a pic of his penis on whatsapp', 'adult-sent-a-sexual-image'],
		['a P4 boy keeps asking other children to show him their bottoms', 'sexual-behaviour-of-a-young-child'],
		['year 9s filmed themselves battering a year 7 and it is on tiktok', 'filmed-assault'],
		['a video going round of three S3 girls attacking an S1 girl at the bus stop', 'filmed-assault'],
		['a parent keeps filming the year 4 children in the playground and putting them on an account online', 'stranger-filming-children'],
		['an adult filming p6s at the gate and putting it on tiktok', 'stranger-filming-children'],
		// "Him self-harm" is not "himself harm".
		['his cousin sends him self-harm videos and says he should try it', 'self-harm-suicide'],
		['a year 9 said an ai chatbot gave her tips on hiding her self-harm', 'self-harm-suicide'],
		['she said she wants to kill her self', 'self-harm-suicide'],
		// Threats, blackmail and danger in other words.
		["her ex posted that he'll do her in, with a photo of a hammer, year 11", 'threats-weapons'],
		["an S4 girl was sent messages saying she'll be jumped outside the gates at home time", 'threats-weapons'],
		["a year 10 posted that she is on the bridge and going to jump", 'immediate-danger'],
		['a man she met online is driving a year 7 girl somewhere and she does not know where', 'immediate-danger'],
		["she said 'hes got my pics and will send them to my mum'", 'sextortion-blackmail'],
		['a boarder (16): an online contact is threatening to publish intimate material unless he pays in gift cards', 'sextortion-blackmail'],
		['some1 pretending 2 be a 15yo boy messaging our yr7s', 'grooming'],
		["a year 10 told a teacher 'no point being alive'", 'self-harm-suicide'],
		['a pupil says a teacher has her pics', 'staff-conduct'],
		['we lost an S4 pupil at the weekend and photos are going round snapchat', 'after-a-pupils-death'],
		['we lost a pupil on the school trip to france, he drowned, and rumours are on tiktok', 'after-a-pupils-death'],
		["yr 9 lad posting cash, says hes running for someone", 'criminal-exploitation'],
		['a gang posted a year 10 boy saying hes a target', 'threat-from-a-group'],
		// The narrowing rules' worst cases: still the answer.
		['her cousin keeps asking for pics of her, she is in year 8', 'abuse-by-someone-they-know'],
		['mums new partner wants to be added on her snapchat, she is in year 7', 'abuse-by-someone-they-know'],
		["at INSET on monday a year 8 told staff a man has her pics and wants money", 'sextortion-blackmail'],
		['a man on a far right channel is messaging a year 8 girl and asking to meet', 'radicalisation'],
		['an adult he met on roblox has asked to meet a year 7 boy', 'grooming'],
		['year 9 boy is working for older boys and has two phones', 'criminal-exploitation'],
		["a boy in S5 says he still has her nude and will put it on insta if she doesn't send another", 'sextortion-blackmail'],
		['a year 9 said an older boy off a gaming server keeps asking her for pics', 'grooming'],
	]);
	firesNotFor([
		// Ordinary words of a case.
		["a parent wants to post photos from her cousin's wedding, some of our pupils were bridesmaids", 'abuse-by-someone-they-know'],
		["mam's new partner wants to be added to the school app to book parents' evening", 'abuse-by-someone-they-know'],
		["a teacher's facebook was hacked and is asking parents to buy amazon vouchers, parents have phoned", 'sextortion-blackmail'],
		['INSET on sextortion for all staff, any slides', 'sextortion-blackmail'],
		['our art department wants nude skin-tone pencils for all skin colours', 'sexual-images-under-18'],
		["a p7 pupil's mum is waiting for social work to call back about an older boy sharing a photo", 'criminal-exploitation'],
		['an S3 boy has two phones and social work are involved', 'criminal-exploitation'],
		['he keeps it to himself when he is upset, year 9', 'grooming'],
		['our ex pupil now at uni is messaging year 13 about open days', 'grooming'],
		['the filter makes them look older than they are, year 8', 'grooming'],
		['the bus driver gives the year 1s sweets at Christmas', 'grooming'],
		['the photographer has got the photos and will send them to parents', 'sextortion-blackmail'],
		['no point being in the group chat if nobody talks', 'self-harm-suicide'],
		['her mum is driving her somewhere after school', 'immediate-danger'],
		['the teacher has got the pics from the trip', 'staff-conduct'],
		["a colleague's ex has uploaded her intimate photos and some year 11s found them", 'staff-conduct'],
		['we lost a year 7 pupil on the school trip but found him safe', 'after-a-pupils-death'],
		['we have lost a pupil on the trip and cannot find her', 'after-a-pupils-death'],
		['he is running for a place on the school council, year 9', 'criminal-exploitation'],
		['year 10 target grades and the gang show', 'threat-from-a-group'],
		['parent filming the year 4 children in the playground at sports day', 'stranger-filming-children'],
		['her older brother sent her private photos of the holiday, she is in year 8', 'adult-sent-a-sexual-image'],
		// "Pupil support teacher" is a member of staff, here one who was shown the messages.
		["an S3 girl showed her pupil support teacher messages from a boy in S5 who has her nude", 'staff-conduct'],
		["a year 7 girl got messages saying she will be 'jumped with a blade' on friday", 'filmed-assault'],
	]);
	it("gives the adult's answer when pupils made an image of a member of staff, and the child's when a child is pictured or speaks", () => {
		const first = (query: string) => matches(query)[0];
		expect(first('yr 10 boys made a fake nude of miss with an ai app and its in their group chat')).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(first('year 10s used an ai app to make a fake nude of their maths teacher')).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		// Worst cases: a pupil's words passed on, a child pictured.
		expect(first('a pupil told me boys made a fake nude of me')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(first("she said boys made a fake nude of me and shared it")).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(first('year 10 boys made a fake nude of a year 9 girl')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(first('year 10 boys made a fake nude of miss and of a year 9 girl')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(first('year 10 boys used an app to make a nude of a year 8 girl')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});
});

describe('session 58: the fifty-fourth and fifty-fifth safety sets and held-out 59 and 60 read, in other words', () => {
	firesInOtherWords([
		// Danger now, in other words.
		['a p5 boy on facetime says his mum has collapsed and is not answering him', 'immediate-danger'],
		["her stepdad is kicking the bedroom door in right now, she's on a video call", 'immediate-danger'],
		['an S4 boy is streaming on tiktok live from the railway bridge', 'immediate-danger'],
		["a year 10 posted 'last message' on snap tonight and nobody can reach her", 'self-harm-suicide'],
		['year 8 girl has been posting on instagram about cutting', 'self-harm-suicide'],
		['a p7 posted a goodbye story on instagram', 'self-harm-suicide'],
		// Harms told in a vulnerable child's case.
		['a boy with autism is in a discord server where members give him tasks that are getting sexual', 'online-group-coercion'],
		["an S5 girl says her family want her 'cured' because she is gay", 'honour-based-abuse'],
		['year 12 girl afraid her brothers will hurt her over family honour', 'honour-based-abuse'],
		['a year 3 girl said her stepdad burns her arm with a lighter', 'abuse-at-home'],
		["a year 10 boy says a gang told him he's on their list for talking to police", 'threat-from-a-group'],
		["a post says a year 9 lad will get his legs broke at the weekend", 'threats-weapons'],
		['a photo of our school with crosshairs on it was posted last night', 'threat-to-attack-the-school'],
		['an air tag was found in a year 8 girls blazer pocket', 'tracking-of-a-child'],
		// A member of staff asking a pupil for pictures, or messaging them on an app.
		['a year 9 girl says mr jones asked her for pics', 'staff-conduct'],
		['an S3 boy says a teacher told him to send photos of himself', 'staff-conduct'],
		['a year 8 girl showed us that her teacher messaged her on snapchat', 'staff-conduct'],
		['an S5 boy with no speech got messages from one of our support workers', 'staff-conduct'],
		// Worst cases of the narrowing rules: the group still fires.
		["an S1 girl told her guidance teacher that a group online 'owns' her and makes her do tasks", 'online-group-coercion'],
		['she told her tutor she has been made to hurt herself by people online', 'online-group-coercion'],
		['she told her form tutor she hurts herself because people on discord are telling her to', 'online-group-coercion'],
		['a video filmed outside the school gates shows a man waiting for a year 7 girl now', 'immediate-danger'],
		['none of our pupils had mentioned it, but a year 7 was taken to hospital after the blackout challenge', 'dangerous-challenge'],
		// A child lost on a trip and not found is danger now (found safe is not: session 57's tests).
		['we have lost a pupil at the museum and cannot find him', 'immediate-danger'],
		["her mum says she can't find her anywhere and she is 13", 'immediate-danger'],
	]);
	firesNotFor([
		// Telling a teacher is not a group telling her to harm herself.
		["a year 8 told her tutor she's been hurting herself after seeing posts online", 'online-group-coercion'],
		// A video about the school filmed at its gates is not danger at the gates.
		['a tiktok filmed outside our gates mocks a named teacher, tiktok will not remove it', 'immediate-danger'],
		// Ordinary words of the new rules.
		['the academy trust merger has collapsed', 'immediate-danger'],
		["the year 11 posted his last video of the season on youtube", 'self-harm-suicide'],
		['our youth worker is not school staff and a drill video named a boy with crosshairs on his face', 'threat-to-attack-the-school'],
		['the head asked her for photos of the trip for the newsletter', 'staff-conduct'],
		['a teacher asked him to send a photo of his homework', 'staff-conduct'],
		["a year 9 wouldn't stop filming and the man stopped when staff asked him", 'staff-conduct'],
		['a video of her boyfriend scoring a goal is going round year 10', 'sexual-images-under-18'],
		["a year 9 lost her phone on the trip and can't find it", 'immediate-danger'],
		['the head wants a goodbye video from the pupils for the retiring caretaker', 'self-harm-suicide'],
		['the trans pupil in year 9 had her laptop fixed by the technician', 'honour-based-abuse'],
		['a year 11 girl got her legs done for prom', 'threats-weapons'],
		['he is breathing heavily in the voice notes he sends a year 8 girl', 'immediate-danger'],
		// A hoax parents have heard of, that no pupil has mentioned.
		['parents are forwarding a warning about a creepy character that tells children to hurt themselves on whatsapp', 'dangerous-challenge'],
		['a blackout challenge warning is going round the parents, none of our pupils have mentioned it', 'dangerous-challenge'],
	]);
	it("gives the adult's answer when the asker's own image or the school's parents are what a threat names", () => {
		const first = (query: string) => matches(query)[0];
		expect(first('teacher here, someone wants money or they will post my private pics')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		expect(first('our TA is being blackmailed with a video and they say they will send it to the parents of every pupil in her class')).toMatchObject({ forAdult: true, concept: { id: 'blackmail-of-an-adult' } });
		// Worst cases: a child in the case, or a pupil told of it, keeps the child's answer.
		expect(first('teacher here, a year 9 girl says someone is threatening to send her pics unless she pays')).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(first('a year 9 girl is being blackmailed: he will send her nudes to every pupil in her year')).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(first('someone is threatening to send her nudes to every pupil in the school unless she pays')).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(first('a supply teacher airdropped a nude to every pupil in the class')).toMatchObject({ forAdult: false });
		// A pupil named after another verb's "by" who then passed the image on: "taken by a year 11 and shared".
		expect(first('a nude of miss taken by a year 11 and shared round the year group')).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(first('a nude of a year 9 girl taken by a year 11 and shared round')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		// "The boys", named again after they made it, are the same boys, not children in the case.
		expect(first('year 11 boys used an ai app to make a fake nude of a teacher. the boys have been excluded, how do we get it removed')).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(first('year 11 boys used an ai app to make a fake nude of a teacher and of a year 8 girl')).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		// "Forwarded by the principal": the one passing the email on, not one in the case.
		expect(first("an email from a p7 parent, forwarded by the principal: someone he met on the xbox has a picture of him and wants gift cards or he'll send it to his class")).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
	});
});

describe('session 59: the fifty-sixth and fifty-seventh safety sets and held-out 61 and 62 read, in other words', () => {
	firesInOtherWords([
		// Risk told down: the harm under the hedge still fires.
		["probably nothing but a friend says he cuts, he says he's stopped", 'self-harm-suicide'],
		["year 7 texted her mate that she's on the bridge, mate thinks she's joking", 'immediate-danger'],
		['a caller says a year 10 girl is being kept in a flat tonight', 'immediate-danger'],
		['a neighbour can hear a year 4 boy screaming next door right now', 'immediate-danger'],
		["a boy posted a photo of tablets saying 'taken them all, bye'", 'immediate-danger'],
		["a p4 girl says mum's boyfriend hit her last night but she wants to go home", 'abuse-at-home'],
		["an S3 girl says her cousins will 'deal with her' if they see her snapchat", 'honour-based-abuse'],
		['a year 7 got sent a d pic by a grown man on instagram, she says she is fine', 'adult-sent-a-sexual-image'],
		['a year 5 girl is chatting to a boy on roblox who wants her snap, her mum is not worried', 'grooming'],
		["a year 6 boy keeps talking about an older friend from fortnite who is really nice to him", 'grooming'],
		['an S1 boy has a new phone and says he does errands for older lads', 'criminal-exploitation'],
		['a lad in year 9 has expensive new trainers and is always messaging older boys', 'criminal-exploitation'],
		['a reception boy tries to get other children to take their pants down', 'sexual-behaviour-of-a-young-child'],
		['a video of a year 8 being punched on the field is on snapchat, his mum says it was play fighting', 'filmed-assault'],
		["a rumour says a year 10 girls pics are in a telegram group", 'sexual-images-under-18'],
		["someone mentioned a leaks folder of year 11 photos", 'sexual-images-under-18'],
		['a year 9 boy was tricked into sending a video on instagram and now they want money', 'sextortion-blackmail'],
		['one of our teachers has been sending a year 11 girl snapchat messages at night', 'staff-conduct'],
		['a former pupil says a teacher who still works here sent her flirty snapchats in year 12', 'staff-conduct'],
		['a teacher has been sending a year 10 girl flirty messages', 'staff-conduct'],
		['a year 8 girl says a supply teacher added her on tiktok and liked her old videos', 'staff-conduct'],
		["a gang from the next estate say they're coming for a year 8 boy", 'threat-from-a-group'],
		['the estranged father knows where they are, the girl still has life360 on her phone', 'tracking-of-a-child'],
		['a year 9 boy is being asked for gift cards after a video call', 'sextortion-blackmail'],
		['a year 9 girl has stopped eating and is losing weight', 'self-harm-suicide'],
		// Found by reading the worst cases of the issue's harms in other words.
		['girl in P6 says a man in a van asked her to get in', 'immediate-danger'],
		['a kid in year 5 has been sending videos of himself to someone on tiktok', 'grooming'],
		["a P2 girl says her da's pal showed her rude videos on his phone", 'abuse-by-someone-they-know'],
		['a P5 boy says his uncle makes him play a secret game on the ipad', 'abuse-by-someone-they-know'],
		['a year 9 girl disclosed her step dad comes into her room at night', 'abuse-by-someone-they-know'],
		["a young carer in P6 says mum takes too many tablets and won't wake up", 'immediate-danger'],
		['a year 9 girl is getting sexual messages from a man on instagram', 'grooming'],
		['her dad hits her', 'abuse-at-home'],
		['she said her step dad touches her', 'abuse-by-someone-they-know'],
		['kid got scammed into sending a vid and now they want £££', 'sextortion-blackmail'],
		// A child raped or sexually assaulted (a concept of its own since session 59: it had none).
		["an S5 pupil said she's been raped at a party at the weekend", 'sexual-assault'],
		['a pupil says her boyfriend forces her to have sex', 'sexual-assault'],
		['a year 10 girl says she was sexually assaulted on the way home', 'sexual-assault'],
		["a boy in year 9 said he'd rape her if she told", 'threats-weapons'],
		// Worst cases of the narrowing rules: these still fire.
		['a year 9 girl has cuts and bruises on her arm again', 'self-harm-suicide'],
		["a year 8 told me someone posted my address and said they're coming round", 'pupil-address-with-threats'],
		// The reread: the worst case behind each narrowing still fires.
		["a P2 boy's sexual behaviour isn't age appropriate, he touches other children in the toilets", 'sexual-behaviour-of-a-young-child'],
		['the video was too graphic to show anyone, a year 9 being kicked in the head on snapchat', 'filmed-assault'],
		["she's stopped eating lunch in the canteen and says she wants to die", 'self-harm-suicide'],
		["she has bruises on her arms again and told me she's been hurting herself", 'self-harm-suicide'],
		['a friend says she cuts in the school toilets', 'self-harm-suicide'],
		['a year 8 girl is meeting a man from snapchat tonight', 'immediate-danger'],
		['a year 9 boy has a knife in his bag now', 'immediate-danger'],
		['a year 10 boy showed a knife in the toilets last week', 'threats-weapons'],
		["a man from fortnite is asking a P6 boy to go on camera", 'grooming'],
		["his uncle films him on a video call and makes him keep it secret", 'abuse-by-someone-they-know'],
	]);
	firesNotFor([
		// The hedged everyday controls of the sets, in other words.
		['how do we track down a school laptop that went missing from the ict suite', 'immediate-danger'],
		['our year 11 set text has a suicide in it, An Inspector Calls, should we warn them', 'self-harm-suicide'],
		['is a film about online grooming too much for year 5 pshe, is it age appropriate', 'grooming'],
		['our year 8 assembly on online grooming needs new slides, anything I should avoid showing', 'grooming'],
		['how should we run a sixth form debate on extremism in politics', 'radicalisation'],
		// Words of the new rules in ordinary use.
		['a year 10 boy says he cuts class on fridays', 'self-harm-suicide'],
		['the caretaker is on the roof fixing the gutter', 'immediate-danger'],
		['our catering supplier says their bank details have changed and parents got texts asking them to pay through a link', 'criminal-exploitation'],
		["a year 7's older brother mocked his new trainers", 'criminal-exploitation'],
		// Gifts and photos with no threat or demand are grooming's, not sextortion's.
		['a man on discord sends a year 8 girl gifts and has photos of himself in his profile', 'sextortion-blackmail'],
		// Said once a harm is past or planned for later, it is not danger now.
		['a former pupil says a man talked her into meeting him when she was in year 10', 'immediate-danger'],
		['a year 12 told her tutor she took an overdose in the summer holidays', 'immediate-danger'],
		['a man on snapchat wants to meet a year 8 girl at the weekend', 'immediate-danger'],
		["a year 10 boy showed a knife last week, he says it's gone now", 'immediate-danger'],
		["head of year here, a girl told me a boy has a teacher's live location, nobody seems to be in danger", 'immediate-danger'],
		// A child told of an online friend's secret by the class teacher asking is not the teacher's secret.
		["P6 teacher here, a boy's online best friend buys him v-bucks and tells him to keep it secret from his mum", 'staff-conduct'],
		// A paramilitary group's threat is not an online group's coercion.
		["men from a paramilitary group told a year 11 boy on snapchat to leave or he'll be shot", 'online-group-coercion'],
		['the man from the garage fixed the car so we can get in again', 'immediate-danger'],
		['the year 6 boy sends pictures of himself to his nan every day', 'grooming'],
		['the year 4s played a secret game of hide and seek at wet play', 'abuse-by-someone-they-know'],
		["mum can't wake him up for school because he games all night", 'immediate-danger'],
		['our TA says her dad is in hospital', 'abuse-at-home'],
		['her dad touched base with the school about the trip', 'abuse-by-someone-they-know'],
		['year 11 boys making rape jokes in the group chat', 'sexual-assault'],
		['a lesson on rape culture for year 10', 'sexual-assault'],
		['we need training on sexual assault for staff', 'sexual-assault'],
		// "Her parents" is no hint of a child in the case: a TA's blackmail is hers.
		["one of our TAs is being blackmailed with intimate photos of her, they'll send them to the parents' group", 'staff-conduct'],
		// A pupil's messages to a member of staff are harassment of the staff member, not grooming.
		['an NQT is getting sexual messages from a year 11 boy on instagram', 'grooming'],
		// Windows put in by builders are not a threat.
		['the builders will put the new windows in next week', 'threats-weapons'],
		['we need the address for the museum visit and parents will pay online', 'threats-weapons'],
		// A relative's phone is not a call.
		["an S2 boy has a second phone and does errands for his cousin's pals", 'abuse-by-someone-they-know'],
	]);
	it('reads a planned meeting, a past overdose and a man met online first for the harm, not as danger now', () => {
		expect(firstConcept('a man on snapchat wants to meet a year 8 girl at the weekend')).toBe('grooming');
		expect(firstConcept('a year 12 told her tutor she took an overdose in the summer holidays')).toBe('self-harm-suicide');
		expect(firstConcept("a P6 boy says a 'coach' he met on fortnite wants to video chat with the camera on, the man says it's fine")).toBe('grooming');
		// A parent who batters a child is abuse at home, not a threat.
		expect(firstConcept('his dad batters him')).toBe('abuse-at-home');
	});
	it("reads 'one of a year 9 girl', after a nude named before, as a child in a picture, and a pupil four words after 'shared by' as one who passed it on", () => {
		expect(matches('year 10 boys made a fake nude of miss. the boys also made one of a year 9 girl')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(matches('a nude of miss was shared by a year 11 boy')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('a deepfake of our TA was made and posted by a boy in S5')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});
	it("gives a member of staff's threat its own answer when the pupils only showed the post", () => {
		expect(matches("two year 10 pupils showed us a post saying our head of year lives on a named street and 'will get a visit'")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("S3 pupils told me they saw our guidance teacher's address and a pic of her front door on snapchat with 'she's getting it'")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		expect(matches("a teacher's home address was posted on tiktok with comments saying they'll put her windows in")[0]).toMatchObject({ forAdult: true, concept: { id: 'threat-to-a-member-of-staff' } });
		// Worst case: a pupil's own address keeps the pupil's answer.
		expect(matches("a post gives a year 11 pupil's home address and says the house will get a visit tonight")[0]).toMatchObject({ forAdult: false });
	});
});

describe('session 60: the fifty-eighth and fifty-ninth safety sets and held-out 63 and 64 read, in other words', () => {
	firesInOtherWords([
		// Paid for pictures, however the payment is told.
		['a year 11 boy has been paid in amazon vouchers by a man online for videos of himself', 'paid-for-sexual-images'],
		['an S4 girl is being paid by someone on snapchat for pics', 'paid-for-sexual-images'],
		['a man on instagram is offering a year 10 boy cash for private videos', 'paid-for-sexual-images'],
		// Voice-to-text slips and spellings by sound.
		['year 9 girl sent new des to a boy in year 11', 'sexual-images-under-18'],
		['a year 10 boy says he has been self home in since christmas', 'self-harm-suicide'],
		['an s3 girl was looking up suside on her phone in maths', 'self-harm-suicide'],
		// Abuse at home in the words of the one telling.
		["a year 8 boy says his mum's partner knocks him about when he's had a drink", 'abuse-at-home'],
		['a p5 girl says her dad throws things at her when he is angry', 'abuse-at-home'],
		['a year 3 boy has marks on his back and says his stepdad did it', 'abuse-at-home'],
		// A child harmed by someone they know, told as it happened.
		['a year 4 girl says the family friend who babysits asks her to do things on video', 'abuse-by-someone-they-know'],
		['a year 10 girl says a boy forced her to do stuff at a party', 'sexual-assault'],
		['an S4 girl says an older boy forced himself on her after the disco', 'sexual-assault'],
		// A stranger filming children from outside.
		["there's a man at the school gates filming the year 2s", 'stranger-filming-children'],
		['a bloke keeps photographing our p3s from the fence', 'stranger-filming-children'],
		// Grooming's secret, and danger told in dialect.
		['a year 7 girl says a boy on snapchat keeps telling her to keep their chats secret', 'grooming'],
		["an S4 lassie says she's going to end it the night", 'immediate-danger'],
		["a year 12 lad says he'll bate the head off another boy on friday", 'threats-weapons'],
		// After a death, and what the grieving post.
		["after a year 10 boy died, his best friend posted 'i'll be with him soon'", 'after-a-pupils-death'],
		['a year 11 girl died and pupils are sharing pictures of where she was found', 'after-a-pupils-death'],
		// Seen on a call, drawn by a young child, praised online.
		['on a zoom lesson i saw a p6 boy being hit by his dad in the background', 'abuse-seen-on-a-call'],
		['a reception boy keeps drawing rude pictures of what he saw on a phone', 'sexual-behaviour-of-a-young-child'],
		['a year 11 boy posts videos praising a terror attack', 'radicalisation'],
		// A member of boarding staff is staff, not a parent.
		["our house parent thinks her ex is tracking her car", 'tracking-of-an-adult'],
		// Worst cases written for this session in teachers' words, which had no answer or the wrong one.
		["the deputy head's daughter is being blackmailed", 'sextortion-blackmail'],
		['a year 9 girl thinks her boyfriend is tracking her', 'tracking-of-a-child'],
		['a girl in year 10 is being pimped out by older men', 'paid-for-sexual-images'],
		['a year 9 girl posted a video of herself on a bridge', 'self-harm-suicide'],
		["a teacher's address was put on tiktok with a caption saying go get her", 'threat-to-a-member-of-staff'],
		['web filtering flagged a teacher laptop searching for indecent images of children', 'staff-conduct'],
		// An adult's own images, told in the first person or through an ex.
		["a colleague's ex has shared her intimate photos online", 'intimate-image-of-an-adult'],
	]);
	firesNotFor([
		// A school's own data held to ransom is the school's extortion, not a child's sextortion.
		['an email says they have our pupil records and we must pay in bitcoin or they publish', 'sextortion-blackmail'],
		// Said of no image, a group chat's sexual comments are not a sexual image.
		['year 10 boys are sending sexual comments to year 8 girls, no images that we know of', 'sexual-images-under-18'],
		// An alumni page's donors, a boarding house's boys and an adult brother are no child at risk.
		['a fake alumni page is messaging old boys asking for donations', 'grooming'],
		['boys in the house have been posting videos of a younger boarder crying', 'pupil-address-with-threats'],
		["our kid (my brother, he's 19) had his instagram hacked", 'grooming'],
		// Lessons, stories, games, tools and evenings for parents.
		['year 9 are writing crime stories with a stabbing in them', 'threats-weapons'],
		['a gcse poem about knife crime for revision', 'threats-weapons'],
		['pupils can report threatening messages in our anti bullying week', 'threats-weapons'],
		["a p5 boy says he'll kill his brother at fortnite tonight", 'threats-weapons'],
		['year 7 will use craft knives in design and technology', 'threats-weapons'],
		['a talk for parents about online blackmail scams', 'sextortion-blackmail'],
		['sixth formers want to run a stall about online grooming for year 7', 'grooming'],
		['the bottle flip challenge is back in year 6', 'dangerous-challenge'],
		// A member of staff meeting a parent next week is no one saying they will be next.
		["I'm meeting her mum next week about attendance", 'after-a-pupils-death'],
		// A child who sent nudes to a man was not sent one.
		['a year 9 girl sent nudes to a man she met on snapchat', 'adult-sent-a-sexual-image'],
		// A filmed fight at the gates is the fight's, not a stranger filming.
		['a fight at the school gates was filmed and is on snapchat', 'stranger-filming-children'],
		// A child's secret chat is told by a post that is private, not kept secret.
		['a year 13 posted a goodbye message on her private instagram story', 'grooming'],
	]);
	it('keeps each new rule off its worst case (the reread)', () => {
		// A threat dressed as a story or a poem is still a threat: only a class's set text is a lesson.
		expect(ids('a year 9 boy wrote a horror story about stabbing a named girl in his class')).toContain('threats-weapons');
		expect(ids('a boy wrote a poem about knives and stabbing a boy in his year')).toContain('threats-weapons');
		// A knife "used" on someone, and a weapon "pretended" while threatening, are threats.
		expect(ids('he tried to use a stanley knife on another pupil')).toContain('threats-weapons');
		expect(ids("he was pretending a ruler was a gun and pointing it at pupils saying he'd shoot them")).toContain('threats-weapons');
		// A family threatening to shame a girl is honour-based abuse; a mum wanting to shame bullies is not.
		expect(ids('her brothers threatened to shame her if she sees him')).toContain('honour-based-abuse');
		// Keeping messages private is privacy, not a secret kept for a groomer.
		expect(ids('how can pupils keep their messages private on whatsapp')).toEqual([]);
		// "Be with you soon" from the office is no post after a death.
		expect(ids('the nurse will be with you soon')).toEqual([]);
		// Older boys who force a boy to do things are exploiting him, not (on these words) assaulting him.
		expect(ids('older boys forced him to do stuff like carry packages')).not.toContain('sexual-assault');
	});
	it("gives a pupil's own words in the first person the child's answer: 'my nudes' is not the teacher's (worst case)", () => {
		expect(matches("a year 9 girl told me he says he'll send my nudes to the school unless i pay")[0]).toMatchObject({ forAdult: false, concept: { id: 'sextortion-blackmail' } });
		expect(matches("year 9 girl said there's a nude of me in the year group chat")[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		expect(matches('a year 10 girl told her teacher her ex shared her nudes')[0]).toMatchObject({ forAdult: false });
	});
	it('reads a bruise with a parent who says it was a choking game as possible abuse at home first (worst case)', () => {
		expect(firstConcept('bruises on his neck, he says he was doing the choking game but he is scared of his dad')).toBe('abuse-at-home');
	});
	it('reads a rape told at the weekend as a sexual assault, not danger now, and one happening now as danger now', () => {
		expect(ids('an S3 girl was raped at a party at the weekend and now he is telling everyone')[0]).toBe('sexual-assault');
		expect(firstConcept('a year 9 girl is being raped right now at a house party')).toBe('immediate-danger');
	});
	it("keeps grooming's answer when the child begs the teacher not to tell, if a secret chat is named", () => {
		expect(firstConcept("a year 8 girl says a 'boy' on snapchat tells her to keep their chats secret, she begged me not to tell her mum")).toBe('grooming');
	});
	it('reads "teaching assistant" and "classroom assistant" as one adult, and pupils who "came to me to say" as tellers (session 59 left both)', () => {
		expect(matches('year 9 pupils came to me to say they had seen a fake nude of one of our teaching assistants')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('a year 14 pupil found a naked photo of one of our classroom assistants in a group chat')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		// Worst case: a child in the picture keeps the child's answer.
		expect(matches('a fake nude of one of our teaching assistants and a year 9 girl is going round')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		// A pupil who came to harm is no teller: "came" only tells when the pupil came to tell.
		expect(matches('a year 8 girl came to school upset, a fake nude of her is going round')[0]).toMatchObject({ forAdult: false });
	});
	it('reads a death told with a conversation planned for next week as the death, and "be next week" as no such post', () => {
		expect(firstConcept("an S5 girl died at the weekend, her friend posted 'i'll be with you soon', we will speak to him next week")).toBe('after-a-pupils-death');
	});
});

describe('session 61: the sixtieth and sixty-first safety sets and held-out 65 and 66 read, in other words', () => {
	firesInOtherWords([
		// A threat to the school told as something that "will go off", or a shooting that "will be".
		['an anonymous call said something is going to go off in the school canteen at lunch', 'threat-to-attack-the-school'],
		['a post says there will be a shooting at the year 11 prom', 'threat-to-attack-the-school'],
		// An image with "nothing on", and a sexual video of a classmate on a Telegram channel.
		['two S3 boys are passing round a photo of a girl with nothing on', 'sexual-images-under-18'],
		['a year 9 boy was sent a sexual clip of a girl in his class on a telegram channel', 'sexual-images-under-18'],
		// A child in hospital after copying something seen online.
		['a year 6 girl was taken to hospital after trying something she saw on tiktok', 'dangerous-challenge'],
		// A group telling a boy to leave the area, and a group making a boy do degrading things on camera.
		['older lads told a year 11 boy to get out of the estate or else', 'threat-from-a-group'],
		['a group on telegram makes a year 8 boy do humiliating things on a livestream', 'online-group-coercion'],
		// A man's sexual comments to a child, and pictures of her in uniform.
		['a man keeps making sexual comments to a year 6 girl on roblox', 'grooming'],
		['someone on an app keeps asking a year 4 girl for photos of her in her uniform', 'grooming'],
		// A forced marriage told as what she has been told.
		['a year 11 girl says her uncles told her she will be married this summer', 'honour-based-abuse'],
		// Payment for pictures in crypto; a boy beaten and filmed; held down and filmed.
		['a man is sending an S5 girl bitcoin in return for pictures', 'paid-for-sexual-images'],
		['a year 9 boy was beat up at the bus stop and someone filmed it', 'filmed-assault'],
		['they were holding her down while another girl filmed', 'filmed-assault'],
		// Exploitation: found far from home with drugs, missing at weekends; a recruiter's videos.
		['a year 9 boy was found in a flat in another city with cocaine', 'criminal-exploitation'],
		['a year 8 boy keeps going missing at weekends and comes back with new trainers', 'criminal-exploitation'],
		['a year 12 is sharing recruiter videos from an extremist channel', 'radicalisation'],
		['an S3 boy keeps telling his class that certain religions are the enemy', 'radicalisation'],
		// A member of staff's own case: a teacher's face on a nude, a voice clip, a partner's tracking.
		["our NQT's face was put on a porn image and it's going round year 10", 'intimate-image-of-an-adult'],
		['someone made a fake voice clip of our deputy head and wants money not to send it to parents', 'blackmail-of-an-adult'],
		["a TA thinks her partner is tracking her phone", 'tracking-of-an-adult'],
	]);
	firesNotFor([
		// A fire alarm, a photographer's shoot, missed lessons.
		['the fire alarm will go off in the hall at 2pm for the drill', 'threat-to-attack-the-school'],
		['the photographer says there will be a shooting of the team photo on friday', 'threat-to-attack-the-school'],
		['a year 8 boy keeps missing lessons because he games all night', 'immediate-danger'],
		// A question about where to put cameras, and a tracker a family chose.
		['can we put cctv cameras in the corridor outside the pupil toilets', 'sexual-images-under-18'],
		['a year 7 girl has an airtag on her bag that she and her parents put there in case she loses it', 'tracking-of-a-child'],
		// A memorial bench, a classical statue, a man's rude comments on the school page.
		['a family want a memorial bench for a pupil who died years ago', 'after-a-pupils-death'],
		['a gcse art pupil drew a classical nude statue on the gallery trip', 'sexual-behaviour-of-a-young-child'],
		['a man left rude comments on the school facebook page', 'grooming'],
		['in history year 9 learned how propaganda said some people are the enemy', 'radicalisation'],
		['year 11 watched army recruitment videos before the careers fair', 'radicalisation'],
		["a year 9 boy's phone went missing at the weekend", 'criminal-exploitation'],
		['my tutor is coming to my house tonight, a year 10 girl said', 'threats-weapons'],
		// A teacher of a class is not the class: "our P7 teacher", "our S4 maths teacher".
		['an adult keeps sending our P7 teacher sexual comments on facebook', 'grooming'],
		// Pupils' sexual comments about a teacher are no man grooming a child.
		['year 12 boys are posting sexual comments about a young female teacher on snapchat', 'grooming'],
		// A sextortionist demanding money is not paying for pictures.
		['a year 11 boy sent an image and now they are demanding money through paypal', 'paid-for-sexual-images'],
		// A caretaker's clip "taken down" is no child held down.
		['our caretaker was filmed by someone holding a phone and he wants the clip taken down', 'filmed-assault'],
	]);
	it('keeps each new rule off its worst case (the reread)', () => {
		// A child missing since this morning is still danger now; only missed lessons are not.
		expect(firstConcept('a year 8 girl has been missing since this morning and her phone is off')).toBe('immediate-danger');
		// A money mule's "bank account" and a debt to older men are exploitation first, not grooming.
		expect(firstConcept('a year 10 boy was asked on telegram to move money through his bank account for gift cards')).toBe('criminal-exploitation');
		expect(firstConcept('a year 11 boy is selling cannabis for older men who say he owes them money')).toBe('criminal-exploitation');
		// ...but a debt paid with sex is sexual exploitation, which the grooming rule's "owes them money" must not hide.
		expect(firstConcept('a year 11 girl was told by older men she owes them money and must sleep with them')).toBe('paid-for-sexual-images');
		// A group's "or else" with a threat to share nudes is still sextortion.
		expect(ids("a year 10 boy says men told him to get out of the area or else they'll share his nudes")).toContain('sextortion-blackmail');
		// A girl in the picture keeps a teacher's deepfake the child's case.
		expect(matches('the deepfake of miss is going round year 8 and a year 8 girl is in it too')[0]).toMatchObject({ forAdult: false });
		// A child paid for pictures who has "already" been paid is still paid for pictures.
		expect(ids('a man has paid a year 10 boy for pics and has already paid him twice')).toContain('paid-for-sexual-images');
		// A teacher using a nudify app on pupils' photos is still an allegation.
		expect(firstConcept('a teacher put a year 10 girls face on a nude with a nudify app')).toBe('staff-conduct');
		// A girl in year 9 in the picture is the child's case, wherever it was passed round.
		expect(matches('a nude of a year 9 girl was passed around year 10')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
	});
	it("gives a teacher's image passed round a year group the adult's answer, the year group being only those it reached", () => {
		expect(matches('a deepfake of miss is going round year 11')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
		expect(matches('a nude of our teacher was passed around year 10')[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});
	it('reads "our P7 teacher" as a member of staff and "a P7 girl" as a child', () => {
		expect(ids('a man keeps sending a P7 girl sexual comments on facebook')).toContain('grooming');
		expect(matches('our P7 teacher is being blackmailed over a video')[0]).toMatchObject({ forAdult: true });
	});
});

describe('session 62: the sixty-second and sixty-third safety sets and held-out 67 and 68 read, in other words', () => {
	firesInOtherWords([
		// Sexual assault told by what was done: taken into a bedroom drunk, pinned down and touched, touched under clothes.
		['a year 11 girl says two boys took her into a bedroom while she was drunk at a party', 'sexual-assault'],
		['some year 8 boys pinned him down and touched him in the changing room', 'sexual-assault'],
		['a year 5 girl says a boy touched her under her clothes at the park', 'sexual-assault'],
		['a p4 girl told the nurse a man hurt her down below', 'sexual-assault'],
		// A young child's sexualised play told in small words.
		['a reception girl is showing her friends how to do sex in the home corner', 'sexual-behaviour-of-a-young-child'],
		['a nursery boy keeps lying on top of other children at nap time', 'sexual-behaviour-of-a-young-child'],
		['a p1 girl tries to put her tongue in other childrens mouths', 'sexual-behaviour-of-a-young-child'],
		// A stranger photographing the youngest, unrecognised, or for months.
		['a woman was taking photos of nursery children through the fence', 'stranger-filming-children'],
		['a man nobody recognised was filming the p2 children at sports day', 'stranger-filming-children'],
		['someone has been photographing children from our playgroup in the park', 'stranger-filming-children'],
		// A flinch; breath held until she fainted; dared to lie in the road.
		['a year 1 boy flinches when an adult comes near him', 'abuse-at-home'],
		['a year 4 boy held his breath until he fainted because of a video', 'dangerous-challenge'],
		['year 7s are being dared to lie down in the road for a video', 'dangerous-challenge'],
		// Exploitation: a phone from older boys, and stuff he has to hold for them.
		['an S1 boy was given a new phone by older lads at the shops', 'criminal-exploitation'],
		['a year 7 says he has to keep stuff in his locker for the olders', 'criminal-exploitation'],
		// A boyfriend's app, an ex's tracker, a birth parent's messages, nudes sent to a boyfriend.
		['her boyfriend forced her to install a tracking app on her phone', 'tracking-of-a-child'],
		["a year 10 girl's ex put a tracker on her phone", 'tracking-of-a-child'],
		['a looked after boy is getting snapchats from his birth mum', 'child-in-care-contact'],
		['two year 10s, she sent her bf nudes and they are on a discord server', 'sexual-images-under-18'],
		// A weapon threatened; a man's picture sent to a child; threats from someone who has his pictures.
		['a year 8 threatened to bring an axe to school for another boy', 'threats-weapons'],
		['a man sent a year 7 girl a naked picture on instagram', 'adult-sent-a-sexual-image'],
		['an S3 girl keeps getting messages from someone who has her nudes', 'sextortion-blackmail'],
		// A teacher's deepfake passed round on an app by pupils is the teacher's case.
		['a deepfake of a teacher is being passed round on whatsapp by year 10s', 'intimate-image-of-an-adult'],
		// An address posted with "you're dead" or "let's pay this family a visit"; a teacher's address and "sort me out".
		["a year 7 boy's address was posted with a caption saying you're dead", 'pupil-address-with-threats'],
		["someone posted an S2 girl's address saying let's pay this family a visit", 'pupil-address-with-threats'],
		['a parent posted my home address online and said someone should sort me out, im a teacher', 'threat-to-a-member-of-staff'],
		// Threats to a member of staff "and her family" (after the benchmark).
		["notes have been left at our caretaker's house threatening him and his family", 'threat-to-a-member-of-staff'],
	]);
	firesNotFor([
		// "Counts as" is not counting pills; a tablet is a device.
		["a year 5 is upset about messages on her tablet, does it count as safeguarding", 'self-harm-suicide'],
		['a year 4 girl held her breath at swimming, and her mum found her on the bathroom floor after a fall', 'sexual-images-under-18'],
		// Play, assemblies and a parent's photos.
		['what should our stranger danger assembly for year 1 cover', 'immediate-danger'],
		['a year 2 drew a pirate with a sword and a monster with a knife', 'threats-weapons'],
		['reception are making cardboard swords and plastic daggers for a castle topic', 'threats-weapons'],
		['a parent was photographing children at the nativity and posting them on facebook', 'stranger-filming-children'],
		['the year 1 children were lying on top of each other in a heap laughing', 'sexual-behaviour-of-a-young-child'],
		// Sport and rough play, a protest, a test, a birthday phone, an app a boyfriend suggested.
		['a year 10 boy threatened to bring his cricket bat to the match', 'threats-weapons'],
		['year 9 boys pinned him down and touched his hair as a joke', 'sexual-assault'],
		['the sixth form lay down in the road at the climate protest', 'dangerous-challenge'],
		['the year 6s held their breath until the end of the spelling test', 'dangerous-challenge'],
		['a year 7 boy got a new phone from his older brother for his birthday', 'criminal-exploitation'],
		['her boyfriend made her install snapchat', 'tracking-of-a-child'],
		['a man from the council was tracking our minibus fleet', 'tracking-of-a-child'],
		['the coach sent a photo of himself with the trophy to the under 12s', 'adult-sent-a-sexual-image'],
		// An address list to sort out, a history project; a pupil's messages to a teacher are no man grooming a child.
		['can you sort out the address list for me', 'threats-weapons'],
		["a year 9 boy's address was on a list of dead people's addresses for a history project", 'pupil-address-with-threats'],
		['is it an offence for a pupil to send a teacher sexual messages', 'grooming'],
		['pupil sexual msgs teacher offence', 'grooming'],
		['the year 11 drama piece is about a man threatening her and her family', 'threats-weapons'],
	]);
	it('keeps each new rule off its worst case', () => {
		// Counting pills is still self-harm.
		expect(firstConcept('a year 9 girl was counting tablets in her room and said she has enough')).toBe('self-harm-suicide');
		// A real weapon with a toy named beside it still fires; a pupil passing a pupil's nude stays the child's case.
		expect(firstConcept('a year 8 boy threatened him with a pretend gun and then brought a real knife')).toBe('threats-weapons');
		expect(matches('a nude of a year 9 girl was passed round on snapchat by year 10 boys')[0]).toMatchObject({ forAdult: false, concept: { id: 'sexual-images-under-18' } });
		// A child's own photo of himself is no adult's image.
		expect(firstConcept('a year 10 boy sent her a naked pic of himself')).toBe('sexual-images-under-18');
		// A man asking a pupil to message a teacher is still grooming; a teacher's sexual messages to a pupil still an allegation.
		expect(ids('a man online asked a pupil to send a teacher a message')).toContain('grooming');
		expect(ids('a year 9 pupil is getting sexual messages from a teacher')).toContain('staff-conduct');
		// A threat to send nudes to his family unless he pays is still sextortion: only "pay ... a visit" is not.
		expect(firstConcept('they said they will send his nudes to his family unless he pays, year 10')).toBe('sextortion-blackmail');
		// "Has to hold stuff" hides grooming for exploitation; "has to keep things secret" never does.
		expect(firstConcept('a man she met on roblox says she has to keep things secret from her mum, year 6')).toBe('grooming');
		// Found on the bathroom floor is no image in a bathroom; a nude filmed there still is.
		expect(firstConcept('a year 9 filmed her passed out on the bathroom floor naked and shared it')).toBe('sexual-images-under-18');
	});
});

describe('session 63: the sixty-fourth and sixty-fifth safety sets and held-out 69 and 70 read, in other words', () => {
	firesInOtherWords([
		// "Honour"-based abuse: FGM by name or by what is said, a girl taken abroad to marry, "dealt with" for a boyfriend, disowned.
		['fgm concern for a year 6 girl going to see family this summer', 'honour-based-abuse'],
		["a p6 girl says she is getting 'cut' when she visits her gran in somalia", 'honour-based-abuse'],
		['after a holiday in egypt a year 4 girl says she has become a woman now', 'honour-based-abuse'],
		['her dad said she would be dealt with for having a boyfriend, year 9', 'honour-based-abuse'],
		['an S4 girl says her brothers told her she is dead to them after they saw her snapchat', 'honour-based-abuse'],
		['the family took the year 10 girl to bangladesh at half term to get married', 'honour-based-abuse'],
		['a year 9 found wedding clothes in her size at home and is frightened', 'honour-based-abuse'],
		["i'm in year 10 and my family say i'm getting engaged to my cousin", 'honour-based-abuse'],
		// Radicalisation: "should be deported", fighters' videos, a banned group, accelerationism.
		['a year 9 keeps saying muslims should all be deported', 'radicalisation'],
		['a man online sends a year 8 boy videos of fighters and says god wants him to be brave', 'radicalisation'],
		['a year 10 is telling younger boys to watch videos from a banned group and fight for the ummah', 'radicalisation'],
		['a 14 year old was sent an accelerationist handbook on telegram', 'radicalisation'],
		['an S2 boy says the government is at war with muslims and his friends are enemies', 'radicalisation'],
		// A child in care found by a birth relative; an adopted child's "real nan" on a game.
		['looked after child in year 5, her birth uncle is commenting on our facebook photos', 'child-in-care-contact'],
		['an adopted year 4 boy says a lady on roblox is his real nan', 'child-in-care-contact'],
		// Danger now: collected by the one she fears; pills posted and no answer.
		['a year 8 is terrified because her stepdad is coming to collect her in an hour and will hurt her', 'immediate-danger'],
		["a year 10 posted a picture of pills on his story and isn't answering", 'immediate-danger'],
		["an S4 boy posted 'i can't live with the shame' after his pics went round", 'self-harm-suicide'],
		// Abuse at home told by the child: a belt, "my dad hits me", the "uncle" she lives with.
		['my dad hits me when hes drunk and i dont want to go home', 'abuse-at-home'],
		["i'm in p5 and my mum's boyfriend hits me with a belt", 'abuse-at-home'],
		["a year 7 says the man she lives with hits her", 'abuse-at-home'],
		// A child typing: an age, a big brother, a teacher messaging, a man's picture, an uncle's pictures, feet pics for money.
		['my big brother keeps sending me isis videos', 'radicalisation'],
		['my teacher keeps messagin me on insta sayin im his favourite', 'staff-conduct'],
		['a man airdropped a pic of his thing to me on the bus im 13', 'adult-sent-a-sexual-image'],
		["im 15 and a man just sent me a video of himself doing stuff", 'adult-sent-a-sexual-image'],
		['my uncle keeps asking for pics of me in my pjs, im 12', 'abuse-by-someone-they-know'],
		['guy says hell give me 50 quid for feet pics im 14', 'paid-for-sexual-images'],
		['man on tiktok says im very mature for my age, im in yr 8', 'grooming'],
		['my bf made me send pics n now hes showing them to people, im 14', 'sexual-images-under-18'],
		["theres a vid of me gettin jumped going round snap, im in year 9", 'filmed-assault'],
		['they filmed them kicking my wee brother in the toilets', 'filmed-assault'],
		['the gang from the estate says im dead if i come back to school, im 15', 'threat-from-a-group'],
		["a girl keeps sending my year 9 daughter voice notes saying she'll slice her face", 'threats-weapons'],
		['im in s4 and a boy did stuff to me when i was drunk at a party', 'sexual-assault'],
		['a girl in our year died and people are sharing pics of it', 'after-a-pupils-death'],
		// Danger now: a knife to be used at break in minutes; a child gone from a club that has searched the site.
		["a p7 boy has a knife in his bag and says he'll use it at break, break is in 10 minutes", 'immediate-danger'],
		['a year 3 boy is not at after school club and staff have searched the site', 'immediate-danger'],
		// Nursery photos on an account no one knows, with men commenting.
		["photos of our nursery children are on an instagram account we don't know, with comments from men", 'stranger-filming-children'],
		// Men online telling a child to get ready for "the war"; a mum's friend showing a child naked pictures; abuse heard on a video call.
		["a year 6 says men on a discord server told him to 'get ready for the war'", 'radicalisation'],
		["a p2 girl said mammy's friend shows her pictures of people with no clothes", 'abuse-by-someone-they-know'],
		['on a video call with a year 1 child we heard a man shouting and her screaming', 'abuse-seen-on-a-call'],
		// An image sent to a boy, now passed on; a private video.
		['my 14 year old daughter says a photo she sent a boy is now in a group chat', 'sexual-images-under-18'],
		['a year 8 asked if she can get a video taken down that she sent to her boyfriend', 'sexual-images-under-18'],
		['a private video of a year 11 girl is going round', 'sexual-images-under-18'],
		// A staff member showing a pupil sexual videos; an uncle's "special secret".
		['a 10 year old says the teacher shows him sex videos on his phone after evening class', 'staff-conduct'],
		['a man from church messages two year 5 girls and calls it their special secret', 'grooming'],
		// A threat to a pupil's family: "burn them out" beside an address; a staff member's "paid her a visit".
		["a year 9 girl's address was posted with 'burn them out'", 'pupil-address-with-threats'],
		["someone posted my home address saying time someone paid her a visit, i'm a depute", 'threat-to-a-member-of-staff'],
	]);
	firesNotFor([
		// A lesson, a drama piece, a question about the law; a sister's cut lip in a filmed fight is no self-harm.
		['how do i explain forced marriage law to year 11', 'honour-based-abuse'],
		["a year 8 asked whether her cousin's arranged marriage is the same as a forced marriage", 'honour-based-abuse'],
		["a year 10 girl's drama piece about an 'honour' killing", 'honour-based-abuse'],
		['our S3 class are studying propaganda in the second world war and extremist content', 'radicalisation'],
		['year 9 were attacked by a group and filmed, she has a cut lip and bruises on her arms', 'self-harm-suicide'],
		['homework question: what is grooming? im in year 6', 'grooming'],
		['for homework we have to write what to do if a stranger messages you online, im in y6', 'grooming'],
		['planning a talk for our 14 to 16s about sexting and the law', 'sexual-images-under-18'],
		// A paramilitary memorial is no pupil's death; "forty pupils" is no man in his forties.
		['a year 10 posts loyalist paramilitary memorial videos and gun pictures', 'after-a-pupils-death'],
		['a video of a year 10 girl her ex-boyfriend recorded is in a whatsapp group with forty pupils', 'grooming'],
		// The one asking, before a colon, is not in the case.
		["Designated teacher asking: a Year 10's nude has been shared on Snapchat, PSNI or Gateway first?", 'staff-conduct'],
		['Message from a P7 teacher: older boys told one of my boys to bring money to the underpass or they will batter him', 'staff-conduct'],
		// A teacher asking a pupil to do something ordinary, a lesson wanted for a year group.
		['the teacher asked a year 9 to put his phone away', 'staff-conduct'],
		['the vice-principal wants a year 9 lesson on paramilitary murals', 'staff-conduct'],
		// A choice about money is no blackmail; "or whether they should go to" is no threat to send photos.
		['fake invoice email pay or check', 'sextortion-blackmail'],
		['a hacker wants £500 to give back the school instagram, pay it or let the account go', 'sextortion-blackmail'],
		['a head asked whether the helpline covers welsh schools or whether they should go to someone else', 'blackmail-of-an-adult'],
		// Keeping it "between us and him" is the staff's choice; a grandad who took a message is not the one in the case.
		['a year 9 was outed online, do we tell his parents or keep it between us and him', 'grooming'],
		['office took a message from a grandad, his 13 year old granddaughter cries when her phone buzzes', 'abuse-by-someone-they-know'],
		// A history topic on the war; racist memes alone are no radicalisation answer; a mum's phone is no mum's friend; a neighbour who phoned heard no video call.
		['year 6 are getting ready for the war topic with an evacuee day', 'radicalisation'],
		['year 8 kids in a discord server posting racist memes', 'radicalisation'],
		["a reception child showed his friends a rude video on his mum's phone", 'abuse-by-someone-they-know'],
		['a neighbour phoned to say she heard a year 5 child screaming and the dad shouting', 'abuse-seen-on-a-call'],
		// A knife lesson at lunch; an IT technician searching the site; a child who told a teacher is no teacher in the case.
		['the knife crime workshop is at lunch and takes 40 minutes', 'immediate-danger'],
		['the technician searched the site logs and the filter is not blocking it', 'immediate-danger'],
		["a year 1 boy told his teacher that his friend in minecraft is a grown-up with a secret he must not tell his mum", 'staff-conduct'],
		["Message from a P2 teacher to our CPC: a 6 year old made the dolls take their clothes off in role play and said she saw it on the ipad", 'staff-conduct'],
		// Fighters in a ring, a refugee's fear of deportation, a group chat the school banned, a cut on holiday.
		['a year 8 boy watches videos of ufc fighters every night', 'radicalisation'],
		['a year 9 refugee asked whether refugees will be deported', 'radicalisation'],
		['the year 8s made a new chat after the banned group was closed', 'radicalisation'],
		['a year 4 boy got a cut on his leg on holiday in egypt this summer', 'honour-based-abuse'],
		// "Dead to the world" is asleep; a pupil's favourite teacher is no man's favourite pupil.
		['a year 10 girl was dead to the world in class after a late night', 'honour-based-abuse'],
		['a year 7 said mr x is her favourite teacher', 'grooming'],
		// A stepdad collecting her is no danger without fear and harm; a chain message's doll is no stepdad.
		['her stepdad is coming to collect her in an hour for the dentist', 'immediate-danger'],
		["a mum says her 7 year old is terrified of a voice note saying a doll will come at night and kill her", 'immediate-danger'],
	]);
	it('keeps each new rule off its worst case', () => {
		// A real threat to send images unless he pays still fires, with "or" and a threat after it.
		expect(firstConcept('a year 10 was told pay or i send your pics to everyone')).toBe('sextortion-blackmail');
		expect(firstConcept("an S3 boy was told to pay £200 or they'll post the video")).toBe('sextortion-blackmail');
		expect(firstConcept('a year 9 boy was told or it goes to your followers')).toBe('sextortion-blackmail');
		// A man telling a child to keep it between them is still grooming.
		expect(firstConcept('a man on roblox told a year 6 to keep it between them')).toBe('grooming');
		// A grandad messaging his granddaughter in secret is still the answer for someone she knows.
		expect(ids('a year 6 says her grandad messages her and tells her to delete them, its a secret')).toContain('abuse-by-someone-they-know');
		// An attack on a live stream still fires; a child's cut arms still self-harm without a lip.
		expect(ids('a year 9 is being attacked on a live stream right now')).toContain('immediate-danger');
		expect(firstConcept('a year 9 has cuts on her arms and says she does it herself')).toBe('self-harm-suicide');
		// A pupil's pictures in her underwear sent to a boy stay the image answer first, not grooming.
		expect(firstConcept('a p7 girl sent a pic in her bra to an s2 boy and now his big brother has it')).toBe('sexual-images-under-18');
		// A teacher asking a pupil for her snapchat, or sending a pupil gifts, is still an allegation.
		expect(firstConcept('supply teacher asked a year 9 for her snapchat')).toBe('staff-conduct');
		expect(ids('a teacher has been giving a year 11 pupil lifts home')).toContain('staff-conduct');
		// A pasted message from a named member of staff is no label: it may be the one a pupil was sent.
		expect(ids('Message from Mr Jones: you looked lovely today, delete this, sent to a year 9 girl')).not.toEqual([]);
		// A teacher named after "told me the" is the one in the case, "that" or not; a label to a named person is no label.
		expect(ids('a year 8 told me the teacher that messaged her on snapchat has done it again')).toContain('staff-conduct');
		expect(ids('Message from a coach to a girl: delete these messages, it is our secret, she is in year 7')).toContain('staff-conduct');
		// A man sending a child fighters' videos and asking for pictures is still grooming.
		expect(ids('a man sends a year 7 videos of mma fighters and asks him for pics')).toContain('grooming');
		// A talk being planned for a pupil in the case, or a support session, hides nothing.
		expect(firstConcept('planning a support session for a year 9 boy being blackmailed over his nudes')).toBe('sextortion-blackmail');
		// "Dead to the family" is still a family's rejection.
		expect(ids('an S4 girl says she is dead to the family since they saw her with a boy')).toContain('honour-based-abuse');
		// A dropped "g" reads as the word, and so as the word written: "snapchattin" is "snapchatting".
		expect(firstConcept('teacher snapchattin a yr 10 girl')).toBe('staff-conduct');
		// Children said, at the end of their clause, to be out of the case leave it the adult's own; said of
		// something else, or with another child between, they do not.
		expect(matches('our TA found a tracker under her car seat; the pupils in her class know nothing about it and are not involved')[0]).toMatchObject({ forAdult: true, concept: { id: 'tracking-of-an-adult' } });
		expect(matches('a year 9 girl found a tracker in her bag and the pupils in her class know nothing about it and are not involved')[0]).toMatchObject({ forAdult: false, concept: { id: 'tracking-of-a-child' } });
		expect(matches('our TA found a tracker in her bag, the pupils who saw it and a year 9 girl who was with her, and are not involved')[0]?.forAdult ?? false).toBe(false);
		// An adult's own intimate photos, with "my head teacher" named, stay the adult's answer first.
		expect(matches("i'm a music teacher, my ex put intimate photos of me on a porn site and i haven't told my head teacher")[0]).toMatchObject({ forAdult: true, concept: { id: 'intimate-image-of-an-adult' } });
	});
});

describe('session 64: the sixty-sixth and sixty-seventh safety sets and held-out 71 and 72 read, in other words', () => {
	firesInOtherWords([
		// A threat to blow up a school with no "the"; a fight video of a named year; the "paras"; a threat to jump him.
		['someone on snap says they will blow up school tomorrow', 'threat-to-attack-the-school'],
		['a year 9 fight vid is all over tiktok', 'filmed-assault'],
		["an S2 boy has been told he'll be sorted by the paras", 'threat-from-a-group'],
		["boys from another school say they'll batter him on friday, he's in year 8", 'threats-weapons'],
		// Tracking: a man turning up where she is; an app someone put on her tablet.
		['a year 5 says a man keeps turning up where she is after school', 'tracking-of-a-child'],
		["a p6 girl's mum thinks someone installed an app on her ipad", 'tracking-of-a-child'],
		// Grooming: no one else understands him; pupils asked for pictures of themselves; asked to add a new "teacher"; girls' usernames asked for; a man who likes every photo; modelling work offered.
		['an adult on a game tells a year 7 boy that nobody else understands him', 'grooming'],
		['an account messaged year 8 girls asking them to send photos of themselves in their pe kit', 'grooming'],
		["a message told them to add a 'new teacher' on snapchat, year 7 pupils got it", 'grooming'],
		["a commenter on the school livestream wanted the year 9 girls' snapchat usernames", 'grooming'],
		['a man who likes every photo of our year 4 swimmers on facebook', 'grooming'],
		["an account dmed three of our year 10 girls offering them modelling work", 'grooming'],
		// Paid for images: Robux "if he sent" photos.
		['a man on roblox said a year 5 boy would get robux if he sent photos in his pants', 'paid-for-sexual-images'],
		// Criminal exploitation: paid to keep drugs, packages handed over, money he can't explain, expensive trainers and the train.
		['a year 9 is being paid to keep drugs in his room for older lads', 'criminal-exploitation'],
		['a p7 boy keeps handing packages to older teenagers at the park', 'criminal-exploitation'],
		["a year 10 boy has cash he can't explain and won't say where he goes", 'criminal-exploitation'],
		['a year 11 boy takes the train to london on school days and has designer clothes and a new phone', 'criminal-exploitation'],
		// Self-harm told as "won't have to put up with me much longer"; danger now: meeting "the girl" from an app tonight.
		["a year 10 posted 'you won't have to put up with me much longer'", 'self-harm-suicide'],
		['a year 9 boy is meeting the girl from instagram tonight in town', 'immediate-danger'],
		// Radicalisation: "take back control from women"; Tate with violence towards girls.
		["a year 8 says men should take back control from women like the man he follows online", 'radicalisation'],
		['a year 9 shares andrew tate videos and says girls deserve to be hit', 'radicalisation'],
		// A woman sending a boy photos of herself.
		['a woman keeps sending a year 10 boy naked photos of herself', 'adult-sent-a-sexual-image'],
		// An allegation in a review; a child's sexual behaviour copied from an ipad; locked outside at home.
		["a review says a teacher made her sit on his knee, she is in p4", 'staff-conduct'],
		['a reception boy keeps pulling his trousers down and doing sex things he saw at home', 'sexual-behaviour-of-a-young-child'],
		['a year 2 girl says her mum locks her outside when she is naughty', 'abuse-at-home'],
		// Covert photos of pupils; photos of the scene after a death; a foster child's birth mother with no contact allowed.
		['covert photos of our year 7 girls walking to school are on a forum', 'stranger-filming-children'],
		["after a year 10 boy died, photos of the scene are in group chats", 'after-a-pupils-death'],
		["a woman commented on our photo of a year 8 in foster care, there is no contact allowed and she says she'll see her", 'child-in-care-contact'],
		// "Honour": beaten for talking to a boy; to be "cut" like her cousins.
		['a year 9 girl says her brothers beat her for talking to a boy', 'honour-based-abuse'],
		["a year 6 girl says she'll be cut like her sisters in the summer", 'honour-based-abuse'],
		// A man outside in the car park waiting for a pupil.
		['a man in a van is outside in the car park waiting for one of the year 6 girls', 'immediate-danger'],
		// A teacher messaging a pupil, told in an email to say; a teacher told "one of" and shown a message is not the one in the case.
		['a mum emailed to say a teacher has been messaging her year 11 son at night', 'staff-conduct'],
		['a year 9 boy showed one of our tutors a message from a man asking to meet him', 'grooming'],
		// A staff member's home address posted by a parent.
		['a parent posted my home address with "coming round"', 'threat-to-a-member-of-staff'],
	]);
	firesNotFor([
		// Balloons for school; a boxing club's fight video.
		['we need to blow up balloons for school sports day', 'threat-to-attack-the-school'],
		['a boxing club fight video for our year 10 fundraiser', 'filmed-assault'],
		// A hoax character telling children to hurt themselves: the hoax page, not self-harm.
		['parents panicking about a tiktok character that tells kids to hurt themselves, should we send a letter', 'self-harm-suicide'],
		// The school's own apps and tablets are no tracker.
		['the IT team installed an app on their ipads for reading', 'tracking-of-a-child'],
		["our school has find my device set up on the year 7 ipads so we can locate lost ones", 'tracking-of-a-child'],
		// A drama film with a prop knife; a parent's rude claim about RSE; coaches' messaging guidance.
		['our year 11 drama film about knife crime, the knife is a prop, can we post it', 'threats-weapons'],
		["a parent on facebook says we are grooming kids by teaching about different families in rse", 'grooming'],
		['guidance for coaches messaging under 14 players and their parents on whatsapp', 'staff-conduct'],
		// A visit paid is a threat, not a demand for money.
		["a year 12 girl's address was posted with 'we'll be paying a visit', her family are scared", 'sextortion-blackmail'],
		// Parcels handed to parents; something posted on her Instagram; a friend from her old school; an uncle's knee; a pupil's low mood.
		['the office is handing parcels to parents at the gate', 'criminal-exploitation'],
		['someone put something nasty on her instagram about a year 9', 'tracking-of-a-child'],
		['a year 7 is meeting a girl from her old school today', 'immediate-danger'],
		['a year 4 says her uncle made her sit on his knee', 'staff-conduct'],
		['a year 9 says nobody else understands her', 'grooming'],
		// A Saturday job for an older neighbour; a haircut like her mum's.
		['a year 10 works for an older neighbour on saturdays', 'criminal-exploitation'],
		['a year 6 wants to get her hair cut like her mum', 'honour-based-abuse'],
		// A hacker's demand for an account, money sent by a parent, a local gang's threat is no family's "honour".
		['the hacker sent everyone a link and wants money to give the account back, none of the pupils are involved', 'sextortion-blackmail'],
		["a year 10 boy's mum sends him money for his phone and everyone says he's spoilt", 'sextortion-blackmail'],
		["a year 10 boy will be 'dealt with' by the local boys and his family are scared", 'honour-based-abuse'],
		// "A parent has told the office" is no parent who died.
		['a parent has told the office that the year 9 photos are wrong', 'after-a-pupils-death'],
	]);
	it('keeps each new rule off its worst case', () => {
		// "Blowing up the school" still fires.
		expect(ids('someone said they are blowing up the school on monday')).toContain('threat-to-attack-the-school');
		// A child told by a character to hurt herself, and who did, is still self-harm.
		expect(ids('a year 4 hurt herself after a character in a game told her to')).toContain('self-harm-suicide');
		// A boyfriend's threat to send everyone her nudes unless she pays is still sextortion.
		expect(firstConcept('her ex says he will send her nudes to everyone unless she pays, she is in year 10')).toBe('sextortion-blackmail');
		// A real sextortion video of a boy, through a phishing-hacked account, still fires.
		expect(ids('after a phishing email a hacked staff account told a year 11 boy they have a video of him from a video chat and will send it to his teachers unless he pays')).toContain('sextortion-blackmail');
		// A member of staff who sent the nude, not a hacked account, is still an allegation.
		expect(firstConcept('a teacher sent a nude of a year 11 pupil to a colleague')).toBe('staff-conduct');
		// A teacher told by a pupil, "one of" or not, is the one told: a man's messages stay grooming.
		expect(firstConcept('a year 8 told one of our teachers that a man online wants to meet her')).toBe('grooming');
		// Screenshots showing one of our teachers messaging a pupil still name the teacher.
		expect(firstConcept('screenshots showing one of our teachers messaging a year 10 girl late at night')).toBe('staff-conduct');
		// A hacked staff email that sent a pupil's nude shows both answers, the allegation first: a hack
		// is also what a member of staff may claim.
		expect(ids('the hacked staff email sent a nude of a year 11 pupil to all staff')).toEqual(['staff-conduct', 'sexual-images-under-18']);
		// A knife that "was a" kitchen knife, a fake gun and a teacher accused of grooming still fire.
		expect(ids('the knife was a kitchen knife and he threatened a year 8 with it')).toContain('threats-weapons');
		expect(ids('a year 9 threatened a boy with a fake gun at the bus stop')).toContain('threats-weapons');
		expect(firstConcept('a parent is accusing the PE teacher of grooming her daughter in year 8')).toBe('staff-conduct');
		// A man who "turned up where she was", not only one who "keeps turning up".
		expect(ids('a man turned up where she was after netball, she is in year 8')).toContain('tracking-of-a-child');
		// A tracker put on a pupil's bag.
		expect(ids("someone put a tracker on a year 9 girl's bag")).toContain('tracking-of-a-child');
		// A parent posting a pupil's address with a threat is still the pupil's answer.
		expect(ids("a parent posted a year 9 boy's home address and said they're coming round")).not.toContain('threat-to-a-member-of-staff');
	});
});

describe('session 65: the sixty-eighth and sixty-ninth safety sets and held-out 73 and 74 read, in other words', () => {
	firesInOtherWords([
		// A teacher "in the ... department" messaging a pupil; sweets kept being given; a number slipped to a pupil.
		['a p7 girl says a teacher in the science department has been texting her at night', 'staff-conduct'],
		['a year 4 boy says the caretaker keeps buying him sweets and says not to tell', 'staff-conduct'],
		['a year 8 says a teacher at the school keeps sending her messages on snapchat at night', 'staff-conduct'],
		['a year 10 girl says the invigilator slipped her his snapchat in the exam', 'staff-conduct'],
		// An AI fake of a child, and an AI picture of one being passed round.
		['an ai fake of a year 8 girl is in the group chat', 'sexual-images-under-18'],
		['ai pics of two year 9 boys are going round the year group', 'sexual-images-under-18'],
		// Videos of a pupil put on a porn site.
		['a year 11 says her ex posted videos of her on a porn site', 'sexual-images-under-18'],
		// An instructor or a tutor who sent a child a sexual picture, starred out or not.
		['a year 7 says her swimming instructor sent her a d*ck pic', 'adult-sent-a-sexual-image'],
		['the tutor sent him a naked video, he is in year 8', 'adult-sent-a-sexual-image'],
		// Grooming: what he is wearing, turning the camera on, something offered to meet, "fancies" her, photos of herself asked for.
		["a man online keeps asking a year 6 boy what he's wearing", 'grooming'],
		['an online tutor told a year 9 girl to turn her camera on late at night', 'grooming'],
		['a man on fortnite is offering a year 7 vbucks to meet him', 'grooming'],
		['a bus driver is sending a year 10 girl messages saying he fancies her', 'grooming'],
		['the scout leader asked a year 8 girl to send him pictures of herself in bed', 'grooming'],
		// Paid for images: an offer "if" she sends, Robux for the camera.
		['a year 9 girl was offered a new phone if she sent topless pictures of herself', 'paid-for-sexual-images'],
		['a man is paying a year 6 boy robux to go on camera with no top', 'paid-for-sexual-images'],
		// Sextortion: if she stops replying he will share them.
		["a year 10 sent him photos and now if she stops replying to him he'll share them", 'sextortion-blackmail'],
		// Sexual assault: into her room at night to touch her; a member of staff's kiss is an allegation.
		['a year 6 girl says a man at home came into her room at night and touched her', 'sexual-assault'],
		['a year 9 girl says her science teacher kissed her at the end of the lesson', 'staff-conduct'],
		// "Honour": she has to be cut; taken abroad for a wedding.
		['a year 5 girl says she has to be cut in the summer', 'honour-based-abuse'],
		["a year 10 girl's family are taking her abroad for a wedding and she is scared", 'honour-based-abuse'],
		// Filmed assault: filmed hitting a pupil, the video passed round.
		['a year 8 boy was punched and someone filmed it, the video is being shared', 'filmed-assault'],
		['a man was filmed kicking a year 7 and the clip is on tiktok', 'filmed-assault'],
		// Attacks on the school: to come in and shoot the staff; to drive into the playground.
		['an ex pupil says he will come in and shoot the teachers on monday', 'threat-to-attack-the-school'],
		["a parent posted he's gonna drive into the kids at pick up", 'threat-to-attack-the-school'],
		// Danger now: told to undress on a live; a child dragged into a car; a missing child told to turn her phone off; "tonight's the night".
		['a girl on a live stream is being told to take her clothes off by viewers', 'immediate-danger'],
		['two men were dragging a girl in school uniform into a car', 'immediate-danger'],
		['a year 8 is missing and her friend says a man told her to turn her phone off', 'immediate-danger'],
		["a year 9 posted 'tonight's the night, I'm done'", 'immediate-danger'],
		// A missing child appeal with a man saying she is "at mine".
		["a man commented 'she's at mine' on a missing year 9 girl's appeal", 'immediate-danger'],
		// Self-harm: going to jump off the bridge.
		["a year 11 posted she's going to jump off the bridge", 'self-harm-suicide'],
		// Filming a group of children; an anonymous crowd giving a boy tasks on a live stream.
		['a man was filming a group of kids at the park from his car', 'stranger-filming-children'],
		['people on a live stream give a year 6 boy tasks like hurting himself', 'online-group-coercion'],
		// Paramilitaries to "deal with" a boy; a child "stolen by social services".
		['a post says the paramilitaries will beat him, he is in year 11', 'threat-from-a-group'],
		['a woman posted that her son was stolen by social services and wants to know his school, he is in our year 3', 'child-in-care-contact'],
		// A case told after a lesson, as a separate matter.
		["we're planning our safer internet day assembly. separately, a year 9 girl told me a man is asking her for nudes", 'grooming'],
		// A child pushed into a van, however long the description between.
		['two men grabbed a boy of about ten in his school uniform and put him into a van', 'immediate-danger'],
	]);
	firesNotFor([
		// "Or get the video taken down" is no demand.
		['pupils made a tiktok mocking a teacher, do we deal with them first or get the video taken down', 'sextortion-blackmail'],
		// A school's records and its contact list are no sextortion; a clip "cut up" with music is no self-harm.
		['a hacked office email had the pupil contact list and sen records', 'sextortion-blackmail'],
		['a video of me in class has been cut up with music and shared by year 10', 'self-harm-suicide'],
		// A teacher messaging parents about homework; the school's AI pictures of pupils for a poster.
		['a teacher in the maths department has been messaging parents about homework', 'staff-conduct'],
		['we used ai images of pupils for our prospectus', 'sexual-images-under-18'],
		// Reward sweets for a class; a teacher's messages about coursework.
		['the TA has been giving them sweets as rewards, year 2', 'staff-conduct'],
		['a teacher at our school has been sending him messages about his coursework, he is in year 11', 'staff-conduct'],
		// A class film; a documentary clip; a play.
		['our year 11 media class made a short film about knife crime', 'threats-weapons'],
		['can we use a documentary clip about grooming in a year 12 lesson', 'grooming'],
		['our year 10s are putting on a play about a coach who grooms a girl', 'grooming'],
		// Statues in art; a trick shot; a chain message; a craft knife misplaced; foam practice weapons.
		['the filter blocks nude statues in the year 9 art lesson', 'sexual-images-under-18'],
		['a year 8 boy did a trick shot at school and it went viral', 'threat-to-attack-the-school'],
		['a chain message about a man in a van snatching kids is going round, police say it is fake', 'immediate-danger'],
		['can year 5 use foam practice weapons in the martial arts demo', 'threats-weapons'],
		// A coach or a photographer at school; a high board; a mum checking on her; a boyfriend's kiss.
		['the coach will drive into the playground at 3 to pick up the year 6 trip', 'threat-to-attack-the-school'],
		['the photographer is coming in to shoot the year 6 class photos', 'threat-to-attack-the-school'],
		["a year 7 is scared he's going to jump off the high diving board", 'self-harm-suicide'],
		['a year 4 says her mum comes into her room at night to check on her', 'sexual-assault'],
		['a year 10 says her boyfriend kissed her at the end of the lesson', 'sexual-assault'],
		// Cut from a team; a family wedding abroad; a lift to meet the team.
		['a year 8 girl has to be cut from the netball team', 'honour-based-abuse'],
		['a year 4 is going abroad for a family wedding in term time', 'honour-based-abuse'],
		["a parent offered her a lift to meet the team, she's in year 7", 'grooming'],
		// The school filming pupils; a child taken into care and settled.
		['we are filming a group of pupils for the school video', 'stranger-filming-children'],
		['a year 5 was taken into care by social services last year and is settling in well', 'child-in-care-contact'],
		// Missing class, told by mum to switch her phone off in lessons.
		['a year 9 keeps missing class and mum says to switch her phone off in lessons', 'immediate-danger'],
		// Offered a lift if she sent the photos for the yearbook.
		['a year 11 was offered a lift if she sent the photos for the yearbook', 'paid-for-sexual-images'],
	]);
	it('keeps each new rule off its worst case', () => {
		// "Or the video goes online" is still a demand.
		expect(ids('pay or the video goes to all his followers, he is in year 10')).toContain('sextortion-blackmail');
		// A contact list and the recording, held over a boy, is still sextortion.
		expect(ids("they've got a year 10 boy's contact list and the recording")).toContain('sextortion-blackmail');
		// A pupil who "has been cutting" still fires.
		expect(ids('a year 8 girl has been cutting again')).toContain('self-harm-suicide');
		// A pupil who made a short film about wanting to die is not a lesson.
		expect(ids('a year 10 boy made a short film about wanting to die and posted it')).toContain('self-harm-suicide');
		// A lesson first and a case after "separately" is read; a lesson alone is not.
		expect(ids("we're planning our safer internet day assembly on nudes for year 9")).toEqual([]);
		expect(ids('I was pulling resources together for an AI lesson. Not sure if it is relevant, but a year 8 said boys used a nudify app on her photo')).toContain('sexual-images-under-18');
		// Children said to be fine "at the club" are out of an adult's case; a child at the club who is hurt is not.
		expect(matches('the swim coach is getting sextortion messages, the kids at the club are fine')[0]?.forAdult).toBe(true);
		expect(ids('a boy at the club is being sextorted, the kids at the club are scared')).toContain('sextortion-blackmail');
		// Children "in the video" who are fine are still the ones in the video.
		expect(matches('a coach filmed the under 12s in the changing room, the kids in the video are fine')[0]?.forAdult).not.toBe(true);
		// A teacher who has been sent a video is not the one in it; a teacher who has been sending one is.
		expect(firstConcept('a teacher has been sending a year 9 girl videos on snapchat')).toBe('staff-conduct');
		// A report that reaches a member of staff as screenshots still names the teacher in them.
		expect(firstConcept('the head has been sent screenshots of mr x messaging a year 9 girl at night')).toBe('staff-conduct');
		// A group's "short film" about cutting themselves is not a class's lesson.
		expect(ids('a group of year 9 girls made a short film about cutting themselves and posted it')).toContain('self-harm-suicide');
		// "Nothing about any pupils" leaves an adult's own case; a pupil in the images does not.
		expect(matches("a teacher's ex posted her nudes online, nothing about any pupils")[0]?.forAdult).toBe(true);
		expect(firstConcept("a teacher's ex posted nudes online and one of them is of a year 10 girl")).toBe('sexual-images-under-18');
	});
});

describe('session 66: the seventieth and seventy-first safety sets and held-out 75 and 76 read, in other words', () => {
	firesInOtherWords([
		// A coach outside school: the answer for someone the child knows, a kiss too.
		['a year 8 girl says her netball coach messages her late at night and tells her to keep it secret', 'abuse-by-someone-they-know'],
		['a year 9 girl says the gymnastics coach kissed her after training', 'abuse-by-someone-they-know'],
		// Searches a filter or a librarian found; tablets saved up.
		['a year 10 searched how to cut without anyone noticing on the school laptop', 'self-harm-suicide'],
		['a year 9 searched does hanging hurt in the library', 'self-harm-suicide'],
		['a year 10 girl has been saving up her tablets', 'self-harm-suicide'],
		// Danger now: a punishment beating tonight, a meeting nobody knows about, a man picking her up for a flat, "I've taken everything".
		['a year 11 says he has to go to a punishment beating tonight', 'immediate-danger'],
		['a year 8 is going to meet someone at the station today and nobody knows who he is', 'immediate-danger'],
		['a man is picking a year 9 girl up today and taking her to a flat', 'immediate-danger'],
		['a year 12 messaged goodbye at 2am saying ive taken everything', 'immediate-danger'],
		// Exploitation: a debt to older lads, taxis sent late at night.
		['a year 10 boy says he is paying off a debt to older lads', 'criminal-exploitation'],
		['older men send taxis for a year 9 boy late at night', 'criminal-exploitation'],
		// Abuse at home: mum's boyfriend hits him, bruises hidden from teachers.
		['a year 7 says his mums boyfriend hits him when school calls home', 'abuse-at-home'],
		['a year 8 girl searched how to hide bruises from teachers', 'abuse-at-home'],
		// Forced marriage: refusing it, a passport taken.
		['a year 10 girl asked how to refuse a marriage her family arranged', 'honour-based-abuse'],
		['a year 11 girl asked how to stop her parents taking her passport', 'honour-based-abuse'],
		// Sexual assault told in a story or a meeting.
		['a year 9 girl wrote that he held me down at the party', 'sexual-assault'],
		['a year 10 girl says two boys did stuff to her when she was drunk', 'sexual-assault'],
		// A looked-after child's birth father; a young child's searches; a pupil's address with "burn it down".
		['a message to a looked after year 4 says your real dad misses you', 'child-in-care-contact'],
		['a reception boy keeps typing sex words into the ipad', 'sexual-behaviour-of-a-young-child'],
		['someone wrote a year 8 boys home address and burn it down', 'pupil-address-with-threats'],
		// Staff: vapes given, photos of girls on his own phone on CCTV, swimwear photos on a laptop, "talk on Snapchat instead".
		['a TA gives a year 10 boy vapes and messages him at night', 'staff-conduct'],
		['cctv shows a supply teacher taking photos of year 9 girls on his own phone', 'staff-conduct'],
		["the caretaker's laptop has photos of year 3 pupils in swimwear", 'staff-conduct'],
		['a teacher is emailing a year 11 girl and asked her to talk on snapchat instead', 'staff-conduct'],
		// Threats: "he'll cut her", a knife on his story with "no threat as such".
		["her brother says he'll cut her when he sees her, she is in year 10", 'threats-weapons'],
		['a year 9 boy posted a knife on his snapchat story, no threat as such', 'threats-weapons'],
		// Paid for: naked pictures to a man for money; a man in his twenties and his friends.
		['a year 10 boy sends naked pics to a man for money', 'paid-for-sexual-images'],
		['her 24 year old boyfriend gives a year 10 girl vodka and she has to be nice to his friends', 'paid-for-sexual-images'],
		// Adults in a position of trust outside the classroom: a tutor's picture, a TA's touching, a tutor under his clothes,
		// a youth leader at 2am, a governor's kiss, a night at the coach's house.
		['a year 10 says his online maths tutor sent him a picture of his penis', 'adult-sent-a-sexual-image'],
		['a year 7 says the TA keeps touching her leg under the table', 'staff-conduct'],
		['a p6 says his tutor tickles him under his clothes', 'sexual-assault'],
		['a youth leader at the mosque is messaging year 8 boys at 2am', 'grooming'],
		['a year 12 says one of our governors kissed her', 'staff-conduct'],
		['a year 10 boy is staying at his coaches house tonight and the coach sent him sexual messages', 'immediate-danger'],
		// A teacher at another school who sends girls private messages late at night.
		['a teacher at another school sends year 9 girls private messages late at night', 'staff-conduct'],
	]);
	firesNotFor([
		['two year 8 girls fell out and one posted you are dead to me', 'threats-weapons'],
		['whittling knives for the scouts badge with 13 year olds', 'threats-weapons'],
		['the site saves my answers on the school laptop', 'self-harm-suicide'],
		['the year 6 class are saving up for new tablets', 'self-harm-suicide'],
		['how to cut without scissors in year 2 dt', 'self-harm-suicide'],
		['a year 9 boy is paying off his debt to the school canteen', 'criminal-exploitation'],
		['the council sends a taxi for him every morning, he is in year 7', 'criminal-exploitation'],
		['the office keeps the year 10 passports for the trip', 'honour-based-abuse'],
		["a year 11 boy's mum has hidden his passport so he cannot travel to join the group", 'honour-based-abuse'],
		['the boys did stuff to her locker, she is in year 8', 'sexual-assault'],
		["we're meeting today at the town hall, nobody knows who is chairing", 'immediate-danger'],
		['the removal van is picking up furniture today from the flat', 'immediate-danger'],
		['the pe teacher took photos of the girls team on her own phone for the school twitter', 'staff-conduct'],
		['the TA bought them for him as a reward, he is in year 4', 'staff-conduct'],
		['the coach gives the team money for pizza and tells them to be nice to their friends', 'paid-for-sexual-images'],
		['an instructor at the outdoor centre talked about race wars with year 11', 'honour-based-abuse'],
		['the coach is messaging the parents at 2am about the fixtures', 'grooming'],
		['a teacher touched her leg when he put the plaster on, she is in year 3', 'staff-conduct'],
		['our governors kissed and made up after the budget row', 'staff-conduct'],
		// The reread: pills counted by the nurse, a policy, a phone, things done when drunk, a match, vapes confiscated, a trip group.
		['the school nurse counts the pills in the medical room', 'self-harm-suicide'],
		['I cannot find either of them in the policy', 'immediate-danger'],
		['a year 9 asked how to stop my parents taking my phone', 'honour-based-abuse'],
		['they did stuff at the party when drunk, year 11s', 'sexual-assault'],
		['the teacher confiscated the vapes and gave them to the head, year 9', 'staff-conduct'],
		['the teacher asked year 10 to use whatsapp instead of snapchat for the trip group', 'staff-conduct'],
		['the teacher sends parents private messages late at night about homework', 'staff-conduct'],
		// The last reread: a talk about vapes, a website taken down, taxis for pupils with SEN.
		['the teacher gave them a talk about vapes and alcohol, year 9', 'staff-conduct'],
		['ive taken everything down from the website, is that enough, year 9 photos', 'immediate-danger'],
		['the council sends taxis for the older pupils with SEN late in the day', 'criminal-exploitation'],
		// A nude of a girl who "can't be older than 13" is no one claiming to be older.
		['a nude selfie of a girl who cannot be older than 13 came up on my feed on x', 'grooming'],
	]);
	it('keeps each new rule off its worst case', () => {
		// A coach at the school, or coaching its teams, is still an allegation first.
		expect(firstConcept('our school football coach has been messaging a year 8 girl late at night')).toBe('staff-conduct');
		expect(firstConcept('the football coach at our school has been messaging a year 8 girl late at night')).toBe('staff-conduct');
		expect(firstConcept('a football coach convicted of making indecent images is still coaching our under 12s')).toBe('staff-conduct');
		// A coach outside school is still named by the allegation's answer, second.
		expect(ids('her football coach keeps messaging a year 7 girl late at night')).toEqual(expect.arrayContaining(['abuse-by-someone-they-know']));
		// A child's demand for money after a nude is still sextortion, not paid for.
		expect(firstConcept('someone has nude pics of a year 8 boy and keeps asking for apple gift cards')).toBe('sextortion-blackmail');
		// A member of staff who sent pictures to someone and is blackmailed has the adult's answer; one who sent them to a pupil does not.
		expect(matches('a teaching assistant sent pics to someone she met online and now they want money or they will send them to her school')[0]?.forAdult).toBe(true);
		expect(matches('a teacher sent pics to a year 9 girl')[0]?.forAdult).not.toBe(true);
		// No pupil in the pictures leaves an adult's own case; a pupil in them does not.
		expect(matches('a fake nude of a female teacher is going round year 11, no pupils are in it')[0]?.forAdult).toBe(true);
		expect(firstConcept('a fake nude of a female teacher is going round year 11, and two pupils are in it')).toBe('sexual-images-under-18');
		// A member of staff's ex-partner tracking her is hers; a girl's ex tracking her is the child's.
		expect(matches("a teaching assistant found an airtag in her bag, she thinks it's her ex-partner")[0]?.forAdult).toBe(true);
		expect(firstConcept('a year 10 girl says her ex is tracking her phone')).toBe('tracking-of-a-child');
		// Someone who says he is 14 but looks older is still grooming.
		expect(ids("he says he's 14 but he looks older, he keeps messaging a year 8 girl")).toContain('grooming');
		// A teacher who also coaches is still the school's allegation first.
		expect(firstConcept('a PE teacher who is also the football coach is messaging a year 9 girl at night')).toBe('staff-conduct');
		// Tablets she has saved, in a story, still fire.
		expect(ids('a year 9 girl wrote a story about a girl who counts the tablets she has saved')).toContain('self-harm-suicide');
		// A church youth leader asking a boy for nudes is not the school's allegation, and still has an answer.
		expect(ids('the church youth leader asked a year 9 boy for nudes on snap')).not.toContain('staff-conduct');
		expect(ids('the church youth leader asked a year 9 boy for nudes on snap')).toContain('sexual-images-under-18');
		// A governor who asks is not the one who harmed: a man on Roblox is still grooming, not an allegation.
		expect(ids('governor question: a year 8 girl is being messaged by a man she met on roblox')).toEqual(['grooming']);
		// A care home's staff who found a tracker on a young person are not the ones tracked.
		expect(firstConcept('residential care: staff found an airtag sewn into the lining of a 15 year old girls coat')).toBe('tracking-of-a-child');
	});
});

describe('session 67: the seventy-second and seventy-third safety sets and held-out 77 and 78 read, in other words', () => {
	firesInOtherWords([
		// Sextortion told through the words of the threat.
		['a man messaged a year 9 girl send another one or i tag your mum in it', 'sextortion-blackmail'],
		// Filmed getting changed, whatever comes between.
		['cctv: a boy filmed year 8 girls getting changed for pe', 'sexual-images-under-18'],
		['someone took photos of a year 10 girl getting changed backstage', 'sexual-images-under-18'],
		// A risk that comes back: a man on bail, a teacher warned before, a goodbye post and no one in school, bruises again.
		['the man on bail is messaging the year 8 girl again on snapchat', 'grooming'],
		['a PE teacher who was warned last year about messaging a year 10 girl is contacting her again', 'staff-conduct'],
		['a year 10 posted a goodbye post this morning and is not in school', 'immediate-danger'],
		['year 6 girl, the referral was closed in may and today she has new bruises on her arms again', 'abuse-at-home'],
		["a year 8 girl's mum's ex put life360 on her phone", 'tracking-of-a-child'],
		// Many children at once: one account adding a dozen, a fake account messaging a club, a meeting tonight,
		// a live stream steered by a chat, "we'll be next", a member of staff in a pupils' group.
		['an unknown account added a dozen year 7s overnight asking for pics', 'grooming'],
		['a fake account is messaging all the kids in our under 10s netball club', 'grooming'],
		['four year 8 girls are meeting a man from a group chat tonight at the park', 'immediate-danger'],
		['a year 9 girl is live on tiktok and the group in the chat are telling her what to do', 'online-group-coercion'],
		['p6 children in a group chat are saying they will be next after a classmate died', 'after-a-pupils-death'],
		['the head of year has been added to a whatsapp group with year 10 girls', 'staff-conduct'],
	]);
	firesNotFor([
		['our school facebook was hacked and the password changed, it has got years of photos on it', 'sexual-images-under-18'],
		['someone posted my address with this is where she lives on a parents forum', 'grooming'],
		['pupils called the new supply teacher an absolute weapon', 'threats-weapons'],
		['a chain message says a ghost will come for you if you dont pass this on, year 4 parents are worried', 'threats-weapons'],
		['the deputy head is asking whether pupils can bring phones on the year 9 trip', 'staff-conduct'],
		['parents asked if they can put life360 on their year 7 childs phone', 'tracking-of-a-child'],
		['the new teacher was warned about messaging parents on the class whatsapp again', 'staff-conduct'],
		['the police officer is coming in to talk to year 10 about sharing nudes', 'sexual-images-under-18'],
		['the fake school account is back but nobody has been threatened', 'threats-weapons'],
		['should we put the knife amnesty poster up for year 11', 'threats-weapons'],
		['year 9 boys asked for pics of the football team to use in the newsletter and added them to the page', 'grooming'],
		['the teacher said she would end it now if the class kept talking', 'immediate-danger'],
		['a year 9 carried the parcels for the school fair and was paid in cash by the pta', 'sextortion-blackmail'],
		['a year 10 went live on tiktok last night, what do I do and do I tell her mum', 'online-group-coercion'],
		// The reread: an app tracking my location, a pupil warned about messaging a teacher.
		['teams is tracking my location when I work from home', 'tracking-of-a-child'],
		['the pupil was warned about messaging the teacher again', 'staff-conduct'],
		['the pupil was warned about messaging the teacher again', 'grooming'],
		// Held-out 77: messages "reported or removed" are not the Report Remove tool; a hoax nobody has seen.
		['can we get the parents messages about the year 4 teacher reported or removed', 'sexual-images-under-18'],
		['a challenge supposedly tells children to hurt themselves, we have not seen any sign that pupils have come across it', 'self-harm-suicide'],
		['a challenge supposedly tells children to hurt themselves, we have not seen any sign that pupils have come across it', 'dangerous-challenge'],
	]);
	it('keeps each new rule off its worst case', () => {
		// Extremist videos put radicalisation first; a man asking a girl for her address is still grooming.
		expect(firstConcept('year 10 boys sharing extremist videos, one asked the others for addresses')).toBe('radicalisation');
		expect(ids('a man on roblox asked a year 6 girl for her address')).toContain('grooming');
		// Parcels for cash are exploitation first; nudes and a demand for cash are still sextortion.
		expect(firstConcept('year 9 boys recruited on tiktok to deliver parcels for cash, one has been threatened over a debt')).toBe('criminal-exploitation');
		expect(firstConcept('someone has nudes of a year 10 boy and wants cash or they go to his friends')).toBe('sextortion-blackmail');
		// A member of staff's ex tracking her is hers; a pupil who says someone tracks her phone is the child's.
		expect(matches('ex is tracking my phone')[0]?.forAdult).toBe(true);
		expect(firstConcept('someone is tracking my phone, im in year 9')).toBe('tracking-of-a-child');
		// "None of this involves pupils" leaves an adult's own case; a pupil tracked too does not.
		expect(matches('the ex-partner of one of our teachers is tracking her car. None of this involves pupils.')[0]?.forAdult).toBe(true);
		expect(matches('the ex-partner of one of our teachers is tracking her car and a year 9 girl')[0]?.forAdult).not.toBe(true);
		// "The kids at school are fine" leaves an adult's own case; "the kids at home are fine" does not say the children are out of it.
		expect(matches('ex is tracking my phone, the kids at school are fine')[0]?.forAdult).toBe(true);
		expect(ids('dad hit mum last night, the kids at home are fine she says')).toContain('abuse-at-home');
		// Many staff in a deepfake are adults; a member of staff's home address posted is hers.
		expect(matches('a deepfake porn video of three female teachers is going round')[0]?.forAdult).toBe(true);
		expect(matches('a guidance teacher has had her home address posted by a parent who threatened her')[0]?.forAdult).toBe(true);
		// A chain message's threat is a hoax; a real threat to a pupil still fires.
		expect(ids('a year 9 boy said he will come for him after school with a knife')).toContain('threats-weapons');
		// Report Remove for a nude still fires; a pupil hurt by a challenge nobody else copied still does.
		expect(ids('can a year 10 use report remove for her nude')).toContain('sexual-images-under-18');
		expect(ids('a year 8 did the challenge and hurt himself, we havent seen any signs of pupils copying it')).toContain('dangerous-challenge');
		expect(ids('a year 9 girl says the group supposedly tells people to hurt themselves and she has cut herself')).toContain('self-harm-suicide');
		// A warning about a teacher's messages, without the child, is not an allegation; with one it is.
		expect(firstConcept('a teacher who was suspended for messaging a year 11 girl is messaging her again')).toBe('staff-conduct');
	});
});

describe('session 68: held-out 79 and 80 read, and the seventy-fourth and seventy-fifth safety sets, in other words', () => {
	firesInOtherWords([
		// A hacker who told a child to film himself is still sextortion.
		['a year 8 boys snapchat was hacked and the hacker told him to film himself', 'sextortion-blackmail'],
		// A sibling's age said of "one" names a child.
		['a parent rang, her youngest one is 9 and a man sent her a picture of his private parts', 'adult-sent-a-sexual-image'],
		// A child in an early year is still named beside a parent: "a P1 dad sent ... to a P1 girl".
		['a p1 dad sent sexual messages to a p1 girl', 'grooming'],
		// Safety 74 (ages at the edge) and 75 (money, gifts and favours), in other words.
		['on a zoom tutoring session a year 11 boys stepmum walked in and slapped him', 'abuse-seen-on-a-call'],
		['a year 12 girl says her stepdad grabbed her by the arm last night', 'abuse-at-home'],
		['a 16 year old says her dad has thrown her out and she is sofa surfing', 'abuse-at-home'],
		['online group making a year 8 boy cut himself', 'online-group-coercion'],
		['a year 9 girl is being threatened by a gang on snapchat', 'threat-from-a-group'],
		['a gang says a year 10 boy will get sorted on friday', 'threat-from-a-group'],
		['the school nurse found a tracking app on her phone, she is in year 10', 'tracking-of-a-child'],
		['a year 11 girl is paid by a modelling agency for underwear photos', 'paid-for-sexual-images'],
		['year 8 boy says he gets vapes if he sends pics to a man', 'paid-for-sexual-images'],
		['a man gives a year 9 boy robux in return for going on webcam', 'paid-for-sexual-images'],
		['an instagram account is offering our year 9s quick cash', 'criminal-exploitation'],
		['year 10 boys getting lifts from a man who gives them cash and trainers', 'criminal-exploitation'],
		['a year 10 girl says her family paid a dowry for her', 'honour-based-abuse'],
		['a year 8 girl is being taken to bangladesh in the summer to be married', 'honour-based-abuse'],
		['her family booked flights and her uncle sent money for the wedding, she is in year 10', 'honour-based-abuse'],
		['year 9 girl says her mums boyfriend keeps asking her for snaps', 'abuse-by-someone-they-know'],
		['on a teams session with a year 5 we heard her dad shouting then a slap', 'abuse-seen-on-a-call'],
		['a stranger was filming the girls at our under 12s match from the touchline', 'stranger-filming-children'],
		['a year 8 is in a car with a man she met online right now', 'immediate-danger'],
		['a year 11 boy says older men have him in a flat and he cant leave', 'immediate-danger'],
		['a year 10 boy paid the blackmailer and now cant see the point of living', 'self-harm-suicide'],
		['year 11 girl threatened by gang on snapchat', 'threat-from-a-group'],
		['a year 9 found a spy app on her phone that nobody at home installed', 'tracking-of-a-child'],
		['a year 7 boy says his stepmum hits him if he refuses to hand over his dinner money', 'abuse-at-home'],
	]);
	firesNotFor([
		// Police who "told them to contact Instagram themselves" are not a hacker telling a child to film himself.
		['an s2 pupils instagram was hacked and posted a video mocking a teacher, police told his parents to contact instagram themselves', 'sextortion-blackmail'],
		// Suing a parent over a blog post is not blackmail.
		['the governors want to sue a parent for defamation over a blog post about our head, will the local authority pay the money', 'sextortion-blackmail'],
		// An early year's parent ("a P3 dad") is an adult: sexual messages to a teacher are not grooming.
		['a p3 dad keeps sending our class teacher sexual messages on facebook', 'grooming'],
		['the nursery parents keep messaging our reception teacher late at night', 'grooming'],
		// Safety 74 and 75's controls, and the everyday queries their new rules share words with.
		['can an 18 year old in year 13 consent to their data going to universities', 'grooming'],
		['can a 17 year old on work experience use knives in a restaurant kitchen', 'threats-weapons'],
		['the year 6 residential payment deadline has passed and parents are threatening to complain', 'sextortion-blackmail'],
		['my parcel delivered to the office went missing', 'immediate-danger'],
		['year 6 enterprise day: how do we handle the cash and use photos of the stall', 'sextortion-blackmail'],
		['how do I turn on ask to buy so my kids cant buy vbucks', 'grooming'],
		['s6 charity committee wants a baby photo competition, £1 a go, money to the food bank', 'sextortion-blackmail'],
		['the pta cash from the summer fair was £20 short and a parent is making threats', 'sextortion-blackmail'],
		['a year 10 boy was threatened over money he owes for a lost football', 'sextortion-blackmail'],
		['a year 9 told his tutor he has been cutting himself and searching online about it', 'online-group-coercion'],
		['a bloke who hangs round the car park sent an explicit video to the year 8 group chat tonight', 'immediate-danger'],
		['the older boys in year 11 said they would sort him out with a lift', 'threat-from-a-group'],
		['a man matched with a year 12 on a dating app and sent photographs', 'stranger-filming-children'],
		// A picture of a knife is a threat, not a picture to be shared.
		['a year 10 posted a pic with a knife threatening a year 8', 'sextortion-blackmail'],
		// The reread: a teacher going abroad to get married; rewards for schoolwork pictures; a club's own filming.
		['miss is going to italy in the summer to get married and year 6 made her a card', 'honour-based-abuse'],
		['year 6 get a house point if they send pics of their science project', 'paid-for-sexual-images'],
		['can year 10s get paid for modelling underwear for the textiles show photos', 'paid-for-sexual-images'],
		['a man was filming the boys at the match for the club website', 'stranger-filming-children'],
		// A group that will kick her out if she does not is not a parent hitting her.
		['older members of the discord told a year 8 girl to cut herself and will kick her out if she doesnt', 'abuse-at-home'],
	]);
	it('keeps each new rule off its worst case', () => {
		// The blackmail answer still fires for money demanded for a post.
		expect(ids('a man wants 200 quid or he sends the year 10 boys video to his friends')).toContain('sextortion-blackmail');
		expect(matches('someone wants money or they post the video of our head teacher')[0]?.forAdult).toBe(true);
		// A hacker asking children for pictures of themselves is still sextortion.
		expect(ids('the hacker is asking the year 9s to send pics of themselves')).toContain('sextortion-blackmail');
		// A debt with pictures is still sextortion; money with a threat to share them too.
		expect(firstConcept('someone says a year 10 boy owes them £300 or they post his nudes')).toBe('sextortion-blackmail');
		expect(ids('a man threatened a year 9 boy, pay me money or I share the video')).toContain('sextortion-blackmail');
		// A teacher's own class is not a child in the case; a child in a year group still is.
		expect(matches('a teacher has been told a video of him will go to his year 10 class unless he pays')[0]?.forAdult).toBe(true);
		expect(ids('a year 10 boy has been told a video of him will go to his class unless he pays')).toContain('sextortion-blackmail');
		expect(ids("a p7 mum says her son's class teacher has been messaging him on snapchat at weekends")).toContain('staff-conduct');
		// "No current pupils" leaves an adult's own case.
		expect(matches('a former pupil now 19 says her ex posted intimate photos of her, no current pupils are involved')[0]?.forAdult).toBe(true);
		// An 18-year-old in Year 13 is an adult; a younger pupil named too is still a child.
		expect(ids('an 18-year-old in year 13 is messaging a year 9 girl asking for nudes')).toContain('grooming');
		// A parent threatening to hurt a member of staff is the adult's case.
		expect(matches('a parent has threatened online to come in and hurt our teaching assistant')[0]?.forAdult).toBe(true);
		// Paying a man back with pictures is still sextortion; paying a gang back or getting "sorted" is the group's threat.
		expect(ids('he sent a year 9 girl £50 and now wants her to pay him back with pics or he shares the ones he has')).toContain('sextortion-blackmail');
		expect(firstConcept("a gang says a year 10 boy has to pay them back or he'll get sorted")).toBe('threat-from-a-group');
		// An adult "in year 9" is not a sixth former: the Year 9s are still children. A pupil's year group chat is hers.
		expect(ids('an 18 year old in year 9 snapchat is asking for nudes')).toContain('grooming');
		expect(ids('someone posted her nude in her year 9 group chat')).toContain('sexual-images-under-18');
		// An age said of a pupil's ex is the ex's: the pupil is still a child.
		expect(matches("an s4 girl's ex, who is 19, always seems to know where she is")[0]?.forAdult).not.toBe(true);
		expect(matches('an s6 pupil who is 18 says her ex always seems to know where she is')[0]?.forAdult).toBe(true);
		// A threat by a group of older boys without a gang stays the threat's own answer first.
		expect(firstConcept('older boys said they will stab a year 8 boy after school')).toBe('threats-weapons');
	});
});

describe('session 69: held-out 81 and 82 read, and the seventy-sixth and seventy-seventh safety sets, in other words', () => {
	firesInOtherWords([
		// Something said not to be the case does not stop the case told after it.
		["it's not parental controls, a year 9 girl found an app on her phone sending her location to someone", 'tracking-of-a-child'],
		['not a drugs awareness lesson question, a year 10 lad says he is doing runs for an older boy', 'criminal-exploitation'],
		// A child who is not one of the school's is still a child.
		["she's his girlfriend, she's not a pupil here, but she is 14 and he has her nudes", 'sexual-images-under-18'],
		// Safety 76 (what it is not) and 77 (pictures and videos without the usual words), in other words.
		['adults on a discord keep sending a year 9 boy propaganda to share', 'radicalisation'],
		['a year 1 boy keeps using explicit words he says he saw on his daddys tablet', 'sexual-behaviour-of-a-young-child'],
		['a year 11 girl says a boy forced her to do things to him at a party', 'sexual-assault'],
		['a year 8 girl went on a livestream doing what the group chat told her', 'online-group-coercion'],
		['a year 9 boy gets sent pics of wherever he is', 'tracking-of-a-child'],
		['on google meet with a year 4 we saw her dad hit her', 'abuse-seen-on-a-call'],
		['a dance teacher has been filming girls on his own phone in the changing area', 'staff-conduct'],
		['a year 10 boy says they will tag his mum unless he pays', 'sextortion-blackmail'],
		["a year 8 boy got a message saying his video goes on the school's page if he doesn't send gift cards", 'sextortion-blackmail'],
		['older men tip her for pics on her account, she is in year 11', 'paid-for-sexual-images'],
		['photo of a year 9 boy edited with ai and posted on instagram', 'sexual-images-under-18'],
		['s3 girls school photo is on a pervy website', 'sexual-images-under-18'],
		['yr 11 girls pics shared by her ex', 'sexual-images-under-18'],
		['year 10 boys selling pics of a girl in year 8', 'sexual-images-under-18'],
		['a video of a year 7 being hit by older boys', 'filmed-assault'],
		["they said they'd put the year 9 boy in the ground", 'threats-weapons'],
		// Safety 74 and 75's misses read again: a pupil's pictures shared by a partner, or taken under 18.
		['a year 11 lad has been showing pics of his 15 year old girlfriend to the rugby team', 'sexual-images-under-18'],
		['the photos she sent her boyfriend in year 10 are now on a group chat', 'sexual-images-under-18'],
		['the video was taken when she was 16 and is now on an adult site', 'sexual-images-under-18'],
		['a man in his 30s gives her money for pics, she is 15', 'paid-for-sexual-images'],
		['a telegram group is paying an s3 boy to make videos for their movement', 'radicalisation'],
		["on a zoom lesson I heard a year 3's mum screaming and then a slap", 'abuse-seen-on-a-call'],
		['a discord group is paying a boy to hurt himself on stream', 'online-group-coercion'],
	]);
	firesNotFor([
		// Safety 76 and 77's controls, and the everyday queries the new rules share words with.
		['year 7s doing runs for charity', 'criminal-exploitation'],
		['we put the bulbs in the ground with the year 2 children', 'threats-weapons'],
		['the knives in the drama studio are props for the school play', 'threats-weapons'],
		["a year 9 wrote that a character was unalived in her essay, it's about the book not her", 'self-harm-suicide'],
		['how do I teach year 8 what to do if someone asks them for nudes', 'sexual-images-under-18'],
		['what does spicy pic mean, a parent asked at parents evening', 'sexual-images-under-18'],
		['can we use photos edited with ai in the school prospectus', 'sexual-images-under-18'],
		['our staff photos were edited with ai for the website', 'sexual-images-under-18'],
		['year 9 using explicit sexual language in class', 'sexual-behaviour-of-a-young-child'],
		['the pupils in the nativity photos edited by an app to brighten them', 'sexual-images-under-18'],
		['the year 6 pupils are showing pics of their guinea pig', 'sexual-images-under-18'],
		['the movement break for year 2 was great', 'radicalisation'],
		["we're paying the boys to cut the hedges themselves", 'online-group-coercion'],
	]);
	it('keeps each new rule off its worst case', () => {
		// A lesson or training that is the case's setting, not ruled out, still stops every concept.
		expect(ids('this is a training scenario, not a real case: a year 8 sends nudes')).toEqual([]);
		// "Not a pupil at all" is an adult; "not a pupil here" with no age is still read as a child.
		expect(matches("it's not a pupil at all, a supply teacher's nudes have been shared")[0]?.forAdult).toBe(true);
		expect(matches("she's not a pupil here but he's kept her nudes on his phone")[0]?.forAdult).not.toBe(true);
		// A threat to a member of staff, with where they live or a photo through their window, is the adult's case.
		expect(matches('a former pupil\'s dad threatened to put our deputy head in the ground')[0]?.forAdult).toBe(true);
		expect(matches("a photo of our caretaker taken through his front window with a note saying he will get what's coming")[0]?.forAdult).toBe(true);
		expect(matches("a parent posted the road our head lives on and said they'd pay him a visit")[0]?.forAdult).toBe(true);
		// The same with a pupil is the child's.
		expect(matches("a year 9 girl's ex posted the street she lives on and said he'll pay her a visit")[0]?.forAdult).not.toBe(true);
		// A threat to share with the child's contacts puts the blackmail before the payments.
		expect(firstConcept('a year 9 boy was paid £50 for pics and now they say they will send them to his contacts')).toBe('sextortion-blackmail');
		// A threat to come round for money is the address's and the threat's, not blackmail over pictures.
		expect(firstConcept('pupils home address posted saying pay up or we come round')).toBe('pupil-address-with-threats');
		// A family who will kill a boy if they find out he is gay is still a threat (and the honour answer's).
		expect(ids("a year 9 boy says his family will kill him if they find out he's gay")).toContain('threats-weapons');
		// A rule made to quieten a control never stops a risk to life or grooming: a child who was
		// taken outside her house, a man messaging a pupil whose school has not called the police yet,
		// a thrown phone beside self-harm.
		expect(firstConcept('a year 8 girl was taken outside her house by a man in a van')).toBe('immediate-danger');
		expect(ids('we have not contacted police yet, a man on snapchat keeps messaging a year 7 girl')).toContain('grooming');
		expect(ids('a year 9 girl threw her phone at him and then said she wants to die')).toContain('self-harm-suicide');
		// A vice principal is a member of staff, as a deputy or an assistant head is.
		expect(matches('a photo of our vice principal edited to look like she has nothing on')[0]?.forAdult).toBe(true);
		// A pupil whose pictures were shared by someone else did not pass them on: not only an adult's case.
		expect(matches('fakes of mr jones are going round, and a year 10 girl, her pics shared by her ex')[0]?.forAdult).not.toBe(true);
		// A pupil's own nude passed on by a boy is the image's answer, not a family friend's.
		expect(firstConcept("a year 7 girl sent a nude to a year 11 boy who passed it to his mates, her mum wants it kept quiet")).toBe('sexual-images-under-18');
	});
});

describe('session 70: held-out 83 and 84 read, and the seventy-eighth and seventy-ninth safety sets, in other words', () => {
	firesInOtherWords([
		// Safety 78 (the words quoted) and 79 (the sector's formal terms), in other words.
		['a man told a year 9 girl youve got 3 hours after she sent him a pic', 'sextortion-blackmail'],
		['year 8 boy says a man on snapchat will give him £20 for each photo', 'paid-for-sexual-images'],
		['a year 10 girl gets vapes and money from an older lad if she sends something sexy', 'paid-for-sexual-images'],
		['year 9 girl live on tiktok, gifts from men asking her to take her top off', 'paid-for-sexual-images'],
		['a year 11 girl says her parents are taking her to bangladesh this summer to meet her husband', 'honour-based-abuse'],
		['s3 boy says an online friend told him to be ready to die for our cause', 'radicalisation'],
		['a year 10 girl was messaged: everyone in the hall is getting it on friday', 'threat-to-attack-the-school'],
		['a year 8 girl said two older boys made her do things in the toilets', 'sexual-assault'],
		['a year 11 girl made a rape disclosure', 'sexual-assault'],
		['a year 10 girl disclosed a sexual assault at a party', 'sexual-assault'],
		['a year 9 boy keeps getting snaps saying got a job for u', 'criminal-exploitation'],
		['a TA at our school has been messaging year 6 pupils on tiktok', 'staff-conduct'],
		['we have a child at immediate risk in reception', 'immediate-danger'],
		['sexual communication with a child, year 8 girl, man on instagram', 'grooming'],
		['TA-HSB: a year 9 boy keeps asking a year 7 girl for nudes', 'sexual-images-under-18'],
		// Worst cases in the words a child or an offender would write, and in the sector's shorthand.
		["year 8 boy got a message 'send £100 or ur mum sees the vid'", 'sextortion-blackmail'],
		["older lads told a year 9 boy 'you belong to us now'", 'criminal-exploitation'],
		["a year 11 is being told 'do the drop or we'll hurt your sister'", 'criminal-exploitation'],
		['HSB: year 5 boy touching other children in the toilets', 'sexual-behaviour-of-a-young-child'],
		// A stranger at the gates: trying to take a child now is danger; asking for one by name, an adult seeking a child.
		['a man is outside the school gates trying to get a year 3 girl to go with him', 'immediate-danger'],
		['a man keeps turning up at the school gates asking for a P5 girl by name', 'grooming'],
		// An older lad giving a child alcohol is an adult seeking a child.
		['an older lad at the park gave a year 8 girl vodka and took her to his flat', 'grooming'],
		// Followed home, a tracker by another name, a location sent on: the tracking answer.
		['a man keeps following a year 7 girl home from school', 'tracking-of-a-child'],
		["there's a smart tag in a year 8 girl's blazer pocket nobody put there", 'tracking-of-a-child'],
		["year 9 girl says her location keeps being shared to someone she doesn't know", 'tracking-of-a-child'],
		// A clause about the member of staff ("who also runs the breakfast club") does not hide what they did.
		['a volunteer who helps at the after-school club keeps messaging a year 7 boy on discord', 'staff-conduct'],
		['a TA who also runs the breakfast club has been messaging a year 5 girl on snapchat', 'staff-conduct'],
	]);
	firesNotFor([
		// Safety 78 and 79's controls, and the everyday queries the new rules share words with.
		['upskirting law quiz for yr 10 rse', 'sexual-images-under-18'],
		['year 14 a level law threats to kill offence revision', 'threats-weapons'],
		['the governors want CSE and CCE training completion figures for year 9 staff', 'criminal-exploitation'],
		['rape culture lesson for year 10', 'sexual-assault'],
		['sexual assault disclosure policy for staff training', 'sexual-assault'],
		['the year 10s have got 2 hours to send their photos for the art competition', 'sextortion-blackmail'],
		['year 6 raised £50 for each class photo sold at the fair', 'paid-for-sexual-images'],
		['year 9 can do the run or the walk in PE', 'criminal-exploitation'],
		['a man from the council asked the year 3 class to go with him to see the fire engine', 'immediate-danger'],
		['the year 6 children followed the man from the farm home in the story', 'tracking-of-a-child'],
		["year 1 children touching the other children's paintings", 'sexual-behaviour-of-a-young-child'],
	]);
	it('keeps each new rule off its worst case', () => {
		// Saying she has not paid does not stop the blackmail; the payments' answer waits for it.
		expect(firstConcept("a boy recorded a year 11 girl on a video call and says he'll send it to all her contacts, she hasn't paid anything")).toBe('sextortion-blackmail');
		// A teacher who found the images on a pupil's phone is not the one accused.
		expect(firstConcept("a teacher found indecent images on a pupil's phone")).toBe('sexual-images-under-18');
		// A video found by a parent does not stop the harm at home told beside it.
		expect(ids("a year 7 told us her mum's boyfriend hit her, her aunt found a video of her being hit")).toContain('abuse-at-home');
		// A quiz or revision told as the time or place of the case does not stop it.
		expect(ids('after the law quiz a year 9 girl said a man sent her nudes')).toContain('sexual-images-under-18');
		expect(ids('in the rse quiz a year 9 boy wrote that a man online asks him for nudes')).toContain('grooming');
		// A fake school page asking for dinner money, or a fake head asking staff for vouchers, is a
		// scam, not blackmail; a demand for vouchers with a threat to share nudes still is.
		expect(matches('a clone of our school facebook page with our cover photo is asking parents to pay dinner money into a new account')).toEqual([]);
		expect(matches("the head's photo is on a whatsapp asking staff to buy amazon vouchers for a staff surprise")).toEqual([]);
		expect(matches("a man is demanding amazon vouchers from our teacher or he'll send her nudes to the staff, it's not a staff gift")[0]?.forAdult).toBe(true);
		// Where a named member of staff lives, said with a threat, is the adult's case.
		expect(matches("a parent posted 'I know where that guidance teacher lives and I'll be waiting for her'")[0]?.forAdult).toBe(true);
		// A member of staff photographing pupils changing is an image of a child, whoever took it.
		expect(ids('a teacher took photos of the year 9 girls changing')).toContain('sexual-images-under-18');
		expect(ids('her rugby coach took photos of the year 9 girls changing')).toContain('sexual-images-under-18');
		// NCII, an intimate video or a threat to life, of or against a member of staff, is the adult's
		// case; of or against a pupil, the child's; the word alone is not a case.
		expect(matches('ncii of a member of staff, no pupils in it')[0]?.forAdult).toBe(true);
		expect(matches('intimate vid of a TA posted by her ex, no pupils involved')[0]?.forAdult).toBe(true);
		expect(matches('threat to life against our head teacher posted on tiktok by a parent')[0]?.forAdult).toBe(true);
		expect(firstConcept('ncii of a year 11 girl shared on snapchat')).toBe('sexual-images-under-18');
		expect(firstConcept('threat to life made against a year 10 boy on snapchat')).toBe('threats-weapons');
		expect(matches('what does ncii mean in our policy')).toEqual([]);
		// Someone following a member of staff home and posting where she goes is the adult's case.
		expect(matches('a parent has been following our teacher home and posting where she goes')[0]?.forAdult).toBe(true);
		// A child in care tracked by a birth parent keeps a child's answer, whether or not the tracker's
		// own exceptions ("so he knows she's safe") hold.
		expect(ids("a year 8 girl in foster care says her birth dad put a tracking app on her phone so he knows she's safe")).not.toEqual([]);
		expect(ids("foster child's birth father found her through a tracker and is messaging her")).not.toEqual([]);
		// The teacher who told it, and one who is messaged, did not do it.
		expect(ids('a teacher who told me a man keeps messaging a year 9 girl')).not.toContain('staff-conduct');
		expect(ids('a teacher who told me a man keeps messaging a year 9 girl')).toContain('grooming');
		expect(ids('a teacher who a boy keeps messaging on snapchat')).not.toContain('staff-conduct');
	});
});
