import { findOutcome, findQuestion, type Flow } from '../wizard/flow';
import { createWizardMachine } from '../wizard/machine';
import { pathFor } from '../wizard/paths';
import { type FlowFiles, readFlow } from '../wizard/read-flow';
import { concernsIn, routesFor } from '../wizard/rules';
import { missingNoWaitLinks, outcomeProblems, safetyProblems } from '../wizard/safety-rules';
import { walkFlow } from '../wizard/walk';
import { pagePath } from './check-cross-references';
import { namesEnglandsLeadOnly } from './check-lead-name';
import { findUnsafeCaptureAdvice } from './check-image-safety';
import type { ContentFile } from './read-content';
import { withSnippets } from './with-snippets';

/** Outcomes whose reader must know who to contact in their own part of the UK. */
const URGENT_KINDS: readonly string[] = ['safeguarding', 'emergency'];

/** More pages than this means the flow asks questions that do not change the answer. */
const MAX_PAGES = 600;

/**
 * Checks the reporting wizard's flow (content/wizard/): every file valid, every answer leading to
 * a question or outcome that exists, every link to a real page, no dead end, nothing unreachable,
 * and every path through a safety concern ending at a safe outcome. `wizard`: the files as
 * `readFlow` read them, when the caller has them already.
 */
export function checkWizard(root: string, files: readonly ContentFile[], wizard: FlowFiles = readFlow(root)): string[] {
	const { flow, outcomeBodies, questionBodies, safetyActionBodies } = wizard;
	const problems = [...wizard.problems];
	if (!flow) return problems;

	for (const [id, body] of questionBodies) {
		if (body.trim().length > 0) problems.push(`${fileOf(flow, id)}: the text below the frontmatter is not shown; put the words in "title", "hint" or an answer's "hint"`);
	}
	problems.push(...checkReferences(flow, files, outcomeBodies));
	if (problems.length > 0) return problems;

	const { visits, problems: walkProblems } = walkFlow(flow, createWizardMachine(flow));
	for (const problem of walkProblems) {
		const where = `${findQuestion(flow, problem.question)?.file}: answer "${problem.answer}" (at ${pathFor(problem.answers)})`;
		problems.push(
			problem.kind === 'dead-end'
				? `${where} leads nowhere: none of its "next" rules match the earlier answers. End the rules with one that has no "if"`
				: `${where} leads back to a question already asked, so the wizard would go round in circles`,
		);
	}
	const reached = new Set(visits.map((visit) => visit.node));
	for (const node of [...flow.questions, ...flow.outcomes]) {
		if (!reached.has(node.id)) problems.push(`${node.file}: nothing leads here. Point an answer's "next" at "${node.id}", or delete the file`);
	}
	for (const outcome of flow.outcomes) {
		for (const problem of outcomeProblems(outcome.kind, outcome.safety)) problems.push(`${outcome.file}: field "safety": ${problem}`);
		if (URGENT_KINDS.includes(outcome.kind) && !/^(:{4,}nations\b|::snippet\[who-to-contact-by-nation\])/m.test(outcomeBodies.get(outcome.id) ?? '')) {
			problems.push(`${outcome.file}: a ${outcome.kind} outcome needs the shared ::snippet[who-to-contact-by-nation], or its own "## Who to contact in each part of the UK {#uk-nations}" section with a ::::nations block (police, children's services, allegations) for all four nations; see docs/nations.md`);
		}
		for (const id of missingNoWaitLinks(outcome.safety, withSnippets(root, outcomeBodies.get(outcome.id) ?? ''))) {
			problems.push(`${outcome.file}: it says to wait 48 hours, so its words must also link to /report/outcome/${id}/, for the case that must not wait (see NO_WAIT_OUTCOMES in src/wizard/safety-rules.ts)`);
		}
		const shown = [outcome.title, outcome.summary, withSnippets(root, outcomeBodies.get(outcome.id) ?? ''), ...outcome.safety.map((action) => safetyActionBodies.get(action) ?? '')].join('\n\n');
		if (namesEnglandsLeadOnly(shown)) {
			problems.push(`${outcome.file}: its title, summary or words, or a safety action it shows, call the safeguarding lead "DSL", England's name for the role. Give every nation's name too: write :nation[lead] (as in "Tell your :nation[lead] now"), or add the dsl-now safety action, which does`);
		}
		if (mentionsEvidence(outcomeBodies.get(outcome.id) ?? '') && !outcome.safety.includes('never-capture')) {
			problems.push(`${outcome.file}: field "safety": its words mention screenshots or evidence, so "safety" must include never-capture (and, for what to keep, evidence)`);
		}
	}
	/** One message per outcome and problem, naming the first (shortest) path that shows it. */
	const reported = new Set<string>();
	for (const visit of visits.filter((v) => v.isOutcome)) {
		const outcome = findOutcome(flow, visit.node)!;
		const concerns = concernsIn(flow, visit.answers);
		for (const problem of safetyProblems(outcome.kind, outcome.safety, concerns)) {
			const key = `${outcome.id}|${problem}`;
			if (reported.has(key)) continue;
			reported.add(key);
			const answer = answerSignalling(flow, visit.answers, problem);
			problems.push(`${outcome.file}: reached at ${pathFor(visit.answers)}${answer ? ` (after ${answer})` : ''}: ${problem}. Add the actions to the outcome, or route the answer to an outcome that has them`);
		}
		if (concerns.includes('sexual-images-of-under-18s') && !outcome.sexualImagesOfUnder18s) {
			problems.push(`${outcome.file}: reached after a sexual image of someone under 18, so it needs "sexualImagesOfUnder18s: true"`);
		}
	}
	for (const outcome of flow.outcomes.filter((o) => o.sexualImagesOfUnder18s)) {
		const shown = [outcomeBodies.get(outcome.id) ?? '', ...outcome.safety.map((action) => safetyActionBodies.get(action) ?? '')].join('\n\n');
		for (const { sentence } of findUnsafeCaptureAdvice(shown, { aboutChildSexualImages: true })) {
			problems.push(`${outcome.file}: about sexual images of under-18s, but this sentence seems to advise keeping or passing on an image: "${sentence}". Say what to record instead (link, username)`);
		}
	}
	if (visits.length > MAX_PAGES) {
		problems.push(`content/wizard/: the flow has ${visits.length} pages (at most ${MAX_PAGES}). Ask only the questions that change the answer`);
	}
	return problems;
}

function checkReferences(flow: Flow, files: readonly ContentFile[], outcomeBodies: Map<string, string>): string[] {
	const problems: string[] = [];
	const nodeIds = [...flow.questions, ...flow.outcomes].map((node) => node.id);
	const platforms = files.filter((f) => f.kind === 'platforms').map((f) => f.slug);
	const livePaths = new Set([...files.map(pagePath), '/report/', '/guides/', '/platforms/', '/helpline/', '/search/']);
	const pageExists = (path: string) => livePaths.has(path.split('#')[0]) || /^\/report\/outcome\/[a-z0-9-]+\/$/.test(path.split('#')[0]) && nodeIds.includes(path.split('/')[3]);

	for (const question of flow.questions) {
		const routes = [question.next, ...question.answers.map((a) => a.next)];
		routes.forEach((next, index) => {
			const field = index === 0 ? 'next' : `answers[${index - 1}].next`;
			if (next === undefined) return;
			for (const route of typeof next === 'string' ? [{ then: next }] : next) {
				if (!nodeIds.includes(route.then)) problems.push(`${question.file}: field "${field}": "${route.then}" is not a question or outcome. Allowed: ${nodeIds.join(', ')}`);
				for (const [asked, wanted] of Object.entries(route.if ?? {})) {
					const earlier = findQuestion(flow, asked);
					if (!earlier) {
						problems.push(`${question.file}: field "${field}": "if" names "${asked}", which is not a question. Allowed: ${flow.questions.map((q) => q.id).join(', ')}`);
						continue;
					}
					for (const answer of [wanted].flat()) {
						if (!earlier.answers.some((a) => a.id === answer)) {
							problems.push(`${question.file}: field "${field}": "${answer}" is not an answer to ${asked}. Allowed: ${earlier.answers.map((a) => a.id).join(', ')}`);
						}
					}
				}
			}
		});
		question.answers.forEach((answer, index) => {
			if (routesFor(question, answer.id).length === 0) problems.push(`${question.file}: field "answers[${index}].next": the answer leads nowhere`);
			if (answer.platform && !platforms.includes(answer.platform)) {
				problems.push(`${question.file}: field "answers[${index}].platform": "${answer.platform}" has no page in content/platforms/. Allowed: ${platforms.join(', ')}`);
			}
			if (answer.guide && !pageExists(answer.guide)) problems.push(`${question.file}: field "answers[${index}].guide": ${answer.guide} is not a page on this site`);
		});
	}
	for (const outcome of flow.outcomes) {
		outcome.related.forEach((path, index) => {
			if (!pageExists(path)) problems.push(`${outcome.file}: field "related[${index}]": ${path} is not a page on this site. Use a path such as /guides/impersonation/`);
		});
		for (const match of (outcomeBodies.get(outcome.id) ?? '').matchAll(/\]\((\/[^)\s]*)\)/g)) {
			if (!pageExists(match[1])) problems.push(`${outcome.file}: the link ${match[1]} is not a page on this site`);
		}
	}
	return problems;
}

/** Words that speak of keeping evidence, where the never-capture rule must be given too. */
function mentionsEvidence(body: string): boolean {
	return /\b(screen ?shots?|evidence)\b/i.test(body);
}

/** The answer (file and id) that signalled the concerns a problem names, for the build's message. */
function answerSignalling(flow: Flow, answers: readonly { question: string; answer: string }[], problem: string): string | undefined {
	const named = /\(([^)]*)\)/.exec(problem)?.[1]?.split(' + ') ?? [];
	for (const given of answers) {
		const question = findQuestion(flow, given.question);
		const answer = question?.answers.find((a) => a.id === given.answer);
		const concerns = answer?.concern === undefined ? [] : [answer.concern].flat();
		if (concerns.some((concern) => named.includes(concern))) return `answer "${given.answer}" in ${question!.file}, marked "concern: ${concerns.join(', ')}"`;
	}
	return undefined;
}

function fileOf(flow: Flow, id: string): string {
	return findQuestion(flow, id)?.file ?? `content/wizard/questions/${id}.md`;
}
