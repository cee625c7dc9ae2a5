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
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `_headers`: the security headers on every path, and long caching for Astro's hashed assets. */
export function headersFile(): string {
	const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	return ['/*', ...all, '', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}

/** `_redirects`: each former URL, with and without its trailing slash, to its page (301). */
export function redirectsFile(redirects: Record<string, string>): string {
	const lines = Object.entries(redirects)
		.sort(([a], [b]) => a.localeCompare(b))
		.flatMap(([from, to]) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
	return `${lines.join('\n')}\n`;
}
