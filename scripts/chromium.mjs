// Where the benches and `npm test` find a Chromium on this machine: the same list for all of them,
// so a bench runs wherever the tests do.
import { existsSync } from 'node:fs';

/**
 * Chromium's headless shell first: the same Blink and V8 without the desktop browser's machinery
 * (what Playwright itself runs when headless). Side by side with Debian's full Chromium of the same
 * version, it ran the browser specs on 20 to 40% less CPU. A full Chromium or Chrome works too, more slowly.
 */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium a bench launches: PLAYWRIGHT_CHROMIUM or CHROMIUM_PATH if set, else the first of
 * SYSTEM_CHROMIUMS that exists. Throws, saying what to do, when there is none.
 *
 * @param {Record<string, string | undefined>} [env]
 * @param {(path: string) => boolean} [exists]
 * @returns {string}
 */
export function benchChromium(env = process.env, exists = existsSync) {
	const named = env.PLAYWRIGHT_CHROMIUM || env.CHROMIUM_PATH;
	if (named) return named;
	const found = SYSTEM_CHROMIUMS.find((path) => exists(path));
	if (found) return found;
	throw new Error(`No Chromium found (looked for ${SYSTEM_CHROMIUMS.join(', ')}). Run \`npm test\` once, which installs one, or set PLAYWRIGHT_CHROMIUM=/path/to/chromium.`);
}
