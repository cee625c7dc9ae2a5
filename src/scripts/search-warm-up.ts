/**
 * Starts loading search as soon as someone focuses or types in a search box, so results are ready
 * by the time the search page opens. Nothing loads until then: other pages stay light.
 */
export function warmUpSearchOnFocus(doc: Document): void {
	const start = () => {
		doc.removeEventListener('focusin', onFocus);
		void import('./search-load').then(({ loadSearchEngine }) => loadSearchEngine()).catch(() => {
			// The form still works without it: it submits to /search/.
		});
	};
	const onFocus = (event: FocusEvent) => {
		if (event.target instanceof HTMLInputElement && event.target.name === 'q') start();
	};
	doc.addEventListener('focusin', onFocus);
}
