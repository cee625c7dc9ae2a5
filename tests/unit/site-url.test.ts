import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrlFrom } from '../../src/lib/site-url';

describe('siteUrlFrom', () => {
	it('uses SITE_URL, as an origin', () => {
		expect(siteUrlFrom({ SITE_URL: 'https://reporting.example.org.uk/' })).toBe('https://reporting.example.org.uk');
	});
	it('falls back to the local address for a local build', () => {
		expect(siteUrlFrom({})).toBe(LOCAL_SITE_URL);
	});
	it('refuses to build on a static host without SITE_URL', () => {
		expect(() => siteUrlFrom({ NETLIFY: 'true' })).toThrow(/SITE_URL is not set.*NETLIFY/);
	});
	it('refuses an address that is not https, or has a path', () => {
		expect(() => siteUrlFrom({ SITE_URL: 'reporting.example.org.uk' })).toThrow(/not a web address/);
		expect(() => siteUrlFrom({ SITE_URL: 'http://reporting.example.org.uk' })).toThrow(/https:\/\//);
		expect(() => siteUrlFrom({ SITE_URL: 'https://example.org/guide/' })).toThrow(/no path/);
	});
	it('allows http on localhost', () => {
		expect(siteUrlFrom({ SITE_URL: 'http://localhost:8080' })).toBe('http://localhost:8080');
	});
});
