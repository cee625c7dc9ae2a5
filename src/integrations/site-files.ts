import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPageFiles } from '../checks/built-pages';
import { LOCAL_SITE_URL } from '../lib/site-url';
import { robotsTxt, sitemapXml } from '../lib/sitemap';

/**
 * Writes `sitemap.xml` (every built page's canonical address, once) and `robots.txt` (pointing to
 * it) after the build, and warns when the site address is the local one.
 */
export default function siteFiles(): AstroIntegration {
	let site = LOCAL_SITE_URL;
	return {
		name: 'site-files',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				site = config.site ?? LOCAL_SITE_URL;
				if (command === 'build' && site === LOCAL_SITE_URL) {
					logger.warn(`SITE_URL is not set: canonical links, link previews, the sitemap and the feed point to ${LOCAL_SITE_URL}. Set SITE_URL before deploying (README, "Deploying").`);
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const canonicals = builtPageFiles(distDir).flatMap(({ file }) => {
					if (relative(distDir, file) === '404.html') return [];
					const canonical = canonicalLinkOfFile(file);
					return canonical === undefined ? [] : [canonical]; // Redirect stubs for former URLs have none: they are not pages.
				});
				const urls = [...new Set(canonicals)].sort();
				writeFileSync(join(distDir, 'sitemap.xml'), sitemapXml(urls));
				writeFileSync(join(distDir, 'robots.txt'), robotsTxt(site));
				logger.info(`Sitemap: ${urls.length} pages.`);
			},
		},
	};
}

const CANONICAL = Buffer.from('<link rel="canonical" href="');
const QUOTE = 0x22;

/**
 * The address in a page's first `<link rel="canonical" href="…">` with a non-empty address, as
 * /<link rel="canonical" href="([^"]+)"/ finds it, read from the file's bytes: decoding every
 * built page to a string to find one line was 30 MB of strings at 10× the content, for the
 * garbage collector to clear. The pattern and the quote are ASCII, which never occurs inside a
 * UTF-8 character, so the bytes match where the decoded text would.
 */
export function canonicalLink(page: Buffer): string | undefined {
	for (let at = page.indexOf(CANONICAL); at !== -1; at = page.indexOf(CANONICAL, at + 1)) {
		const from = at + CANONICAL.length;
		const end = page.indexOf(QUOTE, from);
		if (end === -1) return undefined;
		if (end > from) return page.toString('utf8', from, end);
	}
	return undefined;
}

/** The bytes of a page read first: its <head>, where the canonical link is (about 500 bytes in). */
const HEAD_BYTES = 4096;

/**
 * `canonicalLink` of a built page's file, from its first HEAD_BYTES when the link is there, else
 * from the whole file: the sitemap read every page in full (30 MB at 10× the content) for a link
 * in its first few hundred bytes. A link found in the first bytes ends there too (its closing
 * quote), so it is the one the whole file gives; with none there, the whole file is read.
 */
export function canonicalLinkOfFile(file: string): string | undefined {
	const head = Buffer.allocUnsafe(HEAD_BYTES);
	const fd = openSync(file, 'r');
	let length: number;
	try {
		length = readSync(fd, head, 0, HEAD_BYTES, 0);
	} finally {
		closeSync(fd);
	}
	return canonicalLink(head.subarray(0, length)) ?? canonicalLink(readFileSync(file));
}
