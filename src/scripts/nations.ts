import { ALL_NATIONS, forgetNationChoice, NATION_PARAM, readNationChoice, saveNationChoice } from '../lib/nation-choice';
import { isNationId, type NationId } from '../lib/nation-ids';

/** Each block's nation sections in the order the page was built with, so "Show all four" restores it. */
const builtOrder = new WeakMap<HTMLElement, HTMLElement[]>();

/**
 * Shows the reader's part of the UK first. Without JavaScript every page shows all four nations'
 * routes, labelled, in the data file's order. With it, a reader who has chosen a nation (in any
 * chooser, or through ?nation= in a link) sees theirs first in each ::::nations block and the
 * others folded into one "other parts of the UK" section, and each :nation[fact] narrows to theirs.
 * The choice is kept in localStorage (src/lib/nation-choice.ts), so it follows the reader from page
 * to page and through the wizard.
 */
export function enhanceNations(doc: Document): void {
	const url = new URL(doc.location.href);
	const asked = url.searchParams.get(NATION_PARAM);
	if (isNationId(asked)) saveNationChoice(asked);
	else if (asked === ALL_NATIONS) forgetNationChoice();
	let chosen = isNationId(asked) ? asked : asked === ALL_NATIONS ? undefined : readNationChoice();

	for (const chooser of doc.querySelectorAll<HTMLElement>('[data-nation-choice]')) chooser.hidden = false;
	applyNation(doc, chosen);
	revealTarget(doc);

	doc.addEventListener('click', (event) => {
		const option = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-nation-option]');
		if (!option || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		const value = option.dataset.nationOption;
		chosen = isNationId(value) ? value : undefined;
		if (chosen) saveNationChoice(chosen);
		else forgetNationChoice();
		keepChoiceInAddress(doc, chosen);
		applyNation(doc, chosen);
		announce(doc, chosen ? `Showing ${nationName(doc, chosen)} first.` : 'Showing all four parts of the UK.');
	});
	window.addEventListener('hashchange', () => revealTarget(doc));
	// Back and forward can bring a page from memory after the choice changed on another page.
	window.addEventListener('pageshow', (event) => {
		if (!event.persisted) return;
		chosen = readNationChoice();
		applyNation(doc, chosen);
	});
}

/** Puts the reader's nation first everywhere on the page, or all four in order when there is none. */
export function applyNation(doc: Document, chosen: NationId | undefined): void {
	// Holds the nation, so a script that draws a fact later (the search page's act-now answers) can narrow it.
	if (chosen) doc.documentElement.setAttribute('data-nation-chosen', chosen);
	else doc.documentElement.removeAttribute('data-nation-chosen');
	for (const block of doc.querySelectorAll<HTMLElement>('[data-nations]')) arrangeBlock(block, chosen);
	for (const fact of doc.querySelectorAll<HTMLElement>('.nation-fact')) narrowFact(fact, chosen);
	for (const option of doc.querySelectorAll<HTMLAnchorElement>('a[data-nation-option]')) {
		const current = option.dataset.nationOption === (chosen ?? ALL_NATIONS);
		if (current) option.setAttribute('aria-current', 'true');
		else option.removeAttribute('aria-current');
	}
	for (const showAll of doc.querySelectorAll<HTMLElement>('[data-nation-show-all]')) showAll.hidden = chosen === undefined;
}

function arrangeBlock(block: HTMLElement, chosen: NationId | undefined): void {
	if (!builtOrder.has(block)) builtOrder.set(block, [...block.querySelectorAll<HTMLElement>(':scope > .nation')]);
	const sections = builtOrder.get(block)!;
	const mine = sections.find((section) => section.dataset.nation === chosen);
	block.querySelector(':scope > .nations__others')?.remove();
	if (!mine) {
		block.append(...sections);
		return;
	}
	const others = sections.filter((section) => section !== mine);
	const fold = block.ownerDocument.createElement('details');
	fold.className = 'nations__others';
	const summary = block.ownerDocument.createElement('summary');
	summary.textContent = `Other parts of the UK: ${listOf(others.map((section) => section.dataset.nationName ?? ''))}`;
	fold.append(summary, ...others);
	block.append(mine, fold);
}

/** The nation the page shows now (set by `applyNation`), or undefined before it runs or when none is chosen. */
export function shownNation(doc: Document): NationId | undefined {
	const value = doc.documentElement.getAttribute('data-nation-chosen');
	return isNationId(value) ? value : undefined;
}

/**
 * Shows the chosen nation's value of a fact, or all four when none is chosen; a short fact
 * (`<NationFact short>`) shows its neutral words instead of all four.
 */
export function narrowFact(fact: HTMLElement, chosen: NationId | undefined): void {
	const neutral = fact.querySelector<HTMLElement>(':scope > .nation-fact__neutral');
	if (neutral) neutral.hidden = chosen !== undefined;
	for (const value of fact.querySelectorAll<HTMLElement>('.nation-fact__value')) {
		value.hidden = chosen === undefined ? neutral !== null : !(value.dataset.nation ?? '').split(' ').includes(chosen);
	}
	for (const part of fact.querySelectorAll<HTMLElement>('.nation-fact__where, .nation-fact__separator')) part.hidden = chosen !== undefined;
}

/** A link to one nation's section (#allegations-wales) opens the fold it is in. */
function revealTarget(doc: Document): void {
	const id = decodeURIComponent(doc.location.hash.slice(1));
	const target = id ? doc.getElementById(id) : null;
	const fold = target?.closest<HTMLDetailsElement>('details.nations__others');
	if (!target || !fold) return;
	fold.open = true;
	target.scrollIntoView();
}

/** The address then carries the choice, so a copied link opens on the same nation. */
function keepChoiceInAddress(doc: Document, chosen: NationId | undefined): void {
	const url = new URL(doc.location.href);
	if (chosen) url.searchParams.set(NATION_PARAM, chosen);
	else url.searchParams.delete(NATION_PARAM);
	if (url.href !== doc.location.href) history.replaceState(history.state, '', url);
}

function announce(doc: Document, message: string): void {
	const region = doc.querySelector<HTMLElement>('[data-nation-announcer]');
	if (!region) return;
	region.textContent = '';
	window.setTimeout(() => (region.textContent = message), 50);
}

function nationName(doc: Document, nation: NationId): string {
	return doc.querySelector<HTMLElement>(`a[data-nation-option="${nation}"]`)?.textContent?.trim() ?? nation;
}

function listOf(names: string[]): string {
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
