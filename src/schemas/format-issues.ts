import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines an editor can act on:
 * `content/guides/x.md: field "categories[0]": "foo" is not one of … Allowed: …`.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.map((issue) => {
		const field = issue.path.length === 0 ? 'the file' : `field "${formatPath(issue.path)}"`;
		return `${file}: ${field}: ${describe(issue)}`;
	});
}

function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

function describe(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `is missing; it is required (${issue.expected})`
				: `${issue.message}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; see docs/editors-guide.md for the fields allowed`;
		default:
			return issue.message;
	}
}
