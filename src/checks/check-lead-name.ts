import { nationFact, nations } from '../data/nations';
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
