import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bankHolidays } from '../data/bank-holidays';
import { bankHolidaysWarning } from '../checks/check-bank-holidays';
import { checkBuiltSite } from '../checks/check-built-site';
import { checkCrossReferences, redirectsFrom } from '../checks/check-cross-references';
import { checkFrontmatter } from '../checks/check-frontmatter';
import { checkImageSafety } from '../checks/check-image-safety';
import { checkMarkdown } from '../checks/check-markdown';
import { readContent } from '../checks/read-content';

/**
 * Checks the content before Astro builds it, and the built site after, and fails the build with
 * messages an editor can act on. Also turns each page's former URLs into redirects.
 */
export default function contentGuard(): AstroIntegration {
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const files = readContent(root);
				const problems = [...checkFrontmatter(files), ...checkCrossReferences(files), ...checkImageSafety(root)];
				if (problems.length === 0) problems.push(...(await checkMarkdown(files)));
				const warning = bankHolidaysWarning(bankHolidays, new Date());
				if (warning) logger.warn(warning);
				if (problems.length > 0) {
					const report = `${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`;
					if (command === 'build') throw new Error(report);
					logger.error(report);
				}
				updateConfig({ redirects: redirectsFrom(files) });
			},
			'astro:build:done': ({ dir, logger }) => {
				const problems = checkBuiltSite(fileURLToPath(dir));
				if (problems.length > 0) {
					throw new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the built site:\n  ${problems.join('\n  ')}`);
				}
				logger.info('Every internal link and anchor resolves, and no page rendered empty.');
			},
		},
	};
}
