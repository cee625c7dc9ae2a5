import { Document } from 'flexsearch';
import { DOCUMENT_OPTIONS, FIELDS, type FieldName } from './index-options';
import type { PostingsEntry } from './payload';

/** One searchable part as the index receives it: each field's index terms, in order. */
export type IndexedPart = Record<FieldName, readonly string[]>;

/** FlexSearch's export of each field's map, key by key ("body.1.map"), with its entries, in export order. */
export type ExportedPostings = [key: string, entries: PostingsEntry[]][];

/**
 * What FlexSearch's Document (`DOCUMENT_OPTIONS`) exports for these parts, added with ids 0, 1, 2…
 * in order, worked out directly: for each field, each term with the ids of the parts holding it, in
 * the order the terms were first met (FlexSearch's Map), each id once. At 10× the content, adding
 * every part to FlexSearch, exporting it as JSON and parsing that back cost about 1 ms of CPU per
 * added page; the browser imports the result into FlexSearch as before.
 *
 * Follows FlexSearch 0.8's `Index.prototype.add` with `tokenize: 'strict'`, `resolution: 1` and
 * no context (every id in the one score slot, `[[ids]]`), and its export (`serialize.js`): a
 * field's map is split into chunks of `5000 * (250000 / registered parts) | 0` entries, keyed
 * `<field>.<chunk>.map`, where a part is registered once any field gives it a term; an empty
 * field exports nothing. `sameAsFlexSearch` holds it to FlexSearch's own export on every build.
 */
export function exportPostings(parts: readonly IndexedPart[]): ExportedPostings {
	const maps = FIELDS.map(() => new Map<string, number[]>());
	let registered = 0;
	parts.forEach((part, id) => {
		let hasTerms = false;
		FIELDS.forEach(({ field }, f) => {
			const map = maps[f];
			for (const term of part[field]) {
				if (term === '') continue;
				hasTerms = true;
				const ids = map.get(term);
				if (ids === undefined) map.set(term, [id]);
				else if (ids[ids.length - 1] !== id) ids.push(id);
			}
		});
		if (hasTerms) registered += 1;
	});
	const chunkSize = (CHUNK_SIZE_MAP * (CHUNK_SIZE_REG / registered)) | 0;
	const exported: ExportedPostings = [];
	FIELDS.forEach(({ field }, f) => {
		let chunk: PostingsEntry[] = [];
		const chunks = [chunk];
		for (const [term, ids] of maps[f]) {
			chunk.push([term, [ids]]);
			if (chunk.length === chunkSize) chunks.push((chunk = []));
		}
		chunks.forEach((entries, n) => entries.length > 0 && exported.push([`${field}.${n + 1}.map`, entries]));
	});
	return exported;
}

/** FlexSearch's chunk sizes for an export (`chunk_size_map`, `chunk_size_reg` in its serialize.js). */
const CHUNK_SIZE_MAP = 5000;
const CHUNK_SIZE_REG = 250000;

/**
 * True when FlexSearch's own export of these parts (through its Document, with the options the
 * browser imports with) is exactly `exportPostings`' for them, key for key and byte for byte. The
 * build checks a sample of the real parts, so a FlexSearch whose export has changed stops the build
 * rather than writing shards the browser would misread.
 */
export function sameAsFlexSearch(parts: readonly IndexedPart[]): boolean {
	const index = new Document(DOCUMENT_OPTIONS);
	parts.forEach((part, id) => index.add({ id, ...Object.fromEntries(FIELDS.map(({ field }) => [field, part[field].join(' ')])) }));
	const theirs: [string, string][] = [];
	index.export((key: string, data: string) => void (key.endsWith('.map') && theirs.push([key, data])));
	const ours = exportPostings(parts).map(([key, entries]) => [key, JSON.stringify(entries)]);
	return JSON.stringify(ours) === JSON.stringify(theirs);
}
