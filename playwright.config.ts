import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUMS } from './scripts/chromium.mjs';

const PORT = Number(process.env.TEST_PORT ?? 4329);

/**
 * Browser tests run against the built site (`astro build` first), served by `astro preview`, in a
 * real Chromium. `npm test` finds one and passes it as PLAYWRIGHT_CHROMIUM; run on their own
 * (`npm run test:e2e`), the tests look where `npm test` looks, then use Playwright's own.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// A trace is recorded during every test to keep the failing ones: on CI, where nobody opens
		// them, that is time spent on every test for nothing; the failure's message and error context remain.
		trace: process.env.CI ? 'off' : 'retain-on-failure',
		// One browser context a worker, reset by Playwright between tests (cookies, storage, cache, routes,
		// init scripts, clock, window size, media; other tabs closed), instead of a new one for each test:
		// a new context and its first page cost 1.5–2 s of a test on this kind of machine under load. A
		// test that needs a context of its own makes one with browser.newContext(); keyboard.spec.ts
		// opts out (see the README, "Tests").
		reuseContext: true,
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.PLAYWRIGHT_CHROMIUM || SYSTEM_CHROMIUMS.find((path) => existsSync(path)),
					// This machine has no internet: stop Chromium's own background connections.
					args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
				},
			},
		},
	],
	webServer: {
		command: `node node_modules/astro/bin/astro.mjs preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
