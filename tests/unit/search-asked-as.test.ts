import { describe, expect, it } from 'vitest';
import { askedAs } from '../../src/data/asked-as';
import { parseDataFile } from '../../src/data/parse-data-file';
import { AskedAsSchema } from '../../src/schemas/asked-as';
import { ASKED_OPTIONS, type AskedOptions, askedTerms, checkAskedAs, questionTerms, withAskedAs } from '../../src/search/asked-as';
import { buildSearchIndex } from '../../src/search/build-index';
import type { SearchPage } from '../../src/search/document';
import { SearchEngine } from '../../src/search/engine';
import { RANKING } from '../../src/search/ranking';
import { searchPagesFromDist } from '../../src/search/sources';

/** Two small pages; the words "filming" and "recorded" are in neither's text. */
const pages = (asked: { page?: string[]; section?: string[] }): SearchPage[] => [
	{
		url: '/guides/videos-of-staff/',
		title: 'Videos of staff',
		kind: 'Guide',
		summary: 'When pupils post videos of a teacher.',
		aka: [],
		asked: asked.page,
		intro: '',
		sections: [
			{ anchor: 'in-short', heading: 'In short', text: 'Report the video to the platform and talk to the pupils.' },
			{ anchor: 'evidence', heading: 'Keep evidence', text: 'Save the link and the username.', asked: asked.section },
		],
	},
	{
		url: '/guides/cyberbullying/',
		title: 'Cyberbullying',
		kind: 'Guide',
		summary: 'When pupils bully each other online.',
		aka: [],
		intro: '',
		sections: [{ anchor: 'in-short', heading: 'In short', text: 'Talk to the pupils and their parents. Keep the evidence.' }],
	},
];

/** Every word, in the part asked for: each test changes what it is about. */
const options = (changes: Partial<AskedOptions>): AskedOptions => ({ level: 'section', words: 'all', minCount: 1, maxPages: Number.POSITIVE_INFINITY, siteWordsOnly: false, ...changes });

describe('asked as: the questions people asked, indexed for the part that answers them', () => {
	it('makes a word of a question asked for a section find that section, when the field counts', async () => {
		const { payload, shards } = await buildSearchIndex(pages({ section: ['kids filming a teacher'] }), undefined, options({}));
		// The postings are in the shards, in a field of their own; the first file lists the term.
		expect(shards.some((shard) => Object.keys(shard).some((key) => key.startsWith('asked.')))).toBe(true);
		const counted = new SearchEngine(payload, shards, { ...RANKING, fields: { ...RANKING.fields, asked: 1 } }).search('filming');
		expect(counted.status === 'results' && counted.pages.map((hit) => [hit.url, hit.sections[0]?.anchor])[0]).toEqual(['/guides/videos-of-staff/', 'evidence']);
		// At weight 0 the field is not scored: no page has the word.
		const ignored = new SearchEngine(payload, shards, { ...RANKING, fields: { ...RANKING.fields, asked: 0 } }).search('filming');
		expect(ignored.status === 'results' && ignored.pages).toEqual([]);
	});

	it('with the site’s options, counts only words its pages use, in the section and its page', async () => {
		const { payload, shards } = await buildSearchIndex(pages({ section: ['kids filming their parents'] }), undefined, ASKED_OPTIONS);
		const engine = new SearchEngine(payload, shards, { ...RANKING, fields: { ...RANKING.fields, asked: 1 } });
		// "parents" is in the other page's text only: asked for "Keep evidence", it finds that section, and its page.
		const outcome = engine.search('parents');
		const found = outcome.status === 'results' ? outcome.pages.find((hit) => hit.url === '/guides/videos-of-staff/') : undefined;
		expect(found?.sections[0]?.anchor).toBe('evidence');
		// "filming" is in no page: not indexed.
		expect(engine.search('filming')).toMatchObject({ pages: [] });
	});

	it('adds nothing to the index when no part has questions', async () => {
		const { shards } = await buildSearchIndex(pages({}));
		expect(shards.some((shard) => Object.keys(shard).some((key) => key.startsWith('asked.')))).toBe(false);
	});

	it('puts a section’s questions where the options say: the section, its page, or both', () => {
		const site = pages({ section: ['kids filming a teacher'] });
		const parts = site.flatMap((page) => [new Set<string>(), ...page.sections.map(() => new Set<string>())]);
		const where = (level: AskedOptions['level']) => askedTerms(site, parts, options({ level })).map((terms) => terms.includes('film'));
		expect(where('section')).toEqual([false, false, true, false, false]);
		expect(where('page')).toEqual([true, false, false, false, false]);
		expect(where('both')).toEqual([true, false, true, false, false]);
	});

	it('counts a section’s own-only questions (askedHere) for that section alone, whatever the level', () => {
		const site = pages({});
		site[0].sections[1].askedHere = ['kids filming a teacher'];
		const parts = site.flatMap((page) => [new Set<string>(), ...page.sections.map(() => new Set<string>())]);
		for (const level of ['section', 'page', 'both'] as const) {
			expect(askedTerms(site, parts, options({ level })).map((terms) => terms.includes('film'))).toEqual([false, false, true, false, false]);
		}
	});

	it('keeps the words the options ask for', () => {
		const site = pages({ page: ['pupils filming a teacher', 'pupils recorded a teacher', 'pupils recorded me'] });
		// The page's own part has "teacher", its first section "pupils"; the site has neither "filming" nor "recorded".
		const parts = [new Set(['teacher']), new Set(['pupil']), new Set<string>(), new Set<string>(), new Set<string>()];
		const kept = (changes: Partial<AskedOptions>) => askedTerms(site, parts, options(changes))[0].sort();
		expect(kept({})).toEqual(['film', 'pupil', 'recorded', 'teacher'].map((word) => questionTerms(word)[0]).sort());
		expect(kept({ words: 'new-to-part' })).not.toContain('teacher');
		expect(kept({ words: 'new-to-part' })).toContain('pupil');
		expect(kept({ words: 'new-to-page' })).not.toContain('pupil');
		expect(kept({ minCount: 2 })).toEqual(['pupil', 'recorded', 'teacher'].map((word) => questionTerms(word)[0]).sort());
		expect(kept({ siteWordsOnly: true })).toEqual(['pupil', 'teacher']);
	});

	it('leaves out a word asked for more pages than allowed', () => {
		const site = pages({ page: ['pupils filming'] });
		site[1].asked = ['pupils fighting'];
		const parts = site.flatMap((page) => [new Set<string>(), ...page.sections.map(() => new Set<string>())]);
		expect(askedTerms(site, parts, options({ maxPages: 1 }))[0]).toEqual([questionTerms('filming')[0]]);
		expect(askedTerms(site, parts, options({ maxPages: 2 }))[0]).toContain('pupil');
	});

	it('reads a question as search reads a query: common words dropped, known misspellings put right', () => {
		expect(questionTerms('what do I do about harrasment', { harrasment: 'harassment' })).toEqual(questionTerms('harassment'));
	});
});

describe('content/data/asked-as.json', () => {
	it('names only pages and sections search covers, and search reads them', async () => {
		const pages = await searchPagesFromDist(process.cwd());
		expect(checkAskedAs(askedAs, pages)).toEqual([]);
		const [key, questions] = Object.entries(askedAs.questions).find(([address]) => address.includes('#')) ?? [];
		if (!key || !questions) throw new Error('the file has no question for a section');
		const [url, anchor] = key.split('#');
		expect(pages.find((page) => page.url === url)?.sections.find((section) => section.anchor === anchor)?.asked).toEqual(expect.arrayContaining(questions));
	}, 60_000);

	it('fails with the file, the key and what is allowed for a page or section search does not have', () => {
		const pages = withAskedAs(
			[{ url: '/guides/a/', title: 'A', kind: 'Guide', summary: 'About A.', aka: [], intro: '', sections: [{ anchor: 'evidence', heading: 'Evidence', text: 'Keep it.' }] }],
			{ questions: {} },
		);
		const [noPage] = checkAskedAs({ questions: { '/guides/nowhere/': ['where is it'] } }, pages);
		expect(noPage).toContain('content/data/asked-as.json');
		expect(noPage).toContain('/guides/nowhere/');
		expect(noPage).toContain('/report/outcome/');
		const [noSection] = checkAskedAs({ questions: { '/guides/a/#no-such-section': ['where is it'] } }, pages);
		expect(noSection).toContain('#no-such-section');
		expect(noSection).toContain('#evidence');
		expect(checkAskedAs({ questions: { '/guides/a/#evidence': ['what do I keep'] } }, pages)).toEqual([]);
	});

	it('rejects a malformed file with the file and the field named', () => {
		const bad = { about: '', questions: { 'guides/a': ['no slashes'], '/guides/b/': [] } };
		expect(() => parseDataFile('content/data/asked-as.json', AskedAsSchema, bad)).toThrow(/content\/data\/asked-as\.json.*questions.*guides\/a/s);
		expect(() => parseDataFile('content/data/asked-as.json', AskedAsSchema, bad)).toThrow(/\/guides\/b\/.*at least one question/);
		expect(() => parseDataFile('content/data/asked-as.json', AskedAsSchema, { about: '', questoins: {} })).toThrow(/questoins/);
	});
});
