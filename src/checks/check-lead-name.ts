import { nationFact, nations, neutralFact } from '../data/nations';
import type { ActNowFile } from '../schemas/act-now';
import { factsIn } from '../lib/nation-text';
import type { FlowFiles } from '../wizard/read-flow';
import type { ContentFile } from './read-content';
import { withSnippets } from './with-snippets';

/** England's name for the role, as an abbreviation (in capitals: an anchor such as #step-tell-the-dsl-now is not a mention) or in full. */
const namesRole = (text: string) => /\bDSLs?\b/.test(text) || /\bdesignated safeguarding leads?\b/i.test(text);

/**
 * True when a page calls the safeguarding lead by England's name (DSL) and never gives each
 * nation's own (:nation[lead]: a DSP in Wales, a child protection coordinator in Scotland, a
 * designated teacher in Northern Ireland), so a reader outside England is told to find a role
 * their school does not have.
 */
export function namesEnglandsLeadOnly(markdown: string): boolean {
	return namesRole(markdown) && !markdown.includes(':nation[lead]');
}

/**
 * Every guide and platform page that says "DSL" must also give each nation's name for the role, as
 * the wizard's outcomes must (check-wizard.ts): the site serves schools in all four nations. Reads
 * what the page shows: its title, summary and words, with its shared snippets. The message names
 * the line of the first mention, where the fix goes.
 */
export function checkLeadName(root: string, files: readonly ContentFile[]): string[] {
	return files.flatMap((file) => {
		const { title, summary } = file.frontmatter;
		const shown = [String(title ?? ''), String(summary ?? ''), withSnippets(root, file.body)].join('\n\n');
		if (!namesEnglandsLeadOnly(shown)) return [];
		return [`${file.file}${firstMention(file)}: ${MESSAGE}`];
	});
}

/** ":12" for the first line of the body that names the role, or where else it is. */
function firstMention(file: ContentFile): string {
	const line = file.body.split('\n').findIndex((text) => namesRole(text));
	if (line !== -1) return `:${line + 1}`;
	const field = ['title', 'summary'].find((name) => namesRole(String(file.frontmatter[name] ?? '')));
	return field ? `: field "${field}"` : ' (in a ::snippet it includes)';
}

/** Each nation but England's own name for the role, from the data file, for the message. */
function otherNationsNames(): string {
	return nations
		.filter((nation) => nationFact('lead', nation.id)?.text !== nationFact('lead', 'england')?.text)
		.map((nation) => `${nationFact('lead', nation.id)?.text} in ${nation.name}`)
		.join(', ');
}

const MESSAGE = [
	'the page calls the safeguarding lead "DSL", England’s name for the role, and nowhere gives each nation’s own',
	`(${otherNationsNames()}).`,
	'If it names the role once, write "your :nation[lead]" there, at the end of the sentence (as in "act now: tell your :nation[lead].");',
	'each reader sees their own nation’s title, and until they choose a nation it lists all four, so keep it out of the middle of an instruction.',
	'If it says DSL more than once, add "Where this page says DSL, it means your :nation[lead]." after the sentence that first says it. See docs/nations.md',
].join(' ');

/**
 * Every nation's title for the role, from the data file, as a page may write it: in full, shortened
 * as the nation's own terms shorten it ("designated teacher"), and as its abbreviation ("DSL",
 * "DSP"), whatever the hyphens ("co-ordinator").
 */
function leadTitles(): { title: string; nation: string; test: (text: string) => boolean }[] {
	const plain = (text: string) => text.toLowerCase().replace(/-/g, '');
	return nations.flatMap((nation) => {
		const text = nationFact('lead', nation.id)?.text ?? '';
		const [, full = text, short] = /^(.*?)(?: \(([A-Z]+)\))?$/.exec(text) ?? [];
		const shortened = nation.ownTerms.filter((term) => term.includes(' ') && plain(full).startsWith(plain(term)));
		const written = [...new Set([full, ...shortened])].map((title) => {
			const pattern = new RegExp(`\\b${plain(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`);
			return { title, nation: nation.name, test: (words: string) => pattern.test(plain(words)) };
		});
		// In capitals only: an anchor such as #step-tell-the-dsl-now is not a mention.
		const abbreviation = short ? [{ title: short, nation: nation.name, test: (words: string) => new RegExp(`\\b${short}s?\\b`).test(words) }] : [];
		return [...written, ...abbreviation];
	});
}

/**
 * An act-now answer (content/data/act-now.json) is shown on the search page to readers in all four
 * nations, so its summary names the safeguarding lead as `:nation[lead]`, never by one nation's
 * title alone ("tell your DSL now"), and a nation fact in it must have a short form for readers who
 * have chosen no nation (`neutral` in content/data/nations.json). Checks each child's and adult's
 * answer; one line per problem, naming the file and the field.
 */
export function checkActNowLeadName(file: ActNowFile): string[] {
	const answers = file.concepts.flatMap((concept, index) => [
		{ answer: concept, field: `concepts[${index}]` },
		...(concept.adult ? [{ answer: concept.adult, field: `concepts[${index}].adult` }] : []),
	]);
	return answers.flatMap(({ answer, field }) =>
		(['title', 'summary'] as const).flatMap((part) => titleOrSummaryProblems(`content/data/act-now.json: field "${field}.${part}" ("${answer.id}")`, part, answer[part], 'an answer\'s title is a link')),
	);
}

/** A page's front matter as the lead-name check reads it: a guide, a platform page or a wizard outcome. */
export interface TitledPage {
	/** The content file, as the message names it: "content/wizard/outcomes/child-at-risk.md". */
	file: string;
	title: string;
	summary: string;
}

/**
 * A page's title and summary are what a reader sees first, and apart from its words: the summary
 * is the page's lead paragraph, its meta description, its line in search results, on the home
 * page and in the feed. So, whatever the page's words say, each must name the safeguarding lead as
 * `:nation[lead]` in the summary (the reader's nation's title where a script can show it,
 * "safeguarding lead" where none runs), never one nation's title alone ("Tell your DSL now"). A
 * title is the page's name in tabs, links and headings, so it cannot hold a fact. One line per
 * problem, naming the file and the field.
 */
export function checkTitleAndSummaryLeadName(pages: readonly TitledPage[]): string[] {
	return pages.flatMap((page) => (['title', 'summary'] as const).flatMap((part) => titleOrSummaryProblems(`${page.file}: field "${part}"`, part, page[part], 'a page\'s title is its name in tabs, links and headings')));
}

/** Every guide's, platform page's and wizard outcome's title and summary, as written in its front matter. */
export function titledPages(files: readonly ContentFile[], wizard: FlowFiles): TitledPage[] {
	return [
		...files.map((file) => ({ file: file.file, title: String(file.frontmatter.title ?? ''), summary: String(file.frontmatter.summary ?? '') })),
		...(wizard.flow?.outcomes ?? []).map((outcome) => ({ file: outcome.file, title: outcome.title, summary: outcome.summary })),
	];
}

/** An outcome's words as the body check reads them: its file, and its body with the frontmatter's lines blank. */
export interface OutcomeBody {
	/** The content file, as the message names it: "content/wizard/outcomes/child-at-risk.md". */
	file: string;
	body: string;
}

/**
 * A wizard outcome is read under stress, often by someone outside England, so a line of its words
 * that names the safeguarding lead by one nation's title ("tell your designated safeguarding lead
 * (DSL) now") sends that reader to a role their school may not have, even when a safety action on
 * the page gives every nation's (the dsl-now action's note reaches "DSL", but not England's title
 * spelt out, and not a reader who jumps to a step). So each line must name the role as
 * `:nation[lead]` or as the neutral "safeguarding lead". Allowed: a line that gives `:nation[lead]`
 * ("Where this page says DSL, it means your :nation[lead]."), a line that explains every nation's
 * title, a sentence that names the title's nation ("In Northern Ireland, the designated teacher
 * decides"), and a nation's own title inside that nation's block (`:::england`). One line per problem,
 * naming the file, the line and the field.
 */
export function checkOutcomeBodyLeadName(outcomes: readonly OutcomeBody[]): string[] {
	const titles = leadTitles();
	const everyNation = nations.map((nation) => nation.name);
	return outcomes.flatMap(({ file, body }) => {
		let inNation: string | undefined;
		return body.split('\n').flatMap((line, index) => {
			const opens = /^:{3,}(england|wales|scotland|northern-ireland)\b/.exec(line.trim());
			if (opens) inNation = nations.find((nation) => nation.id === opens[1])?.name;
			else if (inNation && /^:{3,}\s*$/.test(line.trim())) inNation = undefined;
			if (line.includes(':nation[lead]')) return [];
			const named = titles.filter(({ test }) => test(line));
			if (everyNation.every((nation) => named.some((title) => title.nation === nation))) return [];
			// "In Northern Ireland, the designated teacher decides": a sentence may name a nation's title beside the nation.
			const wrong = line.split(/(?<=[.!?])\s+/).flatMap((sentence) => titles.filter(({ test, nation }) => test(sentence) && nation !== inNation && !sentence.includes(nation)));
			const shown = [...new Set(wrong.map(({ title, nation }) => `"${title}" (${nation})`))];
			if (shown.length === 0) return [];
			return [`${file}:${index + 1}: field "body": names the safeguarding lead as ${shown.join(', ')}, one nation's title only. Write "your :nation[lead]" at the end of the sentence (each reader sees their own nation's title), or "your ${neutralFact('lead')}" in the middle of an instruction; a step's bold words are its link, so keep the old one with {#step-…} after them. See docs/nations.md`];
		});
	});
}

function titleOrSummaryProblems(where: string, part: 'title' | 'summary', text: string, whyNoFactInTitle: string): string[] {
	const named = leadTitles().filter(({ test }) => test(text));
	const problems = named.length > 0 ? [`${where}: names the safeguarding lead as ${named.map(({ title, nation }) => `"${title}" (${nation})`).join(', ')}, one nation's title only. ${part === 'title' ? 'Leave the role out of the title and name it in the summary as "your :nation[lead]"' : 'Write "your :nation[lead]" instead'}: each reader sees their own nation's title, and "${neutralFact('lead')}" until they choose one`] : [];
	for (const fact of factsIn(text)) {
		if (part === 'title') problems.push(`${where}: ${whyNoFactInTitle}, so it cannot hold :nation[${fact}]; say it in the summary`);
		else if (neutralFact(fact) === undefined) problems.push(`${where}: :nation[${fact}] has no short form for a reader who has chosen no nation; add "neutral" to the fact "${fact}" in content/data/nations.json, or write it out`);
	}
	return problems;
}
