import type { OutcomeKind } from '../schemas/wizard-outcome';
import type { Concern } from '../schemas/wizard-routing';
import type { SafetyAction } from '../schemas/wizard-safety-action';

/**
 * What an outcome must give, as data: the build (src/checks/check-wizard.ts) and the model-based
 * tests check every path through the wizard against these tables, so "what an outcome tells you
 * to do" is proved rather than only written.
 */
export interface SafetyRequirement {
	/** The kinds of outcome allowed; any kind when left out. */
	kinds?: readonly OutcomeKind[];
	/** Safety actions the outcome must give, every one. */
	allOf?: readonly SafetyAction[];
	/** Groups of actions of which the outcome must give at least one each, e.g. [[police, ceop]]. */
	anyOf?: readonly (readonly SafetyAction[])[];
	/** Safety actions the outcome must not give. */
	never?: readonly SafetyAction[];
	/** Why, in a few words, for the build's message. */
	why: string;
}

/** A rule that applies when a path's answers have signalled every concern in `when`. */
export interface ConcernRule extends SafetyRequirement {
	when: readonly Concern[];
}

const SAFEGUARDING: readonly OutcomeKind[] = ['safeguarding', 'emergency'];
/** A child-protection concern goes to the DSL now, and is never left waiting 48 hours for a platform. */
const CHILD = { kinds: SAFEGUARDING, never: ['wait-48-hours'] } as const;

export const CONCERN_RULES: readonly ConcernRule[] = [
	{ when: ['immediate-danger'], kinds: ['emergency'], allOf: ['999', 'dsl-now'], why: 'someone may be in danger now' },
	{
		when: ['sexual-images-of-under-18s'],
		...CHILD,
		// Sextortion starts with an image, and the question asks for the answer nearest the top, so a
		// blackmailed child can arrive here: "do not pay", and 999 for a child at risk of self-harm.
		allOf: ['999', 'dsl-now', 'never-capture', 'do-not-pay', 'no-secrets', 'report-remove', 'helpline-now'],
		anyOf: [['police', 'ceop']],
		// The Revenge Porn Helpline and StopNCII are for adults' images, even when an adult is the one told to pay.
		never: [...CHILD.never, 'revenge-porn-helpline', 'stopncii'],
		why: 'a sexual image of someone under 18 (fakes included)',
	},
	// A child about to meet the adult is an emergency, even when the teacher answered "nobody is in danger".
	{ when: ['grooming'], ...CHILD, allOf: ['999', 'dsl-now', 'ceop', 'do-not-confront', 'never-capture', 'no-secrets', 'helpline-now'], why: 'an adult contacting a child sexually' },
	{ when: ['sextortion'], allOf: ['do-not-pay', 'never-capture'], anyOf: [['police', 'ceop']], why: 'blackmail for images or money' },
	{ when: ['sextortion', 'child-at-risk'], ...CHILD, allOf: ['dsl-now', 'report-remove', 'no-secrets', 'helpline-now'], why: 'a child being blackmailed' },
	{ when: ['sextortion', 'adult-victim'], allOf: ['police', 'revenge-porn-helpline', 'stopncii', 'do-not-pay'], why: 'an adult being blackmailed' },
	// Report Fraud is the police's own reporting service for fraud and cyber crime (it gives a police
	// crime reference), so a demand for money reported there has gone to the police.
	{ when: ['threats'], anyOf: [['police', 'report-fraud'], ['dsl-now', '999']], why: 'threats or blackmail' },
	{ when: ['threat-of-violence'], kinds: SAFEGUARDING, allOf: ['999', 'police', 'dsl-now', 'helpline-now'], never: ['wait-48-hours'], why: 'a threat of violence' },
	{ when: ['self-harm'], ...CHILD, allOf: ['999', 'dsl-now', 'no-secrets', 'childline', 'helpline-now'], why: 'self-harm or suicide' },
	{ when: ['child-at-risk'], ...CHILD, allOf: ['dsl-now', 'no-secrets', 'helpline-now'], why: 'a child at risk' },
	{ when: ['possible-safeguarding-concern'], ...CHILD, allOf: ['dsl-now', 'never-capture', 'no-secrets', 'helpline-now'], why: 'a possible safeguarding concern' },
	{ when: ['dangerous-challenge'], ...CHILD, allOf: ['999', 'dsl-now', 'no-secrets', 'helpline-now'], why: 'a dangerous challenge actually happening' },
	{ when: ['adult-victim'], allOf: ['police'], why: 'an adult at risk' },
	{ when: ['tracking'], allOf: ['police', 'find-and-disable-tracker'], why: 'someone being tracked' },
	{ when: ['intimate-image-of-an-adult'], allOf: ['revenge-porn-helpline', 'stopncii', 'police'], why: 'an intimate image of an adult shared without consent' },
	{ when: ['scam'], allOf: ['report-fraud'], why: 'a scam' },
	// A ransom (of a hacked account, or of the school) is blackmail: the hacked-accounts guide makes
	// that a police matter for the helpline straight away, not a 48-hour wait for the platform.
	{ when: ['ransom'], allOf: ['do-not-pay', 'report-fraud', 'helpline-now'], never: ['wait-48-hours'], why: 'money demanded with a threat (a ransom)' },
	// A concern about a colleague goes to the headteacher and the allegations route at once; warning
	// the member of staff (or the colleague questioning them) can put the child at risk and lose evidence.
	{ when: ['staff-allegation'], ...CHILD, allOf: ['999', 'dsl-now', 'do-not-confront', 'no-secrets', 'never-capture', 'helpline-now'], why: 'a concern about someone who works with children' },
];

/** What every outcome of a kind must give, whatever the path. */
export const KIND_RULES: Partial<Record<OutcomeKind, SafetyRequirement>> = {
	emergency: { allOf: ['999', 'dsl-now', 'never-capture'], why: 'an emergency outcome' },
	// 999 on every safeguarding outcome: the answers that lead to one (an allegation that a member of
	// staff harms children, a child at risk) can hide a child in danger tonight, whatever was answered first.
	safeguarding: { allOf: ['999', 'dsl-now', 'no-secrets', 'helpline-now'], never: ['wait-48-hours'], why: 'a safeguarding outcome' },
	'self-report': { allOf: ['evidence', 'never-capture', 'wait-48-hours'], why: 'a self-report outcome: report, wait 48 hours, then escalate' },
	escalate: { allOf: ['evidence', 'never-capture'], never: ['wait-48-hours'], why: 'the escalation to the helpline' },
};

/** Actions that may only be given together with others. */
export const ACTION_RULES: readonly { action: SafetyAction; needs: SafetyAction; why: string }[] = [
	{ action: 'evidence', needs: 'never-capture', why: 'evidence advice always carries the rule never to capture a sexual image of a child' },
];

/**
 * Actions an outcome must not give together, because a reader takes them as two different things
 * to do when they are one. Report Fraud is how fraud and cyber crime are reported to the police, so
 * "Report it to Report Fraud" followed by "Report it to the police on 101" reads as two reports.
 */
export const EXCLUSIVE_ACTIONS: readonly { actions: readonly [SafetyAction, SafetyAction]; why: string }[] = [
	{ actions: ['report-fraud', 'police'], why: 'Report Fraud is the police’s reporting service for fraud and cyber crime, so both read as two reports to the police; give report-fraud alone (it names Police Scotland on 101 for Scotland, and 999 has its own action)' },
];

/**
 * An outcome that says "wait 48 hours" must also say when not to wait, by linking to the act-now
 * outcomes for the worst cases that can hide in an ordinary report: a sexual image of someone under
 * 18, and a threat to hurt someone. A teacher who chose "not sure" who a post is about, or who
 * reported a threat to the platform yesterday, reaches these outcomes too.
 */
export const NO_WAIT_OUTCOMES: readonly string[] = ['sexual-images-of-under-18s', 'threat-of-violence'];

/** The act-now outcomes an outcome giving these actions must link to (in its body) but does not. */
export function missingNoWaitLinks(actions: readonly SafetyAction[], body: string): string[] {
	if (!actions.includes('wait-48-hours')) return [];
	return NO_WAIT_OUTCOMES.filter((id) => !body.includes(`](/report/outcome/${id}/`));
}

/** The rules that apply to a path whose answers signalled these concerns. */
export function rulesFor(concerns: readonly Concern[]): ConcernRule[] {
	return CONCERN_RULES.filter((rule) => rule.when.every((concern) => concerns.includes(concern)));
}

/** What is wrong with one requirement for an outcome of this kind giving these actions, as short phrases. */
export function unmetParts(requirement: SafetyRequirement, kind: OutcomeKind, actions: readonly SafetyAction[]): string[] {
	const unmet: string[] = [];
	if (requirement.kinds && !requirement.kinds.includes(kind)) unmet.push(`its kind must be ${requirement.kinds.join(' or ')}, not ${kind}`);
	const missing = (requirement.allOf ?? []).filter((action) => !actions.includes(action));
	if (missing.length > 0) unmet.push(`"safety" must include ${missing.join(', ')}`);
	for (const group of requirement.anyOf ?? []) {
		if (!group.some((action) => actions.includes(action))) unmet.push(`"safety" must include one of ${group.join(', ')}`);
	}
	const forbidden = (requirement.never ?? []).filter((action) => actions.includes(action));
	if (forbidden.length > 0) unmet.push(`"safety" must not include ${forbidden.join(', ')}`);
	return unmet;
}

/** Every way an outcome falls short of the rules for a path with these concerns; empty when it is safe. */
export function safetyProblems(kind: OutcomeKind, actions: readonly SafetyAction[], concerns: readonly Concern[]): string[] {
	const problems: string[] = [];
	for (const rule of rulesFor(concerns)) {
		for (const part of unmetParts(rule, kind, actions)) problems.push(`after ${rule.why} (${rule.when.join(' + ')}), ${part}`);
	}
	return problems;
}

/** Every way an outcome falls short of the rules for its kind and its own actions, whatever the path. */
export function outcomeProblems(kind: OutcomeKind, actions: readonly SafetyAction[]): string[] {
	const problems: string[] = [];
	const kindRule = KIND_RULES[kind];
	if (kindRule) for (const part of unmetParts(kindRule, kind, actions)) problems.push(`as ${kindRule.why}, ${part}`);
	for (const { action, needs, why } of ACTION_RULES) {
		if (actions.includes(action) && !actions.includes(needs)) problems.push(`gives ${action}, so "safety" must include ${needs}: ${why}`);
	}
	for (const { actions: [one, other], why } of EXCLUSIVE_ACTIONS) {
		if (actions.includes(one) && actions.includes(other)) problems.push(`gives both ${one} and ${other}: ${why}`);
	}
	return problems;
}
