// Adds hName and hProperties to mdast node data: how a remark plugin shapes the HTML.
import type {} from 'mdast-util-to-hast';
import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk';

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
/** What an author's `{#id}` may be, on a heading or a callout: lower-case letters, digits and hyphens, starting with a letter. */
export const VALID_ID = /^[a-z][a-z0-9-]*$/;

/**
 * Lets an author pin a heading's anchor: `## What to do {#what-to-do}`. The anchor then survives
 * edits to the heading's words, so links that helpline staff have sent keep working. Headings
 * without one get an id from their text (rehype-slug).
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		walk(tree, 'heading', (heading: Heading) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const match = EXPLICIT_ID.exec(last.value);
			if (!match) return;
			const id = match[1];
			if (!VALID_ID.test(id)) {
				file.fail(
					`Heading anchor {#${id}} is not allowed: use lower-case letters, digits and hyphens, starting with a letter (e.g. {#what-to-do})`,
					heading,
				);
			}
			(last as Text).value = last.value.slice(0, match.index);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
}
