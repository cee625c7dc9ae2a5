/**
 * Where a search lives in the address: in the fragment, /search/#q=…, which browsers never send to
 * the host. (Without JavaScript the form can only send ?q=…; see src/pages/privacy.astro.)
 */
export const SEARCH_PATH = '/search/';

/** The fragment for a query, without the #: "q=nudes%20year%209". */
export function searchFragment(query: string): string {
	return `q=${encodeURIComponent(query)}`;
}

/** The address of a search, keeping the words in the fragment. */
export function searchAddress(query: string): string {
	return query.trim() === '' ? SEARCH_PATH : `${SEARCH_PATH}#${searchFragment(query)}`;
}

/**
 * With JavaScript, a search box's form goes to /search/#q=… instead of sending ?q=… to the host.
 * Listens on the document, so it covers every search form on the page, after any form's own handler
 * (the search page's form searches in place and stops the submission itself).
 */
export function keepSearchesInThePage(doc: Document): void {
	doc.addEventListener('submit', (event) => {
		const form = event.target;
		if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.matches('form[data-search-form]')) return;
		const input = form.elements.namedItem('q');
		if (!(input instanceof HTMLInputElement)) return;
		event.preventDefault();
		doc.defaultView?.location.assign(searchAddress(input.value));
	});
}
