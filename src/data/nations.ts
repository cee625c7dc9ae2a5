import raw from '../../content/data/nations.json';
import { type Nation, type NationFact, type NationId, NationsDataSchema } from '../schemas/nations';
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
