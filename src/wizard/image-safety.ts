/** Words that, unless negated, would tell someone to keep or pass on an image. */
const KEEPING_WORDS = /\b(screenshots?|screen[- ]?shots?|screen[- ]?grabs?|download|forward|save a copy|keep a copy|photograph)\b/i;
const NEGATION = /\b(never|not|don['’]t|do not|no)\b/i;

/**
 * The sentences of a text that advise keeping or passing on an image (a screenshot, a download…)
 * without saying not to. On anything about sexual images of under-18s this must be empty.
 */
export function sentencesAdvisingKeepingImages(text: string): string[] {
	return text
		.replace(/<[^>]*>/g, ' ')
		.split(/(?<=[.!?:;])\s+|\n+/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => KEEPING_WORDS.test(sentence) && !NEGATION.test(sentence));
}
