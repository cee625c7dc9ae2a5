/** MiniSearch's set-up in the benchmark, shared by the index build (Node) and the search (browser). */
export const MINI_OPTIONS = {
	fields: ['title', 'aka', 'text'],
	storeFields: ['page', 'anchor'],
	searchOptions: { boost: { title: 3, aka: 2.5 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' as const },
};
