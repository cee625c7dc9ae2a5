/**
 * Who a query names, for the act-now matcher (act-now-match.ts): a child, an adult as someone in the
 * case, both or neither. An adult's own case gets the adult's answer only when it names no child.
 */
import type { EncodedActNow } from './act-now-match';
import { termOf } from './text';

/** "as a teacher": how someone says who is asking, not who was harmed. */
const ASKER_BEFORE = [['as', 'a'], ['as', 'an']].map((words) => words.map(termOf));
/** "im 34", "i am 40": the one asking, an adult, about their own case. */
const SELF = [['im'], ['i', 'am']].map((words) => words.map(termOf));
/** A year group, a team or a pupil's age, typed as one word: "y9", "yr10", "s2", "p6", "y9s", "u14s", "14yo", "15yrs". */
const CHILD_TOKEN = /^(?:(?:y|yr|s|p|u)\d{1,2}s?|\d{1,2}(?:yo|yrs?))$/;
/** "under 13s", "under 16": a team or group of children by age. */
const UNDER = termOf('under');
/** Words just before a number that make it a year group or an age: "year 9", "aged 14". */
const CHILD_NUMBER_BEFORE = new Set(['year', 'yr', 'aged', 'age'].map(termOf));
/** Words just after a number that make it an age: "14 year old", "15 yrs". */
const CHILD_NUMBER_AFTER = new Set(['year', 'yr', 'yrs', 'yo', 'years'].map(termOf));
/** "not a child", "not a pupil": a child named only to say there is none. */
const NOT = termOf('not');
/** "a former pupil", "ex-student": grown up now, an adult. */
const FORMER = new Set(['former', 'ex'].map(termOf));

/** How pupils name a member of staff: "sir", "miss". */
const PUPILS_NAME_FOR_STAFF = new Set(['sir', 'miss'].map(termOf));
/** Someone not named, telling what happened: "she said", "he says", "they told me". */
const PRONOUNS = new Set(['she', 'he', 'they'].map(termOf));
const REPORTED = new Set(['said', 'says', 'saying', 'told', 'tells'].map(termOf));
/** Between the telling and "sir": "she said that sir", "he told me sir". */
const REPORTED_LINKS = new Set(['that', 'me', 'us'].map(termOf));
/** A parent or carer named: then "she said sir …" may be the parent's words, not a pupil's. */
const PARENTS = new Set(['mum', 'mom', 'mam', 'mother', 'dad', 'father', 'parent', 'parents', 'carer', 'carers', 'guardian', 'stepmum', 'stepdad', 'gran', 'nan', 'grandma', 'grandad', 'aunt', 'uncle'].map(termOf));

/** Who a query names: a child, an adult (see `whoIsNamed`), both or neither. */
export interface Named {
	child: boolean;
	adult: boolean;
}

/** "she said sir", "he told me that miss", "she says that sir": the word at `index` told by a pronoun. */
function isToldBy(terms: readonly string[], index: number): boolean {
	let at = index - 1;
	while (at > index - 3 && REPORTED_LINKS.has(terms[at])) at -= 1;
	return REPORTED.has(terms[at]) && PRONOUNS.has(terms[at - 1]);
}

/**
 * Whether the query names a child, and whether it names an adult as someone in the case. An adult
 * is named by a word of `adultWords` ("caretaker", "colleague"), except as the one asking ("as a
 * teacher", "teacher says"), by their own adult age ("im 34"), or as a former pupil ("a former
 * pupil", "ex-student"). A child is named by a word of `childWords`, a year group or an age under 18
 * ("year 9", "S2", "U14s", "under 13s", "14 year old"), except "not a child"; or, when it names no
 * adult nor parent, by a pupil's words told by someone unnamed ("she said sir", "he says miss").
 */
export function whoIsNamed(terms: readonly string[], { childWords, adultWords, reportingWords }: Pick<EncodedActNow, 'childWords' | 'adultWords' | 'reportingWords'>): Named {
	const children = new Set(childWords);
	const adults = new Set(adultWords);
	const reporting = new Set(reportingWords);
	const before = (index: number, words: readonly string[]) => words.every((word, n) => terms[index - words.length + n] === word);
	const named: Named = { child: false, adult: false };
	terms.forEach((term, index) => {
		if (children.has(term)) {
			if (FORMER.has(terms[index - 1])) named.adult = true;
			else if (!(terms[index - 1] === NOT || (terms[index - 2] === NOT && terms[index - 1].length <= 2))) named.child = true;
		}
		if (CHILD_TOKEN.test(term)) named.child = true;
		if (terms[index - 1] === UNDER && /^\d{1,2}s?$/.test(term) && Number.parseInt(term, 10) < 18) named.child = true;
		// "year 9s": a year group of several pupils.
		if (/^\d{1,2}s$/.test(term) && Number.parseInt(term, 10) < 18 && CHILD_NUMBER_BEFORE.has(terms[index - 1])) named.child = true;
		if (/^\d{1,2}$/.test(term)) {
			const number = Number(term);
			if (number < 18 && (CHILD_NUMBER_BEFORE.has(terms[index - 1]) || CHILD_NUMBER_AFTER.has(terms[index + 1]))) named.child = true;
			if (number >= 18 && SELF.some((words) => before(index, words))) named.adult = true;
		}
		if (adults.has(term) && !ASKER_BEFORE.some((words) => before(index, words)) && !reporting.has(terms[index + 1])) named.adult = true;
	});
	// "She said sir keeps messaging her": a pupil's words, told by someone who names no one else.
	if (!named.child && !named.adult && !terms.some((term) => PARENTS.has(term)) && terms.some((term, index) => PUPILS_NAME_FOR_STAFF.has(term) && isToldBy(terms, index))) named.child = true;
	return named;
}
