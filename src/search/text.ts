/**
 * How words are turned into index terms. The index builder and the browser both use this module,
 * so a word in a guide and the same word typed in the search box always become the same term.
 *
 * A term is a lower-case word with accents removed, US spellings turned into UK ones, a light
 * English stem (plurals, -ing, -ed, -ment, -ion) and doubled letters squashed, so that
 * "harrasment", "harassment" and "harassed" all become "haras".
 */

/** Words that say nothing about what someone is looking for. */
const STOPWORDS = new Set(
	(
		'a about after all also am an and any are as at be been before being but by can could did do does doing ' +
		'for from get got had has have he her hers him his how i if in into is it its just me my myself no not ' +
		'of off on or our ours out over please she so some such than that the their them then there these they ' +
		'this those to too up us very was we were what when where which while who whom why will with would you ' +
		'your yours im ive dont cant wont didnt doesnt isnt'
	).split(' '),
);

/** US spellings that no suffix rule catches, mapped to the UK spelling the guides use. */
const US_TO_UK = new Map([
	['behavior', 'behaviour'],
	['behaviors', 'behaviours'],
	['color', 'colour'],
	['favorite', 'favourite'],
	['honor', 'honour'],
	['humor', 'humour'],
	['neighbor', 'neighbour'],
	['rumor', 'rumour'],
	['rumors', 'rumours'],
	['center', 'centre'],
	['defense', 'defence'],
	['offense', 'offence'],
	['offenses', 'offences'],
	['license', 'licence'],
	['practise', 'practice'],
	['judgment', 'judgement'],
	['enroll', 'enrol'],
	['program', 'programme'],
	['catalog', 'catalogue'],
	['mom', 'mum'],
	['moms', 'mums'],
]);

/** Words the ize→ise rule must leave alone. */
const IZE_EXCEPTIONS = new Set(['size', 'sizes', 'prize', 'prizes', 'seize', 'seized', 'capsize']);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents and apostrophes removed, so "Don’t" and "dont" are one word. */
export function simplify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/(\p{L})['’‘](\p{L})/gu, '$1$2');
}

/**
 * Emoji that stand for a word in a message quoted to us ("address posted with 🔪", "'dont come in
 * friday 🔫'"): read as that word, since the emoji itself is not a word and would be lost. Only ones
 * with one plain meaning.
 */
const EMOJI_WORDS = new Map([
	['🔪', 'knife'],
	['🗡', 'knife'],
	['🔫', 'gun'],
	['💣', 'bomb'],
	['🩸', 'blood'],
	['💊', 'pills'],
	['🪢', 'rope'],
]);
const EMOJI = new RegExp(`[${[...EMOJI_WORDS.keys()].join('')}]`, 'gu');

/**
 * Words typed with a star for a letter, as people write a word they would rather not ("d*ck pic",
 * "n*des"): the star splits the word in two, so each is read whole. Only words the site's answers
 * need; "*" anywhere else is left as punctuation.
 */
const STARRED_WORDS: Record<string, string> = { 'd*ck': 'dick', 'c*ck': 'cock', 'n*de': 'nude', 'n*des': 'nudes', 'nud*s': 'nudes', 'p*rn': 'porn', 's*x': 'sex' };
const STARRED = /\b(?:d\*+ck|c\*+ck|n\*+des?|nud\*+s|p\*+rn|s\*+x)\b/gi;
const unstarred = (word: string): string => STARRED_WORDS[word.toLowerCase().replace(/\*+/g, '*')];

/** The words of a text, simplified, in order (stopwords included). */
export function words(text: string): string[] {
	const read = text.replace(EMOJI, (emoji) => ` ${EMOJI_WORDS.get(emoji)} `).replace(STARRED, unstarred);
	return simplify(read).match(WORD) ?? [];
}

export function isStopword(word: string): boolean {
	return STOPWORDS.has(word);
}

/** Turns a US spelling into the UK one: "organization" → "organisation", "color" → "colour". */
export function toUkSpelling(word: string): string {
	const known = US_TO_UK.get(word);
	if (known) return known;
	if (word.length > 6 && !IZE_EXCEPTIONS.has(word)) {
		const folded = word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1').replace(/yz(e|es|ed|ing)$/, 'ys$1');
		if (folded !== word) return folded;
	}
	return word;
}

/** A light English stemmer: enough to join plurals and verb forms, never so much that words merge. */
export function stem(word: string): string {
	if (word.length <= 3 || /\d/.test(word)) return word;
	let w = word;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);

	if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
	else if (w.endsWith('ment') && w.length > 8) w = w.slice(0, -4);
	else if (/[st]ion$/.test(w) && w.length > 6) w = w.slice(0, -3);

	if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
	if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
	return w;
}

/** Squashes doubled letters, so a misplaced double letter is not a different word. */
export function squash(word: string): string {
	return word.replace(/(\p{L})\1+/gu, '$1');
}

/** The index term for one simplified word. */
export function termOf(word: string): string {
	return squash(stem(toUkSpelling(word)));
}

/**
 * The form of a half-typed word that index terms are compared with for a prefix match: spelled the
 * UK way and squashed, but not stemmed, since a stem of half a word means nothing.
 */
export function prefixOf(word: string): string {
	return squash(toUkSpelling(word));
}

/** True for a word worth indexing or searching for: not a stopword, and not a lone letter or digit. */
export function isMeaningful(word: string): boolean {
	if (isStopword(word)) return false;
	if (word.length === 1) return word === 'x';
	return true;
}

/** The index terms of a text, in order, as FlexSearch receives them (space-separated). */
export function termsOf(text: string): string[] {
	return words(text).filter(isMeaningful).map(termOf);
}
