/**
 * Section and step links copy their full address when clicked, so a practitioner can paste it
 * into an email. The address bar also moves to the section, as it would without JavaScript.
 */
export function enhanceCopyLinks(doc: Document): void {
	const status = doc.querySelector<HTMLElement>('[data-copy-link-status]');
	doc.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link || !navigator.clipboard) return;
		try {
			await navigator.clipboard.writeText(link.href);
		} catch {
			return; // Clipboard refused (permissions): the link still goes to the section.
		}
		link.classList.add('self-link--copied');
		if (status) status.textContent = 'Link copied.';
		window.setTimeout(() => {
			link.classList.remove('self-link--copied');
			if (status) status.textContent = '';
		}, 2000);
	});
}
