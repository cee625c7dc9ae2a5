/**
 * Cuts one `## Heading {#id}` section out of a platform page's Markdown, heading included, so an
 * outcome can show the platform's own reporting steps rather than a copy of them. The heading
 * stays so the section renders as it does on its own page (its steps' anchors are made from the
 * heading's); the outcome drops it from the HTML (withoutLeadingHeading) and shows its own.
 */
export function platformSectionMarkdown(body: string, sectionId: string): string | undefined {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => /^##\s/.test(line) && line.includes(`{#${sectionId}}`));
	if (start === -1) return undefined;
	const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
	return lines.slice(start, end === -1 ? undefined : end).join('\n').trim();
}

/**
 * A rendered section without its opening heading: the heading and its copy link, as
 * src/markdown/rehype-heading-links.ts wraps them. Throws if the HTML does not start that way, so
 * a change to the wrapper cannot quietly put a second heading on every outcome.
 */
export function withoutLeadingHeading(html: string): string {
	const match = /^\s*<div class="heading-wrapper[^"]*"><h2\b[\s\S]*?<\/h2>[\s\S]*?<\/div>/.exec(html);
	if (!match) throw new Error(`A platform section's HTML should start with its wrapped heading; it starts: ${html.slice(0, 80)}`);
	return html.slice(match[0].length).trim();
}

/**
 * Makes a rendered section safe to sit inside another page: links to its own page's anchors
 * point back to the platform page, and its ids get a prefix so they cannot clash with the
 * outcome's own.
 */
export function rehomeSectionHtml(html: string, platformPath: string, idPrefix: string): string {
	return html
		.replace(/href="#([^"]+)"/g, (_, anchor: string) => `href="${platformPath}#${anchor}"`)
		.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}${id}"`);
}
