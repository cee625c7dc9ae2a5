import type { PageHit, SearchEngine, SearchOutcome } from '../search/engine';
import { echoIsolated } from '../lib/echo';
import { makeSnippet, type SnippetPart, wordFor } from '../search/snippet';
import { narrowFact, shownNation } from './nations';
import { searchFragment } from './search-address';

/** The engine and index load only when there is something to search for. */
const loadSearch = () => import('./search-load');

/** How many pages a search shows. */
const PAGES_SHOWN = 10;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_DELAY_MS = 700;
const TYPING_DELAY_MS = 120;
/**
 * Keys closer together than this are one word being typed. Results come at each letter, but what
 * only a pause needs waits for one: a page's text for its snippets, and the shards of the last
 * word's less likely completions (`searchWhileTyping`). Most letters' results are gone by the
 * next letter, and each snippet file is a whole page's text.
 */
const TYPING_PAUSE_MS = 400;

interface Elements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLElement;
	listing: HTMLElement;
}

/** Where the page is laid out for a phone: the same width as the phone rules in src/styles/global.css. */
const PHONE_WIDTH = '(max-width: 40rem)';

/** How much of the query the results heading and the count repeat; the search reads it all. */
const QUOTED_LENGTH = 80;

/**
 * The search page with JavaScript: results for #q= (or ?q=) on arrival, then as the user types;
 * arrow keys move between the results. Without JavaScript the page is a form and a list of every
 * page. Nothing typed is stored or sent anywhere: the query lives in the address's fragment (after
 * #), which browsers never send, and the index is fetched from this site and searched here.
 */
export function startSearchPage(doc: Document): void {
	const elements = findElements(doc);
	if (!elements) return;
	const { form, input, results } = elements;
	const initial = queryFromAddress(doc);
	input.value = initial;
	// A /search/?q=… link has already sent its words to the host; at least do not keep them in the
	// address or the history: the same search, in the fragment, replaces it.
	if (new URLSearchParams(doc.location.search).has('q')) replaceQueryInAddress(doc, initial);

	let engine: SearchEngine | undefined;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;
	let lastInputAt = Number.NEGATIVE_INFINITY;
	/** Resolves once no key has come for TYPING_PAUSE_MS. */
	const typingPaused = async () => {
		for (let left = TYPING_PAUSE_MS; left > 0; left = lastInputAt + TYPING_PAUSE_MS - performance.now()) {
			await new Promise((resolve) => setTimeout(resolve, left));
		}
	};
	const now = () => Promise.resolve();

	/** Searches and shows the results; `typing` when the search follows a key, not a submit or an arrival. */
	const run = async (query: string, announce: boolean, typing = false) => {
		const ticket = ++latest;
		if (!engine) {
			if (query.trim() === '') return void show(elements, { status: 'empty' }, query);
			elements.status.classList.remove('visually-hidden');
			elements.status.textContent = 'Loading search…';
			try {
				engine = await (await loadSearch()).loadSearchEngine();
			} catch {
				return showLoadFailure(elements);
			}
		}
		if (ticket !== latest) return;
		const searching = engine;
		const current = () => ticket === latest;
		// Each drawing of the results: snippets waiting for a pause are dropped if the results are drawn again.
		let drawn = 0;
		const present = (outcome: SearchOutcome, snippetsWait: () => Promise<unknown>) => {
			const drawing = ++drawn;
			const { message, shownOnPage } = show(elements, outcome, query);
			fillSnippets(outcome, elements.results, () => current() && drawing === drawn, snippetsWait);
			clearTimeout(announceTimer);
			// The live region is updated on a pause, so a screen reader is not interrupted at every key.
			elements.status.textContent = '';
			// When the results already say it on screen (the act-now box, the count above the list), the
			// status line is for screen readers only, so on a phone the first result sits higher.
			elements.status.classList.toggle('visually-hidden', shownOnPage);
			announceTimer = setTimeout(() => (elements.status.textContent = message), announce ? 50 : ANNOUNCE_DELAY_MS);
		};
		try {
			// Fetches the parts of the index this query needs, the first time any search needs them.
			const { outcome, complete } = typing ? await searching.searchWhileTyping(query) : { outcome: await searching.fetchAndSearch(query), complete: true };
			if (!current()) return;
			if (complete) return present(outcome, typing ? typingPaused : now);
			// Some of the last word's completions were left out while it was typed. Once typing
			// pauses, the whole search: drawn if it differs (unless the reader has moved into the
			// results), and the snippets wait for it.
			const whole = typingPaused().then(() => (current() ? searching.fetchAndSearch(query) : undefined));
			present(outcome, () => whole.catch(() => undefined));
			const found = await whole;
			if (!found || !current() || sameResults(found, outcome) || elements.results.contains(doc.activeElement)) return;
			present(found, now);
		} catch {
			if (!current()) return;
			drawn += 1;
			clearTimeout(announceTimer);
			return showLoadFailure(elements);
		}
	};

	input.addEventListener('input', () => {
		lastInputAt = performance.now();
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => {
			replaceQueryInAddress(doc, input.value);
			void run(input.value, false, true);
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
	// A search from the header box while on this page changes only the fragment.
	doc.defaultView?.addEventListener('hashchange', () => {
		const query = queryFromAddress(doc);
		if (query === input.value) return;
		input.value = query;
		void run(query, true);
	});

	foldForPrint(doc, results);
	if (initial.trim() === '') return;
	// Results are on their way: the list of every page would only show (and print) until they come.
	elements.listing.hidden = true;
	void run(initial, true);
}

/** Whether two outcomes show the same pages, sections, act-now answers and corrections (snippets aside). */
function sameResults(a: SearchOutcome, b: SearchOutcome): boolean {
	const shown = (outcome: SearchOutcome) =>
		outcome.status === 'results'
			? JSON.stringify([outcome.pages.map((hit) => [hit.url, hit.actNow?.concept, hit.sections.map((section) => section.doc)]), outcome.corrections, [...outcome.terms]])
			: outcome.status;
	return shown(a) === shown(b);
}

/** Paper has no disclosures to open: print every result's sections, then fold them back as they were. */
function foldForPrint(doc: Document, results: HTMLElement): void {
	let opened: HTMLDetailsElement[] = [];
	doc.defaultView?.addEventListener('beforeprint', () => {
		opened = [...results.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
		for (const details of opened) details.open = true;
	});
	doc.defaultView?.addEventListener('afterprint', () => {
		for (const details of opened) details.open = false;
		opened = [];
	});
}

/** Search cannot run without its index: say so, and show the listing instead of stale results. */
function showLoadFailure({ status, results, listing }: Elements): void {
	results.replaceChildren();
	status.classList.remove('visually-hidden');
	status.textContent = 'Search could not load. Check your connection and try again. Every topic, platform and service is listed below.';
	listing.hidden = false;
}

/** The query in #q=… (what this page writes), or in ?q=… (old links, and the form without JavaScript). */
function queryFromAddress(doc: Document): string {
	const fromFragment = new URLSearchParams(doc.location.hash.replace(/^#/, '')).get('q');
	return fromFragment ?? new URLSearchParams(doc.location.search).get('q') ?? '';
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

/**
 * Keeps the address in step with the box, so a search can be copied and shared as a link: in the
 * fragment (#q=…), which is never sent to the host, and never in the query string.
 */
function replaceQueryInAddress(doc: Document, query: string): void {
	const url = new URL(doc.location.href);
	url.searchParams.delete('q');
	url.hash = query.trim() === '' ? '' : searchFragment(query);
	history.replaceState(history.state, '', url.hash === '' ? url.href.replace(/#$/, '') : url);
}

/** What the live region should say, and whether the page already shows it (so it need not be seen twice). */
interface Announcement {
	message: string;
	shownOnPage: boolean;
}

/** Draws the results (or the full listing) and returns what the live region should say. */
function show({ results, listing }: Elements, outcome: SearchOutcome, query: string): Announcement {
	results.replaceChildren();
	if (outcome.status === 'empty') {
		listing.hidden = false;
		return { message: '', shownOnPage: false };
	}
	if (outcome.status === 'no-words') {
		listing.hidden = false;
		return { message: 'Type a word or two about what happened, for example “fake account” or “nudes”.', shownOnPage: false };
	}
	const actNow = outcome.pages.filter((hit) => hit.actNow);
	const ordinary = outcome.pages.filter((hit) => !hit.actNow);
	const shown = ordinary.slice(0, PAGES_SHOWN);
	listing.hidden = shown.length + actNow.length > 0;
	const trimmed = query.trim();
	const quoted = `“${echoIsolated(trimmed.length > QUOTED_LENGTH ? `${trimmed.slice(0, QUOTED_LENGTH).trimEnd()}…` : trimmed)}”`;
	const answers = actNow.map((hit) => ({ hit, ...listedAnswer(results.ownerDocument, hit) }));
	const actNowSaid = answers.length > 0 ? `Act now: ${answers.map((answer) => answer.title).join('; ')}.` : '';
	if (answers.length > 0) results.append(renderActNow(results.ownerDocument, answers));
	if (shown.length === 0) {
		const none = `No pages match ${quoted}. Try other words, or choose from every topic, platform and service below.`;
		return actNow.length > 0 ? { message: actNowSaid, shownOnPage: true } : { message: none, shownOnPage: false };
	}

	const total = ordinary.length;
	const matches = `${total} ${total === 1 ? 'page matches' : 'pages match'}`;
	const best = total > PAGES_SHOWN ? ` Showing the best ${PAGES_SHOWN}.` : '';
	const counted = `${matches} ${quoted}.${best}`;
	// The count is the list's heading, below any act-now box, so that box stays first on screen too.
	// On a phone the words searched for are left to the box just above (search-results__words).
	const heading = element(results.ownerDocument, 'h2', 'search-results__heading');
	heading.append(matches, element(results.ownerDocument, 'span', 'search-results__words', ` ${quoted}`), `.${best}`);
	heading.id = 'search-results-heading';
	results.append(heading);
	if (outcome.corrections.length > 0) {
		// Said once the results' own text gives the words meant (fillSnippets): an index term
		// ("chaleng") is not a word to show.
		const note = element(results.ownerDocument, 'p', 'search-results__correction');
		note.hidden = true;
		results.append(note);
	}
	const list = element(results.ownerDocument, 'ol', 'search-results__list');
	list.setAttribute('aria-labelledby', heading.id);
	const wide = !results.ownerDocument.defaultView?.matchMedia(PHONE_WIDTH).matches;
	for (const hit of shown) list.append(renderHit(results.ownerDocument, hit, wide));
	results.append(list);
	return { message: actNowSaid === '' ? counted : `${actNowSaid} Below that, ${counted}`, shownOnPage: true };
}

/**
 * The act-now answers, above the results: marked by a heading and a border and icon, not by colour
 * alone, each linking to the page (or section) that says what to do. The heading says whose case it
 * is: an adult's own case (a member of staff blackmailed) has answers of its own.
 */
function renderActNow(doc: Document, answers: ({ hit: PageHit } & ListedAnswer)[]): HTMLElement {
	const box = element(doc, 'section', 'callout callout--safeguarding search-act-now');
	box.dataset.actNow = '';
	box.setAttribute('aria-labelledby', 'search-act-now-heading');
	const adults = answers.filter(({ hit }) => hit.actNow?.forAdult).length;
	const who = adults === 0 ? 'a child' : adults === answers.length ? 'an adult' : 'someone';
	const heading = element(doc, 'h2', 'callout__title search-act-now__heading', `Act now: ${who} may be at risk`);
	heading.id = 'search-act-now-heading';
	const list = element(doc, 'ul', 'search-act-now__list');
	for (const { hit, title: titleText, summary } of answers) {
		const item = element(doc, 'li', 'search-act-now__item');
		item.dataset.actNowConcept = hit.actNow?.concept ?? '';
		if (hit.actNow?.forAdult) item.dataset.actNowAdult = '';
		const title = element(doc, 'h3', 'search-act-now__title');
		const link = element(doc, 'a', undefined, titleText) as HTMLAnchorElement;
		link.href = hit.actNow?.target ?? hit.url;
		title.append(link);
		item.append(title);
		if (summary) item.append(summary);
		const part = matchedPart(hit);
		if (part) {
			const line = element(doc, 'p', 'search-act-now__part', 'The part that matches your search: ');
			const partLink = element(doc, 'a', undefined, part.heading) as HTMLAnchorElement;
			partLink.href = `${hit.url}#${part.anchor}`;
			line.append(partLink);
			item.append(line);
		}
		list.append(item);
	}
	box.append(heading, list);
	return box;
}

/**
 * The part of an act-now answer's page that the search matched best: "Who to contact in each part of
 * the UK: Wales" for a query that names Wales. Under an answer that links to a section, only a part
 * the engine lists before that section (the nation's part, when the query asks who to tell there:
 * `actNowHits`). None when the part is the answer's own section or the top of the page ("What you
 * must do now").
 */
function matchedPart(hit: PageHit): PageHit['sections'][number] | undefined {
	const part = hit.sections[0];
	if (!part || part.anchor === PAGE_TOP || hit.actNow?.target.endsWith(`#${part.anchor}`)) return undefined;
	return part;
}

/** The first section of every wizard outcome, where an answer that links to the whole page lands. */
const PAGE_TOP = 'what-you-must-do';

/** An act-now answer's title and sentence, as the page's own list shows them. */
interface ListedAnswer {
	title: string;
	summary?: HTMLElement;
}

/**
 * An act-now answer's title and one sentence, copied from the page's own list of every answer (the
 * list shown without JavaScript, src/pages/search.astro), so the index need not send them again.
 * The sentence names the safeguarding lead as the reader's nation calls it, or "safeguarding lead"
 * until they choose one; src/scripts/nations.ts narrows it again if the reader chooses another
 * nation while the answer is shown. The page lists every answer the index can give (a test checks);
 * were one missing, the answer would still show and link to what to do.
 */
function listedAnswer(doc: Document, hit: PageHit): ListedAnswer {
	const id = hit.actNow?.concept ?? '';
	const listed = [...doc.querySelectorAll<HTMLElement>('[data-act-now-listing] [data-act-now-concept]')].find((item) => item.dataset.actNowConcept === id);
	const title = listed?.querySelector('.search-act-now__title')?.textContent?.trim() || 'What to do now';
	const summary = listed?.querySelector('.search-act-now__summary')?.cloneNode(true);
	if (!(summary instanceof HTMLElement)) return { title };
	for (const fact of summary.querySelectorAll<HTMLElement>('.nation-fact')) narrowFact(fact, shownNation(doc));
	return { title, summary };
}

/**
 * One result: its kind, its title, a snippet, then the sections that matched. On a phone the sections
 * start folded behind a disclosure, so a whole result fits the first screen (tests/e2e/narrow-and-print.spec.ts).
 */
function renderHit(doc: Document, hit: PageHit, sectionsOpen: boolean): HTMLElement {
	const item = element(doc, 'li', 'search-result');
	const kind = element(doc, 'p', 'search-result__kind', hit.kind);
	const title = element(doc, 'h3', 'search-result__title');
	const link = element(doc, 'a', undefined, hit.title) as HTMLAnchorElement;
	link.href = hit.url;
	title.append(link);
	const snippet = element(doc, 'p', 'search-result__snippet');
	snippet.dataset.doc = String(hit.doc);
	item.append(kind, title, snippet);
	if (hit.sections.length > 0) {
		const more = element(doc, 'details', 'search-result__more') as HTMLDetailsElement;
		more.open = sectionsOpen;
		const count = hit.sections.length;
		more.append(element(doc, 'summary', 'search-result__more-summary', `${count} matching ${count === 1 ? 'section' : 'sections'}`));
		const sections = element(doc, 'ul', 'search-result__sections');
		sections.setAttribute('aria-label', `Sections of ${hit.title}`);
		for (const section of hit.sections) {
			const sectionItem = element(doc, 'li', 'search-result__section');
			const sectionLink = element(doc, 'a', undefined, section.heading) as HTMLAnchorElement;
			sectionLink.href = `${hit.url}#${section.anchor}`;
			const sectionSnippet = element(doc, 'p', 'search-result__snippet');
			sectionSnippet.dataset.doc = String(section.doc);
			sectionItem.append(sectionLink, sectionSnippet);
			sections.append(sectionItem);
		}
		more.append(sections);
		item.append(more);
	}
	return item;
}

/**
 * Puts a snippet, matched words marked, under each link, once it comes near the screen. Each part's
 * text (a page's own, or a section's) is a file of its own, and most searches look at the first few
 * results only, so the texts of results further down are fetched when the reader scrolls, tabs or opens a fold to
 * them, not with the first result; and, while the reader is typing, not until typing pauses
 * (`typingPaused`). Without IntersectionObserver every snippet is fetched at once.
 */
function fillSnippets(outcome: SearchOutcome, results: HTMLElement, current: () => boolean, typingPaused: () => Promise<unknown>): void {
	if (outcome.status !== 'results') return;
	const corrections = correctionNote(results, outcome.corrections);
	const fill = async (target: HTMLElement) => {
		const doc = Number(target.dataset.doc);
		try {
			const search = await loadSearch();
			// A part's text already here (or on its way) costs nothing; any other waits until typing
			// pauses, as the results may be gone by the next letter.
			if (!search.hasText(doc)) {
				await typingPaused();
				if (!current()) return;
			}
			const text = await search.loadText(doc);
			if (!current()) return;
			const parts = makeSnippet(text, outcome.terms);
			// The words marked in this snippet first, so the note names a word the reader can see.
			corrections?.learnFrom([...parts.filter((part) => part.mark).map((part) => part.text), text].join('\n'));
			const focusWasInView = focusInView(target.ownerDocument);
			target.replaceChildren(...parts.map((part) => snippetNode(target.ownerDocument, part)));
			// A snippet arriving above the link a keyboard user is on pushes it down, at times off the
			// screen: bring it back, but only when this snippet moved it, never after the reader scrolled away.
			const focused = target.ownerDocument.activeElement;
			if (focusWasInView !== 'none' && focusInView(target.ownerDocument) !== 'whole' && focused instanceof HTMLElement) focused.scrollIntoView({ block: 'nearest' });
		} catch {
			target.remove();
			corrections?.learnFrom('');
		}
	};
	const targets = [...results.querySelectorAll<HTMLElement>('.search-result__snippet')];
	const view = results.ownerDocument.defaultView;
	if (!view || !('IntersectionObserver' in view)) {
		for (const target of targets) void fill(target);
		return;
	}
	// An empty snippet takes no space (and so is never "on screen"): watch the result or section it belongs to.
	const waiting = new Map<Element, HTMLElement>();
	const observer = new view.IntersectionObserver(
		(entries) => {
			if (!current()) return observer.disconnect();
			for (const entry of entries) {
				const target = waiting.get(entry.target);
				if (!entry.isIntersecting || !target) continue;
				observer.unobserve(entry.target);
				waiting.delete(entry.target);
				void fill(target);
			}
		},
		// Half a screen ahead, so a snippet is usually there by the time its result scrolls into view.
		{ rootMargin: '50% 0px' },
	);
	for (const target of targets) {
		const holder = target.parentElement ?? target;
		waiting.set(holder, target);
		observer.observe(holder);
	}
}

/**
 * The note saying a word typed matched nothing and a close word was searched for instead. It is
 * filled from the first result text that arrives: each word meant as the page writes it
 * ("challenge"), or, when that text does not have it, "words close to" the word typed. Later
 * results' text fills in words still missing.
 */
function correctionNote(results: HTMLElement, corrections: readonly [typed: string, term: string][]): { learnFrom: (text: string) => void } | undefined {
	const note = results.querySelector<HTMLElement>('.search-results__correction');
	if (!note || corrections.length === 0) return undefined;
	const words = corrections.map((): string | undefined => undefined);
	return {
		learnFrom(text) {
			corrections.forEach(([, term], i) => {
				words[i] ??= wordFor(text, term);
			});
			const said = corrections.map(([typed], i) => (words[i] === undefined ? `words close to “${typed}”` : `“${words[i]}”`));
			note.textContent = `Including results for ${said.join(', ')}.`;
			note.hidden = false;
		},
	};
}

/**
 * Where the focused control (if any, not the page itself) is against the window: wholly inside it,
 * partly (at an edge, often by a fraction of a pixel after the browser scrolled it in), or not at all.
 */
function focusInView(doc: Document): 'whole' | 'part' | 'none' {
	const focused = doc.activeElement;
	if (!focused || focused === doc.body || focused === doc.documentElement) return 'none';
	const box = focused.getBoundingClientRect();
	const height = doc.defaultView?.innerHeight ?? 0;
	if (box.bottom <= 0 || box.top >= height) return 'none';
	// A pixel's grace: a control the browser scrolled to the window's edge is in view.
	return box.top >= -1 && box.bottom <= height + 1 ? 'whole' : 'part';
}

function snippetNode(doc: Document, part: SnippetPart): Node {
	if (!part.mark) return doc.createTextNode(part.text);
	const mark = doc.createElement('mark');
	mark.textContent = part.text;
	return mark;
}

/** The links the arrow keys move between: those on screen, not those folded away on a phone. */
function resultLinks(results: HTMLElement): HTMLAnchorElement[] {
	return [...results.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => link.checkVisibility());
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
