/**
 * An act-now answer's summary names the safeguarding lead as the rest of the site does, with
 * `:nation[lead]` (content/data/act-now.json): each reader sees their own nation's title, and a
 * short form that is true everywhere ("safeguarding lead") until they choose one or without
 * JavaScript. The search page draws the summary from these parts, on the server and in the browser.
 * A guide's, platform page's or wizard outcome's front-matter summary is written the same way
 * (src/components/NationText.astro; `withNeutralFacts` in src/data/nations.ts where no script runs).
 */
export type SummaryPart = { text: string } | { fact: string };

const NATION_FACT = /:nation\[([a-z0-9-]+)\]/g;

/** The summary as words and nation facts, in order: "tell your :nation[lead] now" → words, fact "lead", words. */
export function summaryParts(summary: string): SummaryPart[] {
	const parts: SummaryPart[] = [];
	let last = 0;
	for (const match of summary.matchAll(NATION_FACT)) {
		if (match.index > last) parts.push({ text: summary.slice(last, match.index) });
		parts.push({ fact: match[1] });
		last = match.index + match[0].length;
	}
	if (last < summary.length) parts.push({ text: summary.slice(last) });
	return parts;
}

/** The nation facts a summary names, each once. */
export function factsIn(summary: string): string[] {
	return [...new Set([...summary.matchAll(NATION_FACT)].map((match) => match[1]))];
}
