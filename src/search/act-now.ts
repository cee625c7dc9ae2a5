import type { ActNowFile } from '../schemas/act-now';
import type { ActNowPattern, ActNowPlace, EncodedActNow } from './act-now-match';
import { ageToken, ANYWHERE, actNowTerms, asTypedToken, PHRASE_GAP, slipTargetsOf } from './act-now-match';
import type { SearchPage } from './document';

/**
 * The act-now concepts as the browser needs them: each term and phrase turned into index terms
 * the way a query is, so "kill themselves" in the file matches "killing themselves" typed.
 * A hyphenated term ("self-harm") must be typed as one run of words; a phrase may have other
 * words between its words. The file's own `unless` phrases (teaching, policy) stay a list of their
 * own, sent once for every concept.
 */
export function encodeActNow(file: ActNowFile, misspellings: Record<string, string>): EncodedActNow {
	const unlessPatterns = (phrases: readonly string[]) => phrases.map((phrase): ActNowPattern => [actNowTerms(phrase, misspellings), PHRASE_GAP]);
	const fileWide = unique(unlessPatterns(file.unless));
	const concepts = file.concepts.map((concept) => {
		const patterns = unique([
			...concept.terms.map((term): ActNowPattern => [actNowTerms(term, misspellings), 0]),
			...concept.asTyped.map((word): ActNowPattern => [[asTypedToken(word)], 0]),
			...concept.phrases.map((phrase): ActNowPattern => [actNowTerms(phrase, misspellings), PHRASE_GAP]),
			...concept.together.map((places): ActNowPattern => [places.flatMap((place): ActNowPlace[] => (typeof place === 'string' ? actNowTerms(place, misspellings) : [uniqueWords(place.flatMap((word) => actNowTerms(word, misspellings)))])), ANYWHERE]),
			...concept.ages.flatMap(({ near, from }) =>
				near.flatMap((word): ActNowPattern[] => {
					const [term] = actNowTerms(word, misspellings);
					return [
						[[term, ageToken(from)], PHRASE_GAP],
						[[ageToken(from), term], PHRASE_GAP],
					];
				}),
			),
		]);
		// The concept's own, without any the file-wide list already holds.
		const unless = unique([...fileWide, ...unlessPatterns(concept.unless)]).slice(fileWide.length);
		return {
			id: concept.id,
			title: concept.title,
			summary: concept.summary,
			target: concept.target,
			patterns,
			unless,
			// A long word of a phrase can be mistyped as easily as a term: "dangrous challange".
			slipTargets: slipTargetsOf(uniqueWords([...concept.terms, ...concept.phrases.flatMap((phrase) => phrase.split(' ')), ...concept.together.flat(2)])),
			lookalikes: concept.lookalikes,
		};
	});
	return { unless: fileWide, concepts };
}

/**
 * Each concept's target must be a page search covers and, for a guide section, a section of it:
 * otherwise the act-now answer would lead nowhere. Returns one line per problem.
 */
export function checkActNowTargets(file: ActNowFile, pages: readonly SearchPage[]): string[] {
	return file.concepts.flatMap((concept, index) => {
		const [url, anchor] = concept.target.split('#');
		const where = `content/data/act-now.json: field "concepts[${index}].target" ("${concept.id}")`;
		const page = pages.find((p) => p.url === url);
		if (!page) return [`${where}: there is no page ${url}; use a wizard outcome (/report/outcome/<id>/) or a guide section (/guides/<slug>/#<anchor>) that exists`];
		if (anchor !== undefined && !page.sections.some((section) => section.anchor === anchor)) {
			return [`${where}: ${url} has no section #${anchor}; its sections are ${page.sections.map((s) => `#${s.anchor}`).join(', ')}`];
		}
		return [];
	});
}

/** Each word once: a list in a "together" entry may hold two forms of one term ("cut", "cuts"). */
function uniqueWords(words: string[]): string[] {
	return [...new Set(words)];
}

/** Different spellings in the file can become the same terms ("self harm", "self harming"): keep one. */
function unique(patterns: ActNowPattern[]): ActNowPattern[] {
	const seen = new Set<string>();
	return patterns.filter(([terms, gap]) => {
		const key = `${gap} ${terms.join(' ')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
