/** Made by src/search/integration.ts: where the built index and its files are served from. */
declare module 'virtual:search-index' {
	/** The folder of the index, its shards and its texts, e.g. /_astro/search/. */
	export const searchFolder: string;
	/** The index's file name, which changes when the content does. */
	export const indexFile: string;
}
