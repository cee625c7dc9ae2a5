/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// One worker for all the files, not a fresh one per file: each fresh worker loaded Astro's
		// Vite setup and the site's modules again, which was two thirds of the unit tests' time. The
		// tests share no state: nothing is mocked, and no test changes a module or the environment.
		isolate: false,
	},
});
