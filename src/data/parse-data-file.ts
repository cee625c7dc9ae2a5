import type { z } from 'astro/zod';
import { formatIssues } from '../schemas/format-issues';

/** Validates a data file's contents, or throws an error that names the file and each bad field. */
export function parseDataFile<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown): z.output<Schema> {
	const result = schema.safeParse(data);
	if (!result.success) {
		throw new Error(`Content error in ${file}:\n  ${formatIssues(file, result.error.issues, schema).join('\n  ')}`);
	}
	return result.data;
}
