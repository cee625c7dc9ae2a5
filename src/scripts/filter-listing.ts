/**
 * Narrows the search page's full listing to the entries that contain every word of the query.
 * Without JavaScript the whole listing shows, so the page always helps.
 */
export function filterListing(doc: Document, query: string): void {
	const input = doc.querySelector<HTMLInputElement>('#search-page');
	const summary = doc.querySelector<HTMLElement>('[data-search-summary]');
	const heading = doc.querySelector<HTMLElement>('[data-search-heading]');
	const items = [...doc.querySelectorAll<HTMLElement>('[data-search-text]')];
	if (!input || !summary || !heading) return;

	const apply = (text: string) => {
		const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
		let shown = 0;
		for (const item of items) {
			const haystack = item.dataset.searchText ?? '';
			const match = words.every((word) => haystack.includes(word));
			item.hidden = !match;
			if (match) shown += 1;
		}
		if (words.length === 0) {
			summary.textContent = '';
			heading.textContent = 'Every topic, platform and service';
		} else {
			summary.textContent = shown === 0
				? `No pages match “${text.trim().slice(0, 80)}”. Try fewer or different words, or browse the list below.`
				: `${shown} page${shown === 1 ? '' : 's'} match “${text.trim().slice(0, 80)}”.`;
			heading.textContent = shown === 0 ? 'Every topic, platform and service' : 'Matching pages';
			if (shown === 0) items.forEach((item) => (item.hidden = false));
		}
	};

	input.value = query;
	apply(query);
	input.addEventListener('input', () => apply(input.value));
}
