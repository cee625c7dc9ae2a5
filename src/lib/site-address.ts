/**
 * The site's public address with no trailing slash (`https://example.org`), from `site` in
 * astro.config.mjs. The one place printed pages, canonical links and anything else that needs a
 * full address get it from, so changing the site address changes them all.
 */
export function siteAddress(site: URL | string | undefined): string {
	if (!site) throw new Error('astro.config.mjs: `site` must be set to the public address (e.g. https://example.org); printed pages show full links with it');
	return new URL(site).origin;
}
