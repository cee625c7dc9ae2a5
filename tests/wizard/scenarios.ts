import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One enquiry of the scenario suite (scenarios.json): see its `$comment`. */
export interface Scenario {
	id: string;
	source: 'independent' | 'flow-author' | 'walkthrough' | 'review';
	enquiry: string;
	/** [question id, answer id], in the order a hurried teacher answers. */
	answers: [string, string][];
	outcome: string;
	kind: string;
	/** The heading anchor on the outcome (its `{#id}`) that answers this case, where it has one. */
	section?: string;
	/** Safety action ids the outcome must give, and must not. */
	mustGive: string[];
	mustNotGive: string[];
	mustNotBeKind: string[];
	/** Also clicked through in Chromium, with JavaScript on or off. */
	browser?: 'javascript-on' | 'javascript-off';
}

/** The suite, read once for the unit tests and the browser sample. */
export const scenarios: readonly Scenario[] = (
	JSON.parse(readFileSync(join(import.meta.dirname, 'scenarios.json'), 'utf8')) as { scenarios: Scenario[] }
).scenarios;
