/**
 * A result as the query sets score it, apart from the sets themselves (relevance.ts), so that the
 * benchmark's browser bundle (scripts/bench-search-browser.ts) maps our engine's hits the same way
 * without bundling the sets.
 */
import type { PageHit } from '../../src/search/engine';

/** One result as every engine in the comparison reports it: a page, and its best section if any. */
export interface RankedPage {
	url: string;
	/** The anchor of the first section listed under the page, if any. */
	section?: string;
	/** True when the page is shown first as an act-now answer (our search only). */
	actNow?: boolean;
	/** True when that answer is an adult's own case, not a child's (our search only). */
	forAdult?: boolean;
	/**
	 * True when the page's own link opens it at its top whatever part is listed under it: an act-now
	 * answer that leads to a whole page (the part listed, "Northern Ireland", is a second link).
	 */
	opensAtTop?: boolean;
}

/** One of our search's results as the sets score it: the page, the first part listed, and how it opens. */
export const rankedPage = (hit: PageHit): RankedPage => ({
	url: hit.url,
	section: hit.sections[0]?.anchor,
	actNow: hit.actNow !== undefined,
	forAdult: hit.actNow?.forAdult,
	opensAtTop: hit.actNow !== undefined && !hit.actNow.target.includes('#'),
});
