/**
 * Seeds content/data/asked-as.json from the labelled general tuning sets (scripts/evaluate-sets.ts,
 * ASKED_SETS): each query on the page or section it expects (`expect`, not `alsoAccept`). Questions
 * already in the file stay, in their order; new ones are added after them, each once (compared as
 * search reads words). A query written as one of a measure-only set's is never added, so that set
 * still measures wording nobody has seen: only how many is printed, never a query. A question
 * longer than the file takes (MAX_QUESTION_LENGTH, a whole case pasted in) is left out and counted,
 * and so is a query marked `"asked": false` in its set: indexed, its words took other queries'
 * answers (docs/search.md, "Voices 2").
 * Run with `node scripts/seed-asked-as.mjs`; see docs/editors-guide.md, "Questions people asked".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AskedAsSchema, MAX_QUESTION_LENGTH } from '../src/schemas/asked-as';
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
let tooLong = 0;
let markedOut = 0;
for (const name of ASKED_SETS) {
	for (const { query, expect, asked } of QUERY_SETS[name] as { query: string; expect: string; asked?: boolean }[]) {
		const key = same(query);
		if (measured.has(key)) {
			kept += 1;
			continue;
		}
		if (known.has(key)) continue;
		if (asked === false) {
			markedOut += 1;
			continue;
		}
		if (query.trim().length > MAX_QUESTION_LENGTH) {
			tooLong += 1;
			continue;
		}
		known.add(key);
		questions.set(expect, [...(questions.get(expect) ?? []), query.trim()]);
		added += 1;
	}
}
const sorted = Object.fromEntries([...questions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(FILE, `${JSON.stringify({ about: ABOUT, questions: sorted }, null, '\t')}\n`);
console.log(`${FILE}: ${added} questions added, ${known.size} in all on ${questions.size} pages and sections; ${kept} left out as written in a measure-only set; ${tooLong} left out as longer than ${MAX_QUESTION_LENGTH} characters; ${markedOut} marked "asked": false`);
