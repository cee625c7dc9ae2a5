import { z } from 'astro/zod';
import raw from './synonyms.json';
import { simplify, termsOf } from './text';

/** The shape of src/search/synonyms.json. */
export const SynonymsSchema = z
	.object({
		/** What the file is for and how to edit it. */
		about: z.string(),
		/** Words or phrases that mean the same to someone searching. */
		groups: z.array(z.array(z.string().trim().min(1)).min(2, 'a group needs at least two words or phrases')),
		/** A misspelt word and the word meant. */
		misspellings: z.record(
			z.string().regex(/^[a-z]+$/, 'a misspelling must be one lower-case word'),
			z.string().regex(/^[a-z]+$/, 'the word meant must be one lower-case word'),
		),
	})
	.strict();

export type Synonyms = z.output<typeof SynonymsSchema>;

/** The synonyms as the index needs them: each alternative as index terms joined by spaces. */
export function encodeSynonyms(synonyms: Synonyms = loadSynonyms()): { groups: string[][]; misspellings: Record<string, string> } {
	const groups = synonyms.groups.map((group, index) => {
		const alternatives = group.map((words) => {
			const terms = termsOf(words);
			if (terms.length === 0) {
				throw new Error(`src/search/synonyms.json: groups[${index}] "${words}" has only common words (such as "the" or "to"); use a word people search for`);
			}
			return terms.join(' ');
		});
		return [...new Set(alternatives)];
	});
	const misspellings = Object.fromEntries(Object.entries(synonyms.misspellings).map(([wrong, right]) => [simplify(wrong), simplify(right)]));
	return { groups, misspellings };
}

function loadSynonyms(): Synonyms {
	const result = SynonymsSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
		throw new Error(`src/search/synonyms.json is not valid:\n  ${problems.join('\n  ')}`);
	}
	return result.data;
}
