/**
 * Files for static hosts (Netlify, Cloudflare Pages and others read `_headers` and `_redirects`
 * from the site's root). The Content-Security-Policy for scripts and styles is in each page's
 * meta tag, with Astro's hashes; the header adds what a meta tag cannot carry.
 */

export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self' mailto:; object-src 'none'",
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	// interest-cohort (FLoC) is gone from browsers; browsing-topics is its successor.
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), display-capture=(), browsing-topics=()',
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'X-Permitted-Cross-Domain-Policies': 'none',
};

/**
 * Pages under /report/ describe a visitor's situation (each answer is in the address), so no
 * browser or shared cache keeps them: someone else at the same computer cannot bring one back
 * from the cache. See docs/caching-and-headers.md.
 */
export const NO_STORE_PATHS = ['/report/*'];

/** `_headers`: the security headers on every path, and long caching for Astro's hashed assets. */
export function headersFile(): string {
	const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	const noStore = NO_STORE_PATHS.flatMap((path) => [path, '  Cache-Control: no-store', '']);
	return ['/*', ...all, '', ...noStore, '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}

/** `_redirects`: each former URL, with and without its trailing slash, to its page (301). */
export function redirectsFile(redirects: Record<string, string>): string {
	const lines = Object.entries(redirects)
		.sort(([a], [b]) => a.localeCompare(b))
		.flatMap(([from, to]) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
	return `${lines.join('\n')}\n`;
}
