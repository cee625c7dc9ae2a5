import { Document } from 'flexsearch';
import type { NationId } from '../lib/nation-ids';
import { KIND_LABELS } from '../wizard/kind-labels';
import { type ActNowMatch, matchActNow } from './act-now-match';
import { START_HERE_KIND } from './extra-documents';
import { DOCUMENT_OPTIONS, FIELDS, type FieldName } from './index-options';
import { type DecodedPayload, decodePayload, decodePostings, PAYLOAD_VERSION, type SearchPayload, type SearchShard, shardOf } from './payload';
import { type Alternative, type Concept, parseQuery, type QueryContext, typoCandidates } from './query';
import { withoutNationsLeft } from './nations-left';
import { RANKING, type Ranking } from './ranking';
import { askedAnchors, SECTION_SENSES, type SectionSense } from './section-senses';
import { termOf, termsOf, words } from './text';

/** A section of a page that matched. */
export interface SectionHit {
	doc: number;
	anchor: string;
	heading: string;
	score: number;
	/**
	 * True when the query asks for this section itself: it holds a good share of the heading's words,
	 * its question words ask for this kind of section ("is it illegal": the law), or it names the
	 * nation this part is for. An act-now answer lists only such a part (`actNowHits`).
	 */
	asked?: boolean;
}

/** A page that matched, with its best sections. */
export interface PageHit {
	page: number;
	url: string;
	title: string;
	kind: string;
	score: number;
	/** The page's own part (title, summary, intro). */
	doc: number;
	sections: SectionHit[];
	/**
	 * Set by the ranking: true when the page holds every word of the query that the index has, as
	 * typed (a synonym or a correction does not count). Under an act-now answer, a first ordinary
	 * result that does not leaves room for a related page from further down (`relatedHits`).
	 */
	holdsEveryWord?: boolean;
	/** Set when the page is shown first because the query is about a child at risk, or an adult's own serious case (`forAdult`) (content/data/act-now.json). */
	actNow?: { concept: string; target: string; forAdult: boolean };
}

export type SearchOutcome =
	| { status: 'empty' }
	| { status: 'no-words' }
	| { status: 'results'; pages: PageHit[]; terms: Set<string>; corrections: [string, string][] };

/**
 * Where the engine gets the postings shards: all of them at once (at build time, in tests), or a
 * function that fetches one (in the browser).
 */
export type ShardSource = readonly SearchShard[] | ((shard: number) => Promise<SearchShard>);

const SUMMARY_SECTIONS = new Set(['in-short', 'how-serious']);
/** A word in more than this share of all parts says little about a heading it is in (`SectionHit.asked`). */
const COMMON_SHARE = 0.25;
/** More words for who a section is about ("Support for the young person"), which do not say what a query asks. */
const WHO_TERMS = new Set(['young', 'person', 'people', 'child', 'children', 'pupil', 'pupils', 'student', 'students', 'learner', 'learners', 'teenager', 'adult', 'adults'].map(termOf));
/** The share of a heading's words a query must hold for the heading to say what the query asks (`SectionHit.asked`). */
const HEADING_SHARE_ASKED = 1 / 3;
/**
 * The kinds of page that give the reader steps to take themselves, or a service to go to: they count
 * `Ranking.stepsWeight`. The wizard outcomes that do, and the page that starts the wizard's questions
 * (src/search/extra-documents.ts), which would otherwise fall below the outcome for "none of the
 * options fit" when someone asks where to start.
 */
const STEP_KINDS = new Set([KIND_LABELS['self-report'], KIND_LABELS.signpost, START_HERE_KIND]);
/** Words that say who a query is about, not what happened: they count `Ranking.personWeight`. */
const PERSON_TERMS = new Set(['girl', 'girls', 'boy', 'boys', 'lad', 'lads', 'lass', 'kid', 'kids', 'son', 'sons', 'daughter', 'daughters', 'mum', 'mums', 'dad', 'dads', 'mother', 'father'].map(termOf));
/**
 * Words for a year group ("year 9", "yr 7", "y10", "S2", "P6"). They say which pupils, not which
 * part of a page answers: "Year 10" in a section's example must not pick it over the section about
 * what happened. They do not count when choosing which of a page's sections to list first.
 */
const YEAR_TERMS = new Set(['year', 'years', 'yr', 'yrs', ...Array.from({ length: 13 }, (_, n) => [`${n + 1}`, `y${n + 1}`, `s${n + 1}`, `p${n + 1}`]).flat()].map(termOf));
/**
 * Words that ask how to do something on a platform (as typed: "reported it" asks nothing). A query
 * that names a platform without one of them scores its page `Ranking.platformPageWeight`.
 */
const PLATFORM_ASKS = new Set(
	'report reporting flag block blocking mute restrict unfollow age old settings setting privacy private remove removed removing delete deleted down off appeal'.split(' '),
);
/**
 * Every guide ends with "When to contact the helpline" (`contact-the-helpline`), which points the
 * reader to the helpline page: a query word found in its heading counts
 * `Ranking.helplinePointerWeight` for the guide's score. Which section is listed first is chosen as
 * before. A platform page's "When to contact the helpline" is left whole: it says when to escalate
 * on that platform, which "how long do we wait after reporting to snapchat" asks.
 */
const HELPLINE_POINTERS = new Set(['contact-the-helpline']);
/**
 * England's own terms ("DSL", "LADO", "KCSIE") are used by staff across the UK; Wales's, Scotland's and
 * Northern Ireland's one-word terms ("PSNI", "GTCS", "EWC", "Welsh") by their own staff only. So only
 * those name their nation for an act-now answer's part (`nationNamed`); not a longer own term whose
 * words anyone may use ("designated teacher", "Board of Governors": Northern Ireland's, and England's
 * too in other senses).
 */
const ENGLAND: NationId = 'england';

/** Whether the query's terms hold every word of a nation's phrase or place (index terms joined by spaces), in any order. */
function holdsPhrase(typed: ReadonlySet<string>, phrase: string): boolean {
	return phrase.split(' ').every((term) => typed.has(term));
}
/**
 * While the last word is still being typed, how many of its completions fetch their shards (the
 * shortest first): enough for results to come as the word is typed. The others wait for a pause
 * (`searchWhileTyping`), when the whole search runs, so the final results are the same. Two, not
 * three, since session 35: about 0.5 KB less to a first result at 10× the content, which kept it
 * under 100 KB typed letter by letter, for results a little further from the final ones while a
 * word is half typed.
 */
export const COMPLETIONS_FETCHED_WHILE_TYPING = 2;
/** How many sections are shown under each page. */
const SECTIONS_PER_PAGE = 3;
/**
 * At most this many of the act-now concepts' `related` pages lead the ordinary results (session 30):
 * enough for the guide on the harm and a related outcome, not so many that the page the query's own
 * words found (the platform named, say) falls out of sight.
 */
const RELATED_LEAD = 2;
/**
 * A concept's `related` page leads only when the ordinary ranking already has it among its first
 * this many (the query's own words found it): inserted from further down or from nowhere, it pushed
 * the page a general query asked for out of the first three where an act-now answer fired in error
 * (session 30: 5, 7 and 10 and no limit were measured; 7 is the widest that cost no tuning set a
 * query in its first three). Since session 31 one may lead from beyond it when the first ordinary result
 * holds only part of the query (see `relatedHits`).
 */
const RELATED_WINDOW = 7;

/**
 * Searches an index built by build-index.ts. FlexSearch finds which parts contain each term; this
 * ranks them: rarer words count for more, titles and headings more than text, synonyms and
 * corrections a little less than the words typed, and parts that match more of the query first.
 */
export class SearchEngine {
	private readonly index = new Document(DOCUMENT_OPTIONS);
	private readonly context: QueryContext;
	private readonly averageLength: number;
	private readonly postingsCache = new Map<string, Map<FieldName, number[]>>();
	private readonly headingsCache = new Map<string, Set<number>>();
	private readonly headingTermsCache = new Map<number, Set<string>>();
	private readonly firstDocs: number[] = [];
	/** Each platform page's number, by the index term of its name (`/platforms/facebook/` → "facebook"). */
	private readonly platformPages = new Map<string, number>();
	/** Each platform page's name in its address, by its number ("facebook"). */
	private readonly platformSlugs = new Map<number, string>();
	/** Each wizard outcome with a page for some platforms (payload `platformPages`): its page, and those platforms. */
	private readonly outcomePlatforms: Map<number, Set<string>>;
	/** The shards imported into `index`, and those being fetched. */
	private readonly loaded = new Set<number>();
	private readonly loading = new Map<number, Promise<void>>();
	/** While `fetchAndSearch` looks for what a query needs: the shards it would have read. */
	private missing: Set<number> | undefined;
	/**
	 * While `searchWhileTyping` looks: terms whose shards are not fetched (searched only if already
	 * here), and whether any of them was left out for that reason.
	 */
	private deferred: { terms: Set<string>; skipped: boolean } | undefined;

	private readonly payload: DecodedPayload;
	/** The act-now concepts' targets that are a section of a page ("…/self-harm-or-suicide/#after-a-death"): each is one answer's own. */
	private readonly sectionAnswers: Set<string>;
	/** The ends of a nation's parts' anchors, one for each nation ("-wales"). */
	private readonly nationSuffixes: string[];
	/** The parts that are a nation's ("uk-nations", "uk-nations-wales", "offences-scotland"): see `withNationParts`. */
	private readonly nationPartDocs = new Set<number>();
	/** What kind of section a query's question words ask for (src/search/section-senses.ts); an experiment may set others. */
	senses: readonly SectionSense[] = SECTION_SENSES;

	constructor(
		file: SearchPayload,
		private readonly shards: ShardSource,
		/** The ranking's numbers: the site's own unless an experiment tries others (src/search/ranking.ts). */
		private readonly ranking: Ranking = RANKING,
	) {
		if (file.version !== PAYLOAD_VERSION) throw new Error(`Search index version ${file.version} is not ${PAYLOAD_VERSION}`);
		const payload = decodePayload(file);
		this.payload = payload;
		this.sectionAnswers = new Set(payload.actNow.concepts.map((concept) => concept.target).filter((target) => target.includes('#')));
		if (typeof shards !== 'function') {
			if (shards.length !== payload.shards) throw new Error(`Search index has ${payload.shards} shards, but ${shards.length} were given`);
			shards.forEach((shard, n) => this.importShard(n, shard));
		}
		const vocabulary = new Set(payload.vocabulary);
		const synonymGroups = new Map<string, number[]>();
		payload.synonyms.forEach((group, groupIndex) => {
			for (const alternative of group) synonymGroups.set(alternative, [...(synonymGroups.get(alternative) ?? []), groupIndex]);
		});
		const questions = payload.questions.map(([phrase, meaning]): [string[], string[]] => [phrase.split(' '), meaning.split(' ')]);
		this.context = { synonymGroups, groups: payload.synonyms, misspellings: payload.misspellings, questions, vocabulary };
		payload.pages.forEach(([url], page) => {
			const platform = /^\/platforms\/([^/]+)\/$/.exec(url)?.[1];
			if (!platform) return;
			this.platformPages.set(termOf(platform), page);
			this.platformSlugs.set(page, platform);
		});
		this.outcomePlatforms = new Map(payload.platformPages.map(([page, platforms]) => [page, new Set(platforms.split(' '))]));
		this.nationSuffixes = payload.nations.map(([id]) => `-${id}`);
		payload.docs.forEach(([page, anchor], doc) => {
			this.firstDocs[page] ??= doc;
			if (anchor.startsWith('uk-nations') || this.nationSuffixes.some((suffix) => anchor.endsWith(suffix))) this.nationPartDocs.add(doc);
		});
		this.averageLength = payload.docs.reduce((sum, doc) => sum + doc[3], 0) / Math.max(1, payload.docs.length);
	}

	/**
	 * The results for a query, once the postings it needs are here: fetches the shards of the terms
	 * it will look up (those of its words, synonyms and completions, then any typo corrections),
	 * searching again until nothing is missing. Rejects if a shard cannot be fetched.
	 */
	async fetchAndSearch(query: string): Promise<SearchOutcome> {
		return (await this.searchFetching(query, new Set())).outcome;
	}

	/**
	 * The results for a query whose last word may still be half-typed: as `fetchAndSearch`, but of
	 * that word's completions only the first `COMPLETIONS_FETCHED_WHILE_TYPING` (the shortest, the
	 * likeliest) fetch their shards; the others count only if their shards are already here. Each
	 * letter typed has new completions, and most are passed by the next letter. `complete` says
	 * whether the outcome is exactly `fetchAndSearch`'s; when it is not, search again with
	 * `fetchAndSearch` once the typing stops.
	 */
	async searchWhileTyping(query: string): Promise<{ outcome: SearchOutcome; complete: boolean }> {
		if (query.trim() === '') return { outcome: this.search(query), complete: true };
		const concepts = parseQuery(query, this.context);
		const completions = concepts.at(-1)?.alternatives.filter((alternative) => alternative.kind === 'prefix') ?? [];
		const wanted = new Set(concepts.flatMap((concept) => concept.alternatives.filter((alternative) => alternative.kind !== 'prefix').flatMap((alternative) => alternative.terms)));
		const deferred = new Set(
			completions
				.slice(COMPLETIONS_FETCHED_WHILE_TYPING)
				.flatMap((alternative) => alternative.terms)
				.filter((term) => !wanted.has(term)),
		);
		return this.searchFetching(query, deferred);
	}

	/** Fetches the shards a query needs but those of `deferred` terms, and searches. */
	private async searchFetching(query: string, deferred: Set<string>): Promise<{ outcome: SearchOutcome; complete: boolean }> {
		if (query.trim() === '') return { outcome: this.search(query), complete: true };
		// Every alternative's terms at once, so that the first search below does not take a concept
		// whose postings are not here yet for a typo, and fetch corrections it does not need.
		const terms = parseQuery(query, this.context).flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.terms));
		const needed = terms.filter((term) => this.context.vocabulary.has(term) && !deferred.has(term));
		await this.loadShards(new Set(needed.map((term) => shardOf(term, this.payload.shards))));
		for (;;) {
			const missing = new Set<number>();
			this.missing = missing;
			this.deferred = { terms: deferred, skipped: false };
			let outcome: SearchOutcome;
			let complete: boolean;
			try {
				outcome = this.search(query);
				complete = !this.deferred.skipped;
			} finally {
				this.missing = undefined;
				this.deferred = undefined;
			}
			if (missing.size === 0) return { outcome, complete };
			await this.loadShards(missing);
		}
	}

	private async loadShards(shards: Set<number>): Promise<void> {
		const source = this.shards;
		if (typeof source !== 'function') return;
		await Promise.all(
			[...shards].map((n) => {
				if (this.loaded.has(n)) return undefined;
				let pending = this.loading.get(n);
				if (!pending) {
					pending = source(n).then((shard) => this.importShard(n, shard));
					this.loading.set(n, pending);
					// A failed fetch is tried again by the next search.
					pending.catch(() => undefined).finally(() => this.loading.delete(n));
				}
				return pending;
			}),
		);
	}

	private importShard(n: number, shard: SearchShard): void {
		if (this.loaded.has(n)) return;
		// FlexSearch's import takes the entries as its own export gave them, parsed.
		for (const [key, data] of Object.entries(shard)) this.index.import(key, decodePostings(data) as unknown as string);
		this.loaded.add(n);
	}

	/**
	 * The results for a query: first the act-now pages, when the query is about a child at risk
	 * (each marked with `actNow`), then the ordinary results, ranked, without those pages.
	 */
	search(query: string): SearchOutcome {
		if (query.trim() === '') return { status: 'empty' };
		// Ranked with the nation a place names, and without one the writer has left (act-now rules
		// read the words as typed).
		const here = withoutNationsLeft(query, this.payload.nations);
		const byName = this.nationsByName(here);
		const read = this.withNationsOfPlaces(here, byName);
		// The kinds of section the query asks for, read once for the ranking and the act-now answers.
		const asked = askedAnchors(read, this.senses);
		const outcome = this.rank(read, byName, asked);
		const ranked = outcome.status === 'results' ? outcome.pages : [];
		const matches = this.matchActNow(query);
		const actNow = this.actNowHits(matches, ranked, this.nationNamed(read), asked);
		if (actNow.length === 0) return outcome;
		const shown = new Set(actNow.map((hit) => hit.url));
		const rest = ranked.filter((hit) => !shown.has(hit.url));
		const lead = this.relatedHits(matches, rest, shown);
		const led = new Set(lead.map((hit) => hit.url));
		const pages = [...actNow, ...lead, ...rest.filter((hit) => !led.has(hit.url))];
		if (outcome.status !== 'results') return { status: 'results', pages, terms: new Set(), corrections: [] };
		return { ...outcome, pages };
	}

	/**
	 * The pages that lead the ordinary results under the act-now answers (session 30): the `related`
	 * pages of each child's concept that fired (content/data/act-now.json), not shown already, that the
	 * ordinary ranking has among its first `RELATED_WINDOW`, in their ranked order, at most
	 * `RELATED_LEAD`; a related page named with a section is listed with it. Not for an adult's answer:
	 * a concept's related pages are about a child. When the window holds none of them and the first
	 * ordinary result does not hold every word of the query as typed (it was found by some of the words,
	 * such as "pupil" or "posted", or by a synonym), the first related page from further down leads
	 * instead, one only (session 31). A first result that holds every word is what the words asked for,
	 * and stays first: where an answer fired in error ("a fake snapchat pretending to be a year 8 girl"
	 * read as sextortion), the page asked for is such a result.
	 */
	private relatedHits(matches: ActNowMatch[], ranked: PageHit[], shown: Set<string>): PageHit[] {
		const wanted = new Map<string, string | undefined>();
		for (const { concept, forAdult } of matches) {
			if (forAdult) continue;
			for (const target of this.payload.actNow.concepts.find((c) => c.id === concept.id)?.related ?? []) {
				const [url, anchor] = target.split('#');
				if (!shown.has(url) && !wanted.has(url)) wanted.set(url, anchor);
			}
		}
		const hits: PageHit[] = [];
		const lead = (hit: PageHit): PageHit => {
			const anchor = wanted.get(hit.url);
			const section = anchor === undefined ? undefined : this.listedSection(hit.page, anchor);
			return section ? { ...hit, sections: [section] } : hit;
		};
		for (const hit of ranked.slice(0, RELATED_WINDOW)) {
			if (hits.length === RELATED_LEAD) break;
			if (wanted.has(hit.url)) hits.push(lead(hit));
		}
		if (hits.length > 0 || ranked[0]?.holdsEveryWord !== false) return hits;
		const beyond = ranked.slice(RELATED_WINDOW).find((hit) => wanted.has(hit.url));
		if (beyond) hits.push(lead(beyond));
		return hits;
	}

	/** A page's section by its anchor, listed as the one section under an answer that leads to it; undefined if the page has none such. */
	private listedSection(page: number, anchor: string): SectionHit | undefined {
		const doc = this.sectionOf(page, anchor);
		return doc === undefined ? undefined : { doc, anchor, heading: this.payload.docs[doc][2], score: 0 };
	}

	/** The act-now concepts a query is about, with the site's synonyms and vocabulary (see act-now-match.ts). */
	matchActNow(query: string): ActNowMatch[] {
		return matchActNow(query, this.payload.actNow, { misspellings: this.payload.misspellings, synonyms: this.payload.synonyms, vocabulary: this.context.vocabulary });
	}

	/**
	 * The one nation a query names by its name, or by a place when it names none otherwise ("-wales"
	 * for "South Wales Police" or "Wrexham"), or by a one-word term of its own ("PSNI"), if it names
	 * one only. Not England by its own terms: "show the DSL" is not a reader in England asking for
	 * England's part. A place counts even where the query names its nation by a longer term as well
	 * ("the designated teacher in a post-primary in Derry"), which `withNationsOfPlaces` leaves as typed.
	 * `read`: the query as ranked, with the nation of a place added (`withNationsOfPlaces`).
	 */
	private nationNamed(read: string): string | undefined {
		const typed = new Set(termsOf(read));
		const named = this.payload.nations.filter(
			([id, phrases, places]) => holdsPhrase(typed, phrases[0]) || (id !== ENGLAND && phrases.some((phrase) => !phrase.includes(' ') && holdsPhrase(typed, phrase))) || places.some((place) => holdsPhrase(typed, place)),
		);
		return named.length === 1 ? `-${named[0][0]}` : undefined;
	}

	/**
	 * The page (and section) each matching act-now concept leads to, one hit per page. Under an answer
	 * that leads to a whole page, with no part the query asked for, the part of "Who to contact in
	 * each part of the UK" for the one nation the query names (`nation`, "-wales"), if the page has it.
	 * Under an answer that opens at "What you must do now" (#what-to-do), that part too, listed first,
	 * when the query asks who to tell (`asked`): "pupil unsafe at home, wales, who?". Not under an answer
	 * that opens at a section of its own ("#filmed-assault"): tried for every answer in session 53, the
	 * tuning sets' writers wanted that section (6 up, 19 down).
	 */
	private actNowHits(matches: ActNowMatch[], ranked: PageHit[], nation: string | undefined, asked: ReadonlySet<string>): PageHit[] {
		const hits: PageHit[] = [];
		const fired = new Set(matches.map(({ concept }) => concept.target));
		for (const { concept, forAdult } of matches) {
			const [url, anchor] = concept.target.split('#');
			if (hits.some((hit) => hit.url === url)) continue;
			const page = this.payload.pages.findIndex(([pageUrl]) => pageUrl === url);
			if (page === -1) continue;
			const pageDoc = this.firstDocOf(page);
			const ordinary = ranked.find((hit) => hit.url === url);
			// A section that is another concept's own answer ("After a pupil's death" on the self-harm
			// outcome) is listed under this one only when that concept fired too (session 31).
			// Under an answer that leads to the whole page, only a part the query asked for (its heading's
			// words, a question's kind, a nation it names) is listed: the answer's link opens the page at
			// its top, "What you must do now", and a part chosen by stray words ("If a member of staff's
			// address is posted" for "he says he's gonna kill himself") would only mislead.
			let sections = (ordinary?.sections ?? []).filter((section) => {
				const target = `${url}#${section.anchor}`;
				return fired.has(target) || (section.asked === true && !this.sectionAnswers.has(target));
			});
			if (anchor) {
				const section = this.listedSection(page, anchor);
				if (!section) continue;
				const part = nation !== undefined && anchor === 'what-to-do' && asked.has('uk-nations') ? this.listedSection(page, `uk-nations${nation}`) : undefined;
				sections = part ? [{ ...part, asked: true }, section] : [section];
			} else if (sections.length === 0 && nation !== undefined) {
				const part = this.listedSection(page, `uk-nations${nation}`);
				if (part) sections = [{ ...part, asked: true }];
			} else if (nation !== undefined && sections.length > 0) {
				// A part listed for every nation ("Who to contact in each part of the UK", asked for by
				// "who do I tell"), when the query names one nation: that nation's part first.
				const part = this.listedSection(page, `${sections[0].anchor}${nation}`);
				if (part) sections = [{ ...part, asked: true }, ...sections.filter((section) => section.anchor !== part.anchor)];
			}
			const [, title, kind] = this.payload.pages[page];
			hits.push({
				page,
				url,
				title,
				kind,
				score: ordinary?.score ?? 0,
				doc: pageDoc,
				sections,
				actNow: { concept: concept.id, target: concept.target, forAdult },
			});
		}
		return hits;
	}

	/**
	 * A query that names no nation, with the name of each nation whose places it names added ("self
	 * harm p7 glasgow" ranks as "self harm p7 glasgow Scotland"), so the Scotland part of a page is
	 * chosen, and other nations' parts count less, as when the nation is typed. A nation typed by its
	 * name wins over a place ("moved from Cardiff, who do I tell in England"); one named by its own
	 * terms only does not ("the DSL at a secondary in Bridgend": staff in Wales say "DSL" too).
	 * `byName`: the nations the query types by name (`nationsByName`).
	 */
	private withNationsOfPlaces(query: string, byName: readonly string[]): string {
		if (byName.length > 0) return query;
		const typed = new Set(termsOf(query));
		const named = (phrase: string) => holdsPhrase(typed, phrase);
		const added = this.payload.nations.filter(([, phrases, places]) => places.some(named) && !phrases.some(named)).map(([, , , name]) => name);
		return added.length === 0 ? query : `${query} ${added.join(' ')}`;
	}

	/**
	 * The ordinary results: the query's concepts matched in the index and ranked (`query` as
	 * `withNationsOfPlaces` reads it; `byName`, the nations typed by their names, "-scotland"; `asked`,
	 * the kinds of section it asks for, `askedAnchors`).
	 */
	private rank(query: string, byName: readonly string[], asked: ReadonlySet<string>): SearchOutcome {
		const concepts = parseQuery(query, this.context);
		if (concepts.length === 0) return { status: 'no-words' };

		const corrections: [string, string][] = [];
		const inHeadings = concepts.map(() => new Set<number>());
		const headingMatches = new Map<number, Set<string>>();
		const typedDocs = concepts.map(() => new Set<number>());
		const perConcept = concepts.map((concept, n) => {
			let scores = this.scoreConcept(concept.alternatives, inHeadings[n], headingMatches, typedDocs[n]);
			if (scores.size === 0 && !concept.alternatives.some((a) => a.kind === 'prefix' && this.documentFrequency(a.terms[0]) > 0)) {
				const typos = typoCandidates(concept.alternatives[0].terms.join(''), this.context.vocabulary);
				if (typos.length > 0) {
					const fixed: Alternative[] = typos.map((term) => ({ terms: [term], kind: 'typo' }));
					concept.alternatives.push(...fixed);
					scores = this.scoreConcept(fixed, inHeadings[n], headingMatches);
					if (scores.size > 0) corrections.push([concept.typed, typos[0]]);
				}
			}
			return scores;
		});
		// Words for who (a person, a year group) count personWeight: "year 9s made a fake account of a
		// teacher" is about the teacher's account, not a pupil's, whose outcome's search terms say "year 8".
		const weights = concepts.map((concept) => (concept.alternatives[0].terms.every((term) => PERSON_TERMS.has(term) || YEAR_TERMS.has(term)) ? this.ranking.personWeight : 1));
		const weighted = perConcept.map((scores, n) => (weights[n] === 1 ? scores : new Map([...scores].map(([doc, score]) => [doc, score * weights[n]]))));
		const matchable = perConcept.reduce((total, scores, n) => total + (scores.size > 0 ? weights[n] : 0), 0);
		if (matchable === 0) return { status: 'results', pages: [], terms: new Set(), corrections };

		// The nations the query does not name, by the ends of their sections' anchors ("-wales").
		const typed = new Set(termsOf(query));
		const otherNations = this.payload.nations.filter(([, phrases]) => !phrases.some((phrase) => holdsPhrase(typed, phrase))).map(([id]) => `-${id}`);
		const years = concepts.map((concept) => concept.alternatives[0].terms.every((term) => YEAR_TERMS.has(term)));
		const platforms = this.platformsNamed(concepts);
		const ranked = this.rankPages(this.withPlatformNamed(concepts, this.withNationParts(weighted, asked, byName), platforms), inHeadings, headingMatches, matchable, weights, otherNations, years, this.onlyNamed(query, platforms), typedDocs, asked, byName);
		const pages = this.atPlatformPages(ranked, platforms);
		const terms = new Set(concepts.flatMap((concept: Concept) => concept.alternatives.flatMap((a) => a.terms)));
		return { status: 'results', pages, terms, corrections };
	}

	/**
	 * The platform pages a query names (`named`: by the platform's name or a synonym, "fb", "tweet")
	 * without asking how to do something there (`PLATFORM_ASKS`).
	 */
	private onlyNamed(query: string, named: Set<number>): Set<number> {
		return words(query).some((word) => PLATFORM_ASKS.has(word)) ? new Set() : named;
	}

	/** The platform pages a query names, by the platform's name or a synonym ("insta", "fb"). */
	private platformsNamed(concepts: Concept[]): Set<number> {
		const named = new Set<number>();
		for (const concept of concepts) {
			for (const alternative of concept.alternatives) {
				const page = this.platformPageOf(alternative);
				if (page !== undefined) named.add(page);
			}
		}
		return named;
	}

	/** The platform page an alternative names, by the platform's name or a synonym (a completion does not name one). */
	private platformPageOf({ kind, terms }: Alternative): number | undefined {
		return kind !== 'prefix' && terms.length === 1 ? this.platformPages.get(terms[0]) : undefined;
	}

	/**
	 * When the query names one platform, each wizard outcome with a page for it is listed at that
	 * page, which shows the platform's steps under a heading that names it ("How to report it on
	 * Instagram"). Its own part is read as matching the platform's name, at
	 * `Ranking.outcomePlatformName` of the platform page's own score for it. Without it, "hateful
	 * comments about a pupil on youtube" scores the outcome for hateful content, which never names
	 * YouTube, on every word but that one, and the hate speech guide, which names it once, on all.
	 */
	private withPlatformNamed(concepts: Concept[], perConcept: Map<number, number>[], named: Set<number>): Map<number, number>[] {
		if (named.size !== 1) return perConcept;
		const platformPage = [...named][0];
		const platform = this.platformSlugs.get(platformPage) as string;
		const platformDoc = this.firstDocOf(platformPage);
		const outcomes = [...this.outcomePlatforms].filter(([, platforms]) => platforms.has(platform)).map(([page]) => this.firstDocOf(page));
		return perConcept.map((scores, n) => {
			const names = concepts[n].alternatives.some((alternative) => this.platformPageOf(alternative) === platformPage);
			const score = (scores.get(platformDoc) ?? 0) * this.ranking.outcomePlatformName;
			if (!names || score === 0) return scores;
			const credited = new Map(scores);
			for (const doc of outcomes) if (score > (credited.get(doc) ?? 0)) credited.set(doc, score);
			return credited;
		});
	}

	/**
	 * When the query names one platform, each wizard outcome with a page for it is listed at that
	 * page (/report/outcome/<id>/tiktok/: the same advice, with TikTok's own steps), at the same
	 * section. "fake tiktok of me" opens the impersonation outcome with the steps for TikTok.
	 */
	private atPlatformPages(pages: PageHit[], named: Set<number>): PageHit[] {
		const platform = named.size === 1 ? this.platformSlugs.get([...named][0]) : undefined;
		if (platform === undefined) return pages;
		return pages.map((hit) => (this.outcomePlatforms.get(hit.page)?.has(platform) ? { ...hit, url: `${hit.url}${platform}/` } : hit));
	}

	/**
	 * Score of each part for one concept: the best of its alternatives. Adds to `inHeading` the parts
	 * whose title or heading holds one of the alternatives whole, and to `headingMatches` that
	 * alternative's terms, for each such part.
	 */
	private scoreConcept(alternatives: Alternative[], inHeading = new Set<number>(), headingMatches = new Map<number, Set<string>>(), asTyped?: Set<number>): Map<number, number> {
		const best = new Map<number, number>();
		const idf = this.conceptIdf(alternatives);
		for (const alternative of alternatives) {
			const weight = this.ranking.alternatives[alternative.kind];
			// Halfway (geometrically) between the term's own rarity and the concept's: a rare word typed
			// still counts for more, but a rare word in a section's text no longer outscores a common
			// synonym in its heading ("tweet" in a comment's text against "Report a post").
			const perTerm = alternative.terms.map((term) => this.termScores(term, Math.sqrt(this.idf(term) * idf)));
			if (perTerm.some((scores) => scores.size === 0)) continue;
			for (const [doc] of perTerm[0]) {
				if (!perTerm.every((scores) => scores.has(doc))) continue;
				const mean = perTerm.reduce((sum, scores) => sum + (scores.get(doc) ?? 0), 0) / perTerm.length;
				const score = weight * mean;
				if (score > (best.get(doc) ?? 0)) best.set(doc, score);
				if (asTyped && (alternative.kind === 'exact' || alternative.kind === 'joined')) asTyped.add(doc);
				if (alternative.terms.every((term) => this.headingsHolding(term).has(doc))) {
					inHeading.add(doc);
					const matched = headingMatches.get(doc) ?? new Set<string>();
					for (const term of alternative.terms) matched.add(term);
					headingMatches.set(doc, matched);
				}
			}
		}
		return best;
	}

	/** For one term: each part that contains it, scored by where (title, aka, text) times `idf`. */
	private termScores(term: string, idf: number): Map<number, number> {
		const postings = this.postings(term);
		const scores = new Map<number, number>();
		if (this.documentFrequency(term) === 0) return scores;
		const { k1, b, fields } = this.ranking;
		for (const { field } of FIELDS) {
			const weight = fields[field];
			for (const doc of postings.get(field) ?? []) {
				const length = this.payload.docs[doc][3];
				const norm = field === 'body' ? (k1 + 1) / (1 + k1 * (1 - b + (b * length) / this.averageLength)) : 1;
				const score = weight * norm * idf;
				if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
			}
		}
		return scores;
	}

	/**
	 * How rare a concept is: inverse document frequency of the parts holding any of its
	 * alternatives (all of an alternative's terms, for a phrase such as "fake account").
	 */
	private conceptIdf(alternatives: Alternative[]): number {
		const docs = new Set<number>();
		for (const alternative of alternatives) {
			const [first, ...rest] = alternative.terms.map((term) => this.partsHolding(term));
			for (const doc of first ?? []) if (rest.every((parts) => parts.has(doc))) docs.add(doc);
		}
		return Math.log(1 + this.payload.docs.length / Math.max(1, docs.size));
	}

	/** The index terms of a section's heading (none for a page's own part, whose title is the page's). */
	private headingTerms(doc: number): Set<string> {
		let terms = this.headingTermsCache.get(doc);
		if (!terms) {
			const [, anchor, heading] = this.payload.docs[doc];
			terms = new Set(anchor ? termsOf(heading) : []);
			this.headingTermsCache.set(doc, terms);
		}
		return terms;
	}

	/**
	 * Each concept's scores with a nation's part ("uk-nations", "uk-nations-wales", "offences-scotland")
	 * counting `Ranking.nationPartWeight`, unless the query asks for such a part (`asked`, by
	 * section-senses.ts): a reader in Northern Ireland says "principal" whatever the question, and the
	 * part for Northern Ireland of every guide holds the word. The parts for a nation typed by its name
	 * (`byName`: "child protection coordinator Scotland") count in full: the name asks for them, where a
	 * place or a nation's own word ("Ballymena", "principal") only says where the reader is.
	 */
	private withNationParts(perConcept: Map<number, number>[], asked: ReadonlySet<string>, byName: readonly string[]): Map<number, number>[] {
		const weight = this.ranking.nationPartWeight;
		if (weight === 1 || asked.has('uk-nations')) return perConcept;
		const counted = (doc: number) => this.nationPartDocs.has(doc) && !byName.some((suffix) => this.payload.docs[doc][1].endsWith(suffix));
		return perConcept.map((scores) => new Map([...scores].map(([doc, score]) => [doc, counted(doc) ? score * weight : score])));
	}

	/**
	 * The nations a query names by their names or adjectives ("Scotland", "Scottish", "NI"), by their
	 * anchors' ends ("-scotland"). Not by a place or a term of the nation's own ("Glasgow", "PSNI").
	 */
	private nationsByName(query: string): string[] {
		const typed = new Set(termsOf(query));
		return this.payload.nations.filter(([, , , , names]) => names.some((name) => holdsPhrase(typed, name))).map(([id]) => `-${id}`);
	}

	/** The parts whose title or heading holds a term. */
	private headingsHolding(term: string): Set<number> {
		const known = this.headingsCache.get(term);
		if (known) return known;
		const found = new Set(this.postings(term).get('name') ?? []);
		// Kept only once the term's postings are here (not while its shard is being fetched).
		if (this.postingsCache.has(term)) this.headingsCache.set(term, found);
		return found;
	}

	/** How rare a term is: inverse document frequency over all searchable parts. */
	private idf(term: string): number {
		return Math.log(1 + this.payload.docs.length / Math.max(1, this.documentFrequency(term)));
	}

	private documentFrequency(term: string): number {
		return this.partsHolding(term).size;
	}

	/** The searchable parts holding a term, in any field. */
	private partsHolding(term: string): Set<number> {
		const docs = new Set<number>();
		for (const ids of this.postings(term).values()) for (const id of ids) docs.add(id);
		return docs;
	}

	/** Which parts hold `term`, in each field; its shard must be loaded (see `fetchAndSearch`). */
	private postings(term: string): Map<FieldName, number[]> {
		const cached = this.postingsCache.get(term);
		if (cached) return cached;
		// The vocabulary is every term that has postings: a word it lacks ("acco", half-typed) is in
		// no shard, so none is fetched for it.
		if (!this.context.vocabulary.has(term)) {
			const none = new Map<FieldName, number[]>();
			this.postingsCache.set(term, none);
			return none;
		}
		const shard = shardOf(term, this.payload.shards);
		if (!this.loaded.has(shard)) {
			if (!this.missing) throw new Error(`Search: shard ${shard} is not loaded; search with fetchAndSearch()`);
			if (this.deferred?.terms.has(term)) this.deferred.skipped = true;
			else this.missing.add(shard);
			return new Map();
		}
		const found = new Map<FieldName, number[]>();
		for (const { field } of FIELDS) {
			const results = this.index.search(term, { index: field, limit: this.payload.docs.length }) as { field: string; result: number[] }[];
			const ids = results.find((r) => r.field === field)?.result ?? [];
			if (ids.length > 0) found.set(field, ids);
		}
		this.postingsCache.set(term, found);
		return found;
	}

	/**
	 * Pages rank by the best match for each concept anywhere on the page, times the share of the
	 * query the page covers, plus a quarter of the scores of all its matching parts (breadth) and a
	 * quarter of its best section's own score (focus). A page's sections are listed by their scores,
	 * with what their headings match counting more.
	 */
	private rankPages(perConcept: Map<number, number>[], inHeadings: Set<number>[], headingMatches: Map<number, Set<string>>, matchable: number, weights: number[], otherNations: string[], years: boolean[], platformsOnlyNamed: Set<number>, typedDocs: Set<number>[] = [], asked: ReadonlySet<string> = new Set<string>(), byName: readonly string[] = []): PageHit[] {
		// How much of the query a set of concepts covers, each counted by its weight.
		const coverage = (concepts: Iterable<number>) => {
			let total = 0;
			for (const concept of concepts) total += weights[concept];
			return total;
		};
		const choosing = years.map((year) => (year ? 0 : 1));
		const { breadth: breadthWeight, coverageFloor, focus: focusWeight, headingChoice, headingPart, helplinePointerWeight, minShareOfBest, nationChoice, nationElsewhere, placeChoice, platformPageWeight, senseChoice, summaryChoice } = this.ranking;
		// A section of a kind the query asks for ("is it illegal": #the-law), a nation's part as its section.
		const { nationSuffixes } = this;
		// The nations named only by a place or a term of their own ("Glasgow", "PSNI"): those the query
		// (with a place's nation added, `withNationsOfPlaces`) names, when it names none by its name.
		const byPlace = byName.length > 0 ? [] : nationSuffixes.filter((suffix) => !otherNations.includes(suffix));
		const askedFor = (anchor: string) => asked.size > 0 && (asked.has(anchor) || nationSuffixes.some((suffix) => anchor.endsWith(suffix) && asked.has(anchor.slice(0, -suffix.length))));
		// How much a section's heading match counts when choosing (headingPart to 1).
		const headingWeight = (doc: number) => {
			const terms = this.headingTerms(doc);
			if (terms.size === 0) return headingChoice;
			const matched = headingMatches.get(doc) ?? new Set<string>();
			const share = [...terms].filter((term) => matched.has(term)).length / terms.size;
			return headingChoice * (headingPart + (1 - headingPart) * share);
		};
		const docScores = new Map<number, { sum: number; headed: number; concepts: Set<number> }>();
		perConcept.forEach((scores, concept) => {
			for (const [doc, score] of scores) {
				const entry = docScores.get(doc) ?? { sum: 0, headed: 0, concepts: new Set<number>() };
				entry.sum += score;
				entry.headed += choosing[concept] * (inHeadings[concept].has(doc) ? headingWeight(doc) * score : score);
				entry.concepts.add(concept);
				docScores.set(doc, entry);
			}
		});
		// A section inherits what its page's title and aka terms matched: under "Reporting on
		// WhatsApp", the section "Block and limit" fully answers "block on whatsapp".
		const sectionScore = (doc: number, pageDoc: number, sum: 'sum' | 'headed' = 'sum') => {
			const entry = docScores.get(doc);
			if (!entry) return 0;
			const covered = new Set([...entry.concepts, ...(docScores.get(pageDoc)?.concepts ?? [])]);
			return entry[sum] * (coverageFloor + ((1 - coverageFloor) * coverage(covered)) / matchable);
		};

		// A section on its own, without what its page's title matched: how much of the query it answers by itself.
		const ownScore = (doc: number) => {
			const entry = docScores.get(doc);
			return entry ? (entry.sum * coverage(entry.concepts)) / matchable : 0;
		};

		const byPage = new Map<number, number[]>();
		for (const doc of docScores.keys()) {
			const page = this.payload.docs[doc][0];
			byPage.set(page, [...(byPage.get(page) ?? []), doc]);
		}

		// For the page's score, a concept matched in the heading of a section pointing to the helpline
		// page counts helplinePointerWeight there, and so does that section's share of the page's breadth.
		const pointing = (doc: number, concept: number) => (inHeadings[concept].has(doc) && HELPLINE_POINTERS.has(this.payload.docs[doc][1]) ? helplinePointerWeight : 1);
		const pointsElsewhere = (doc: number) => HELPLINE_POINTERS.has(this.payload.docs[doc][1]) && inHeadings.some((docs) => docs.has(doc));

		const hits: PageHit[] = [];
		for (const [page, docs] of byPage) {
			let sum = 0;
			let matched = 0;
			let typedMatched = 0;
			perConcept.forEach((scores, concept) => {
				const best = Math.max(0, ...docs.map((doc) => (scores.get(doc) ?? 0) * pointing(doc, concept)));
				if (best > 0) {
					sum += best;
					matched += weights[concept];
					if (docs.some((doc) => typedDocs[concept]?.has(doc))) typedMatched += weights[concept];
				}
			});
			const pageDoc = this.firstDocOf(page);
			// Each section's score when choosing which to list first. One for a nation the query does
			// not name also stands for the section it is part of ("Offences" for "Offences in England").
			const choice = new Map<number, number>();
			const choose = (doc: number, score: number) => choice.set(doc, Math.max(choice.get(doc) ?? 0, score));
			for (const doc of docs) {
				if (doc === pageDoc) continue;
				const anchor = this.payload.docs[doc][1];
				const score = sectionScore(doc, pageDoc, 'headed') * (SUMMARY_SECTIONS.has(anchor) ? summaryChoice : 1) * (askedFor(anchor) ? senseChoice : 1) * (byName.some((suffix) => anchor.endsWith(suffix)) ? nationChoice : byPlace.some((suffix) => anchor.endsWith(suffix)) ? placeChoice : 1);
				const nation = otherNations.find((suffix) => anchor.endsWith(suffix));
				if (nation === undefined) {
					choose(doc, score);
					continue;
				}
				const whole = this.sectionOf(page, anchor.slice(0, -nation.length));
				if (whole !== undefined) choose(whole, score);
				choose(doc, score * nationElsewhere);
			}
			const namesNation = (anchor: string) => nationSuffixes.some((suffix) => anchor.endsWith(suffix) && !otherNations.includes(suffix));
			// The query holds a good share of the heading's words, not counting words for a person or words
			// in more than a quarter of all parts ("says", "staff", "post"): "Support for the young person"
			// for "how do I support her", not "If a member of staff is threatened, or a post says where they
			// live" for "live on tiktok saying he's gonna jump".
			const headingAsks = (doc: number) => {
				const said = [...(headingMatches.get(doc) ?? [])].filter((term) => !PERSON_TERMS.has(term) && !WHO_TERMS.has(term) && this.documentFrequency(term) <= this.payload.docs.length * COMMON_SHARE);
				return said.length > 0 && said.length >= this.headingTerms(doc).size * HEADING_SHARE_ASKED;
			};
			const sections = [...choice]
				.map(([doc, score]): SectionHit => {
					const anchor = this.payload.docs[doc][1];
					const asked = headingAsks(doc) || askedFor(anchor) || namesNation(anchor);
					return { doc, anchor, heading: this.payload.docs[doc][2], score, ...(asked ? { asked } : {}) };
				})
				.sort((a, b) => b.score - a.score || a.doc - b.doc);
			// A query that names one nation ("PSNI", "in Wales") opens a section with a part for each
			// nation at that nation's part.
			const named = nationSuffixes.filter((suffix) => !otherNations.includes(suffix));
			const listed = named.length === 1 ? this.nationParts(page, sections, named[0]) : sections;
			// A page with many matching sections is more about the query than one with a single mention.
			const breadth = docs.reduce((total, doc) => total + sectionScore(doc, pageDoc) * (pointsElsewhere(doc) ? helplinePointerWeight : 1), 0);
			// A page with no sections (the list of links to send, of guides) is one part about the query.
			const focus = this.hasSections(page) ? Math.max(0, ...docs.filter((doc) => doc !== pageDoc).map((doc) => ownScore(doc))) : ownScore(pageDoc);
			const [url, title, kind] = this.payload.pages[page];
			hits.push({
				page,
				url,
				title,
				kind,
				doc: pageDoc,
				score: (sum * (coverageFloor + ((1 - coverageFloor) * matched) / matchable) + breadthWeight * breadth + focusWeight * focus) * (platformsOnlyNamed.has(page) ? platformPageWeight : 1) * (STEP_KINDS.has(kind) ? this.ranking.stepsWeight : 1),
				sections: listed.slice(0, SECTIONS_PER_PAGE),
				holdsEveryWord: typedMatched === matchable,
			});
		}
		hits.sort((a, b) => b.score - a.score || a.page - b.page);
		// A page far below the best is matching on stray words: leave it out.
		const floor = (hits[0]?.score ?? 0) * minShareOfBest;
		return hits.filter((hit) => hit.score >= floor);
	}

	/** Each section that has a part for the nation `suffix` names ("-wales") replaced by that part, once. */
	private nationParts(page: number, sections: SectionHit[], suffix: string): SectionHit[] {
		const seen = new Set<number>();
		const parts: SectionHit[] = [];
		for (const section of sections) {
			const doc = this.sectionOf(page, `${section.anchor}${suffix}`);
			const part = doc === undefined ? section : { doc, anchor: this.payload.docs[doc][1], heading: this.payload.docs[doc][2], score: section.score, asked: true };
			if (seen.has(part.doc)) continue;
			seen.add(part.doc);
			parts.push(part);
		}
		return parts;
	}

	/** The part of a page with this anchor, if the page has one. */
	private sectionOf(page: number, anchor: string): number | undefined {
		for (let doc = this.firstDocOf(page); doc < this.payload.docs.length && this.payload.docs[doc][0] === page; doc += 1) {
			if (this.payload.docs[doc][1] === anchor) return doc;
		}
		return undefined;
	}

	/** Whether the page has parts of its own besides the page as a whole (the docs of a page are in a row). */
	private hasSections(page: number): boolean {
		const next = this.firstDocOf(page) + 1;
		return next < this.payload.docs.length && this.payload.docs[next][0] === page;
	}

	private firstDocOf(page: number): number {
		return this.firstDocs[page];
	}
}
