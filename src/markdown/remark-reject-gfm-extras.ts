import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, walk } from './walk';

/**
 * GitHub-flavoured Markdown's additions other than tables, refused: the guidance uses tables, and
 * none of GFM's others (bare web addresses made links, ~~strikethrough~~, footnotes, task lists).
 * The parser (./remark-markdown-it.ts) reads CommonMark and GFM's tables only: all of remark-gfm
 * cost about 6 ms of CPU per page, warm, and parsing is most of a build's CPU per page
 * (docs/architecture.md, "Build CPU").
 *
 * So that nothing an editor writes silently renders differently than it would with all of GFM, the
 * constructs the parser does not read fail the build, naming the file and line and what to write
 * instead.
 */
export default function remarkRejectGfmExtras() {
	return (tree: Root, file: VFile) => {
		walk(tree, ['link', 'linkReference', 'listItem', 'text'], (node: Text | Parent) => {
			// Words inside a link are its text: an address there is meant.
			if (node.type === 'link' || node.type === 'linkReference') return SKIP;
			if (node.type === 'listItem') {
				const first = (node as Parent).children[0];
				const text = first?.type === 'paragraph' ? first.children[0] : undefined;
				if (text?.type === 'text' && TASK_BOX.test(text.value)) file.fail('Task-list boxes ("- [ ] item") are not supported: write the list without the boxes.', text);
				return undefined;
			}
			const problem = gfmOnly((node as Text).value);
			if (problem) file.fail(problem, node);
			return undefined;
		});
	};
}

const BARE_ADDRESS = /(?:https?:\/\/|\bwww\.)[^\s<>]+/i;
const TASK_BOX = /^\[[ xX]\]\s/;
const BARE_EMAIL = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

/** What GFM would have read in this text and this parser does not, as a message for the editor. */
export function gfmOnly(text: string): string | undefined {
	const address = BARE_ADDRESS.exec(text)?.[0].replace(/[.,;:!?)]+$/, '');
	if (address) {
		const url = address.startsWith('www.') ? `https://${address}` : address;
		return `A bare web address ("${address}") is not made a link. Write [what it is](${url}), or <${url}> to show the address itself.`;
	}
	// Only where there is an "@": the pattern tries each run of letters for one, so on long text
	// without any it was a tenth of the site's own Markdown work.
	const email = text.includes('@') ? BARE_EMAIL.exec(text)?.[0] : undefined;
	if (email) return `A bare email address ("${email}") is not made a link. Write :email[helpline] for the helpline, or [${email}](mailto:${email}).`;
	if (/~~/.test(text)) return 'Strikethrough (~~text~~) is not supported: delete the words, or say in words what changed.';
	if (/\[\^[^\]\s]+\]/.test(text)) return 'Footnotes ([^1]) are not supported: put the note in the sentence, or in a sentence after it.';
	return undefined;
}
