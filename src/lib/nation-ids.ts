/**
 * The four nations of the UK, in the order a page shows them when the reader has chosen none.
 * Kept apart from the schema so the browser's scripts can use it without loading zod.
 */
export const NATION_IDS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type NationId = (typeof NATION_IDS)[number];

export function isNationId(value: unknown): value is NationId {
	return typeof value === 'string' && (NATION_IDS as readonly string[]).includes(value);
}
