import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sentences } from './check-image-safety';

/**
 * Two kinds of wording that can leave a child unprotected, found sentence by sentence:
 * - a concern about a child at risk sent to the safeguarding lead (or an allegation to the
 *   headteacher) "today", "the same day" or "as soon as you can", when it must go now;
 * - a promise that the helpline's email is read around the clock. It is read only in opening
 *   hours, so a reader must never think someone will see a night-time email about a child.
 * The patterns are narrow on purpose: "tell your line manager the same day" about a harmless
 * matter, or "Childline is open at any time", are fine.
 */

const SAFEGUARDING_LEAD = /\b(DSLs?|DSPs?|designated safeguarding (lead|person)|safeguarding lead|designated teacher|child protection co-?ordinator|headteacher|head teacher|:nation\[lead\])\b/i;
const PASS_ON = /\b(tell|tells|told|speak|talk|report|inform|alert|contact|goes? to|go to|pass(es)? (it )?on|needs? to know|refer(s|red|ral|rals)?)\b/i;
const LATER = /\b(today|the same day|same-day|by the end of the (school )?day|end of the day|as soon as you can|as soon as possible|when you can|when you get a chance|that day|tomorrow|next (day|morning)|within (24|48) hours|this week)\b/i;
const CHILD_AT_RISK = /\b(risk|danger|harm\w*|abuse\w*|groom\w*|exploit\w*|sexual\w*|nudes?|naked|threat\w*|self-harm|suicid\w*|blackmail\w*|sextortion|allegations?|child protection|safeguarding concern|pressured|coerc\w*|stalk\w*|hate|violen\w*|outed)\b/i;
const WAIT_FORBIDDEN = /\b(do not|don['’]t|never|not) (wait|leave it)\b|\bnot (today|later|tomorrow)\b/i;

const HELPLINE_EMAIL = /(:email\[helpline\]|\bemails?\b|\binbox\b)/i;
const READ = /\b(read|reads|monitored|monitors|checked|checks|answered|answers|seen|staffed|looked at)\b/i;
const ROUND_THE_CLOCK = /\b(24 hours( a day)?|24\/7|around the clock|round the clock|at any (time|hour)|any hour|day and night|overnight|at night|at weekends)\b/i;
const ONLY_IN_HOURS = /\b(only|not|never|nobody|no one)\b/i;

export interface WordingProblem {
	line: number;
	sentence: string;
	reason: string;
}

/** Sentences in a Markdown text that send a child-at-risk concern on later, or promise email is read at any hour. */
export function findUrgentWordingProblems(markdown: string): WordingProblem[] {
	const found: WordingProblem[] = [];
	const all = sentences(markdown);
	for (const [index, { line, sentence }] of all.entries()) {
		// The risk is often named in the sentence before, in the same paragraph or list item.
		const previous = all[index - 1]?.line === line ? all[index - 1].sentence : '';
		const aboutChildAtRisk = CHILD_AT_RISK.test(sentence) || CHILD_AT_RISK.test(previous);
		const delaysConcern =
			SAFEGUARDING_LEAD.test(sentence) && PASS_ON.test(sentence) && LATER.test(sentence) && aboutChildAtRisk && !WAIT_FORBIDDEN.test(sentence);
		if (delaysConcern) {
			found.push({ line, sentence, reason: `a concern about a child at risk goes to the safeguarding lead now, not "${sentence.match(LATER)?.[0]}"` });
		}
		if (promisesRoundTheClockEmail(sentence)) {
			found.push({ line, sentence, reason: 'the helpline reads email only in opening hours: use ::snippet[helpline-out-of-hours] to say what to do out of hours' });
		}
	}
	return found;
}

/** True for "email is read 24 hours a day" and the like; false for "nobody reads it at night". */
export function promisesRoundTheClockEmail(text: string): boolean {
	return HELPLINE_EMAIL.test(text) && READ.test(text) && ROUND_THE_CLOCK.test(text) && !ONLY_IN_HOURS.test(text);
}

/** The folders checked, with the folders inside them (the wizard's questions, outcomes and safety actions). */
export const URGENT_WORDING_FOLDERS = ['guides', 'platforms', 'snippets', 'wizard'] as const;

export function checkUrgentWording(root: string): string[] {
	return URGENT_WORDING_FOLDERS.flatMap((folder) =>
		markdownFiles(join(root, 'content', folder)).flatMap((path) =>
			findUrgentWordingProblems(readFileSync(path, 'utf8')).map(
				({ line, sentence, reason }) => `${relative(root, path)}:${line}: "${sentence}": ${reason}`,
			),
		),
	);
}

/** Markdown files in a folder and the folders inside it (the wizard keeps questions, outcomes and actions apart), sorted. */
function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return markdownFiles(path);
			return entry.name.endsWith('.md') ? [path] : [];
		})
		.sort();
}
