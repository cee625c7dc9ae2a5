import type { PageHit, SearchEngine, SearchOutcome } from '../search/engine';
import { echoIsolated } from '../lib/echo';
import { MAX_QUERY_LENGTH } from '../search/query';
import { makeSnippet, type SnippetPart } from '../search/snippet';

/** The engine and index load only when there is something to search for. */
const loadSearch = () => import('./search-load');

/** How many pages a search shows. */
const PAGES_SHOWN = 10;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_DELAY_MS = 700;
const TYPING_DELAY_MS = 120;

interface Elements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLElement;
	listing: HTMLElement;
}

/**
 * The search page with JavaScript: results for ?q= on arrival, then as the user types; arrow keys
 * move between the results. Without JavaScript the page is a form and a list of every page.
 * Nothing typed is stored or sent anywhere: the index is fetched from this site and searched here.
 */
export function startSearchPage(doc: Document): void {
	const elements = findElements(doc);
	if (!elements) return;
	const { form, input, results } = elements;
	const initial = new URLSearchParams(doc.location.search).get('q') ?? '';
	input.value = initial.slice(0, MAX_QUERY_LENGTH);

	let engine: SearchEngine | undefined;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;

	const run = async (query: string, announce: boolean) => {
		const ticket = ++latest;
		if (!engine) {
			if (query.trim() === '') return show(elements, { status: 'empty' }, query);
			elements.status.textContent = 'Loading search…';
			try {
				engine = await (await loadSearch()).loadSearchEngine();
			} catch {
				elements.status.textContent = 'Search could not load. Every topic, platform and service is listed below.';
				elements.listing.hidden = false;
				return;
			}
		}
		if (ticket !== latest) return;
		const outcome = engine.search(query);
		const message = show(elements, outcome, query);
		void fillSnippets(engine, outcome, elements.results, () => ticket === latest);
		clearTimeout(announceTimer);
		// The live region is updated on a pause, so a screen reader is not interrupted at every key.
		elements.status.textContent = '';
		announceTimer = setTimeout(() => (elements.status.textContent = message), announce ? 50 : ANNOUNCE_DELAY_MS);
	};

	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => {
			replaceQueryInAddress(doc, input.value);
			void run(input.value, false);
		}, TYPING_DELAY_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		replaceQueryInAddress(doc, input.value);
		void run(input.value, true);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			const first = resultLinks(results)[0];
			if (first) {
				event.preventDefault();
				first.focus();
			}
		}
	});
	results.addEventListener('keydown', (event) => moveBetweenResults(event, input, results));

	if (initial.trim() !== '') void run(initial, true);
}

function findElements(doc: Document): Elements | undefined {
	const input = doc.querySelector<HTMLInputElement>('#search-page');
	const form = input?.form;
	const status = doc.querySelector<HTMLElement>('[data-search-status]');
	const results = doc.querySelector<HTMLElement>('[data-search-results]');
	const listing = doc.querySelector<HTMLElement>('[data-search-listing]');
	if (!input || !form || !status || !results || !listing) return undefined;
	return { form, input, status, results, listing };
}

/** Keeps the address in step with the box, so a search can be copied and shared as a link. */
function replaceQueryInAddress(doc: Document, query: string): void {
	const url = new URL(doc.location.href);
	if (query.trim() === '') url.searchParams.delete('q');
	else url.searchParams.set('q', query.slice(0, MAX_QUERY_LENGTH));
	history.replaceState(history.state, '', url);
}

/** Draws the results (or the full listing) and returns what the live region should say. */
function show({ results, listing }: Elements, outcome: SearchOutcome, query: string): string {
	results.replaceChildren();
	if (outcome.status === 'empty') {
		listing.hidden = false;
		return '';
	}
	if (outcome.status === 'no-words') {
		listing.hidden = false;
		return 'Type a word or two about what happened, for example “fake account” or “nudes”.';
	}
	const shown = outcome.pages.slice(0, PAGES_SHOWN);
	listing.hidden = shown.length > 0;
	const quoted = `“${echoIsolated(query.trim().slice(0, 80))}”`;
	if (shown.length === 0) {
		return `No pages match ${quoted}. Try other words, or choose from every topic, platform and service below.`;
	}

	const heading = element(results.ownerDocument, 'h2', 'search-results__heading', `Results for ${quoted}`);
	heading.id = 'search-results-heading';
	results.append(heading);
	if (outcome.corrections.length > 0) {
		const note = element(results.ownerDocument, 'p', 'search-results__correction', `Including results for ${outcome.corrections.map(([, to]) => `“${to}”`).join(', ')}.`);
		results.append(note);
	}
	const list = element(results.ownerDocument, 'ol', 'search-results__list');
	list.setAttribute('aria-labelledby', heading.id);
	for (const hit of shown) list.append(renderHit(results.ownerDocument, hit));
	results.append(list);
	const total = outcome.pages.length;
	const count = `${total} page${total === 1 ? '' : 's'} match ${quoted}`;
	return total > PAGES_SHOWN ? `${count}. Showing the best ${PAGES_SHOWN}.` : `${count}.`;
}

function renderHit(doc: Document, hit: PageHit): HTMLElement {
	const item = element(doc, 'li', 'search-result');
	const kind = element(doc, 'p', 'search-result__kind', hit.kind);
	const title = element(doc, 'h3', 'search-result__title');
	const link = element(doc, 'a', undefined, hit.title) as HTMLAnchorElement;
	link.href = hit.url;
	title.append(link);
	const snippet = element(doc, 'p', 'search-result__snippet');
	snippet.dataset.doc = String(hit.doc);
	snippet.dataset.page = String(hit.page);
	item.append(kind, title, snippet);
	if (hit.sections.length > 0) {
		const sections = element(doc, 'ul', 'search-result__sections');
		sections.setAttribute('aria-label', `Sections of ${hit.title}`);
		for (const section of hit.sections) {
			const sectionItem = element(doc, 'li', 'search-result__section');
			const sectionLink = element(doc, 'a', undefined, section.heading) as HTMLAnchorElement;
			sectionLink.href = `${hit.url}#${section.anchor}`;
			const sectionSnippet = element(doc, 'p', 'search-result__snippet');
			sectionSnippet.dataset.doc = String(section.doc);
			sectionSnippet.dataset.page = String(hit.page);
			sectionItem.append(sectionLink, sectionSnippet);
			sections.append(sectionItem);
		}
		item.append(sections);
	}
	return item;
}

/** Fetches the text of the pages shown and puts a snippet, matched words marked, under each link. */
async function fillSnippets(engine: SearchEngine, outcome: SearchOutcome, results: HTMLElement, current: () => boolean): Promise<void> {
	if (outcome.status !== 'results') return;
	const targets = [...results.querySelectorAll<HTMLElement>('.search-result__snippet')];
	await Promise.all(
		targets.map(async (target) => {
			const page = Number(target.dataset.page);
			const doc = Number(target.dataset.doc);
			try {
				const fragment = await (await loadSearch()).loadFragment(engine.fragmentOf(page));
				if (!current()) return;
				const parts = makeSnippet(fragment[engine.positionInFragment(doc)] ?? '', outcome.terms);
				target.replaceChildren(...parts.map((part) => snippetNode(target.ownerDocument, part)));
			} catch {
				target.remove();
			}
		}),
	);
}

function snippetNode(doc: Document, part: SnippetPart): Node {
	if (!part.mark) return doc.createTextNode(part.text);
	const mark = doc.createElement('mark');
	mark.textContent = part.text;
	return mark;
}

function resultLinks(results: HTMLElement): HTMLAnchorElement[] {
	return [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

/** Up and down arrows move between result links; up from the first goes back to the search box. */
function moveBetweenResults(event: KeyboardEvent, input: HTMLInputElement, results: HTMLElement): void {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
	const links = resultLinks(results);
	const index = links.indexOf(event.target as HTMLAnchorElement);
	if (index === -1) return;
	event.preventDefault();
	if (event.key === 'Escape') return input.focus();
	const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
	if (next < 0) input.focus();
	else links[Math.min(next, links.length - 1)].focus();
}

function element(doc: Document, tag: string, className?: string, text?: string): HTMLElement {
	const node = doc.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
