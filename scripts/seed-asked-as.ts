/**
 * Seeds content/data/asked-as.json from the labelled general tuning sets (scripts/evaluate-sets.ts,
 * ASKED_SETS): each query on the page or section it expects (`expect`, not `alsoAccept`). Questions
 * already in the file stay, in their order; new ones are added after them, each once (compared as
 * search reads words). A query written as one of a measure-only set's is never added, so that set
 * still measures wording nobody has seen: only how many is printed, never a query.
 * Run with `node scripts/seed-asked-as.mjs`; see docs/editors-guide.md, "Questions people asked".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AskedAsSchema } from '../src/schemas/asked-as';
import { words } from '../src/search/text';
import { MEASURE_ONLY, QUERY_SETS } from '../tests/search/relevance';
import { ASKED_SETS } from './evaluate-sets';

const FILE = 'content/data/asked-as.json';
const ABOUT =
	'Questions people asked, in their own words, by the page or section that answers each ("/guides/impersonation/" or "/guides/impersonation/#repeat-accounts"). Search counts their words for that page or section (and a section\'s for its page too), for searching only: nothing here is shown. Only words the site uses somewhere count; a word no page uses belongs in a page\'s aka terms or src/search/synonyms.json. Seeded from the labelled tuning query sets by scripts/seed-asked-as.mjs. See docs/editors-guide.md, "Questions people asked".';

const same = (question: string) => words(question).join(' ');
const file = AskedAsSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
const questions = new Map(Object.entries(file.questions).map(([key, list]) => [key, [...list]]));
const known = new Set([...questions.values()].flat().map(same));
const measured = new Set(MEASURE_ONLY.flatMap((name) => (QUERY_SETS[name] as { query: string }[]).map((item) => same(item.query))));

let added = 0;
let kept = 0;
for (const name of ASKED_SETS) {
	for (const { query, expect } of QUERY_SETS[name] as { query: string; expect: string }[]) {
		const key = same(query);
		if (measured.has(key)) {
			kept += 1;
			continue;
		}
		if (known.has(key)) continue;
		known.add(key);
		questions.set(expect, [...(questions.get(expect) ?? []), query.trim()]);
		added += 1;
	}
}
const sorted = Object.fromEntries([...questions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(FILE, `${JSON.stringify({ about: ABOUT, questions: sorted }, null, '\t')}\n`);
console.log(`${FILE}: ${added} questions added, ${known.size} in all on ${questions.size} pages and sections; ${kept} left out as written in a measure-only set`);
