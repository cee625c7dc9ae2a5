/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// One worker for all the files, not a fresh one per file: each fresh worker loaded Astro's
		// Vite setup and the site's modules again, which was two thirds of the unit tests' time. The
		// tests share no state: nothing is mocked, and no test changes a module or the environment.
		isolate: false,
		// Several tests build the whole search index. Vitest's default of 5 s failed one of them
		// on a shared machine under load (session 68); 20 s still catches a test that hangs.
		testTimeout: 20_000,
	},
});
