// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import renderCache from './src/integrations/render-cache.ts';
import siteAddressCss from './src/integrations/site-address.ts';
import siteFiles from './src/integrations/site-files.ts';
import { siteUrlFrom } from './src/lib/site-url.ts';
import searchIndex from './src/search/integration.ts';
import wizardFlow from './src/integrations/wizard-flow.ts';
import { siteMarkdownProcessor } from './src/markdown/processor.ts';

/** The modules of the scripts every page runs, bundled as one file (see `vite` below). */
const SITE_SCRIPTS = /(ExitThisPage|HelplineStatus|NationChooser|SearchForm)\.astro\?astro&type=script|src[\\/]scripts[\\/](exit-this-page|helpline-status|nations|search-address|search-warm-up)\.ts$|src[\\/]lib[\\/](nation-choice|nation-ids|opening-hours)\.ts$|src[\\/]wizard[\\/]enquiry-storage\.ts$|content[\\/]data[\\/](bank-holidays|helpline)\.json$/;

export default defineConfig({
	// The deployed address, from the SITE_URL environment variable (README, "Deploying").
	site: siteUrlFrom(process.env),
	output: 'static',
	// Helpline staff type links by hand: /guides/impersonation and /guides/impersonation/ both work.
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	// Whitespace between inline elements is kept, so words never run together (STACK.md trap 4).
	compressHTML: true,
	// site-files before content-guard: a build that fails content-guard's check of the built site has
	// written the sitemap and robots.txt first, as a deploy's would (tests/unit/astro-build.test.ts reads them).
	integrations: [renderCache(), dataStoreFile(), react(), siteFiles(), contentGuard(), searchIndex(), wizardFlow(), siteAddressCss()],
	// Astro's console output without its list of every page built (BUILD_PAGE_LIST=1 shows it).
	logger: { entrypoint: new URL('./src/integrations/build-log.mjs', import.meta.url) },
	markdown: {
		// Astro 7's default processor ignores remark/rehype plugins (STACK.md trap 1). This is Astro's
		// unified() processor with the site's plugins, rehype-raw only where there is raw HTML
		// (src/markdown/processor.ts), and smart quotes from the site's own plugin (plugins.ts says why).
		processor: siteMarkdownProcessor(),
		// Shiki's inline styles break the Content-Security-Policy, and guidance has no code to colour.
		syntaxHighlight: false,
	},
	// The scripts every page runs (the header's and footer's: exit this page, the helpline's hours, the
	// nation chooser, the search box) and the modules only they use, as one file: apart, they were
	// eight small files and four entries, each compressed alone; together 0.9 KB gzip less on every
	// page and on the way to a search's first result (docs/search.md, "Bytes at 10x (session 35)").
	// Each component's own entry file stays, as one line importing it; every page has all four.
	vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: (id) => SITE_SCRIPTS.test(id) }] } } } } },
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"form-action 'self' mailto:",
				"base-uri 'self'",
				"object-src 'none'",
			],
		},
	},
});
