import { z } from 'astro/zod';
import raw from './synonyms.json';
import { isMeaningful, simplify, termsOf, words as wordsOf } from './text';

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
		/**
		 * A way of asking, common words included ("how old", "how can i tell if"), and the words the
		 * guides use for what it asks about ("age rules", "signs"): typed, the phrase is read as those words.
		 */
		questions: z.record(
			z.string().regex(/^[a-z0-9]+( [a-z0-9]+)+$/, 'a question phrase must be two or more lower-case words, separated by single spaces'),
			z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'the words a question asks about must be lower-case words, separated by single spaces'),
		),
	})
	.strict();

export type Synonyms = z.output<typeof SynonymsSchema>;

/** The synonyms as the index needs them: each alternative as index terms joined by spaces. */
export function encodeSynonyms(synonyms: Synonyms = loadSynonyms()): { groups: string[][]; misspellings: Record<string, string>; questions: [string, string][] } {
	const groups = synonyms.groups.map((group, index) => {
		const alternatives = group.map((words) => {
			const terms = termsOf(words);
			if (terms.length === 0) {
				throw new Error(`src/search/synonyms.json: groups[${index}] "${words}" has only common words (such as "the" or "to"); use a word people search for`);
			}
			// Search drops common words from what is typed too, so "still up" would be the one word
			// "still", and every search with "still" would find the whole group.
			if (terms.length === 1 && words.trim().includes(' ')) {
				const [kept] = wordsOf(words).filter(isMeaningful);
				throw new Error(`src/search/synonyms.json: groups[${index}] "${words}" is read as "${kept}" alone, since search drops common words (such as "not", "no", "up", "to"), so any search with "${kept}" would find the whole group; write a phrase whose words all count ("still online"), or "${kept}" if the one word means the same as the group`);
			}
			return terms.join(' ');
		});
		return [...new Set(alternatives)];
	});
	const misspellings = Object.fromEntries(Object.entries(synonyms.misspellings).map(([wrong, right]) => [simplify(wrong), simplify(right)]));
	// Longest first, so that "how can i tell if" is read before any shorter phrase it starts with.
	const questions = Object.entries(synonyms.questions)
		.map(([phrase, meaning]): [string, string] => [simplify(phrase), simplify(meaning)])
		.sort(([a], [b]) => b.split(' ').length - a.split(' ').length);
	return { groups, misspellings, questions };
}

function loadSynonyms(): Synonyms {
	const result = SynonymsSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
		throw new Error(`src/search/synonyms.json is not valid:\n  ${problems.join('\n  ')}`);
	}
	return result.data;
}
