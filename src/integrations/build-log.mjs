// @ts-check
import nodeLogger from 'astro/logger/node';

/** One line of the page list: "  ├─ /guides/impersonation/index.html", before its time " (+3ms)". */
const PAGE_LINE = /^\s*(?:\u001b\[[\d;]*m)*[├└]─ /;

/**
 * Astro's own console logger, less the list of every page built (600 lines and more, one a page),
 * so `astro build` ends in a few lines a newcomer can read. Set as `logger` in astro.config.mjs
 * (Astro 7's Logger API). Only those info lines are left out: warnings and errors always pass, and
 * --verbose and --silent work as before. `BUILD_PAGE_LIST=1 npx astro build` shows the list.
 *
 * @param {{ level?: import('astro').AstroLoggerLevel }} [options]
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function withoutPageList(options = {}) {
	const destination = nodeLogger(options);
	if (process.env.BUILD_PAGE_LIST === '1') return destination;
	// A page line is written without its newline; its time (or "(cached)") follows on its own.
	let droppingRest = false;
	return {
		...destination,
		write(event) {
			const rest = droppingRest;
			droppingRest = false;
			if (event.level === 'info') {
				if (rest && event.label === 'SKIP_FORMAT') return;
				if (event.label === null && PAGE_LINE.test(event.message)) {
					droppingRest = !event.newLine;
					return;
				}
			}
			destination.write(event);
		},
	};
}
