import { editDistance, MAX_READ_LENGTH } from './query';
import { AGE_TOKEN, CHILD_TOKEN, childrenOnlyTellOrPass, LOOKALIKE_PREFIX, NEGATIONS, NOT, type NamedWhere, SUBJECT_WORDS, setsOf, type WordSets, whoIsNamedWhere } from './act-now-who';
import type { ActNowWords } from './act-now-words';
import { simplify, termOf, words } from './text';

/**
 * Words to look for in a query, as index terms (stopwords kept: "kill myself" needs "myself"), and
 * how many other words may come between two of them; ANYWHERE for words wanted in any order.
 * A word may also be an age token (`ageToken(18)`): a number from that age to 99, said as an age.
 * `joined` lists the places (by index) that must come straight after the one before, with no gap:
 * "for-money" in "asking for-money", so "asking him for money" matches and "asking for trip money"
 * does not. `wide` lists the places that may come up to WIDE_GAP words after the one before, within
 * one clause about the same people (written "..." in the file): "{staff} in ... group" matches "TA is
 * in a private instagram group".
 */
export type ActNowPattern = [terms: ActNowPlace[], gap: number, joined?: number[], wide?: number[]];

/** One word of a pattern, or (in a "together" pattern) a list of words any one of which will do. */
export type ActNowPlace = string | string[];

/** The gap of a "together" pattern: its words may be anywhere in the query, in any order. */
export const ANYWHERE = -1;

/** The act-now concepts as the browser receives them (made by act-now.ts from content/data/act-now.json). */
export interface EncodedActNow {
	/** Any one of these in the query stops every concept: the query is about teaching, training or policy (the file's own `unless`). */
	unless: ActNowPattern[];
	/**
	 * Any one of these in the query means a child is in the case, though none is named: "indecent
	 * images" (of under-18s, in UK law), "IIOC", "CSAM" (the file's `namesAChild`). Not then an
	 * adult's own case unless an adult's `when` says so; enough for a `needsChild` concept. Absent in
	 * hand-made test data: then none.
	 */
	namesAChild?: ActNowPattern[];
	/**
	 * Phrases that make a child the likely one in the case, named only as "her", "him" or by a first
	 * name ("sent him a", "her uncle"): enough for a `needsChild` concept, and nothing more (the file's
	 * `childHints`; whose case it is stays as the words named say). Absent in hand-made test data or
	 * when the file has none.
	 */
	childHints?: ActNowPattern[];
	/**
	 * Phrases read as their last word, typed one straight after the other: "member of staff" is
	 * "staff", so its "of staff" is not an image "of {adult}" (the file's `asOne`). Absent in hand-made
	 * test data: then none.
	 */
	asOne?: ActNowPattern[];
	/** In the file's order, most urgent first. */
	concepts: EncodedActNowConcept[];
	/** The file's lists of words that the matcher reads on their own (`WORD_LISTS`), as index terms. */
	words: ActNowWords;
	/**
	 * The concepts' single-word terms as written (simplified), long enough to be recognised with a
	 * slip in them, each once, in the concepts' order (a slip is read as the first that fits, so one
	 * list for all reads exactly as a list for each concept would). Absent in hand-made test data:
	 * then no slip is corrected.
	 */
	slipTargets?: string[];
}


/**
 * An act-now answer as search reads it: which answer, and the page that says what to do. Its title
 * and one sentence are not sent with the index: the search page holds them already, in its list of
 * every act-now answer (src/pages/search.astro), and shows them from there.
 */
export interface ActNowAnswer {
	id: string;
	/** A wizard outcome (/report/outcome/<id>/), a section of one (/report/outcome/<id>/#<anchor>) or a guide section (/guides/<slug>/#<anchor>). */
	target: string;
}

/** One act-now concept, as the browser receives it. */
export interface EncodedActNowConcept extends ActNowAnswer {
	/** Any one of these in the query fires the concept. */
	patterns: ActNowPattern[];
	/** Any one of these in the query stops it: the query is about something else ("nude tights"). The file's own `unless` (`EncodedActNow.unless`) stops it too. */
	unless: ActNowPattern[];
	/** Any one of these in the query lets the concept fire although one of its own `unless` matched: images in a hacked account's ransom ("her pics"). */
	stillWhen: ActNowPattern[];
	/**
	 * Any one of these makes the query a question about what is allowed ("is it ok for", "should
	 * teachers follow"), which stops the concept unless one of `concerns` is there too.
	 */
	questions: ActNowPattern[];
	/** Words that make such a question a concern about a child: a time of night, a secret, gifts, photos. */
	concerns: ActNowPattern[];
	/** Pages that lead the ordinary results under this concept's answer (a child's answer only), when it names any. */
	related?: string[];
	/**
	 * Real words that look like a term, one slip from it or with the same stem, never read as any
	 * concept's word ("strange" is not "strangle"; "piling" shares "pills"'s stem, "pil").
	 */
	lookalikes: string[];
	/** The adult's own case of this kind, answered by the adult's page instead (see `matchActNow`). */
	adult?: EncodedAdultAnswer;
	/** A child's situation by definition (grooming): it does not fire when the query names only adults. */
	childOnly: boolean;
	/** A situation with a child in it by definition (a member of staff messaging a pupil): it fires only when the query names a child. */
	needsChild: boolean;
}

/** An adult's own case of a concept's kind (content/data/act-now.json, a concept's `adult`). */
export interface EncodedAdultAnswer extends ActNowAnswer {
	/** Any one of these says an adult is the one harmed, whoever else the query names ("{adult} being blackmailed"). */
	when: ActNowPattern[];
	/** The adult's answer is a section of the concept's page: only on a `when`, and a child named gives the concept's answer (schemas/act-now.ts). */
	samePage?: boolean;
}

export interface ActNowMatch {
	/** The concept's answer, or its adult's (`forAdult`). */
	concept: ActNowAnswer;
	/** True when the query is an adult's own case, answered by the adult's page. */
	forAdult: boolean;
	/** How much of the query matched: the number of words in the patterns found. */
	score: number;
	/** The patterns found, as their terms joined by spaces (for tests and for editors). */
	matched: string[];
}

/** What the matcher knows besides the concepts: all optional, so the function stays pure and testable. */
export interface ActNowContext {
	/** Misspelt word → the word meant (src/search/synonyms.json). */
	misspellings?: Record<string, string>;
	/** The synonym groups of synonyms.json, as index terms: a one-word synonym of a pattern's word matches it ("student" for "pupil"). */
	synonyms?: readonly (readonly string[])[];
	/**
	 * Every term of the search index. A word the site itself uses is taken as typed; only a word it
	 * does not know can be a slip for a term ("groomng", "sucide"). Without it, no slip is corrected.
	 */
	vocabulary?: ReadonlySet<string>;
}

/** Words between two words of a phrase: "end his own life" matches "end life". */
export const PHRASE_GAP = 2;
/**
 * Words between two words of a phrase joined by "...": "TA is in a private instagram group" matches
 * "{staff} ... in ... group". None of them may start another clause (`SUBJECT_WORDS`), name a child
 * (`words.child`), or tell of the case or come across it (`words.telling`, `words.noticing`):
 * "teacher found pupils in a group" is someone telling, not a member of staff in one.
 */
export const WIDE_GAP = 4;
/** How many more words a wide gap may hold when it starts with "who": the clause it opens ("who also runs the breakfast club"). */
const RELATIVE_CLAUSE = 5;
const WHO = termOf('who');
/**
 * Words that cannot open the gap in a phrase: after "to" comes what the first word is about, so
 * "threatening to report a teacher" is not "threatening a teacher".
 */
const GAP_STOPS = new Set(['to']);
/**
 * Words a short gap may not hold: after "but" comes something else ("nothing threatening, but staff
 * are upset" is not "threatening staff"). A "..." gap may ("says it was hacked but it has been
 * messaging the under 12s").
 */
const SHORT_GAP_STOPS = new Set(['but'].map(termOf));
/** Words before "seen", "caught" or "found" that make it said of the one who did it ("was seen filming"). */
const PASSIVE_WORDS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets', 'getting'].map(termOf));
/**
 * Words that, after one of SUBJECT_WORDS, make what follows something the subject received: in "told
 * his form tutor he's had messages" the pupil got the messages, the tutor did not send them. No gap
 * holds the pair (`closesGap` in `matchActNow`).
 */
const RECEIVING_WORDS = new Set(['had', 'got', 'gets', 'getting', 'received', 'receiving', 'receives'].map(termOf));
/** Words that say whose thing it is, or who: "my", "her", "himself". */
const OWNER_WORDS = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'him', 'them', 'it', 'its', 'herself', 'himself', 'themselves'].map(termOf));
/** A word typed with one slip is read as a concept's term when the term is at least this long… */
const SLIP_TARGET_MIN_LENGTH = 7;
/** …and the word typed at least this long… */
const SLIP_TYPED_MIN_LENGTH = 6;
/** …and its first letters are right: people rarely slip there, and real words that differ there are common ("cooking", "choking"). */
const SLIP_SAFE_PREFIX = 2;
/** A word ending in "in" at least this long may be an "-ing" word with its "g" dropped ("goin"). */
const DROPPED_G_MIN_LENGTH = 4;

const AGE_PREFIX = 'age>=';
/** The word between the two ends of a range of ages ("16 to 18"). */
const TO = termOf('to');
const AS_TYPED_PREFIX = '=';
/** The pattern word for a word matched only as written, not by its index term ("privates", not "private"). */
export const asTypedToken = (word: string) => `${AS_TYPED_PREFIX}${simplify(word)}`;
/** The pattern word for "a number from `from` to 99, said as an age" ("her boyfriend is 24"). */
export const ageToken = (from: number) => `${AGE_PREFIX}${from}`;

/** The terms of a query as the matcher compares them: every word, stopwords included, misspellings fixed. */
export function actNowTerms(text: string, misspellings: Record<string, string> = {}): string[] {
	return words(text).map((word) => termOf(misspellings[word] ?? word));
}

/**
 * The act-now concepts a query is about, most urgent first: every concept with at least one of its
 * patterns in the query and none of its own `unless` patterns (unless one of its `stillWhen` is
 * there too) nor the file's, in the file's order
 * (most urgent first). A concept with an adult's answer gives that answer instead when the query is
 * an adult's own case (one of the answer's `when` phrases, or an adult named and no child:
 * `whoIsNamed`) and names no child; when it does name a child, it gives neither. A `childOnly`
 * concept does not fire when the query names only adults, and a `needsChild` one only when it names a child
 * (or one of the file's `childHints` makes a child the likely one). The whole query is read, not only the
 * part the ranking reads, so a long message still fires.
 */
export function matchActNow(query: string, actNow: EncodedActNow, context: ActNowContext = {}): ActNowMatch[] {
	const typed = readAsOne(
		words(withSelfJoined(withSplitWordsJoined(withMoneyNamed(withCensoredJoined(query.slice(0, MAX_READ_LENGTH)))))).map((word) => context.misspellings?.[word] ?? word),
		actNow.asOne ?? [],
	);
	if (typed.length === 0) return [];
	const { concepts } = actNow;
	const { terms, written } = correctSlips(typed, actNow, context.vocabulary);
	// The file's lists of words as sets, made once for each file (act-now-who.ts).
	const lists = setsOf(actNow.words);
	const same = sameTermWith(synonymLookup(context.synonyms ?? []), written, lists.units);
	const { child: childWords, telling, noticing } = lists;
	// An `unless` phrase says who the query is about; the word after it can say otherwise ("of a
	// teacher's son"), and then the phrase does not count.
	const unlessRule: UnlessRule = { notFollowedBy: (index) => index < terms.length && childWords.has(terms[index]) };
	// An adult's `when` says an adult is the one harmed; "of" a child just after it says a child may be
	// ("teacher deepfake pics of year 11 girls"), and then it does not count either.
	// Nor does one followed by "and" or "with" and a child: "a fake nude of me and a year 9 girl".
	// Nor does "not a pupil" followed by where ("not a pupil here", "not a student at our school"): the
	// child is not one of the school's, still a child (session 69). "Not a pupil at all" is an adult.
	const notOneOfOurs = (index: number) => childWords.has(terms[index - 1]) && terms.slice(Math.max(0, index - 3), index - 1).includes(NOT) && ELSEWHERE.has(terms[index]) && terms[index + 1] !== ALL;
	const whenRule: UnlessRule = { notFollowedBy: (index) => unlessRule.notFollowedBy?.(index) || ofAChild(terms, index, childWords) || andAChild(terms, index, childWords, lists.adult) || notOneOfOurs(index) };
	const crossesClause = wideGapStops(terms, lists);
	// No gap, however short, holds a word for coming across the case: what a teacher "saw" is not
	// what the teacher did ("a teacher saw Snapchat messages offering him money"). Said of the one who
	// did it, it may ("a man was seen photographing pupils").
	// Nor does one hold the "here" of an introduction: "Drama teacher here, racist comments about one
	// of our pupils" is the one asking, then the case, not a teacher commenting on a pupil. Nor "he's
	// had" or "she got" (RECEIVING_WORDS): what follows came to them.
	const introduction = introductionEnd(query, typed, terms, actNow.words);
	const closesGap = (index: number) =>
		index === introduction || (noticing.has(terms[index]) && !PASSIVE_WORDS.has(terms[index - 1] ?? '')) || (SUBJECT_WORDS.has(terms[index]) && RECEIVING_WORDS.has(terms[index + 1] ?? ''));
	// Nor, in an adult's `when`, does a word for a child: "the deputy head's daughter is being
	// blackmailed" is the daughter's case, not the deputy head's ("{adult} being blackmailed").
	const closesWhenGap = (index: number) => closesGap(index) || childWords.has(terms[index]);
	// A member of staff who was told, shown or sent something did not do it: "told a youth worker her
	// ex sent her nudes", "mum showed our designated teacher messages from a man". Such a word is
	// not there for a concept's own patterns (its `unless` phrases still read it).
	// A label before a colon that says who is asking ("Message from a P7 teacher:", "Designated teacher
	// asking:") is not part of the case: no concept reads it, so the teacher is not one "messages from
	// a teacher" name, and no phrase runs on from it into the case ("teacher asking: a Year 10's nude").
	// Who is named still reads it.
	const label = labelEnd(query, typed, actNow);
	const caseTerms = label < 0 ? terms : terms.map((term, index) => (index <= label ? '' : term));
	const sameInCase = label < 0 ? same : sameTermWith(synonymLookup(context.synonyms ?? []), written.map((word, index) => (index <= label ? '' : word)), lists.units);
	const doers = withoutReceivers(caseTerms, lists);
	const contains = (pattern: ActNowPattern) => containsPattern(doers, pattern, sameInCase, undefined, crossesClause, closesGap);
	const found = (patterns: readonly ActNowPattern[], rule = unlessRule) => patterns.some((pattern) => containsPattern(caseTerms, pattern, sameInCase, rule, crossesClause, closesGap));
	// The file's own `unless` (a lesson, training, a policy) does not count within three words after one
	// that makes it the time of a story: "after our lesson on deepfakes a year 10 made one of a girl".
	// ("after school" is a time of day: "an after school session on grooming" is still a lesson.)
	// "On" a day is a time too: "on staff training day a year 9's nudes were shared".
	const storyTime = (index: number) => index >= 0 && ((STORY_TIME.has(terms[index]) && terms[index + 1] !== SCHOOL) || (terms[index] === ON && terms.slice(index + 1, index + 1 + DAY_WITHIN).includes(DAY)));
	// Nor does an `unless` said not to be the case (session 69): "not a drugs education question", "it's
	// not parental controls", "this isn't really a lesson". A negation just before it, or up to two
	// small words before it ("not really a", "isn't the usual").
	const ruledOut = (index: number) => {
		for (let at = index; at >= 0 && at >= index - RULED_OUT_FILLERS; at -= 1) {
			if (NEGATIONS.has(terms[at])) return true;
			if (!RULED_OUT_FILLER.has(terms[at])) return false;
		}
		return false;
	};
	const negatableRule: UnlessRule = { ...unlessRule, notPrecededBy: ruledOut };
	const storyRule: UnlessRule = { ...unlessRule, notPrecededBy: (index) => storyTime(index) || storyTime(index - 1) || storyTime(index - 2) || ruledOut(index) };
	let who: NamedWhere | undefined;
	let childImplied: boolean | undefined;
	let childHinted: boolean | undefined;
	let imageOfAChild: boolean | undefined;
	// The file's own `unless` stops every concept alike, unless someone told of a case: looked for
	// once, when a concept first fires.
	let stoppedForAll: boolean | undefined;
	const matches: ActNowMatch[] = [];
	for (const concept of concepts) {
		const matched = concept.patterns.filter(contains);
		if (matched.length === 0) continue;
		stoppedForAll ??= found(actNow.unless, storyRule) && !terms.some((term, index) => telling.has(term) && !NOT_TELLING_AS_TYPED.has(typed[index]) && !NOT_TOLD_AFTER.has(terms[index - 1] ?? '') && !supposed(terms, index));
		if (stoppedForAll || (found(concept.unless, negatableRule) && !concept.stillWhen.some(contains))) continue;
		// A question about what is allowed is the guides', unless it names what makes it a concern.
		if (found(concept.questions) && !concept.concerns.some(contains)) continue;
		who ??= whoIsNamedWhere(terms, actNow, typed);
		const { named } = who;
		// "Indecent images", "IIOC": a child is in the case by definition, though none is named. That
		// is not an adult's own case, and it is enough for a `needsChild` concept; but an adult's
		// `when` ("teacher being blackmailed") still gives the adult's answer, as no child is named.
		childImplied ??= (actNow.namesAChild ?? []).some((pattern) => containsPattern(terms, pattern, same));
		const onlyAdults = named.adult && !named.child && !childImplied;
		if (concept.childOnly && onlyAdults) continue;
		if (concept.needsChild && !named.child && !childImplied && !(childHinted ??= (actNow.childHints ?? []).some((pattern) => containsPattern(terms, pattern, same)))) continue;
		const { adult } = concept;
		const adultNamed = adult !== undefined && ((onlyAdults && !adult.samePage) || adult.when.some((pattern) => containsPattern(terms, pattern, same, whenRule, crossesClause, closesWhenGap)));
		// An adult harmed, and a child named too (most often as the one who did it: "pupils made a
		// deepfake of a teacher"): neither answer fits for sure, so the ordinary results decide;
		// unless the adult's answer is on the concept's own page, which then answers both.
		// Unless the child is in a picture the query names: "a deepfake of a teacher, and a real nude of
		// a Year 10 girl in the same chat" is the child's case too, and the child's answer comes first.
		// ("Indecent images of children" on a staff laptop is not: it is the allegation's, as before.)
		const childPictured = () => !childImplied && (imageOfAChild ??= terms.some((term, index) => ((IMAGE_WORDS.has(term) || anotherImage(terms, index)) && ofAChild(terms, index + 1, childWords)) || oneOfThemOfAChild(terms, index, childWords)) || inAPicture(terms, childWords));
		// Unless every child named told of it, found it or passed it on ("year 11s found a nude of Mr K",
		// "a pupil told me"): then it is the adult's case (session 54). Where the adult's answer is on the
		// concept's own page, only a child who told of it or saw it counts (session 55: "pupils saw a post
		// saying where our TA lives"), not one who posted it: "a year 10 boy posted a video threatening Mr
		// Smith" keeps the threat page's top, as a pupil who posts a threat with a knife is a risk too.
		const childToo = adultNamed && named.child && !childPictured();
		// Children said not to be in the pictures ("no pupils are in the images") leave it the adult's case.
		const childrenOnlyTold = childToo && (childrenOnlyTellOrPass(terms, who, actNow, !adult.samePage) || saidNotInAPicture(terms, childWords));
		if (childToo && !adult.samePage && !childrenOnlyTold) continue;
		const adultCase = adultNamed && (!named.child || childrenOnlyTold);
		if (adultCase && matches.some((match) => match.concept.id === adult.id)) continue;
		const score = matched.reduce((sum, [pattern]) => sum + pattern.length, 0);
		matches.push({
			concept: adultCase ? adult : concept,
			forAdult: adultCase,
			score,
			matched: matched.map(([pattern]) => pattern.map((place) => (typeof place === 'string' ? place : place.join('|'))).join(' ')),
		});
	}
	// A lesson, a policy or training stops a concept, but not a case told after it as a separate
	// matter: "We're doing a Safer Internet Day assembly… Not sure if it's relevant, but one of my P6s
	// wrote…", "an AI awareness session… Separately, a mum rang to say…". When nothing fires, what
	// follows is read alone.
	if (matches.length === 0) {
		const separate = [...query.matchAll(SEPARATE_MATTER)].at(-1);
		if (separate?.index !== undefined) return matchActNow(query.slice(separate.index + separate[0].length), actNow, context);
	}
	return matches;
}

/** Words that start a separate matter in a message: when nothing fires for the whole, what follows the last of them is read on its own. */
const SEPARATE_MATTER = /\b(?:separately|unrelated(?:ly)?|on (?:a (?:separate|unrelated|different)|another) (?:note|matter)|(?:not sure|no idea|i don'?t know|unsure) (?:if|whether) (?:it'?s|this is|it is|that'?s) (?:relevant|related|connected),? but)\b/giu;

const ALL = termOf('all');
/** Small words that may come between a negation (`NEGATIONS`) and the `unless`: "not really a", "isn't the usual". */
const RULED_OUT_FILLER = new Set(['a', 'an', 'the', 'really', 'just', 'actually', 'exactly', 'simply', 'only', 'about', 'our', 'your', 'usual', 'typical', 'normal', 'ordinary', 'some', 'any', 'like'].map(termOf));
const RULED_OUT_FILLERS = 2;
/** Where a child is not one of: "not a pupil here", "not a student at our school", "not a learner of ours". */
const ELSEWHERE = new Set(['here', 'at', 'in', 'of', 'from', 'there'].map(termOf));

/** Verbs whose object is the one told, asked, shown or sent something ("told a youth worker", "asked a TA how", "sending our instructor"). */
const TO_WHOM_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'sent', 'send', 'sends', 'sending', 'showed', 'show', 'shows', 'showing'].map(termOf));
/** Of those, the ones whose object may instead be what is shown: "a video showing a teacher hitting a boy". */
const SHOWING = new Set(['showed', 'show', 'shows', 'showing'].map(termOf));
/** What is shown, after the one it is shown to: "showed our designated teacher messages from a man". */
const SHOWN = new Set(['messages', 'message', 'screenshots', 'screenshot', 'texts', 'chats', 'dms', 'snaps', 'pics', 'photos', 'pictures', 'videos', 'video', 'posts', 'post', 'comments', 'it', 'them', 'this', 'something', 'what', 'a', 'the', 'her', 'his', 'their'].map(termOf));
/** The one word that may come straight after such a verb: "told a", "sending our". */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'her', 'his', 'my', 'your', 'one'].map(termOf));
/** Words after a member of staff that make them the subject of what was told, or its owner: "a teacher has been…", "a teacher's laptop". */
const CLAUSE_VERBS = new Set(['has', 'had', 'have', 'is', 'was', 's', 'been', 'keeps', 'kept', 'would', 'will', 'did', 'does', 'who'].map(termOf));
/** How many words may describe the member of staff: "our young female instructor". */
const DESCRIBING_WITHIN = 2;
/** Words that are someone else told, not a description of the member of staff: "told police the teacher…", "told me her teacher…" (and the file's `parent` words: "told mum the teacher…"). */
const NOT_DESCRIBING = new Set(['me', 'us', 'him', 'them', 'police', 'that', 'friend', 'friends'].map(termOf));
/** "One" of "told one of our teachers". */
const ONE = termOf('one');
/** Stands for a member of staff who only received something: it equals no word of a pattern. */
const RECEIVER = '~receiver';

/**
 * The terms, with each word for a member of staff who is told, shown or sent something (the verb,
 * perhaps "one of", at most one determiner, then up to DESCRIBING_WITHIN describing words) replaced by RECEIVER: "told
 * a youth worker her ex sent her nudes" is not the youth worker sending them. After a verb of
 * showing, only when what is shown comes next ("showed our designated teacher messages"), as "a
 * video showing a teacher hitting a boy" names the one who did it. The same array when none is.
 */
function withoutReceivers(terms: readonly string[], { staff, child, parent }: WordSets): readonly string[] {
	const describes = (term: string) => !TO_WHOM_VERBS.has(term) && !DETERMINERS.has(term) && !NOT_DESCRIBING.has(term) && !parent.has(term) && !child.has(term) && !SUBJECT_WORDS.has(term);
	let kept: string[] | undefined;
	terms.forEach((term, index) => {
		if (!staff.has(term)) return;
		let at = index - 1;
		let describing = 0;
		while (at >= 0 && describing < DESCRIBING_WITHIN && describes(terms[at])) {
			at -= 1;
			describing += 1;
		}
		if (at >= 0 && DETERMINERS.has(terms[at])) at -= 1;
		// "Told one of our teachers", "showed one of the staff a message".
		const oneOf = terms[at] === OF && terms[at - 1] === ONE;
		if (oneOf) at -= 2;
		if (at < 0 || !TO_WHOM_VERBS.has(terms[at])) return;
		// After "one of", only a word that starts what is shown: "screenshots showing one of our
		// teachers messaging her" names the one who did it.
		if (SHOWING.has(terms[at]) && !(oneOf ? DETERMINERS : SHOWN).has(terms[index + 1] ?? '')) return;
		// "Has been told a teacher has been messaging her", "told the head teacher is…": what was told,
		// with the member of staff its subject; and "told a teacher's laptop…" is whose it is.
		if (PASSIVE_WORDS.has(terms[at - 1] ?? '') || CLAUSE_VERBS.has(terms[index + 1] ?? '')) return;
		(kept ??= [...terms])[index] = RECEIVER;
	});
	return kept ?? terms;
}

/** Words that make a telling that follows them one imagined: "if a pupil ever told me", "a scenario where a pupil discloses". */
const SUPPOSING = new Set(['if', 'scenario', 'scenarios', 'exercise', 'suppose', 'imagine', 'hypothetical', 'hypothetically'].map(termOf));
/** Words that end the clause a supposing word opens: "not sure if it matters, but a pupil told me". */
const CLAUSE_ENDS = new Set(['but', 'and', 'so', 'because', 'then'].map(termOf));
/** How far back a supposing word may be from the telling it makes imagined. */
const SUPPOSED_WITHIN = 4;
const YOU = termOf('you');
/**
 * "Say" and "show" as typed share their stems with "says" and "showed", but tell of nothing: "what
 * should I say", "how do we show that we teach pupils about sextortion". Nor does "report", which
 * shares its stem with "reported": "how pupils can report threatening messages" (session 60).
 */
const NOT_TELLING_AS_TYPED = new Set(['say', 'show', 'report']);
/**
 * Words just before a telling that make it tell of no case: what a document "says" ("what the Welsh
 * guidance says", "what our policy says"), and a telling someone means to keep from doing ("anything
 * I should avoid showing").
 */
const NOT_TOLD_AFTER = new Set(['guidance', 'policy', 'policies', 'law', 'legislation', 'guide', 'guidelines', 'website', 'site', 'act', 'procedure', 'handbook', 'kcsie', 'document', 'leaflet', 'poster', 'curriculum', 'code', 'avoid', 'avoiding'].map(termOf));

/**
 * True when the word of telling at `index` is imagined, not told: said after a supposing word in
 * the same clause ("what would you do if a pupil told you"), or to "you" ("a pupil tells you a
 * stranger sent them an image", a course's question). Such a telling does not make a lesson's or a
 * training's words a case.
 */
function supposed(terms: readonly string[], index: number): boolean {
	if (terms[index + 1] === YOU) return true;
	for (let at = index - 1; at >= 0 && at >= index - SUPPOSED_WITHIN; at -= 1) {
		if (CLAUSE_ENDS.has(terms[at])) return false;
		if (SUPPOSING.has(terms[at])) return true;
	}
	return false;
}

const OF = termOf('of');
/** Words that join another person to the one pictured: "of me and a year 9 girl", "with her pupils". */
const AND_WORDS = new Set(['and', 'plus', 'with', 'alongside'].map(termOf));
/** The one pictured, just before such a word ("of me and"); "a tracker in her car, and a pupil saw it" joins a clause. */
const PICTURED = new Set(['me', 'him', 'her', 'them', 'us'].map(termOf));
/** How many words after "and" may come before the child: "and a year 9 girl", "and her friend". */
const AND_WITHIN = 3;

/**
 * True when the word at `index` joins a child to the one just before it, an adult or a pronoun
 * (PICTURED): "of me and a year 9 girl", "of Miss with some year 10s". Not "in her car, and a pupil
 * saw it", where "and" starts a clause.
 */
function andAChild(terms: readonly string[], index: number, childWords: ReadonlySet<string>, adultWords: ReadonlySet<string>): boolean {
	const before = terms[index - 1] ?? '';
	if (!AND_WORDS.has(terms[index] ?? '') || !(PICTURED.has(before) || adultWords.has(before))) return false;
	for (let at = index + 1; at <= index + AND_WITHIN && at < terms.length; at += 1) {
		if (childWords.has(terms[at]) || CHILD_TOKEN.test(terms[at]) || YEAR_WORDS.has(terms[at])) return true;
	}
	return false;
}

/** Words for a picture or a film: "a nude of a Year 10 girl" names a child in it (`ofAChild`). */
const IMAGE_WORDS = new Set(['nude', 'nudes', 'naked', 'pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'image', 'images', 'video', 'videos', 'vid', 'vids', 'deepfake', 'deepfakes'].map(termOf));
/** Words that make a lesson or a talk the time something happened ("after our lesson on…"). */
const STORY_TIME = new Set(['after', 'since', 'during', 'following'].map(termOf));
const ON = termOf('on');
const DAY = termOf('day');
/** How many words after "on" may hold the "day" that makes it a time. */
const DAY_WITHIN = 4;
const SCHOOL = termOf('school');
/** How many words after a phrase may come before an "of" that says whose it is (`ofAChild`). */
const OF_WITHIN = 3;
/** Words for a year group before its number: "of year 9 girls", "of yr 10s". */
const YEAR_WORDS = new Set(['year', 'yr'].map(termOf));

/**
 * True when, within OF_WITHIN words from `index`, "of" is followed (straight away or after one word:
 * "of a", "of her") by a word for a child, a year group or a child's age typed as one word ("y9"):
 * "teacher deepfake pics of year 11 girls" is about children, whoever else it names.
 */
function ofAChild(terms: readonly string[], index: number, childWords: ReadonlySet<string>): boolean {
	// "Of year 9", "of yr 10s", not "head of year" (a title: a number must follow).
	const childAt = (at: number) => at < terms.length && (childWords.has(terms[at]) || (YEAR_WORDS.has(terms[at]) && /^\d/.test(terms[at + 1] ?? '')) || CHILD_TOKEN.test(terms[at]));
	for (let at = index; at < Math.min(terms.length, index + OF_WITHIN); at += 1) {
		if (terms[at] === OF && (childAt(at + 1) || childAt(at + 2))) return true;
	}
	return false;
}

/** Words that stand for a picture named before them: "made a nude of miss, and one of a year 9 girl". */
const ANOTHER = new Set(['one', 'another', 'ones'].map(termOf));

/** Words after which "one of" is a person, not a picture: "shared by one of the year 11 boys", "sent to one of". */
const NOT_A_PICTURE_AFTER = new Set(['by', 'from', 'to', 'with', 'for', 'at', 'and', 'or'].map(termOf));

/** "Them", "those", "these": the pictures named before "one of". */
const THOSE = new Set(['them', 'those', 'these'].map(termOf));

/** "Posted nudes online and one of them is of a year 10 girl": one of the pictures named before is of a child, after any word. */
function oneOfThemOfAChild(terms: readonly string[], index: number, childWords: ReadonlySet<string>): boolean {
	return ANOTHER.has(terms[index]) && terms[index + 1] === OF && THOSE.has(terms[index + 2] ?? '') && terms.slice(0, index).some((term) => IMAGE_WORDS.has(term)) && ofAChild(terms, index + 3, childWords);
}

/** True when the word at `index` is "one" or "another" after a word of IMAGE_WORDS: it is another of those pictures. */
function anotherImage(terms: readonly string[], index: number): boolean {
	return ANOTHER.has(terms[index]) && !NOT_A_PICTURE_AFTER.has(terms[index - 1] ?? '') && terms.slice(0, index).some((term) => IMAGE_WORDS.has(term));
}

/** "is in", "are in", "appears in": a child said to be in a picture. */
const BE = new Set(['is', 'are', 'was', 'were', 's', 'appears', 'appear', 'features', 'feature'].map(termOf));
const IN = termOf('in');
/** What a child is in, straight after "in": "in it", "in one of them", "in some". */
const IN_WHAT = new Set(['it', 'them', 'one', 'some', 'both', 'all', 'several', 'most'].map(termOf));
const IN_THE = new Set(['the', 'a', 'that', 'this'].map(termOf));
/** Words before a child that say no child is there: "no pupil is in the picture", "none of the pupils are in them". */
const NO_CHILD = new Set(['no', 'none', 'not'].map(termOf));
const NONE_OF = new Set(['of', 'the', 'our'].map(termOf));

/**
 * True when the query says a child is in a picture it names: "a nude of a teacher, and a year 10 girl
 * is in one of them", "two pupils are in the video" (a word for a child, a year group or an age typed
 * as one word, then "is in" or "are in" within three words, then "it", "them", "one", or "the" and a
 * word of IMAGE_WORDS). Only where the query holds such a word, and not for a child said not to be
 * there: "no pupil is in the picture", "none of the pupils are in them" (`saidNotInAPicture`).
 */
function inAPicture(terms: readonly string[], childWords: ReadonlySet<string>): boolean {
	return childrenInAPicture(terms, childWords).some((said) => said === 'in');
}

/** True when the query says no child is in a picture it names: "no pupils are in the images". */
function saidNotInAPicture(terms: readonly string[], childWords: ReadonlySet<string>): boolean {
	return childrenInAPicture(terms, childWords).some((said) => said === 'not');
}

/** For each child said to be in a picture (or said not to be), 'in' or 'not'. */
function childrenInAPicture(terms: readonly string[], childWords: ReadonlySet<string>): ('in' | 'not')[] {
	if (!terms.some((term) => IMAGE_WORDS.has(term))) return [];
	const childAt = (at: number) => childWords.has(terms[at]) || YEAR_WORDS.has(terms[at]) || CHILD_TOKEN.test(terms[at]);
	const said: ('in' | 'not')[] = [];
	terms.forEach((_, index) => {
		if (!childAt(index)) return;
		for (let at = index + 1; at <= index + 3 && at + 2 < terms.length; at += 1) {
			if (!BE.has(terms[at]) || terms[at + 1] !== IN) continue;
			const what = terms[at + 2];
			if (!IN_WHAT.has(what) && !(IN_THE.has(what) && IMAGE_WORDS.has(terms[at + 3]))) return;
			let before = index - 1;
			while (before > index - 3 && NONE_OF.has(terms[before] ?? '')) before -= 1;
			said.push(NO_CHILD.has(terms[before] ?? '') ? 'not' : 'in');
			return;
		}
	});
	return said;
}

/**
 * The query's words with each of the file's `asOne` phrases, typed one word straight after the
 * other, kept as its last word: "member of staff shared nudes of a year 9" is read as "staff shared
 * nudes of a year 9".
 */
function readAsOne(typed: string[], asOne: readonly ActNowPattern[]): string[] {
	if (asOne.length === 0) return typed;
	const terms = typed.map((word) => termOf(word));
	const kept: string[] = [];
	for (let index = 0; index < typed.length; index += 1) {
		const [places] = asOne.find(([places]) => places.every((place, offset) => (typeof place === 'string' ? [place] : place).includes(terms[index + offset] ?? ''))) ?? [[]];
		if (places.length > 1) index += places.length - 1;
		kept.push(typed[index]);
	}
	return kept;
}

/** For each word of the query, whether a "..." gap may not hold it: a word for a child, or for telling of the case or coming across it (`WIDE_GAP`). */
function wideGapStops(terms: readonly string[], { child, telling, noticing }: WordSets): (index: number) => boolean {
	return (index) => child.has(terms[index]) || telling.has(terms[index]) || noticing.has(terms[index]);
}

/** "DSL here,", "Hi, drama teacher here -": up to four words, then "here" and a mark that ends it. */
const INTRODUCTION = /^[\s\p{P}]*(?:(?:hi|hello|hiya|morning|afternoon|evening)\b[\s\p{P}]*)?(?:[\p{L}\p{N}'’]+[\s-]+){1,4}here\s*[,.:;!?()–—-]/iu;
/** The most words the typed words may have before the introduction's "here" (`INTRODUCTION`). */
const INTRODUCTION_WORDS = 6;
/** Roles that introduce the one asking besides the file's words for staff, adults and parents: "DSL here,". */
const ROLES = new Set(['dsl', 'dsls', 'ddsl', 'dsp', 'cpc', 'lead', 'officer', 'practitioner', 'senco', 'alnco', 'governor'].map(termOf));

/**
 * The index in `typed` of the "here" that ends an introduction at the start of the query ("Drama
 * teacher here,"), or -1. The word before "here" must name a role: "there's a man here, outside the
 * gates" is not one.
 */
function introductionEnd(query: string, typed: readonly string[], terms: readonly string[], lists: ActNowWords): number {
	if (!INTRODUCTION.test(query)) return -1;
	const index = typed.indexOf('here');
	if (index < 1 || index >= INTRODUCTION_WORDS) return -1;
	return namesRole(terms[index - 1], lists) ? index : -1;
}

/** True when a term names a role: a word of the file's lists for staff, adults or parents, or of `ROLES`. */
function namesRole(term: string, { staff, adult, parent }: ActNowWords): boolean {
	return ROLES.has(term) || staff.includes(term) || adult.includes(term) || parent.includes(term);
}

/**
 * A label that says who is asking, before a colon at the start of the query: "Message from a P7
 * teacher:", "Email from an EAL coordinator:", "Designated teacher asking:". The one named is someone
 * unnamed ("a", "an"), or the one asking; a role of the file's words for staff, adults and parents
 * (or `ROLES`) ends it. Never a named person ("Message from Mr Jones:" may be one a pupil was sent),
 * nor a label that says to whom ("Message from a coach to a Year 8:").
 */
const LABEL = /^[\s\p{P}]*(?:(?:message|email|e-mail|note|text|call|voicemail|question|query|enquiry)\s+from\s+(?:a|an)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}'’-]+)(?:\s+to\s+(?:our|the|my|a|an)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+))?|((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}'’-]+)\s+(?:asking|asks|enquiring|writes|writing))\s*:/iu;
/** Titles that name a person: a label with one names someone, not a role. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dr'].map(termOf));

/** The index in `typed` of the last word of a label that says who is asking (`LABEL`), or -1. */
function labelEnd(query: string, typed: readonly string[], { words: lists, asOne = [] }: EncodedActNow): number {
	const found = LABEL.exec(query);
	if (!found) return -1;
	const length = readAsOne(words(found[0]), asOne).length;
	if (length === 0 || length > typed.length) return -1;
	// The one it is from, and the one it is to if it says ("to our CPC"): each a role, neither a name.
	const roles = [found[1] ?? found[3], found[2]].filter((role) => role !== undefined);
	for (const role of roles) {
		const roleWords = readAsOne(words(role), asOne).map(termOf);
		const last = roleWords[roleWords.length - 1];
		if (roleWords.some((word) => TITLES.has(word))) return -1;
		if (!namesRole(last, lists)) return -1;
	}
	return length - 1;
}

/**
 * Words typed in two that the concepts know as one. "screen shot" as "screenshot": "shot" alone is
 * "shooting" to the stemmer, and "took a screen shot at school" is not a threat to shoot at the
 * school. "V-Bucks" and "v bucks" as "vbucks", Fortnite's money: split, "v" and "bucks" are words
 * of nothing. "sex torsion" and "sex tortion" (voice-to-text slips) as "sextortion", and "black
 * mailed" as "blackmailed". "A&E" (split at the "&", "a" and "e") as "hospital": "ended up in A&E
 * after a challenge". "Live Fear Free" (Wales's domestic abuse helpline) as one word: its "live" is no
 * live stream; and "Co-op", a shop, is no "op" (a rival gang). "House parent" and "house master" as
 * one word, a member of boarding staff, not a child's parent. Two more voice-to-text slips: "new des"
 * (nudes) and "self home" or "self home in" (self-harm, self-harming). And one the other way:
 * "dickpic" as "dick pic". The ranking reads "screen shot", "sex torsion", "sex tortion" and "black mail" from
 * src/search/synonyms.json's phrases, which this matcher does not read.
 */
const SPLIT_WORDS: readonly (readonly [RegExp, string])[] = [
	[/\bscreen[\s-]+(shot|shots|shotted|shotting)\b/gi, 'screen$1'],
	[/\bv[\s-]+bucks\b/gi, 'vbucks'],
	[/\bsex[\s-]+tor[st]ion\b/gi, 'sextortion'],
	[/\bblack[\s-]+mail(ed|ing|er|ers|s)?\b/gi, 'blackmail$1'],
	[/\bdick(pic|pics)\b/gi, 'dick $1'],
	[/\ba\s?&\s?e\b/gi, 'hospital'],
	[/\blive\s+fear\s+free\b/gi, 'livefearfree'],
	[/\bco-op\b/gi, 'coop'],
	[/\bhouse[\s-]+(parent|parents|master|masters|mistress|mistresses)\b/gi, 'house$1'],
	[/\bnew[\s-]+des\b/gi, 'nudes'],
	[/\bself[\s-]+hom(?:e\s+in|ing|e)\b/gi, 'self harming'],
];

function withSplitWordsJoined(query: string): string {
	return SPLIT_WORDS.reduce((text, [split, joined]) => text.replace(split, joined), query);
}

/**
 * "d*ck" as "dick", "n*des" as "nudes": a word the concepts look for, with letters starred out, is
 * that word (one to three letters for each run of stars). Any other starred word is one word, its
 * stars dropped: "sh*t" as "sht", "f**k" as "fk". Split at the stars, its first letters would be a word
 * of their own, and "sh" is self-harm's short form.
 */
function withCensoredJoined(query: string): string {
	return query.replace(/\w+(?:\*+\w+)+/g, (word) => {
		const starred = new RegExp(`^${word.toLowerCase().replace(/\*+/g, '\\w{1,3}')}$`);
		return STARRED_WORDS.find((plain) => starred.test(plain)) ?? word.replace(/\*+/g, '');
	});
}

/** Words people star out that a concept looks for. */
const STARRED_WORDS = ['dick', 'cock', 'penis', 'porn', 'nude', 'nudes', 'naked', 'sex', 'sexy', 'sexual', 'rape', 'raped', 'kill', 'suicide', 'wank', 'wanking', 'slut', 'whore'];

/**
 * "kill her self" as "kill herself": typed apart, "self" would be a word of its own and no phrase would
 * find it. Not "self" that starts "self-harm" or "self injury": "sends him self-harm videos".
 */
function withSelfJoined(query: string): string {
	return query.replace(/\b(her|him|them|my|your|our|it)\s+(self|selves)\b(?![\s-]*(?:harm|injur))/gi, '$1$2');
}

/**
 * "£50" as "50 pounds": the sign would be lost with the punctuation, leaving a number that reads as
 * an age ("message says send £50" is not a 50-year-old), and a sum of money is itself a word the
 * concepts look for (pictures with money is blackmail).
 */
function withMoneyNamed(query: string): string {
	return query.replace(/[£$€]\s?(\d[\d,]*(?:\.\d+)?)/g, ' $1 pounds ');
}

/**
 * The query's terms, with each word the site does not know and that is one slip from a concept's
 * term read as that term: "groomng" → grooming, "sucide" → suicide. Real words that look like a
 * term ("strange", "setting") are left alone. With them, the words as written for `=word`
 * patterns: a word read with its dropped "g" back ("snapchattin") is that word as written, too
 * ("=snapchatting").
 */
function correctSlips(typed: string[], { concepts, slipTargets = [] }: EncodedActNow, vocabulary: ReadonlySet<string> | undefined): { terms: string[]; written: string[] } {
	const { patternWords, lookalikes } = wordsOf(concepts);
	const written = [...typed];
	const terms = typed.map((word, index) => {
		const term = termOf(word);
		// A real word any concept lists as a lookalike is no concept's word, even by its stem: "parents
		// piling in" has the stem of "pills" ("pil"), and "strange" is neither "strangle" nor "stranger".
		if (lookalikes.has(word)) return `${LOOKALIKE_PREFIX}${word}`;
		// A word the site uses is taken as typed.
		if (!vocabulary || vocabulary.has(term)) return term;
		// A dropped "g" ("makin", "sayin", "comin"), when the "-ing" word is one the site or the concepts
		// know: even when a concept lists the short form too ("messagin"), which would otherwise keep it
		// from every phrase that lists only "messaging".
		const withG = word.length >= DROPPED_G_MIN_LENGTH && word.endsWith('in') ? termOf(`${word}g`) : undefined;
		if (withG !== undefined && (vocabulary.has(withG) || patternWords.has(withG))) {
			written[index] = `${word}g`;
			return withG;
		}
		// A word the concepts themselves look for ("remover") is taken as typed.
		if (patternWords.has(term)) return term;
		if (word.length < SLIP_TYPED_MIN_LENGTH || /\d/.test(word)) return term;
		const meant = slipTargets.find((target) => isSlip(word, target));
		return meant ? termOf(meant) : term;
	});
	return { terms, written };
}

interface ConceptWords {
	/** Every word the concepts' patterns look for, as index terms. */
	patternWords: Set<string>;
	/** Every concept's lookalikes: real words, never read as a slip for any concept's word. */
	lookalikes: Set<string>;
}

const conceptWords = new WeakMap<readonly EncodedActNowConcept[], ConceptWords>();

function wordsOf(concepts: readonly EncodedActNowConcept[]): ConceptWords {
	let words = conceptWords.get(concepts);
	if (!words) {
		words = {
			patternWords: new Set(concepts.flatMap((concept) => concept.patterns.flatMap(([pattern]) => pattern.flat()))),
			lookalikes: new Set(concepts.flatMap((concept) => concept.lookalikes)),
		};
		conceptWords.set(concepts, words);
	}
	return words;
}

function isSlip(typed: string, target: string): boolean {
	return (
		target.length >= SLIP_TARGET_MIN_LENGTH &&
		typed !== target &&
		typed.slice(0, SLIP_SAFE_PREFIX) === target.slice(0, SLIP_SAFE_PREFIX) &&
		Math.abs(typed.length - target.length) <= 1 &&
		editDistance(typed, target, 1) <= 1
	);
}

const lookups = new WeakMap<readonly (readonly string[])[], Map<string, Set<string>>>();

/** One-word synonyms: term → the terms in a group with it. Phrases in a group are left to the ranking. */
function synonymLookup(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
	const known = lookups.get(groups);
	if (known) return known;
	const lookup = new Map<string, Set<string>>();
	lookups.set(groups, lookup);
	for (const group of groups) {
		const single = group.filter((alternative) => !alternative.includes(' '));
		for (const term of single) {
			const others = lookup.get(term) ?? new Set<string>();
			for (const other of single) if (other !== term) others.add(other);
			lookup.set(term, others);
		}
	}
	return lookup;
}

/**
 * Compares the query's term at `index` with a pattern's word, and (`oneOf`) with a place's list of
 * words: a list of a hundred child words is looked up, not compared word by word (each query is
 * compared with every place of thousands of patterns, which was most of a search's time).
 */
interface SameTerm {
	(terms: readonly string[], index: number, wanted: string): boolean;
	oneOf(terms: readonly string[], index: number, place: readonly string[]): boolean;
	/** False when no term of the query is the place's word, or one of its words: most patterns are passed over with this. */
	anywhere(terms: readonly string[], place: ActNowPlace): boolean;
}

/** A place's words, as a set, and those of them that are not a word to compare (an age, a word as typed). */
interface PlaceWords {
	all: ReadonlySet<string>;
	special: readonly string[];
}

const placeWordsCache = new WeakMap<readonly string[], PlaceWords>();

function placeWords(place: readonly string[]): PlaceWords {
	let known = placeWordsCache.get(place);
	if (!known) {
		known = { all: new Set(place), special: place.filter(isSpecial) };
		placeWordsCache.set(place, known);
	}
	return known;
}

const isSpecial = (wanted: string) => wanted.startsWith(AGE_PREFIX) || wanted.startsWith(AS_TYPED_PREFIX);

/**
 * `anywhere` for a query whose terms (and the words each is the same as) are `present`: an age or a
 * word as typed is taken to be there (`same` decides), so this never passes over a pattern that matches.
 */
function placeAnywhere(present: ReadonlySet<string>, place: ActNowPlace): boolean {
	if (typeof place === 'string') return isSpecial(place) || present.has(place);
	const { all, special } = placeWords(place);
	if (special.length > 0) return true;
	if (place.length <= present.size) return place.some((word) => present.has(word));
	for (const word of present) if (all.has(word)) return true;
	return false;
}

/** The last query's terms and what `present` made of them (a search reads one query's terms thousands of times). */
function presentOnce(make: (terms: readonly string[]) => ReadonlySet<string>): (terms: readonly string[]) => ReadonlySet<string> {
	let last: readonly string[] | undefined;
	let present: ReadonlySet<string> = new Set();
	return (terms) => {
		if (terms !== last) {
			present = make(terms);
			last = terms;
		}
		return present;
	};
}

/**
 * `typed`: the query's words as typed (simplified, misspellings fixed), index for index with the
 * terms; `units`: words after a number that say it is not an age (`words.units`).
 */
function sameTermWith(synonyms: Map<string, Set<string>>, typed: readonly string[], units: ReadonlySet<string>): SameTerm {
	const special = (terms: readonly string[], index: number, wanted: string) =>
		wanted.startsWith(AGE_PREFIX) ? isAge(terms, index, Number(wanted.slice(AGE_PREFIX.length)), units) : typed[index] === wanted.slice(AS_TYPED_PREFIX.length);
	const same = (terms: readonly string[], index: number, wanted: string) => {
		const term = terms[index];
		if (term === wanted) return true;
		if (isSpecial(wanted)) return special(terms, index, wanted);
		return synonyms.get(term)?.has(wanted) ?? false;
	};
	// Each term's synonyms that are words to compare, found once per term.
	const others = new Map<string, readonly string[]>();
	const othersOf = (term: string) => {
		let found = others.get(term);
		if (!found) others.set(term, (found = [...(synonyms.get(term) ?? [])].filter((other) => !isSpecial(other))));
		return found;
	};
	// `same` for any one of the place's words: the term itself, one of its synonyms, or an age or a
	// word as typed that it is.
	same.oneOf = (terms: readonly string[], index: number, place: readonly string[]) => {
		const { all, special: specials } = placeWords(place);
		const term = terms[index];
		if (all.has(term)) return true;
		for (const wanted of specials) if (special(terms, index, wanted)) return true;
		for (const other of othersOf(term)) if (all.has(other)) return true;
		return false;
	};
	const present = presentOnce((terms) => new Set(terms.flatMap((term) => [term, ...othersOf(term)])));
	same.anywhere = (terms: readonly string[], place: ActNowPlace) => placeAnywhere(present(terms), place);
	return same;
}

/**
 * A number from `from` to 99 not followed by a unit that makes it something else ("24 hours"), or an
 * age typed as one word ("a 25yo", as `whoIsNamed` reads it).
 */
function isAge(terms: readonly string[], index: number, from: number, units: ReadonlySet<string>): boolean {
	const typedAsAge = AGE_TOKEN.test(terms[index]);
	if (!/^\d{1,2}$/.test(terms[index]) && !typedAsAge) return false;
	const age = Number.parseInt(terms[index], 10);
	const next = terms[index + 1];
	// The top of a range that starts lower is not one person's age: "a tutorial with 16–18 year olds".
	const rangeStart = terms[index - 1] === TO ? terms[index - 2] : terms[index - 1];
	if (rangeStart !== undefined && /^\d{1,2}$/.test(rangeStart) && Number.parseInt(rangeStart, 10) < from) return false;
	// "25yo messaging her" is an age whatever follows; "25 messages" is a count.
	return age >= from && (typedAsAge || next === undefined || !units.has(next));
}

const exactly: SameTerm = Object.assign((terms: readonly string[], index: number, wanted: string) => terms[index] === wanted, {
	oneOf: (terms: readonly string[], index: number, place: readonly string[]) => placeWords(place).all.has(terms[index]),
	anywhere: (() => {
		const present = presentOnce((terms) => new Set(terms));
		return (terms: readonly string[], place: ActNowPlace) => placeAnywhere(present(terms), place);
	})(),
});

/** How an `unless` pattern is read: tightly (see `containsPattern`), and void when the word after it says otherwise. */
export interface UnlessRule {
	/** True when the word at this index (just after a match) makes the match not count. */
	notFollowedBy?: (index: number) => boolean;
	/** True when the word at this index (just before a match) makes the match not count. */
	notPrecededBy?: (index: number) => boolean;
}

/**
 * True when the words of `pattern` are in `terms` in order, with at most `gap` other words between
 * each two (none before a `joined` place; up to WIDE_GAP before a `wide` one, none of them a word that
 * starts another clause nor one `crossesClause` refuses), or anywhere for ANYWHERE. With `unless` (for `unless`
 * phrases, which hide an act-now answer when they match, so must not match loosely), a word that
 * says whose thing it is takes no gap after it and cannot open one: "on her car" (an adult's
 * tracker) is not "on her son's car"; no gap holds a word that starts another clause ("teacher …
 * she is being blackmailed"); and a match followed by a word `unless.notFollowedBy` refuses does
 * not count ("of a teacher" in "of a teacher's daughter"). No gap, short or wide, holds a word
 * `closesGap` refuses (in `matchActNow`: a word for coming across the case, "saw", "found", and the
 * "here" that ends an introduction).
 */
export function containsPattern(terms: readonly string[], [pattern, gap, joined = [], wide = []]: ActNowPattern, same: SameTerm = exactly, unless?: UnlessRule, crossesClause: (index: number) => boolean = () => false, closesGap: (index: number) => boolean = () => false): boolean {
	if (!pattern.every((place) => same.anywhere(terms, place))) return false;
	const owned = unless !== undefined;
	const at = (index: number, place: ActNowPlace) => (typeof place === 'string' ? same(terms, index, place) : same.oneOf(terms, index, place));
	if (gap === ANYWHERE) return pattern.every((place) => terms.some((_, index) => at(index, place)));
	// Place p found at `position`: can the rest follow? Every word that may hold the next place is
	// tried, not only the first, so a place that lists several words ("threatened|threatening") matches
	// wherever one of its words lets the rest of the phrase follow.
	const rest = (p: number, position: number): boolean => {
		if (p === pattern.length) return !unless?.notFollowedBy?.(position + 1);
		const place = pattern[p];
		const isWide = wide.includes(p);
		// A "who" straight after a place opens a clause about the one named there, and the wide gap may
		// step over it to what they did: "a TA who also runs the breakfast club has been messaging a pupil".
		const relative = isWide && !owned && terms[position + 1] === WHO;
		const allowed = joined.includes(p) || (owned && OWNER_WORDS.has(terms[position])) ? 0 : isWide ? WIDE_GAP + (relative ? RELATIVE_CLAUSE : 0) : gap;
		const limit = Math.min(terms.length - 1, position + 1 + allowed);
		for (let j = position + 1; j <= limit; j += 1) {
			if (at(j, place) && rest(p + 1, j)) return true;
			// Past here, the word at j is between two places: some words may not be.
			if (j === position + 1 && (GAP_STOPS.has(terms[j]) || (owned && OWNER_WORDS.has(terms[j])))) break;
			if ((owned || isWide) && SUBJECT_WORDS.has(terms[j]) && !(relative && j === position + 1)) break;
			if (isWide && crossesClause(j)) break;
			if (closesGap(j) || (!isWide && SHORT_GAP_STOPS.has(terms[j]))) break;
		}
		return false;
	};
	return terms.some((_, start) => at(start, pattern[0]) && !unless?.notPrecededBy?.(start - 1) && rest(1, start));
}

/** The simplified forms of an act-now term as written in the file ("self-harm" → "selfharm" is not one: it has a hyphen). */
export function slipTargetsOf(terms: readonly string[]): string[] {
	return terms.map(simplify).filter((term) => /^[a-z]+$/.test(term) && term.length >= SLIP_TARGET_MIN_LENGTH);
}
