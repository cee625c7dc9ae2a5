import { describe, expect, it } from 'vitest';
import { actNow } from '../../src/data/act-now';
import { parseDataFile } from '../../src/data/parse-data-file';
import { ActNowSchema } from '../../src/schemas/act-now';
import { checkActNowTargets, encodeActNow } from '../../src/search/act-now';
import { ANYWHERE, containsPattern, matchActNow } from '../../src/search/act-now-match';
import { searchPagesFromDist } from '../../src/search/sources';
import { encodeSynonyms } from '../../src/search/synonyms';
import independent from '../search/independent-safety.json';
import safety from '../search/safety.json';

const { misspellings } = encodeSynonyms();
const concepts = encodeActNow(actNow, misspellings);
const firstConcept = (query: string) => matchActNow(query, concepts, misspellings)[0]?.concept.id;

describe('act-now concepts (content/data/act-now.json)', () => {
	it('covers each situation the issue names', () => {
		expect(actNow.concepts.map((c) => c.id).sort()).toEqual(
			['dangerous-challenge', 'grooming', 'immediate-danger', 'self-harm-suicide', 'sextortion-blackmail', 'sexual-images-under-18', 'threats-weapons'].sort(),
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
});

describe('matchActNow', () => {
	it.each(safety.queries)('fires "$concept" first for "$query"', ({ query, concept }) => {
		expect(firstConcept(query)).toBe(concept);
	});

	it.each(safety.controls)('does not fire for "$query"', ({ query }) => {
		expect(matchActNow(query, concepts, misspellings)).toEqual([]);
	});

	it('does not fire for a wrong word that only looks like a term', () => {
		expect(firstConcept('how do i export data from instagram')).toBeUndefined();
		expect(firstConcept('strange messages from a parent')).toBeUndefined();
	});

	it('puts the more urgent concept first when a query matches several', () => {
		expect(matchActNow('being blackmailed with her nudes', concepts, misspellings).map((m) => m.concept.id)).toEqual(['sextortion-blackmail', 'sexual-images-under-18']);
	});

	it('does not fire a concept when an `unless` phrase says the query is about someone else', () => {
		expect(firstConcept('deepfake nude of a teacher')).toBeUndefined();
		expect(firstConcept('deepfake nude of a year 9 pupil')).toBe('sexual-images-under-18');
	});

	it('reads the whole query, however long', () => {
		expect(firstConcept(`${'we are worried about a pupil in year 9 '.repeat(20)} she said kms`)).toBe('self-harm-suicide');
	});

	it('matches a misspelling from synonyms.json and one wrong letter in a long word', () => {
		expect(firstConcept('sextorsion')).toBe('sextortion-blackmail');
		expect(firstConcept('pupil being blackmaled')).toBe('sextortion-blackmail');
	});
});

describe('containsPattern', () => {
	it('finds a phrase in order with up to the gap between its words', () => {
		expect(containsPattern(['end', 'his', 'own', 'life'], ['end', 'life'], 2)).toBe(true);
		expect(containsPattern(['end', 'of', 'the', 'school', 'life'], ['end', 'life'], 2)).toBe(false);
		expect(containsPattern(['life', 'end'], ['end', 'life'], 2)).toBe(false);
	});

	it('finds "together" words anywhere, in any order', () => {
		expect(containsPattern(['tonight', 'she', 'will', 'meet'], ['meet', 'tonight'], ANYWHERE)).toBe(true);
		expect(containsPattern(['she', 'will', 'meet'], ['meet', 'tonight'], ANYWHERE)).toBe(false);
	});
});

describe('the independent safety set (measured, never tuned on)', () => {
	it('fires for most of its safety queries and at most a few of its controls', () => {
		const fired = independent.queries.filter(({ query, concept }) => firstConcept(query) === concept).length;
		const falseAlarms = independent.controls.filter(({ query }) => matchActNow(query, concepts, misspellings).length > 0).map((c) => c.query);
		console.log(`Independent safety set: act-now concept first for ${fired} of ${independent.queries.length}; fired on ${falseAlarms.length} of ${independent.controls.length} controls: ${falseAlarms.join('; ')}`);
		expect(fired / independent.queries.length).toBeGreaterThanOrEqual(0.7);
		expect(falseAlarms.length).toBeLessThanOrEqual(3);
	});
});
