import type { ContentFile } from './read-content';

/**
 * A guide or platform page opens with its act-now box (`:::safeguarding`), before its first section.
 * The guides are what a teacher finds by searching "sextortion" the night a pupil is in danger, and
 * what helpline staff link to: the first screen must say what to do first when it is serious (999,
 * the DSL now, the helpline straight away), before "In short" says to wait 48 hours for a platform.
 * The build shows that box straight after the page's title and summary, at #act-now
 * (src/markdown/rehype-act-now-box.ts); a platform page's fixed sections come after it, "In short"
 * first (until 2 December 2026 its box was inside "In short").
 */
const SAFEGUARDING_BOX = /^:{3,}safeguarding\b/;
const SECTION = /^## /;

/** Where a guide's body breaks the rule, as a reason, or undefined when the box comes first. */
export function actNowBoxProblem(body: string): { line: number; reason: string } | undefined {
	const lines = body.split('\n');
	const box = lines.findIndex((line) => SAFEGUARDING_BOX.test(line));
	const section = lines.findIndex((line) => SECTION.test(line));
	if (box === -1) {
		return { line: Math.max(section, 0) + 1, reason: 'has no ":::safeguarding" box: add one before the first section saying what to do first when it is serious (999, tell the DSL now, contact the helpline straight away)' };
	}
	if (section !== -1 && section < box) {
		return {
			line: box + 1,
			reason: `its ":::safeguarding" box comes after the section "${lines[section].replace(SECTION, '').replace(/\s*\{#[^}]*\}\s*$/, '')}": move the box above it, so the first screen says what to do first when it is serious`,
		};
	}
	return undefined;
}

export function checkActNowFirst(files: readonly ContentFile[]): string[] {
	return files
		.filter((file) => file.kind === 'guides' || file.kind === 'platforms')
		.flatMap((file) => {
			const problem = actNowBoxProblem(file.body);
			return problem ? [`${file.file}:${problem.line}: ${problem.reason}`] : [];
		});
}
