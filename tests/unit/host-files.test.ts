import { describe, expect, it } from 'vitest';
import { headersFile, NO_STORE_PATHS, redirectsFile, SECURITY_HEADERS } from '../../src/integrations/host-files';

describe('redirectsFile', () => {
	it('sends each former URL, with and without its trailing slash, to its page with a 301', () => {
		expect(redirectsFile({ '/guides/old-name/': '/guides/new-name/' }).trim().split('\n')).toEqual([
			'/guides/old-name/ /guides/new-name/ 301',
			'/guides/old-name /guides/new-name/ 301',
		]);
	});

	it('writes an empty file when nothing was renamed', () => {
		expect(redirectsFile({}).trim()).toBe('');
	});
});

describe('headersFile', () => {
	it('sets every security header under /*', () => {
		const file = headersFile();
		const block = file.slice(file.indexOf('/*\n'), file.indexOf('\n\n'));
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(block).toContain(`  ${name}: ${value}`);
	});

	it('keeps pages that describe a visitor’s situation out of caches', () => {
		expect(NO_STORE_PATHS).toContain('/report/*');
		expect(headersFile()).toContain('/report/*\n  Cache-Control: no-store\n');
	});
});
