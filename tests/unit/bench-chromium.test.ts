import { describe, expect, it } from 'vitest';
import { benchChromium, SYSTEM_CHROMIUMS } from '../../scripts/chromium.mjs';

describe('the Chromium a bench launches', () => {
	it('is the one named in PLAYWRIGHT_CHROMIUM or CHROMIUM_PATH, when set', () => {
		expect(benchChromium({ PLAYWRIGHT_CHROMIUM: '/opt/a', CHROMIUM_PATH: '/opt/b' }, () => false)).toBe('/opt/a');
		expect(benchChromium({ CHROMIUM_PATH: '/opt/b' }, () => false)).toBe('/opt/b');
	});

	it('is otherwise the first of the machine’s Chromiums that exists, as npm test finds it (a machine with only the headless shell)', () => {
		const only = (path: string) => (candidate: string) => candidate === path;
		expect(benchChromium({}, only('/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium-headless-shell');
		expect(benchChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
		expect(benchChromium({}, () => true)).toBe(SYSTEM_CHROMIUMS[0]);
	});

	it('says what to do when there is none', () => {
		expect(() => benchChromium({}, () => false)).toThrow(/npm test.*PLAYWRIGHT_CHROMIUM/);
	});
});
