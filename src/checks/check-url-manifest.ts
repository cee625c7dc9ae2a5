import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLinkedBox, isLinkedStep } from '../lib/link-anchors';
import { type BuiltPage, readBuiltPages } from './built-pages';

/**
 * Helpline staff paste our links into emails, so a published URL must never stop working. The
 * manifest (tests/public-urls.txt, committed) lists every public URL: pages, wizard steps and
 * outcomes, the section and step anchors of guides and platform pages, and the anchors of boxes
 * with an {#id} on those pages and on outcomes. The build fails when
 * one of them no longer resolves and no redirect covers it.
 */

export const MANIFEST = join('tests', 'public-urls.txt');

/** Pages whose headings and steps are linked to from outside, so their anchors are public too. */
const ANCHORED = /^\/(guides|platforms)\/[^/]+\/$/;

/** Wizard outcomes: their boxes with an {#id} are linked to from outside (`/report/outcome/x/#hidden-camera`). */
const OUTCOME = /^\/report\/outcome\/[^/]+\/$/;

/** Every public URL of the built site, sorted. */
export function publicUrls(distDir: string, pages: readonly BuiltPage[] = readBuiltPages(distDir)): string[] {
	const urls: string[] = [];
	for (const { path, html } of pages) {
		if (path === '/404/') continue;
		urls.push(path);
		const anchored = ANCHORED.test(path);
		if (!anchored && !OUTCOME.test(path)) continue;
		for (const [, tag, attributes] of html.matchAll(/<(h[234]|li|div)\b([^>]*)>/g)) {
			const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
			if (!id) continue;
			if (tag === 'div' ? isLinkedBox(attributes) : anchored && (tag !== 'li' || isLinkedStep(attributes))) urls.push(`${path}#${id}`);
		}
	}
	return [...new Set(urls)].sort();
}

/** URLs in the manifest that the built site no longer answers, as problems to report. */
export function checkUrlManifest(root: string, distDir: string, pages?: readonly BuiltPage[]): { problems: string[]; added: number } {
	const manifestPath = join(root, MANIFEST);
	if (!existsSync(manifestPath)) return { problems: [`${MANIFEST} is missing: run npm run urls:update and commit it`], added: 0 };
	const published = readFileSync(manifestPath, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
	const current = new Set(publicUrls(distDir, pages));
	const problems = published.filter((url) => !current.has(url)).map((url) => missingUrlProblem(url, current));
	const known = new Set(published);
	return { problems, added: [...current].filter((url) => !known.has(url)).length };
}

/**
 * What an editor can do about a published URL that has gone. An item of a plain numbered list is
 * named by its number (src/markdown/rehype-numbered-steps.ts), so when a platform really does
 * need fewer steps, the last ones' anchors go: then deleting the line is the honest fix.
 */
function missingUrlProblem(url: string, current: ReadonlySet<string>): string {
	const gone = `${url} was published (${MANIFEST}) but no longer exists.`;
	const step = /^(.+#.+)-step-(\d+)$/.exec(url);
	if (step && current.has(step[1])) {
		return `${gone} It is step ${step[2]} of the numbered list in ${step[1]}, which now has fewer steps. Keep the number of steps if you can; if the steps really are fewer now, delete the line from ${MANIFEST} (a link to it will open the page at the top)`;
	}
	return `${gone} Restore it, or add it to "formerUrls" of the page that replaces it (anchors: keep the {#id} on the heading)`;
}

export function writeUrlManifest(root: string, distDir: string, pages?: readonly BuiltPage[]): number {
	const urls = publicUrls(distDir, pages);
	const header = '# Every public URL of the site. The build fails if one disappears without a redirect.\n# Update after adding pages: npm run urls:update (then commit this file).\n';
	writeFileSync(join(root, MANIFEST), `${header}${urls.join('\n')}\n`);
	return urls.length;
}
