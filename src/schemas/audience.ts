import { z } from 'astro/zod';

/** Who a page is written for. Labels are what a reader sees. */
export const AUDIENCES = {
	'all-staff': 'Teachers and school staff',
	dsl: 'Designated safeguarding leads',
	leaders: 'Headteachers and senior leaders',
	'network-managers': 'IT and network staff',
	'other-professionals': 'Other professionals who work with children',
} as const;

export type Audience = keyof typeof AUDIENCES;

const audienceIds = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

export const AudienceSchema = z.enum(audienceIds, {
	error: (issue) => `"${String(issue.input)}" is not a known audience. Allowed: ${audienceIds.join(', ')}`,
});
