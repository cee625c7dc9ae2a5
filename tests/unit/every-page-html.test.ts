import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPageFiles, isRedirectStub } from '../../src/checks/built-pages';
import { servesPage } from '../e2e/built-pages';

/**
 * What every page the build produced (the 404 page included) must carry, read from its HTML, so
 * all of them are checked in seconds without a browser: the page shell (skip link first, one
 * banner, main, footer and h1, the 999 line, Exit this page, a search form), a
 * Content-Security-Policy that names no other site and lists every inline script and style it
 * runs, nothing that would make the browser ask another site for anything, and internal links that
 * answer with a page. What only a running page shows (script errors, what scripts store and fetch,
 * that the 999 line and Exit are visible, axe) is checked in a browser on a sample of pages that
 * covers every kind of page, wizard question and piece of advice: tests/e2e/every-page.spec.ts.
 * Reads dist/: build first.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');

interface Page {
	path: string;
	tree: Root;
	elements: Element[];
}

const PAGES: Page[] = builtPageFiles(DIST)
	.map(({ file, path }) => ({ path, html: readFileSync(file, 'utf8') }))
	.filter(({ html }) => !isRedirectStub(html))
	.map(({ path, html }) => {
		const tree = fromHtml(html);
		return { path, tree, elements: elementsOf(tree) };
	});

/** Link types that name a document rather than make the browser fetch anything. */
const LINK_RELS_NOT_FETCHED = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'next', 'prev', 'me']);
/** Script types the browser runs, and so the Content-Security-Policy governs. */
const EXECUTABLE_SCRIPT = /^(|text\/javascript|module|application\/javascript)$/i;

describe('every built page', () => {
	it('the build produced the pages and the 404 page', () => {
		expect(PAGES.length).toBeGreaterThan(100);
		expect(PAGES.map((page) => page.path)).toContain('/404/');
	});

	it('has the page shell: skip link first, one banner, main, footer and h1, the 999 line, Exit this page and a search form', () => {
		const problems = PAGES.flatMap(({ path, tree, elements }) => {
			const found: string[] = [];
			const body = elements.find((element) => element.tagName === 'body');
			const firstControl = body && elementsOf(body).find(isKeyboardControl);
			if (!(firstControl?.tagName === 'a' && firstControl.properties.href === '#main' && hasClass(firstControl, 'skip-link') && toString(firstControl).trim())) {
				found.push('the first control is not the skip link to #main');
			}
			const mains = elements.filter((element) => element.tagName === 'main');
			if (mains.length !== 1 || mains[0].properties.id !== 'main') found.push(`${mains.length} <main> elements (one, with id="main", is needed)`);
			const count = (tag: string) => landmarks(tree, tag).length;
			if (count('header') !== 1) found.push(`${count('header')} banner landmarks`);
			if (count('footer') !== 1) found.push(`${count('footer')} contentinfo landmarks`);
			const h1s = elements.filter((element) => element.tagName === 'h1').length;
			if (h1s !== 1) found.push(`${h1s} <h1> elements`);
			// The line that is never missing: immediate danger leads to 999.
			if (!within(tree, (element) => hasClass(element, 'emergency-line')).some((element) => element.tagName === 'a' && element.properties.href === 'tel:999')) found.push('no 999 link in the emergency line');
			if (!elements.some((element) => element.properties.dataExitButton !== undefined)) found.push('no Exit this page button');
			if (!elements.some((element) => element.tagName === 'form' && String(element.properties.role) === 'search' && element.properties.action === '/search/' && String(element.properties.method).toLowerCase() === 'get')) found.push('no search form');
			// Hidden in the HTML itself is hidden everywhere; how the CSS shows them is checked in a browser.
			for (const [what, test] of [['999 line', (e: Element) => hasClass(e, 'emergency-line')], ['Exit this page', (e: Element) => e.properties.dataExitButton !== undefined]] as const) {
				if (ancestorsOf(tree, test).some((element) => element.properties.hidden !== undefined || element.properties.inert !== undefined)) found.push(`the ${what} is inside a hidden or inert element`);
			}
			return found.map((problem) => `${path}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('shows no empty list: a heading with nothing under it (an outcome with no safety actions had an empty "What you must do")', () => {
		const problems = PAGES.flatMap(({ path, elements }) =>
			elements
				.filter((element) => (element.tagName === 'ul' || element.tagName === 'ol') && !element.children.some((child) => child.type === 'element' && child.tagName === 'li'))
				.map((list) => `${path}: an empty <${list.tagName}>${list.properties.className ? ` (${String(list.properties.className)})` : ''}`),
		);
		expect(problems).toEqual([]);
	});

	it('carries a Content-Security-Policy that allows this site only, with no unsafe-inline or unsafe-eval, before any script or style', () => {
		const problems = PAGES.flatMap(({ path, elements }) => {
			const policy = policyOf(elements);
			if (!policy) return [`${path}: no Content-Security-Policy meta tag`];
			const found: string[] = [];
			if (policy.get('default-src')?.join(' ') !== "'self'") found.push(`default-src is "${policy.get('default-src')?.join(' ')}", not 'self'`);
			for (const [directive, sources] of policy) {
				for (const source of sources) {
					// Keywords, hashes and the schemes a page itself uses (data: images, mailto: forms) only: no host.
					if (!/^'(self|none|sha(256|384|512)-[A-Za-z0-9+/=]+)'$|^(data|mailto):$/.test(source)) found.push(`${directive} allows ${source}`);
				}
			}
			const meta = elements.findIndex(isPolicyMeta);
			const firstResource = elements.findIndex((element) => element.tagName === 'script' || element.tagName === 'style' || (element.tagName === 'link' && relsOf(element).includes('stylesheet')));
			if (firstResource !== -1 && firstResource < meta) found.push('a script or style comes before the policy, which then does not cover it');
			return found.map((problem) => `${path}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('runs no inline script or style that its policy does not list, and has no inline event handlers, style attributes or javascript: links', () => {
		const problems = PAGES.flatMap(({ path, elements }) => {
			const policy = policyOf(elements);
			if (!policy) return [];
			const found: string[] = [];
			for (const element of elements) {
				if (element.tagName === 'script' && element.properties.src === undefined && EXECUTABLE_SCRIPT.test(String(element.properties.type ?? ''))) {
					if (!allowsInline(policy, 'script-src', toString(element))) found.push(`an inline script (${toString(element).trim().slice(0, 60)}…) is not in script-src`);
				}
				if (element.tagName === 'style' && !allowsInline(policy, 'style-src', toString(element))) found.push(`an inline <style> (${toString(element).trim().slice(0, 60)}…) is not in style-src`);
				for (const name of Object.keys(element.properties)) {
					if (/^on[A-Z]/.test(name)) found.push(`<${element.tagName}> has an inline ${name.toLowerCase()} handler`);
				}
				if (element.properties.style !== undefined) found.push(`<${element.tagName}> has a style attribute, which the policy refuses`);
				if (/^\s*javascript:/i.test(String(element.properties.href ?? ''))) found.push(`<${element.tagName}> links to javascript:`);
			}
			return found.map((problem) => `${path}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('makes the browser ask no other site for anything: scripts, styles, images, frames, forms and refreshes are on this site', () => {
		const problems = PAGES.flatMap(({ path, elements }) =>
			elements.flatMap((element) => fetchedUrls(element).filter((url) => !isThisSite(url)).map((url) => `${path}: <${element.tagName}> fetches ${url}`)),
		);
		expect(problems).toEqual([]);
	});

	it('its stylesheets fetch nothing from another site', () => {
		const css = readdirSync(join(DIST, '_astro'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.css'));
		expect(css.length).toBeGreaterThan(0);
		const problems = css.flatMap((name) =>
			[...readFileSync(join(DIST, '_astro', name), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)]
				.map((match) => match[1] ?? match[2])
				.filter((url) => !isThisSite(url))
				.map((url) => `_astro/${name}: ${url}`),
		);
		expect(problems).toEqual([]);
	});

	it("loads the wizard's stylesheet on the wizard's pages only, after the site's, and no other page downloads a rule for a class that only the wizard's pages carry", () => {
		const isWizardPage = (path: string) => path.startsWith('/report/');
		const site = stylesheetsOf(PAGES.find((page) => page.path === '/')!.elements);
		const wizard = stylesheetsOf(PAGES.find((page) => page.path === '/report/')!.elements).slice(site.length);
		expect(site.length).toBeGreaterThan(0);
		expect(wizard.length).toBeGreaterThan(0);
		const problems = PAGES.flatMap(({ path, elements }) => {
			const expected = isWizardPage(path) ? [...site, ...wizard] : site;
			const found = stylesheetsOf(elements);
			return found.join(' ') === expected.join(' ') ? [] : [`${path}: links ${found.join(', ')} (expected ${expected.join(', ')})`];
		});
		const classesOf = (pages: Page[]) => new Set(pages.flatMap(({ elements }) => elements.flatMap((element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []))));
		const elsewhere = classesOf(PAGES.filter(({ path }) => !isWizardPage(path)));
		const wizardOnly = [...classesOf(PAGES.filter(({ path }) => isWizardPage(path)))].filter((name) => !elsewhere.has(name));
		expect(wizardOnly).toContain('wizard-answer');
		for (const href of site) {
			const named = new Set([...readFileSync(join(DIST, href), 'utf8').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]));
			problems.push(...wizardOnly.filter((name) => named.has(name)).map((name) => `${href} (every page's) has a rule for .${name}, which only pages under /report/ carry: move it to src/styles/wizard.css`));
		}
		expect(problems).toEqual([]);
	});

	it('links only to pages and files that the host serves, at the address they are served at', () => {
		const problems = new Set<string>();
		for (const { path, elements } of PAGES) {
			for (const element of elements) {
				if (element.tagName !== 'a') continue;
				const href = String(element.properties.href ?? '');
				if (!href.startsWith('/') || href.startsWith('//')) continue;
				const target = href.split('#')[0].split('?')[0];
				if (!servesPage(target)) problems.add(`${target} (linked from ${path}) is not a page or file in dist/`);
			}
		}
		expect([...problems]).toEqual([]);
	});
});


function elementsOf(node: Root | Element): Element[] {
	const found: Element[] = [];
	const visit = (child: RootContent | Root) => {
		if (child.type === 'element') {
			found.push(child);
			child.children.forEach(visit);
		} else if (child.type === 'root') child.children.forEach(visit);
	};
	visit(node);
	return node.type === 'element' ? found.slice(1) : found;
}

function hasClass(element: Element, name: string): boolean {
	const classes = element.properties.className;
	return Array.isArray(classes) && classes.includes(name);
}

/** The addresses of the stylesheets a page links, in order. */
function stylesheetsOf(elements: Element[]): string[] {
	return elements.filter((element) => element.tagName === 'link' && relsOf(element).includes('stylesheet')).map((element) => String(element.properties.href));
}

function relsOf(element: Element): string[] {
	const rel = element.properties.rel;
	return (Array.isArray(rel) ? rel : String(rel ?? '').split(/\s+/)).map((r) => String(r).toLowerCase()).filter(Boolean);
}

/** The elements a keyboard user can reach, as the browser decides before any style applies. */
function isKeyboardControl(element: Element): boolean {
	const tabIndex = element.properties.tabIndex;
	if (typeof tabIndex === 'number') return tabIndex >= 0;
	if (element.tagName === 'a') return element.properties.href !== undefined;
	if (['button', 'select', 'textarea'].includes(element.tagName)) return element.properties.disabled === undefined;
	if (element.tagName === 'input') return element.properties.type !== 'hidden' && element.properties.disabled === undefined;
	return element.tagName === 'summary';
}

/** <header> or <footer> elements that are the page's banner or contentinfo: not inside a sectioning element or main. */
function landmarks(tree: Root, tag: string): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | Element, sectioned: boolean) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === tag && !sectioned) found.push(child);
			visit(child, sectioned || ['main', 'article', 'aside', 'nav', 'section'].includes(child.tagName));
		}
	};
	visit(tree, false);
	return found;
}

/** Every element inside an element that matches. */
function within(tree: Root, matches: (element: Element) => boolean): Element[] {
	return elementsOf(tree)
		.filter(matches)
		.flatMap((element) => elementsOf(element));
}

/** The elements that match, and every element they sit inside. */
function ancestorsOf(tree: Root, matches: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | Element, trail: Element[]) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (matches(child)) found.push(...trail, child);
			visit(child, [...trail, child]);
		}
	};
	visit(tree, []);
	return found;
}

function isPolicyMeta(element: Element): boolean {
	const equiv = element.properties.httpEquiv;
	return element.tagName === 'meta' && String(Array.isArray(equiv) ? equiv.join(' ') : equiv).toLowerCase() === 'content-security-policy';
}

/** The page's Content-Security-Policy as directive → sources. */
function policyOf(elements: Element[]): Map<string, string[]> | undefined {
	const meta = elements.find(isPolicyMeta);
	if (!meta) return undefined;
	const policy = new Map<string, string[]>();
	for (const directive of String(meta.properties.content).split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Whether the policy lets this inline script or style run: its hash is listed (default-src stands in for a missing directive). */
function allowsInline(policy: Map<string, string[]>, directive: string, text: string): boolean {
	const sources = policy.get(directive) ?? policy.get('default-src') ?? [];
	return sources.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

/** The addresses an element makes the browser fetch (or send a form to, or refresh to). */
function fetchedUrls(element: Element): string[] {
	const { properties: p, tagName } = element;
	const urls: unknown[] = [];
	const srcset = (value: unknown) => (Array.isArray(value) ? value.join(',') : String(value ?? '')).split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
	if (tagName === 'link' && !relsOf(element).every((rel) => LINK_RELS_NOT_FETCHED.has(rel))) urls.push(p.href, ...srcset(p.imageSrcSet));
	if (['script', 'img', 'iframe', 'embed', 'source', 'track', 'audio', 'video', 'input'].includes(tagName)) urls.push(p.src);
	if (['img', 'source'].includes(tagName)) urls.push(...srcset(p.srcSet));
	if (tagName === 'video') urls.push(p.poster);
	if (tagName === 'object') urls.push(p.data);
	if (tagName === 'form') urls.push(p.action);
	if (['button', 'input'].includes(tagName)) urls.push(p.formAction);
	if (tagName === 'meta' && String(p.httpEquiv).toLowerCase() === 'refresh') urls.push(/url=(.*)$/i.exec(String(p.content))?.[1]);
	if (tagName === 'style') urls.push(...[...toString(element).matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)].map((m) => m[1] ?? m[2]));
	return urls.filter((url): url is string => typeof url === 'string' && url.trim() !== '');
}

/** A relative address, or one on this site; data: and mailto: never reach another site by themselves. */
function isThisSite(url: string): boolean {
	if (/^(data|mailto):/i.test(url.trim())) return true;
	return !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}
