import type { GivenAnswer } from './flow';

/** The wizard's base path. */
export const REPORT_BASE = '/report/';

/** The page for these answers: /report/ then one path segment per answer id. */
export function pathFor(answers: readonly Pick<GivenAnswer, 'answer'>[]): string {
	return answers.length === 0 ? REPORT_BASE : `${REPORT_BASE}${answers.map((a) => a.answer).join('/')}/`;
}

/**
 * The short, canonical address of an outcome, for helpline staff to send on its own:
 * /report/outcome/<id>/, or /report/outcome/<id>/<platform>/ when the page shows that platform's
 * steps. More that a link must keep (a nation, later) goes in a further segment or the query.
 */
export function outcomeUrl(outcomeId: string, platform?: string): string {
	return `${REPORT_BASE}outcome/${outcomeId}/${platform ? `${platform}/` : ''}`;
}

/** The answer ids written in a /report/… path, in order (empty at /report/ itself). */
export function segmentsOf(pathname: string): string[] {
	if (!pathname.startsWith(REPORT_BASE)) return [];
	return pathname
		.slice(REPORT_BASE.length)
		.split('/')
		.filter((segment) => segment.length > 0)
		.map((segment) => safeDecode(segment).toLowerCase());
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
