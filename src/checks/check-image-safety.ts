import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The rule that is never broken: no page tells anyone to screenshot, download, forward, save,
 * copy, print or show a sexual image of someone under 18. This finds sentences that could be read
 * that way, so the build stops before such a page is published.
 */

const CAPTURE = /\b(screen ?shots?|screen-?grabs?|screen[- ]?captur\w*|screen[- ]record\w*|captur(e|es|ed|ing)|export(s|ed|ing)?|download\w*|forward\w*|sav(e|es|ed|ing)|cop(y|ies|ied|ying)|print\w*|photograph\w*|take a (photo|picture)|show(s|ed|ing)?|keep(s|ing)?|stor(e|es|ed|ing))\b/i;
// "Capture" and "export" (a chat export carries its images) were missed before: "Capture every
// item" on a page about nudes passed the check.
const STRONG_CAPTURE = /\b(screen ?shots?|screen-?grabs?|screen[- ]?captur\w*|screen[- ]record\w*|captur(e|es|ed|ing)|export(s|ed|ing)?|download\w*|forward\w*|photograph(s|ed|ing)?|take a (photo|picture)|(save|keep) a copy)\b/i;
const SEXUAL_IMAGE = /\b(nudes?|semi-nudes?|naked|sexual (images?|photos?|videos?|pictures?|content)|indecent (images?|photos?)|intimate (images?|photos?)|sexually explicit|sexts?|sexting)\b/i;
const UNDER_18 = /\b(child(ren)?|pupils?|under[- ]18s?|under 18|young (person|people)|teenagers?|minors?)\b/i;
const NEGATION = /\b(never|not|no|none|unless|don['’]t|do not|does not|avoid|without|stop|instead of|rather than|nor|refuse|must not)\b|n['’]t\b/i;
const ABOUT_ADULTS = /\b(adults?|18 or over|over 18)\b/i;
const NON_SEXUAL = /\b(non-sexual|no sexual|not sexual|nothing sexual)\b/i;

export interface UnsafeSentence {
	line: number;
	sentence: string;
}

/**
 * Sentences that speak of capturing or keeping content without a prohibition, where that content
 * could be a sexual image of a child:
 * - anywhere: a sentence about capturing a sexual image that does not forbid it (unless it is
 *   plainly about adults, whose own evidence-keeping is a different matter);
 * - on a page about sexual images of children: a sentence advising a screenshot, download,
 *   forward, photo or copy that neither forbids it nor says the content is not sexual.
 * Whether a page is about such images is worked out from its words, unless the caller knows (a
 * wizard outcome reached after "a sexual image of someone under 18" is, whatever its words).
 */
export function findUnsafeCaptureAdvice(
	markdown: string,
	{ aboutChildSexualImages = SEXUAL_IMAGE.test(markdown) && UNDER_18.test(markdown) }: { aboutChildSexualImages?: boolean } = {},
): UnsafeSentence[] {
	const pageIsAboutChildSexualImages = aboutChildSexualImages;
	const found: UnsafeSentence[] = [];
	for (const { line, sentence } of sentences(markdown)) {
		if (NEGATION.test(sentence)) continue;
		if (NON_SEXUAL.test(sentence)) continue;
		const capturesSexualImage = CAPTURE.test(sentence) && SEXUAL_IMAGE.test(sentence) && !ABOUT_ADULTS.test(sentence);
		const capturesOnSensitivePage = pageIsAboutChildSexualImages && STRONG_CAPTURE.test(sentence);
		if (capturesSexualImage || capturesOnSensitivePage) found.push({ line, sentence });
	}
	return found;
}

/**
 * Sentences of a Markdown text with the line each block starts on. Lines are joined into blocks
 * (a paragraph or a list item) first, since a sentence often wraps over several lines.
 */
export function sentences(markdown: string): readonly { line: number; sentence: string }[] {
	let found = split.get(markdown);
	if (!found) {
		// Bounded, so `astro dev` does not keep every edited version of a page.
		if (split.size >= MAX_SPLIT) split.clear();
		found = splitSentences(markdown);
		split.set(markdown, found);
	}
	return found;
}

/** Each text is split once, though several checks (here and in check-urgent-wording.ts) read its sentences. */
const split = new Map<string, readonly { line: number; sentence: string }[]>();
const MAX_SPLIT = 5000;

function splitSentences(markdown: string): { line: number; sentence: string }[] {
	const result: { line: number; sentence: string }[] = [];
	for (const block of blocks(markdown)) {
		const text = block.text.replace(/\]\([^)]*\)/g, ']').replace(/[*_`#>|]/g, ' ').replace(/\s+/g, ' ');
		for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
			if (sentence.trim()) result.push({ line: block.line, sentence: sentence.trim() });
		}
	}
	return result;
}

const BLOCK_START = /^\s*([-*+]|\d+\.|:::|#|\|)/;

function blocks(markdown: string): { line: number; text: string }[] {
	const lines = markdown.split('\n');
	const found: { line: number; text: string }[] = [];
	let frontmatterEnd = -1;
	if (lines[0]?.trim() === '---') frontmatterEnd = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	lines.forEach((line, index) => {
		if (index <= frontmatterEnd) return;
		if (line.trim() === '') return;
		const current = found.at(-1);
		const continues = current && lines[index - 1]?.trim() !== '' && !BLOCK_START.test(line) && index - 1 > frontmatterEnd;
		if (continues) current.text += ` ${line.trim()}`;
		else found.push({ line: index + 1, text: line.trim() });
	});
	return found;
}

/** The shared block that states the rule in full: content/snippets/never-capture.md. */
export const NEVER_CAPTURE_SNIPPET = '::snippet[never-capture]';
const INCLUDES_NEVER_CAPTURE = /^\s*::snippet\[never-capture\]\s*$/m;
/** Advice to capture something: a screenshot, a screen recording, a photo of the screen, an export. */
const ADVISES_CAPTURE = /\b(take|taking|make|making|add|keep|use)\b[^.;]*\b(screen ?shots?|screen-?grabs?|screen[- ]?captures?|screen recordings?|photo of the screen|photograph)|\bscreen ?shots? (of|showing|that|with|help|also|are)\b|\b(photograph the screen|capture the whole screen|export the chat)\b/i;

/**
 * On a guide or platform page, advice to take a screenshot (or record, photograph or export what
 * is on screen) is only safe next to the rule about sexual images of children, in full. So a page
 * that gives such advice must include the shared block, `::snippet[never-capture]`, rather than
 * its own shorter version that could leave part out. Returns the line of the first piece of
 * advice on a page without the block, or nothing.
 */
export function findCaptureAdviceWithoutBlock(markdown: string): UnsafeSentence | undefined {
	if (INCLUDES_NEVER_CAPTURE.test(markdown)) return undefined;
	return sentences(markdown).find(({ sentence }) => ADVISES_CAPTURE.test(sentence));
}

/**
 * On a guide or platform page, each sentence that advises a screenshot must also say which content
 * it is for ("non-sexual", "never of a sexual image"), so that a reader who skims to that one line
 * still meets the rule. Returns the sentences that do not.
 */
export function findUnqualifiedCaptureAdvice(markdown: string): UnsafeSentence[] {
	return sentences(markdown).filter(({ sentence }) => ADVISES_CAPTURE.test(sentence) && !/\bsexual\b/i.test(sentence));
}

/** Every Markdown file under content/, checked; lines name the file and the line. */
export function checkImageSafety(root: string): string[] {
	const unsafe = markdownFiles(join(root, 'content')).flatMap((path) =>
		findUnsafeCaptureAdvice(readFileSync(path, 'utf8')).map(
			({ line, sentence }) =>
				`${relative(root, path)}:${line}: "${sentence}" could be read as advice to capture or keep a sexual image of a child. Say "never" or "do not", or make clear it is about content with no sexual image`,
		),
	);
	const withoutBlock = NEVER_CAPTURE_FOLDERS.flatMap((folder) => markdownFiles(join(root, 'content', folder))).flatMap((path) => {
		const markdown = readFileSync(path, 'utf8');
		const advice = findCaptureAdviceWithoutBlock(markdown);
		const unqualified = findUnqualifiedCaptureAdvice(markdown).map(
			({ line, sentence }) =>
				`${relative(root, path)}:${line}: "${sentence}" advises a screenshot without saying it is only for content with no sexual image. Add "non-sexual", or "never of a sexual image of anyone under 18"`,
		);
		return advice
			? [`${relative(root, path)}:${advice.line}: "${advice.sentence}" advises a screenshot, but the page does not include ${NEVER_CAPTURE_SNIPPET}. Add it on a line of its own in the evidence section, so the rule about sexual images of children is given in full`, ...unqualified]
			: unqualified;
	});
	const outcomesDir = join(root, 'content', 'wizard', 'outcomes');
	const outcomesWithoutAction = markdownFiles(outcomesDir).flatMap((path) => {
		const markdown = readFileSync(path, 'utf8');
		const advice = sentences(bodyOf(markdown)).find(({ sentence }) => ADVISES_CAPTURE.test(sentence));
		if (!advice || /^safety:.*\bnever-capture\b/m.test(frontmatterOf(markdown))) return [];
		return [`${relative(root, path)}: advises a screenshot ("${advice.sentence}"), but its "safety" list does not include never-capture. Add never-capture, or give the advice through the shared evidence action`];
	});
	return [...unsafe, ...withoutBlock, ...outcomesWithoutAction];
}

/** The frontmatter block of a Markdown file, or "" when it has none. */
function frontmatterOf(markdown: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '';
}

/** The Markdown after the frontmatter block, with its lines blanked out so that line numbers still match. */
function bodyOf(markdown: string): string {
	const front = /^---\n[\s\S]*?\n---/.exec(markdown)?.[0] ?? '';
	return front.replace(/[^\n]/g, '') + markdown.slice(front.length);
}

/**
 * The folders whose pages must carry the shared block when they advise a screenshot. The wizard's
 * outcomes (content/wizard/outcomes/) must list the never-capture safety action instead.
 */
export const NEVER_CAPTURE_FOLDERS = ['guides', 'platforms'] as const;

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}
