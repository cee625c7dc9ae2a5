import { decodeAttribute } from '../markdown/guard';

/** A place in a page that can be linked to: a section heading (h2, h3), a numbered step, or a box with an {#id}. */
export interface LinkAnchor {
	kind: 'section' | 'step' | 'box';
	id: string;
	/** The heading, the step's bold first sentence, a plain list item's "Step 2 of …", or the box's title. */
	text: string;
}

/**
 * Every section and numbered step of a page, in page order, with the anchors the built page has:
 * read from the page's one render (a collection entry's `rendered.html`, Astro's own render through
 * the site's Markdown pipeline), never worked out a second way and never rendered again. The HTML
 * is the pipeline's own output (src/markdown/plugins.ts), so its shape is known: a heading's text
 * runs to its closing tag, a step (<li class="step">) starts with its bold sentence, and an item of a
 * plain numbered list carries its name in data-step-label.
 */
export function linkAnchors(html: string): LinkAnchor[] {
	const anchors: LinkAnchor[] = [];
	for (const match of html.matchAll(/<(h2|h3|li|div)\b([^>]*)>/g)) {
		const [tag, name, attributes] = match;
		const id = attribute(attributes, 'id');
		if (id === undefined) continue;
		const after = match.index + tag.length;
		if (name === 'div') {
			// A callout box with an {#id} (src/markdown/remark-callouts.ts): named by its title, before its copy link.
			if (!isLinkedBox(attributes)) continue;
			const title = /<p class="callout__title">([\s\S]*?)(?:<a class="self-link"|<\/p>)/.exec(html.slice(after))?.[1] ?? '';
			anchors.push({ kind: 'box', id, text: textOf(title) });
		} else if (name !== 'li') {
			const end = html.indexOf(`</${name}>`, after);
			anchors.push({ kind: 'section', id, text: textOf(html.slice(after, end === -1 ? undefined : end)) });
		} else if (isBoldLedStep(attributes)) {
			const end = html.indexOf('</li>', after);
			const item = html.slice(after, end === -1 ? undefined : end);
			const lead = /<strong\b[^>]*>([\s\S]*?)<\/strong>/.exec(item)?.[1];
			anchors.push({ kind: 'step', id, text: textOf(lead ?? item).replace(/[.:]+$/, '') });
		} else {
			// A plain numbered list's item, named by its number and section (src/markdown/rehype-numbered-steps.ts).
			const label = attribute(attributes, 'stepLabel');
			if (label !== undefined) anchors.push({ kind: 'step', id, text: label.charAt(0).toUpperCase() + label.slice(1) });
		}
	}
	return anchors;
}

/**
 * Whether a list item's attributes (the text inside its <li …> tag) mark a step that can be linked
 * to: a :::steps step (class "step"), or a plain numbered list's item (data-step-label). The URL
 * manifest (src/checks/check-url-manifest.ts) publishes the same steps this page lists.
 */
export function isLinkedStep(attributes: string): boolean {
	return isBoldLedStep(attributes) || attribute(attributes, 'stepLabel') !== undefined;
}

/** Whether a div's attributes mark a callout box (which has a link of its own when it has an id). */
export function isLinkedBox(attributes: string): boolean {
	return attribute(attributes, 'callout') !== undefined;
}

function isBoldLedStep(attributes: string): boolean {
	return (attribute(attributes, 'class') ?? '').split(/\s+/).includes('step');
}

const ATTRIBUTES = { id: /\sid="([^"]*)"/, class: /\sclass="([^"]*)"/, stepLabel: /\sdata-step-label="([^"]*)"/, callout: /\sdata-callout="([^"]*)"/ };

function attribute(attributes: string, name: keyof typeof ATTRIBUTES): string | undefined {
	const value = ATTRIBUTES[name].exec(attributes)?.[1];
	return value === undefined ? undefined : decodeAttribute(value);
}

/** The words of an HTML fragment: its tags dropped, character references decoded, spaces collapsed. */
function textOf(html: string): string {
	return decodeAttribute(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();
}
