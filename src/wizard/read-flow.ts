import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { formatIssues } from '../schemas/format-issues';
import { WizardOutcomeSchema } from '../schemas/wizard-outcome';
import { WizardQuestionSchema } from '../schemas/wizard-question';
import { buildFlow, type Flow, type FlowOutcome, type FlowQuestion } from './flow';

export interface FlowFiles {
	/** The flow, or undefined when a file is invalid (see problems). */
	flow?: Flow;
	/** The Markdown body of each outcome, by id. */
	outcomeBodies: Map<string, string>;
	/** The Markdown body of each question, by id (questions keep their words in frontmatter). */
	questionBodies: Map<string, string>;
	problems: string[];
}

/** Reads and validates content/wizard/ straight from disk, for the build check and the tests. */
export function readFlow(root: string): FlowFiles {
	const problems: string[] = [];
	const questionBodies = new Map<string, string>();
	const outcomeBodies = new Map<string, string>();

	const questions: FlowQuestion[] = readValid(root, 'questions', WizardQuestionSchema, questionBodies, problems);
	const outcomes: FlowOutcome[] = readValid(root, 'outcomes', WizardOutcomeSchema, outcomeBodies, problems);
	if (problems.length > 0) return { outcomeBodies, questionBodies, problems };
	try {
		return { flow: buildFlow(questions, outcomes), outcomeBodies, questionBodies, problems };
	} catch (error) {
		return { outcomeBodies, questionBodies, problems: [(error as Error).message] };
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

function readFolder(root: string, kind: 'questions' | 'outcomes') {
	const folder = join(root, 'content', 'wizard', kind);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const path = join(folder, name);
			const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
			return { id: name.slice(0, -'.md'.length), file: relative(root, path), frontmatter, body: content };
		});
}
