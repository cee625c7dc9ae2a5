import { describe, expect, it } from 'vitest';
import raw from '../../content/data/nations.json';
import { nationsData } from '../../src/data/nations';
import { formatIssues } from '../../src/schemas/format-issues';
import { foreignTerms, NATION_IDS, NationsDataSchema } from '../../src/schemas/nations';

const problems = (data: unknown) => {
	const result = NationsDataSchema.safeParse(data);
	return result.success ? [] : formatIssues('content/data/nations.json', result.error.issues);
};
const copy = () => structuredClone(raw) as typeof raw;

describe('content/data/nations.json', () => {
	it('lists the four nations and gives every fact for each of them', () => {
		expect(nationsData.nations.map((nation) => nation.id).sort()).toEqual([...NATION_IDS].sort());
		for (const fact of Object.values(nationsData.facts)) expect(Object.keys(fact.values).sort()).toEqual([...NATION_IDS].sort());
	});

	it('says of every fact whether a source confirmed it, and why not when none did', () => {
		for (const fact of Object.values(nationsData.facts)) {
			for (const value of Object.values(fact.values)) {
				expect(value.sources.length).toBeGreaterThan(0);
				if (!value.confirmed) expect(value.note).toBeTruthy();
			}
		}
	});

	it('has no nation’s fact naming another nation’s guidance, roles or agencies', () => {
		for (const fact of Object.values(nationsData.facts)) {
			for (const id of NATION_IDS) expect(foreignTerms(fact.values[id].text, id, nationsData.nations)).toEqual([]);
		}
	});
});

describe('NationsDataSchema', () => {
	it('refuses a fact missing for a nation, naming the field', () => {
		const data = copy();
		delete (data.facts.lead.values as Partial<typeof data.facts.lead.values>).wales;
		expect(problems(data)).toContainEqual(expect.stringMatching(/field "facts\.lead\.values\.wales": is missing/));
	});

	it('refuses an unconfirmed fact with no note', () => {
		const data = copy();
		data.facts.lead.values.england.confirmed = false;
		expect(problems(data)).toContainEqual(expect.stringMatching(/facts\.lead\.values\.england\.note": needs a note/));
	});

	it('refuses a nation’s fact that names another nation’s guidance', () => {
		const data = copy();
		data.facts.guidance.values.scotland.text = 'Keeping children safe in education';
		expect(problems(data)).toContainEqual(expect.stringMatching(/values\.scotland\.text": names "Keeping children safe in education" \(England\)/));
	});

	it('refuses a short form ("neutral") that names one nation’s own title', () => {
		const data = copy();
		data.facts.lead.neutral = 'DSL';
		expect(problems(data)).toContainEqual(expect.stringMatching(/field "facts\.lead\.neutral": names "DSL" \(England\)/));
		data.facts.lead.neutral = 'safeguarding lead';
		expect(problems(data)).toEqual([]);
	});

	it('refuses a list without one of the four nations', () => {
		const data = copy();
		data.nations[3].id = 'wales';
		expect(problems(data).join('\n')).toMatch(/missing northern-ireland/);
	});
});

describe('foreignTerms', () => {
	const nations = [
		{ id: 'england', name: 'England', ownTerms: ['DSL', 'Keeping children safe in education', 'LADO'] },
		{ id: 'wales', name: 'Wales', ownTerms: ['DSP', 'LADO'] },
		{ id: 'scotland', name: 'Scotland', ownTerms: ['IRD'] },
		{ id: 'northern-ireland', name: 'Northern Ireland', ownTerms: ['PSNI'] },
	] as const;

	it('finds another nation’s term, whatever its case, as a whole word or plural', () => {
		expect(foreignTerms('Tell the DSLs and follow keeping children safe in education.', 'wales', nations).map((f) => f.term)).toEqual(['DSL', 'Keeping children safe in education']);
	});

	it('matches an acronym only in capitals and only as a word', () => {
		expect(foreignTerms('The bird flew; a third one too.', 'england', nations)).toEqual([]);
	});

	it('allows a term the nation shares', () => {
		expect(foreignTerms('Some councils call this the LADO.', 'wales', nations)).toEqual([]);
	});
});
