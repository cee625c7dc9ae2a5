import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
				const canonicals = htmlFiles(distDir).flatMap((file) => {
					if (relative(distDir, file) === '404.html') return [];
					const match = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(file, 'utf8'));
					return match ? [match[1]] : []; // Redirect stubs for former URLs have none: they are not pages.
				});
				const urls = [...new Set(canonicals)].sort();
				writeFileSync(join(distDir, 'sitemap.xml'), sitemapXml(urls));
				writeFileSync(join(distDir, 'robots.txt'), robotsTxt(site));
				logger.info(`Sitemap: ${urls.length} pages.`);
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name.startsWith('_') ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
