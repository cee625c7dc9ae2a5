/**
 * Words that name a nation fact as `:nation[lead]` outside Markdown (front-matter summaries,
 * content/data/act-now.json), split so each fact can be drawn as the site draws it: the reader's
 * nation's title, or a short form true everywhere ("safeguarding lead") until they choose one and
 * without JavaScript (NationText.astro, withNeutralFacts, the search page's act-now answers). Kept
 * apart from src/data/nations.ts so the browser's search script can use it without the data.
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
