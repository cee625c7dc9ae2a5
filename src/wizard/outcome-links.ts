import type { Flow } from './flow';
import { platformFrom } from './rules';
import type { FlowVisit } from './walk';

/** An outcome together with the platform whose steps it shows: one short address. */
export interface OutcomePlatform {
	outcome: string;
	platform: string;
}

/**
 * Every outcome × platform the wizard can reach where the outcome shows that platform's reporting
 * steps, in outcome then path order. Each gets its own page, /report/outcome/<id>/<platform>/, so a
 * link keeps the platform the sender saw.
 */
export function outcomePlatforms(flow: Flow, visits: readonly FlowVisit[]): OutcomePlatform[] {
	const showsSteps = new Set(flow.outcomes.filter((o) => o.platformSections.length > 0).map((o) => o.id));
	const seen = new Map<string, OutcomePlatform>();
	for (const visit of visits) {
		if (!visit.isOutcome || !showsSteps.has(visit.node)) continue;
		const platform = platformFrom(flow, visit.answers);
		if (platform) seen.set(`${visit.node}/${platform}`, { outcome: visit.node, platform });
	}
	return [...seen.values()].sort((a, b) => a.outcome.localeCompare(b.outcome));
}

/** The platform to keep in an outcome's short address: only when the outcome shows that platform's steps. */
export function linkPlatform(outcome: { platformSections: readonly string[] }, platform: string | undefined): string | undefined {
	return outcome.platformSections.length > 0 ? platform : undefined;
}
