import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines an editor can act on:
 * `content/guides/x.md: field "categories[0]": "foo" is not one of … Allowed: …`.
 * Given the schema, a misspelt field also gets the fields allowed there and the likeliest one meant.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], schema?: z.ZodType): string[] {
	return issues.map((issue) => {
		const field = issue.path.length === 0 ? 'the file' : `field "${formatPath(issue.path)}"`;
		return `${file}: ${field}: ${describe(issue, schema)}`;
	});
}

function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

function describe(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `is missing; it is required (${issue.expected})`
				: `${issue.message}`;
		case 'unrecognized_keys': {
			const allowed = schema ? fieldsAt(schema, issue.path) : [];
			const unknown = issue.keys.map((key) => {
				const meant = closest(key, allowed);
				return meant ? `"${key}" (did you mean "${meant}"?)` : `"${key}"`;
			});
			const list = allowed.length > 0 ? `; the fields allowed here are: ${allowed.join(', ')}` : '; see docs/editors-guide.md for the fields allowed';
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${unknown.join(', ')}${list}`;
		}
		default:
			return issue.message;
	}
}

/** The field names an object schema allows at `path` (array indexes skipped), or [] when it cannot tell. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.core.$ZodType | undefined = schema;
	for (const part of [...path, undefined]) {
		current = unwrap(current);
		if (!current) return [];
		const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
		if (part === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
		if (typeof part === 'number') current = def.type === 'array' ? def.element : undefined;
		else current = def.type === 'object' && def.shape ? def.shape[String(part)] : undefined;
	}
	return [];
}

/** Looks through optional, default, nullable and pipe wrappers to the schema inside. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	let current = schema;
	for (let depth = 0; current && depth < 10; depth++) {
		const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
	return current;
}

/** The allowed name nearest to a misspelt one (at most a third of its letters wrong), if any. */
function closest(key: string, allowed: readonly string[]): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const name of allowed) {
		const distance = editDistance(key.toLowerCase(), name.toLowerCase());
		if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name, distance };
	}
	return best?.name;
}

/** Edits (insert, delete, change, swap two neighbours) that turn one word into the other. */
function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
		}
	}
	return rows[a.length][b.length];
}
