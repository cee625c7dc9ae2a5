import type { DocumentOptions } from 'flexsearch';

/**
 * The fields each searchable part is indexed under: its title or heading, its `aka` terms, its
 * text, and the words of questions people asked for it (`asked`, src/search/asked-as.ts). How much a
 * match in each counts is `Ranking.fields` (ranking.ts).
 */
export const FIELDS = [{ field: 'name' }, { field: 'aka' }, { field: 'body' }, { field: 'asked' }] as const;

export type FieldName = (typeof FIELDS)[number]['field'];

/**
 * Field text reaches FlexSearch already turned into terms by text.ts (the same code runs on the
 * query), so FlexSearch only splits on spaces. FlexSearch keeps no stored documents and no
 * positions (resolution 1): ranking is done in engine.ts, which keeps the exported index small.
 * The browser must import with exactly these options (STACK.md FlexSearch traps).
 */
export const DOCUMENT_OPTIONS: DocumentOptions = {
	document: {
		id: 'id',
		index: FIELDS.map(({ field }) => ({
			field,
			tokenize: 'strict' as const,
			resolution: 1,
			encode: splitTerms,
		})),
	},
};

function splitTerms(text: string): string[] {
	return text.split(' ').filter(Boolean);
}
