/**
 * The site's own address, for canonical links, Open Graph tags, the sitemap and the feed. A
 * deployer sets it with the SITE_URL environment variable; without it a build is a local one.
 */

/** The address of a local build (`npm start` serves the site here). Never for a deployed site. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Environment variables that static hosts set during their builds: a deploy, so SITE_URL is required. */
const HOST_BUILD_VARIABLES = ['NETLIFY', 'CF_PAGES', 'VERCEL', 'RENDER', 'GITHUB_PAGES'];

const EXAMPLE = 'SITE_URL=https://reporting.example.org.uk';

/**
 * The site address from the environment: SITE_URL when set (an https:// origin, or http:// on
 * localhost), or the local address when no static host is building. Throws with what to set.
 */
export function siteUrlFrom(env: Record<string, string | undefined>): string {
	const value = env.SITE_URL?.trim();
	if (!value) {
		const host = HOST_BUILD_VARIABLES.find((name) => env[name]);
		if (host) throw new Error(`SITE_URL is not set, and this looks like a deploy (${host} is set). Set it to the site's address, e.g. ${EXAMPLE}`);
		return LOCAL_SITE_URL;
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL "${value}" is not a web address. Write it in full, e.g. ${EXAMPLE}`);
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
		throw new Error(`SITE_URL "${value}" must start with https:// (http:// only for localhost), e.g. ${EXAMPLE}`);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(`SITE_URL "${value}" must be the site's address alone, with no path, query or user: the site is served from the root of its domain, e.g. ${EXAMPLE}`);
	}
	return url.origin;
}
