import raw from '../../content/data/nations.json';
import { type Nation, type NationFact, type NationId, NationsDataSchema } from '../schemas/nations';
import { summaryParts } from '../lib/nation-text';
import { parseDataFile } from './parse-data-file';

/** The four nations and the facts that differ between them, validated: the one place the site reads them from. */
export const nationsData = parseDataFile('content/data/nations.json', NationsDataSchema, raw);

/** The nations in the order pages show them when the reader has chosen none. */
export const nations: readonly Nation[] = nationsData.nations;

export const factNames: readonly string[] = Object.keys(nationsData.facts);

export function findNation(id: string): Nation | undefined {
	return nations.find((nation) => nation.id === id);
}

/** A fact for one nation, or undefined when no fact has that name. */
export function nationFact(name: string, nation: NationId): NationFact | undefined {
	return Object.hasOwn(nationsData.facts, name) ? nationsData.facts[name].values[nation] : undefined;
}

/** A fact's short form for a reader who has chosen no nation ("safeguarding lead"), if it has one. */
export function neutralFact(name: string): string | undefined {
	return Object.hasOwn(nationsData.facts, name) ? nationsData.facts[name].neutral : undefined;
}

/**
 * Words with each `:nation[fact]` as its short form ("Tell your safeguarding lead now"), for where
 * no script can show the reader's nation's: a meta description, the feed, the search index. The
 * build refuses a summary with a fact that has none (check-lead-name.ts), so this throws only on
 * words that skipped that check.
 */
export function withNeutralFacts(text: string): string {
	return summaryParts(text)
		.map((part) => {
			if ('text' in part) return part.text;
			const neutral = neutralFact(part.fact);
			if (neutral === undefined) throw new Error(`":nation[${part.fact}]" has no "neutral" short form in content/data/nations.json, so "${text}" cannot be written without it; add one, or write the words out`);
			return neutral;
		})
		.join('');
}

/** One part of a fact given for every nation: the value, and the nations that share it. */
export interface FactPart {
	fact: NationFact;
	ids: NationId[];
	/** The nations by name, for "… in England and Wales". */
	where: string;
}

/**
 * A fact for all four nations, as `:nation[fact]` shows it outside a nation's block (and
 * src/components/NationFact.astro in a component): one part per value, in the data file's order,
 * nations with the same value in one part. Empty when no fact has that name.
 */
export function factForEveryNation(name: string): FactPart[] {
	if (!factNames.includes(name)) return [];
	const parts: FactPart[] = [];
	for (const nation of nations) {
		const fact = nationFact(name, nation.id)!;
		const part = parts.find((p) => p.fact.text === fact.text);
		if (part) part.ids.push(nation.id);
		else parts.push({ fact, ids: [nation.id], where: '' });
	}
	for (const part of parts) part.where = listOf(part.ids.map((id) => findNation(id)!.name));
	return parts;
}

function listOf(names: string[]): string {
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
