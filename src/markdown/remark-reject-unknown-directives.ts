import type { Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { NATION_DIRECTIVES } from './remark-nations';

const KNOWN: Record<string, readonly string[]> = {
	containerDirective: ['safeguarding', 'warning', 'tip', 'steps', ...NATION_DIRECTIVES.containers],
	leafDirective: ['snippet'],
	textDirective: ['service', 'phone', 'email', 'helpline', ...NATION_DIRECTIVES.text],
};

const ALLOWED = ':::safeguarding, :::warning, :::tip, :::steps, ::::nations, ::snippet[name], :service[id], :phone[id], :email[helpline], :helpline[hours], :nation[fact]';

/**
 * Runs after the other plugins. Directive syntax also catches ordinary prose ("10:30am",
 * "Note:this"), so a bare `:word` is put back as the text it was. Anything else left over is a
 * typo (`:::safegarding`, `:servce[ceop]`): failing names it, rather than letting it vanish.
 */
export default function remarkRejectUnknownDirectives() {
	return (tree: Root, file: VFile) => {
		walk(tree, ['containerDirective', 'leafDirective', 'textDirective'], (node, index, parent) => {
			const directive = node as { type: keyof typeof KNOWN; name: string };
			if (KNOWN[directive.type].includes(directive.name)) return undefined;
			if (directive.type === 'textDirective' && isBareWord(node as TextDirective) && parent && index !== undefined) {
				const text: Text = { type: 'text', value: `:${directive.name}` };
				parent.children.splice(index, 1, text as never);
				return [SKIP, index + 1];
			}
			const marker = directive.type === 'containerDirective' ? ':::' : directive.type === 'leafDirective' ? '::' : ':';
			return file.fail(
				`Unknown directive "${marker}${directive.name}". Allowed: ${ALLOWED}. If you meant a plain colon, write \\:${directive.name}`,
				node,
			);
		});
	};
}

function isBareWord(node: TextDirective): boolean {
	return node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
}
