/**
 * The practitioner's link page: a filter box that narrows the list as you type (nothing is sent
 * anywhere), and buttons that copy a link's full address or a reply with it. Without JavaScript
 * the page is the complete list, grouped, with each reply written out.
 */
export function enhanceLinkPage(doc: Document): void {
	const items = [...doc.querySelectorAll<HTMLElement>('[data-link-item]')];
	const status = doc.querySelector<HTMLElement>('[data-link-filter-status]');
	const buttons = doc.querySelector<HTMLTemplateElement>('template[data-copy-buttons]');

	for (const item of items) {
		const link = item.querySelector<HTMLAnchorElement>('a')!;
		const reply = item.querySelector<HTMLElement>('[data-reply]')!;
		// The site's address as the reader sees it, so a copied link opens where they are.
		reply.textContent = `${reply.dataset.reply}: ${link.href}`;
	}

	// Copy buttons are added to a group when it is first opened: hundreds of closed groups stay light.
	const addButtons = (group: HTMLDetailsElement) => {
		if (!buttons || !group.open || group.dataset.enhanced) return;
		group.dataset.enhanced = 'true';
		for (const item of group.querySelectorAll<HTMLElement>('[data-link-item]')) {
			const label = item.querySelector('a')?.textContent ?? '';
			const copy = buttons.content.cloneNode(true) as DocumentFragment;
			for (const button of copy.querySelectorAll<HTMLButtonElement>('button')) button.setAttribute('aria-label', `${button.textContent}: ${label}`);
			item.append(copy);
		}
	};
	for (const group of doc.querySelectorAll<HTMLDetailsElement>('[data-link-group]')) {
		group.addEventListener('toggle', () => addButtons(group));
		addButtons(group);
	}

	doc.addEventListener('click', async (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
		const item = button?.closest<HTMLElement>('[data-link-item]');
		if (!button || !item) return;
		const isReply = button.dataset.copy === 'reply';
		const text = isReply ? item.querySelector('[data-reply]')!.textContent! : item.querySelector('a')!.href;
		const copied = await copyText(text);
		if (status) status.textContent = copied ? `${isReply ? 'Reply' : 'Link'} copied.` : 'Your browser did not let us copy. Select the text and copy it yourself.';
	});

	const filter = doc.querySelector<HTMLElement>('[data-link-filter]');
	const input = doc.querySelector<HTMLInputElement>('#link-filter-input');
	if (!filter || !input) return;
	filter.hidden = false;
	const texts = new Map(
		items.map((item) => {
			const group = item.closest<HTMLElement>('[data-link-group]');
			return [item, normalise(`${group?.dataset.terms ?? ''} ${item.querySelector('a')?.textContent ?? ''} ${item.dataset.terms ?? ''}`)];
		}),
	);
	const groups = [...doc.querySelectorAll<HTMLDetailsElement>('[data-link-group]')];
	const sections = [...doc.querySelectorAll<HTMLElement>('[data-link-section]')];
	const none = doc.querySelector<HTMLElement>('[data-link-none]');

	const apply = () => {
		const words = normalise(input.value).split(' ').filter(Boolean);
		let shown = 0;
		for (const [item, text] of texts) {
			const match = words.every((word) => text.includes(word));
			item.hidden = !match;
			if (match) shown += 1;
		}
		for (const group of groups) {
			const any = group.querySelector('[data-link-item]:not([hidden])') !== null;
			group.hidden = !any;
			group.open = words.length > 0 && any;
		}
		for (const section of sections) section.hidden = section.querySelector('[data-link-group]:not([hidden])') === null;
		if (none) none.hidden = shown > 0;
		if (status) status.textContent = words.length > 0 ? `${shown} ${shown === 1 ? 'link matches' : 'links match'}.` : '';
	};
	input.addEventListener('input', apply);
	if (input.value) apply(); // The browser may restore what was typed when the reader comes back.
}

/** Lower case, accents and punctuation gone, so "TikTok's" matches "tiktok". */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
