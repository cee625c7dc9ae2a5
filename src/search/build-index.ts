import { createHash } from 'node:crypto';
import { Document } from 'flexsearch';
import { actNow } from '../data/act-now';
import type { ActNowFile } from '../schemas/act-now';
import { encodeActNow } from './act-now';
import type { SearchPage } from './document';
import { DOCUMENT_OPTIONS, type FieldName } from './index-options';
import { PAYLOAD_VERSION, type SearchFragment, type SearchPayload } from './payload';
import { encodeSynonyms } from './synonyms';
import { termsOf } from './text';

export interface BuiltSearchIndex {
	payload: SearchPayload;
	/** Fragment file name → the fragment, one per page. */
	fragments: Map<string, SearchFragment>;
}

/**
 * Builds the search index at build time: one searchable part for each page (its title, `aka`
 * terms, summary and intro) and one for each h2/h3 section. Exports the FlexSearch index with what
 * the browser needs to rank and show results; each page's text goes to a fragment of its own.
 */
export async function buildSearchIndex(pages: readonly SearchPage[], actNowFile: ActNowFile = actNow): Promise<BuiltSearchIndex> {
	const index = new Document(DOCUMENT_OPTIONS);
	const docs: SearchPayload['docs'] = [];
	const texts: SearchFragment[] = pages.map(() => []);

	const add = (pageIndex: number, anchor: string, fields: Record<FieldName, string>) => {
		const id = docs.length;
		const body = termsOf(fields.body);
		docs.push([pageIndex, anchor, fields.name, body.length]);
		texts[pageIndex].push(fields.body);
		index.add({ id, name: termsOf(fields.name).join(' '), aka: termsOf(fields.aka).join(' '), body: body.join(' ') });
	};

	pages.forEach((page, pageIndex) => {
		const text = [page.summary, page.intro].filter(Boolean).join('\n');
		add(pageIndex, '', { name: page.title, aka: page.aka.join('\n'), body: text });
		for (const section of page.sections) add(pageIndex, section.anchor, { name: section.heading, aka: '', body: section.text });
	});

	const exported: Record<string, string> = {};
	index.export((key: string, data: string) => {
		exported[key] = data;
	});

	const fragments = new Map<string, SearchFragment>();
	const fragmentNames = texts.map((fragment) => {
		const json = JSON.stringify(fragment);
		const name = `${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
		fragments.set(name, fragment);
		return name;
	});

	const { groups, misspellings } = encodeSynonyms();
	const payload: SearchPayload = {
		version: PAYLOAD_VERSION,
		pages: pages.map((page, i) => [page.url, page.title, page.kind, fragmentNames[i]]),
		docs,
		index: exported,
		synonyms: groups,
		misspellings,
		actNow: encodeActNow(actNowFile, misspellings),
	};
	return { payload, fragments };
}
