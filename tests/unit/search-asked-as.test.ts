import { describe, expect, it } from 'vitest';
import { ASKED_OPTIONS, type AskedOptions, askedTerms, questionTerms } from '../../src/search/asked-as';
import { buildSearchIndex } from '../../src/search/build-index';
import type { SearchPage } from '../../src/search/document';
import { SearchEngine } from '../../src/search/engine';
import { RANKING } from '../../src/search/ranking';

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

const options = (changes: Partial<AskedOptions>): AskedOptions => ({ ...ASKED_OPTIONS, ...changes });

describe('asked as: the questions people asked, indexed for the part that answers them', () => {
	it('makes a word of a question asked for a section find that section, when the field counts', async () => {
		const { payload, shards } = await buildSearchIndex(pages({ section: ['kids filming a teacher'] }), undefined, options({ level: 'section' }));
		// The postings are in the shards, in a field of their own; the first file lists the term.
		expect(shards.some((shard) => Object.keys(shard).some((key) => key.startsWith('asked.')))).toBe(true);
		const counted = new SearchEngine(payload, shards, { ...RANKING, fields: { ...RANKING.fields, asked: 1 } }).search('filming');
		expect(counted.status === 'results' && counted.pages.map((hit) => [hit.url, hit.sections[0]?.anchor])[0]).toEqual(['/guides/videos-of-staff/', 'evidence']);
		// At weight 0 the field is not scored: no page has the word.
		const ignored = new SearchEngine(payload, shards, { ...RANKING, fields: { ...RANKING.fields, asked: 0 } }).search('filming');
		expect(ignored.status === 'results' && ignored.pages).toEqual([]);
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
