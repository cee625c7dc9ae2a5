import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatterKeepingLines } from '../lib/frontmatter';
import type { z } from 'astro/zod';
import { formatIssues } from '../schemas/format-issues';
import { WizardOutcomeSchema } from '../schemas/wizard-outcome';
import { WizardQuestionSchema } from '../schemas/wizard-question';
import { SAFETY_ACTIONS, WizardSafetyActionSchema } from '../schemas/wizard-safety-action';
import { buildFlow, type Flow, type FlowOutcome, type FlowQuestion } from './flow';

export interface FlowFiles {
	/** The flow, or undefined when a file is invalid (see problems). */
	flow?: Flow;
	/** The Markdown body of each outcome, by id. */
	outcomeBodies: Map<string, string>;
	/** The Markdown body of each question, by id (questions keep their words in frontmatter). */
	questionBodies: Map<string, string>;
	/** The words of each safety action, by id (content/wizard/safety-actions/<id>.md). */
	safetyActionBodies: Map<string, string>;
	problems: string[];
}

/** Reads and validates content/wizard/ straight from disk, for the build check and the tests. */
export function readFlow(root: string): FlowFiles {
	const problems: string[] = [];
	const questionBodies = new Map<string, string>();
	const outcomeBodies = new Map<string, string>();
	const safetyActionBodies = readSafetyActions(root, problems);

	const questions: FlowQuestion[] = readValid(root, 'questions', WizardQuestionSchema, questionBodies, problems);
	const outcomes: FlowOutcome[] = readValid(root, 'outcomes', WizardOutcomeSchema, outcomeBodies, problems);
	if (problems.length > 0) return { outcomeBodies, questionBodies, safetyActionBodies, problems };
	try {
		return { flow: buildFlow(questions, outcomes), outcomeBodies, questionBodies, safetyActionBodies, problems };
	} catch (error) {
		return { outcomeBodies, questionBodies, safetyActionBodies, problems: [(error as Error).message] };
	}
}

/** The files of one folder that pass their schema, with id and file; the others' problems go to `problems`. */
function readValid<Schema extends z.ZodType>(root: string, kind: 'questions' | 'outcomes', schema: Schema, bodies: Map<string, string>, problems: string[]) {
	return readFolder(root, kind).flatMap(({ id, file, frontmatter, body }) => {
		bodies.set(id, body);
		const parsed = schema.safeParse(frontmatter);
		if (!parsed.success) {
			problems.push(...formatIssues(file, parsed.error.issues, schema));
			return [];
		}
		return [{ ...(parsed.data as z.output<Schema> & object), id, file }];
	});
}

/** The safety actions' words: exactly one valid file per id in SAFETY_ACTIONS, and no others. */
function readSafetyActions(root: string, problems: string[]): Map<string, string> {
	const bodies = new Map<string, string>();
	const folder = 'content/wizard/safety-actions';
	for (const { id, file, frontmatter, body } of readFolder(root, 'safety-actions')) {
		if (!(SAFETY_ACTIONS as readonly string[]).includes(id)) {
			problems.push(`${file}: "${id}" is not a safety action. Allowed file names: ${SAFETY_ACTIONS.map((a) => `${a}.md`).join(', ')} (a new action is added in src/schemas/wizard-safety-action.ts first)`);
			continue;
		}
		const parsed = WizardSafetyActionSchema.safeParse(frontmatter);
		if (!parsed.success) problems.push(...formatIssues(file, parsed.error.issues));
		if (body.trim().length === 0) problems.push(`${file}: the words of the action are missing: write them below the frontmatter`);
		bodies.set(id, body);
	}
	for (const id of SAFETY_ACTIONS) {
		if (!bodies.has(id)) problems.push(`${folder}/${id}.md is missing: every safety action needs its words in a file of its own`);
	}
	return bodies;
}

function readFolder(root: string, kind: 'questions' | 'outcomes' | 'safety-actions') {
	const folder = join(root, 'content', 'wizard', kind);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const path = join(folder, name);
			const { frontmatter, content } = parseFrontmatterKeepingLines(readFileSync(path, 'utf8'));
			return { id: name.slice(0, -'.md'.length), file: relative(root, path), frontmatter, body: content };
		});
}
