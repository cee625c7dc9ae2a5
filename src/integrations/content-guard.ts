import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { actNow } from '../data/act-now';
import { bankHolidays } from '../data/bank-holidays';
import { bankHolidaysWarning } from '../checks/check-bank-holidays';
import { readBuiltPages } from '../checks/built-pages';
import { checkActNowFirst } from '../checks/check-act-now-first';
import { checkBuiltSite, type SectionAkaAnchors, sectionAkaAnchors } from '../checks/check-built-site';
import { checkCrossReferences, redirectsFrom } from '../checks/check-cross-references';
import { checkFrontmatter } from '../checks/check-frontmatter';
import { checkImageSafety } from '../checks/check-image-safety';
import { checkActNowLeadName, checkLeadName, checkOutcomeBodyLeadName, checkTitleAndSummaryLeadName, titledPages } from '../checks/check-lead-name';
import { checkUrgentWording } from '../checks/check-urgent-wording';
import { checkUrlManifest, MANIFEST, writeUrlManifest } from '../checks/check-url-manifest';
import { headersFile, redirectsFile } from './host-files';
import { checkWizard } from '../checks/check-wizard';
import { readContent } from '../checks/read-content';
import { readFlow } from '../wizard/read-flow';

/**
 * Checks the content before Astro builds it, and the built site after, and fails the build with
 * messages an editor can act on. Also turns each page's former URLs into redirects (Astro's
 * meta-refresh pages, and a `_redirects` file for hosts) and writes the hosts' `_headers` file.
 */
export default function contentGuard(): AstroIntegration {
	let redirects: Record<string, string> = {};
	/** What the built pages' sections are checked against when the build ends, from the files read at its start. */
	let sectionAka: SectionAkaAnchors = new Map();
	let root = '';
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				root = fileURLToPath(config.root);
				const files = readContent(root);
				const wizard = readFlow(root);
				const problems = [...checkFrontmatter(files), ...checkCrossReferences(files), ...checkImageSafety(root), ...checkUrgentWording(root), ...checkActNowFirst(files), ...checkLeadName(root, files), ...checkActNowLeadName(actNow), ...checkTitleAndSummaryLeadName(titledPages(files, wizard)), ...checkOutcomeBodyLeadName((wizard.flow?.outcomes ?? []).map((outcome) => ({ file: outcome.file, body: wizard.outcomeBodies.get(outcome.id) ?? '' }))), ...checkWizard(root, files, wizard)];
				const warning = bankHolidaysWarning(bankHolidays, new Date());
				if (warning) logger.warn(warning);
				if (problems.length > 0) {
					const report = `${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`;
					if (command === 'build') throw new Error(report);
					logger.error(report);
				}
				redirects = redirectsFrom(files);
				sectionAka = sectionAkaAnchors(files, wizard.flow?.outcomes ?? []);
				updateConfig({ redirects });
			},
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				writeFileSync(join(distDir, '_headers'), headersFile());
				writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects));
				// Every page is read once, for both checks.
				const pages = readBuiltPages(distDir);
				const problems = checkBuiltSite(distDir, root, pages, sectionAka);
				if (process.env.UPDATE_URL_MANIFEST) {
					logger.info(`Wrote ${writeUrlManifest(root, distDir, pages)} public URLs to ${MANIFEST}.`);
				} else {
					const manifest = checkUrlManifest(root, distDir, pages);
					problems.push(...manifest.problems);
					if (manifest.added > 0) logger.info(`${manifest.added} new public URLs are not in ${MANIFEST} yet: run npm run urls:update and commit it.`);
				}
				if (problems.length > 0) {
					throw new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the built site:\n  ${problems.join('\n  ')}`);
				}
				logger.info('Every internal link and anchor resolves, every published URL still works, and no page rendered empty.');
			},
		},
	};
}
