// Adds hName and hProperties to mdast node data: how a remark plugin shapes the HTML.
import type {} from 'mdast-util-to-hast';
import type { BlockContent, Heading, Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { factForEveryNation, factNames, findNation, nationFact, nations } from '../data/nations';
import { foreignTerms, NATION_IDS, type NationId } from '../schemas/nations';

const BLOCK = 'nations';
const FACT = 'nation';
const VALID_ID = /^[a-z][a-z0-9-]*$/;

/** The directive names this plugin owns, for the check that rejects unknown directives. */
export const NATION_DIRECTIVES = { containers: [BLOCK, ...NATION_IDS], text: [FACT] } as const;

/**
 * Nation-specific guidance, written once per nation and shown as each reader needs it:
 *
 *     ## Who to tell about an allegation {#allegations}
 *     ::::nations
 *     :::england
 *     Tell the headteacher. They contact the LADO …
 *     :::
 *     :::wales … :::   :::scotland … :::   :::northern-ireland … :::
 *     ::::
 *
 * Every block has all four nations, shown in the data file's order whatever order they are written
 * in, each labelled with a heading (one level below the heading above the block) whose anchor is
 * the block's anchor and the nation: #allegations-wales. The block's anchor is `{#id}` on the block,
 * or the pinned anchor of the heading above it. With JavaScript, a reader who has chosen a nation
 * sees theirs first and the others folded away (src/scripts/nations.ts).
 *
 * `:nation[lead]` inserts a fact from content/data/nations.json: inside a nation's block, that
 * nation's; elsewhere, all four, each marked with its nation, which the script narrows to the
 * reader's.
 *
 * A section may not name another nation's guidance, roles or agencies (each nation's `ownTerms`):
 * the build stops and names the file, the line and the term.
 */
export default function remarkNations() {
	return (tree: Root, file: VFile) => {
		const anchors = new Set<string>();
		let hasNations = false;
		let headingAbove: Heading | undefined;

		// Document order, so the last heading seen is the one above the block.
		walk(tree, (node, index, parent) => {
			if (node.type === 'heading') headingAbove = node;
			if (node.type === 'containerDirective' && node.name === BLOCK) {
				hasNations = true;
				buildBlock(node, { file, anchors, headingAbove, atTop: parent?.type === 'root' });
				return SKIP;
			}
			if (node.type === 'containerDirective' && (NATION_IDS as readonly string[]).includes(node.name)) {
				return file.fail(
					`:::${node.name} must be inside a ::::nations block. The outer block needs more colons than the blocks inside it: ::::nations, then :::england … :::, and ::::  to close`,
					node,
				);
			}
			if (node.type === 'textDirective' && node.name === FACT && parent && index !== undefined) {
				parent.children.splice(index, 1, allNationsFact(node, file) as never);
				return [SKIP, index + 1];
			}
			return undefined;
		});

		if (hasNations) {
			// Pages read this (render(entry).remarkPluginFrontmatter) to show the nation chooser at the
			// top. A page with facts in sentences only relies on the footer's chooser.
			const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
			data.astro ??= {};
			data.astro.frontmatter ??= {};
			data.astro.frontmatter.hasNations = true;
		}
	};
}

interface BlockContext {
	file: VFile;
	anchors: Set<string>;
	headingAbove: Heading | undefined;
	/** True when the block is not inside a list or callout, so its nations can have headings. */
	atTop: boolean;
}

function buildBlock(block: ContainerDirective, { file, anchors, headingAbove, atTop }: BlockContext): void {
	const anchor = blockAnchor(block, headingAbove, file);
	if (anchors.has(anchor)) {
		file.fail(`Two ::::nations blocks on this page would share the anchor #${anchor}. Give this one its own: ::::nations{#${anchor}-more}`, block);
	}
	anchors.add(anchor);

	const labelled = block.children[0]?.type === 'paragraph' && block.children[0].data?.directiveLabel === true;
	const topic = labelled ? toString(block.children[0]).trim() : headingAbove ? toString(headingAbove).trim() : '';
	const sections = new Map<NationId, ContainerDirective>();
	for (const child of labelled ? block.children.slice(1) : block.children) {
		if (child.type !== 'containerDirective') {
			file.fail(`A ::::nations block holds only nation blocks (:::${NATION_IDS.join(', :::')}); put this text in one of them, or above the block`, child);
		}
		const section = child as ContainerDirective;
		if (!(NATION_IDS as readonly string[]).includes(section.name)) {
			file.fail(`Unknown nation ":::${section.name}". Allowed: ${NATION_IDS.join(', ')}`, section);
		}
		const nation = section.name as NationId;
		if (sections.has(nation)) file.fail(`:::${nation} appears twice in this ::::nations block; write each nation once`, section);
		sections.set(nation, section);
	}
	const missing = NATION_IDS.filter((id) => !sections.has(id));
	if (missing.length > 0) {
		file.fail(`This ::::nations block is missing ${missing.map((id) => `:::${id}`).join(', ')}. Every block covers all four nations, so no reader is left without their route`, block);
	}

	const depth = Math.min((headingAbove?.depth ?? 1) + 1, 6) as Heading['depth'];
	block.children = nations.map((nation) => {
		const section = sections.get(nation.id)!;
		resolveFacts(section, nation.id, file);
		checkOwnTerms(section, nation.id, file);
		const id = `${anchor}-${nation.id}`;
		const label = atTop ? nationHeading(nation.name, topic, id, depth) : nationLabel(nation.name, topic);
		section.children = [label, ...section.children] as BlockContent[];
		section.data = {
			hName: 'div',
			hProperties: { className: ['nation'], 'data-nation': nation.id, 'data-nation-name': nation.name, ...(atTop ? {} : { id }) },
		};
		return section;
	});
	block.data = { hName: 'div', hProperties: { className: ['nations'], 'data-nations': anchor } };
}

function blockAnchor(block: ContainerDirective, headingAbove: Heading | undefined, file: VFile): string {
	const own = block.attributes?.id;
	if (own !== undefined && own !== null) {
		if (!VALID_ID.test(own)) file.fail(`::::nations{#${own}}: use lower-case letters, digits and hyphens, starting with a letter (e.g. {#who-to-tell})`, block);
		return own;
	}
	const pinned = headingAbove?.data?.hProperties?.id;
	if (typeof pinned === 'string') return pinned;
	return file.fail(
		'Give this ::::nations block an anchor, so each nation’s section has a link that never changes: pin one on the heading above it (## Who to tell {#who-to-tell}) or write ::::nations{#who-to-tell}',
		block,
	);
}

/** "England", with the topic for screen readers and search: "Who to tell: England". */
function nationHeading(name: string, topic: string, id: string, depth: Heading['depth']): Heading {
	return {
		type: 'heading',
		depth,
		children: labelText(name, topic),
		data: { hProperties: { id, className: ['nation__heading'] } },
	};
}

/** Inside a list or callout a heading would break the page's outline: a bold label says the nation instead. */
function nationLabel(name: string, topic: string): Paragraph {
	return {
		type: 'paragraph',
		children: [{ type: 'strong', children: labelText(name, topic) }],
		data: { hProperties: { className: ['nation__label'] } },
	};
}

function labelText(name: string, topic: string): PhrasingContent[] {
	const hidden: Text = { type: 'text', value: `${topic}: `, data: { hName: 'span', hProperties: { className: ['visually-hidden'] } } };
	return [...(topic ? [hidden] : []), { type: 'text', value: name }];
}

/** Inside a nation's block, :nation[fact] is that nation's fact. */
function resolveFacts(section: ContainerDirective, nation: NationId, file: VFile): void {
	walk(section, 'textDirective', (node: TextDirective, index, parent) => {
		if (node.name !== FACT || !parent || index === undefined) return undefined;
		parent.children.splice(index, 1, factNode(factName(node, file), nation));
		return [SKIP, index + 1];
	});
}

function checkOwnTerms(section: ContainerDirective, nation: NationId, file: VFile): void {
	const borrowed = foreignTerms(toString(section), nation, nations);
	if (borrowed.length > 0) {
		const name = findNation(nation)?.name ?? nation;
		file.fail(
			`The ${name} section names ${borrowed.map(({ term, nation: owner }) => `"${term}" (${owner})`).join(', ')}. A nation’s section may only name its own guidance, roles and agencies (ownTerms in content/data/nations.json)`,
			section,
		);
	}
}

function factName(node: TextDirective, file: VFile): string {
	const name = toString(node).trim();
	if (!factNames.includes(name)) {
		return file.fail(`Unknown nation fact "${name}" in :nation[${name}]. Allowed: ${factNames.join(', ')}`, node);
	}
	return name;
}

function factNode(name: string, nation: NationId): PhrasingContent {
	const fact = nationFact(name, nation)!;
	const text: Text = { type: 'text', value: fact.text };
	if (!fact.link) return text;
	const link: Link = { type: 'link', url: fact.link, children: [text] };
	return link;
}

/**
 * Outside a nation's block, a fact for all four nations: "X in England and Wales, Y in Scotland or
 * Z in Northern Ireland". Nations that share a value share a part. Each part is marked with its
 * nations, so the script can show only the reader's.
 */
function allNationsFact(node: TextDirective, file: VFile): PhrasingContent {
	const name = factName(node, file);
	const parts = factForEveryNation(name);
	const children: PhrasingContent[] = [];
	parts.forEach((part, i) => {
		if (i > 0) children.push(span(i === parts.length - 1 ? ' or ' : ', ', 'nation-fact__separator'));
		children.push({
			type: 'emphasis',
			children: [factNode(name, part.ids[0]), span(` in ${part.where}`, 'nation-fact__where')],
			data: { hName: 'span', hProperties: { className: ['nation-fact__value'], 'data-nation': part.ids.join(' ') } },
		});
	});
	return {
		type: 'emphasis',
		children,
		data: { hName: 'span', hProperties: { className: ['nation-fact'], 'data-nation-fact': name } },
	};
}

function span(value: string, className: string): Text {
	return { type: 'text', value, data: { hName: 'span', hProperties: { className: [className] } } };
}
