import { z } from 'astro/zod';

const WORD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A place in a phrase: a word, words or lists joined by "-" (typed one straight after the other), "a|b" (any
 * one of them), "{name}" (any word of the file's `words.name`; "{name}|a" is any of those or "a") or "=word" (that word only as written,
 * not another form of it: "=meeting" is not the past "met", which shares its stem). Between two
 * places, "..." lets up to four other words come between them instead of two, within one clause
 * (see `WIDE_GAP` in src/search/act-now-match.ts).
 */
const LIST_ITEM = String.raw`(?:\{[a-z]+\}|=?[a-z0-9]+)`;
/** A word, "=word", "{name}" or a list of them ("a|b"). */
const PART = String.raw`${LIST_ITEM}(?:\|${LIST_ITEM})*`;
/** Parts joined by "-" are typed one straight after the other: "for-money", "{adult}-deepfake|deepfakes". */
const TOKEN = String.raw`(?:${PART}(?:-${PART})*)`;
const PHRASE = new RegExp(`^(?:${TOKEN}(?: (?:\\.\\.\\. )?${TOKEN})+|${PART}(?:-${PART})+)$`);
/**
 * A short form and its long form's words ("doesnt" and "does not"): a list holding the short form and
 * the long form's first word, followed by a place holding its second, says the editor meant
 * "doesnt|does not", which a phrase reads as "doesnt|does", then "not" (a space always starts a new
 * place). Session 43 found three such phrases that never matched.
 */
const LONG_FORMS: Record<string, [string, string]> = { doesnt: ['does', 'not'], dont: ['do', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'], wont: ['will', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'], hasnt: ['has', 'not'], havent: ['have', 'not'], its: ['it', 'is'], shes: ['she', 'is'], hes: ['he', 'is'], theyre: ['they', 'are'], im: ['i', 'am'], youre: ['you', 'are'] };
function splitLongForm(phrase: string): string | undefined {
	const places = phrase.split(' ').map((place) => new Set(place.split(/[-|]/)));
	for (const [index, items] of places.entries()) {
		for (const [short, [first, second]] of Object.entries(LONG_FORMS)) if (items.has(short) && items.has(first) && places[index + 1]?.has(second)) return `"${short}|${first} ${second}"`;
	}
	return undefined;
}
const PhraseSchema = z
	.string()
	.superRefine((phrase, ctx) => {
		const both = splitLongForm(phrase);
		if (both) ctx.addIssue({ code: 'custom', message: `${both} reads as two places, not a list with a two-word choice: a space always starts a new place, even inside a list, so "doesnt|does not know" is read as "doesnt|does", then "not", then "know"; write the long form as a phrase of its own ("does|do not know")` });
	})
	.regex(
		PHRASE,
		'a phrase must be two or more lower-case words, with single spaces between them; a word may be "a|b" (any one of them), "{name}" (any word of the file\'s "words" list of that name, and "{name}|a" any of those or "a") or "=word" (only as written), words (or lists) joined by "-" must be typed one straight after the other ("asking for-money", "{adult}-deepfake|deepfakes"), and "..." between two words lets up to four other words come between them ("{staff} in ... group"); put one word in "terms"',
	);
/**
 * One lower-case word ("nudes") or a phrase ("her pics"). One schema, not a union of the two: a union
 * that fails says only "Invalid input", and the editor needs to read what is allowed.
 */
const wordOrPhrase = (field: string) =>
	z
		.string()
		.refine((text) => WORD.test(text) || PHRASE.test(text), `a "${field}" entry must be one lower-case word ("nudes") or a phrase of two or more words ("her pics"); a list such as "nude|nudes" goes inside a phrase, or write each word as its own entry`);

/** The "{name}" lists a phrase or a "together" entry uses. */
const listsUsed = (text: string) => [...text.matchAll(/\{([a-z]+)\}/g)].map((match) => match[1]);

/**
 * Where an act-now answer leads: a wizard outcome, a section of one (session 29: a child drawn into
 * crime reads the child-at-risk outcome's own section first), or a section of a guide.
 */
const TargetSchema = z
	.string()
	.regex(
		/^\/(report\/outcome\/[a-z0-9-]+\/(#[a-z0-9-]+)?|guides\/[a-z0-9-]+\/#[a-z0-9-]+)$/,
		'must be a wizard outcome such as "/report/outcome/immediate-danger/", a section of one such as "/report/outcome/child-at-risk/#criminal-exploitation", or a guide section such as "/guides/harmful-content/#challenges-and-hoaxes"',
	);

/** A page that leads the ordinary results under an answer: a guide, a platform guide or a wizard outcome, or a section of one. */
const RelatedSchema = z
	.string()
	.regex(/^\/(report\/outcome|guides|platforms)\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'must be a guide, a platform guide or a wizard outcome ("/guides/grooming/", "/platforms/snapchat/", "/report/outcome/child-at-risk/"), or a section of one ("/guides/harmful-content/#challenges-and-hoaxes")');

/**
 * An adult's own case of a concept's kind: when the concept fires and the query is about an adult
 * (see `when`), this answer is shown instead of the child's, after every child's answer. Worst case
 * first: without words that say so, a query is read as about a child.
 */
const AdultAnswerSchema = z
	.object({
		/** A short id, lower case with hyphens: "blackmail-of-an-adult". */
		id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower case letters, digits and hyphens'),
		/** The situation in a few words, shown as the link's text. */
		title: z.string().min(5),
		/** One sentence shown under the link: what to do now. */
		summary: z.string().min(10),
		/** The adult's page (a wizard outcome, a section of one, or a guide section). The build fails if it does not exist. */
		target: TargetSchema,
		/**
		 * Phrases that say an adult is the one harmed, whoever else the query names: "{adult} being
		 * blackmailed", "nudes of {adult}", "on her car". Read tightly, like `unless`. Besides these,
		 * the answer is the adult's when the query names an adult (a word of `words.adult`, not as the
		 * one asking: "as a teacher", "teacher says") or an adult's age ("im 34"), and no child.
		 */
		when: z.array(PhraseSchema).default([]),
		/**
		 * True when the adult's answer is a section of the concept's own page, which covers both (a
		 * member of staff threatened, on the threats page). It is then given only when one of `when`
		 * says an adult is the one harmed, not whenever only adults are named ("someone emailed a bomb
		 * threat" is the whole school's case); and when the query names a child too, the concept's
		 * own answer is given ("pupil threatened to stab a teacher"), not neither.
		 */
		samePage: z.boolean().default(false),
	})
	.strict();

/**
 * One situation where a child may be at risk (content/data/act-now.json). When a search matches
 * it, the page it leads to is shown first, marked "Act now", above the ordinary results.
 */
export const ActNowConceptSchema = z
	.object({
		/** A short id, lower case with hyphens: "self-harm-suicide". */
		id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower case letters, digits and hyphens'),
		/** The situation in a few words, shown as the act-now link's text. */
		title: z.string().min(5),
		/** One sentence shown under the link: what to do now. */
		summary: z.string().min(10),
		/** The page (or the outcome's or guide's section) that says what to do. The build fails if the page or the section does not exist. */
		target: TargetSchema,
		/** Single words that, on their own, mean this situation: "sextortion", "kms". */
		terms: z.array(z.string().regex(WORD, 'a term must be one lower-case word (letters, digits, hyphens); put several words in "phrases"')).default([]),
		/**
		 * Several words that together mean this situation: "end their life", "choking game". They
		 * match in this order, with up to two other words between them ("end his own life"), except
		 * where joined by "-": "asking for-money" matches "asking him for money", not "asking for
		 * trip money". A word may be "a|b" (any one of them), "{name}" (any word of `words.name`) or
		 * "=word": only as written, for a word whose other forms mean something else ("=meeting a man" is
		 * a meeting now; "met a man" is one that happened, and shares its stem). "..." between two words
		 * lets up to four others come between them, none naming a child (`words.child`), telling of the
		 * case or coming across it ("says", "found": `words.telling`, `words.noticing`) or starting
		 * another clause ("she", "who"): "{staff} ... in ... group" matches "TA is in a private
		 * instagram group", not "teacher found pupils in a group".
		 */
		phrases: z.array(PhraseSchema).default([]),
		/**
		 * Phrases sure enough to fire the concept even when one of its own `unless` phrases matched:
		 * each is one of `phrases` and one of `stillWhen` at once, written once ("suicide attempt": a
		 * concept's `unless` for a lesson about suicide does not hide "an S4's suicide attempt").
		 */
		surePhrases: z.array(PhraseSchema).default([]),
		/**
		 * Single words that, on their own, mean this situation only exactly as written (any case), not
		 * in another form: "privates", which "terms" would also find in "make my account private".
		 */
		asTyped: z.array(z.string().regex(/^[a-z0-9]+$/, 'an "asTyped" word must be one lower-case word (letters and digits)')).default([]),
		/**
		 * Words that mean this situation only together, in any order and anywhere in the query:
		 * ["meet", "tonight"]. A place may hold a list of words, any one of which will do:
		 * [["attacked", "beaten", "stabbed"], ["now", "live"]] is six pairs. A word written "=word"
		 * counts only as written: [["=meet", "=meeting"], "now"] is not "met … now".
		 */
		together: z
			.array(
				z
					.array(
						z.union([
							z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\{[a-z]+\}|=[a-z0-9]+)$/, 'each word must be one lower-case word, "{name}" for any word of the file\'s "words" list of that name, or "=word" for that word only as written'),
							z
								.array(z.string().regex(/^=?[a-z0-9]+$/, 'each word in a list must be one lower-case word without hyphens, or "=word" for that word only as written'))
								.min(2, 'a list of words any one of which will do needs two or more; write one word as a string'),
						]),
					)
					.min(2, 'a "together" entry needs two or more words'),
			)
			.default([]),
		/**
		 * Phrases that show the query is about someone else, so this concept does not apply even if
		 * it matches: "of a teacher" for sexual images (an adult's image is a different page).
		 */
		unless: z.array(PhraseSchema).default([]),
		/**
		 * Words or phrases that make the concept fire even when one of its own `unless` phrases matched
		 * (not the file's): a hacker who wants money to give an account back is not sextortion
		 * ("give it back"), unless there are images in it too ("nudes", "her pics").
		 */
		stillWhen: z.array(wordOrPhrase('stillWhen')).default([]),
		/**
		 * Phrases that make the query a question about what is allowed ("is it ok for", "should
		 * teachers follow"): the concept does not fire for one, which the guides answer, unless one of
		 * `concerns` is in the query too.
		 */
		questions: z.array(PhraseSchema).default([]),
		/**
		 * Words or phrases that make such a question a concern about a child (a time of night, a
		 * secret, gifts, photos): "is it ok for a teacher to message a pupil at midnight?" fires.
		 * They undo only `questions`, not `unless`.
		 */
		concerns: z.array(wordOrPhrase('concerns')).default([]),
		/**
		 * An age that means an adult is involved: a number from `from` to 99 within two words of one
		 * of `near`, before or after it ("boyfriend is 24", "her 19 year old boyfriend"). A number
		 * followed by a unit ("24 hours", "20 messages") is not an age.
		 */
		ages: z
			.array(
				z
					.object({
						/** Words the age must be near: "boyfriend", "girlfriend". */
						near: z.array(z.string().regex(WORD, 'each entry must be one lower-case word')).min(1),
						/** The lowest age that counts. */
						from: z.number().int().min(1).max(99),
					})
					.strict(),
			)
			.default([]),
		/**
		 * Real words one letter away from a term, which must not be read as a slip for it:
		 * "strange" (not "strangle"). Search reads a word it does not know that is one letter from a
		 * term of 7 letters or more as that term ("groomng", "sucide").
		 */
		lookalikes: z.array(z.string().regex(/^[a-z]+$/, 'a lookalike must be one lower-case word')).default([]),
		/**
		 * The adult's own case of the same kind (a member of staff blackmailed, an ex tracking a
		 * teacher's car), answered by the adult's page instead of the child's. See `adult`'s fields.
		 */
		adult: AdultAnswerSchema.optional(),
		/**
		 * True for a situation that is a child's by definition (grooming: an adult contacting a child):
		 * it does not fire when the query names only adults ("our caretaker met a woman online"; see
		 * `adult.when`).
		 */
		childOnly: z.boolean().default(false),
		/**
		 * True for a situation that needs a child in it to be one (a member of staff messaging a pupil):
		 * it fires only when the query names a child (a word of `words.child`, a year group, a team
		 * such as "U14s" or "under 13s", an age under 18). "Teacher messaging parents" is not it.
		 */
		needsChild: z.boolean().default(false),
		/**
		 * Pages that lead the ordinary results under this concept's answer (session 30): the guide on
		 * the harm, a related outcome or section. Those the ordinary ranking has near its top (the
		 * query's own words found them) move to the top of the ordinary results, in their ranked order:
		 * `RELATED_WINDOW` and `RELATED_LEAD` in src/search/engine.ts. Not used for an adult's answer.
		 * The build fails on a page or section search does not cover.
		 */
		related: z.array(RelatedSchema).default([]),
	})
	.strict()
	.refine((concept) => concept.terms.length + concept.asTyped.length + concept.phrases.length + concept.surePhrases.length + concept.together.length + concept.ages.length > 0, { message: 'needs at least one term, "asTyped" word, phrase or "together" entry', path: ['terms'] });

/** A list of `words`: single lower-case words, matched the way search matches them (any case, plurals, -ing and -ed forms). */
const WordListSchema = z.array(z.string().regex(/^[a-z0-9]+$/, 'each word in a list must be one lower-case word without hyphens')).min(1, 'a list needs at least one word');
/** A list's name, as "{name}" in a phrase. */
const LIST_NAME = /^[a-z]+$/;

/**
 * The file's lists of words. The ones named here are read on their own by search's rules (besides
 * any use as "{name}"), so each must be there: extend them to teach search a new word. Any other
 * list (`contact`) is for phrases only.
 */
const WordsSchema = z
	.object({
		/** Words for a child ("pupil", "lad", "wean"): a query naming one is never an adult's own case, and an `unless` or `when` phrase followed by one is about that child ("nudes of a teacher's daughter"). */
		child: WordListSchema,
		/** People in a school's life who are adults ("caretaker", "colleague"): naming one, and no child, makes the query an adult's own case. */
		adult: WordListSchema,
		/** Words after an adult's role that make them the one telling or doing, not the one harmed: "teacher says", "teacher sent". */
		reporting: WordListSchema,
		/** Words that say someone told of a case ("disclosed", "told"): with one, the file's own `unless` stops nothing ("a pupil disclosed in a PSHE lesson that …"). */
		telling: WordListSchema,
		/** A parent or carer ("mum", "carer", "nan"): with one named, "she said sir …" may be the parent's words, not a pupil's, so it names no child. */
		parent: WordListSchema,
		/** Words by which someone unnamed passes on what a pupil said: "she said sir …", "he told me miss …" name a child (see `titles`). */
		quoting: WordListSchema,
		/** How pupils name a member of staff ("sir", "miss"): quoted by someone unnamed ("she said sir keeps messaging her"), they are a pupil's words. */
		titles: WordListSchema,
		/** Words before a word for a child that make them grown up now: "a former pupil", "ex-student" is an adult. */
		former: WordListSchema,
		/** Words just before a number under 18 that make it a year group or a child's age: "year 9", "aged 14", "year 9s". */
		agebefore: WordListSchema,
		/** Words just after a number under 18 that make it a child's age: "14 year old", "15 yrs". */
		ageafter: WordListSchema,
		/** Words after a number that make it a count, not an age, for a concept's `ages`: "24 hours", "20 messages", "50 pounds". */
		units: WordListSchema,
		/** Words that say someone came across the case ("found", "saw", "noticed"): like a word of `telling` or `child`, one ends a "..." gap in a phrase, so "teacher found pupils in a group" is not "{staff} in ... group". */
		noticing: WordListSchema,
		/** The early years ("nursery", "reception", "P1", "toddlers"): one names a child unless a word of `adult` or `staff` follows it ("nursery nurse", "reception teacher"); also "{young}" in phrases. */
		young: WordListSchema,
		/** Members of staff, for phrases ("{staff} ... in ... group"); after a word of `young`, it makes that word a class, not a child. */
		staff: WordListSchema,
		/** Words that describe a member of staff before their role ("PE", "maths", "supply"): "our Year 9 maths teacher" is a teacher, not a Year 9 pupil; also "{rolebefore}" in phrases. */
		rolebefore: WordListSchema,
	})
	.catchall(WordListSchema)
	.superRefine((words, ctx) => {
		for (const name of Object.keys(words)) {
			if (!LIST_NAME.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'a list\'s name must be lower-case letters' });
		}
	});

export const ActNowSchema = z
	.object({
		/** What the file is for and how to edit it. */
		about: z.string(),
		/**
		 * Lists of single words that phrases, `unless` phrases and "together" entries use as "{name}":
		 * any one of them will do ("{adult} being blackmailed"). Some are also read on their own, by
		 * rules in src/search/act-now-who.ts and act-now-match.ts, and must be there (see `WordsSchema`).
		 */
		words: WordsSchema,
		/**
		 * Phrases that show a query is about teaching, training or policy rather than a child at
		 * risk, for every concept: "lesson plan", "first aid course". Then no concept fires.
		 */
		unless: z.array(PhraseSchema).default([]),
		/**
		 * Words or phrases that mean a child is in the case although they hold no word of
		 * `words.child`: "indecent images" (in UK law, sexual images of under-18s), "IIOC", "CSAM".
		 * With one, naming an adult does not make it an adult's own case, and a `needsChild` concept
		 * may fire: "indecent images found on a teacher's laptop" is an allegation, not an adult's
		 * intimate image. An adult's `when` ("teacher being blackmailed") still gives the adult's answer.
		 */
		namesAChild: z.array(wordOrPhrase('namesAChild')).default([]),
		/**
		 * Phrases that show a child is most likely the one in the case though the query names them only
		 * as "her" or "him" or by a first name ("sent him a", "her uncle", "the playground"): enough for a
		 * `needsChild` concept to fire, and nothing more. Unlike `namesAChild` they do not change whose
		 * case it is: a query that names an adult and no child is still that adult's own case.
		 */
		childHints: z.array(PhraseSchema).default([]),
		/**
		 * Phrases the matcher reads as their last word: "member|members of staff" is "staff". Without it
		 * the "of staff" in "member of staff shared nudes of a year 9" reads as an image of an adult (the
		 * adults' `when` "of {adult}"), and with a child named too, no answer is shown. Words typed one
		 * straight after the other; no "{name}" lists.
		 */
		asOne: z.array(z.string().regex(new RegExp(`^${TOKEN}(?: ${TOKEN})+$`), 'an "asOne" entry must be two or more lower-case words, with single spaces between them; a word may be "a|b" (any one of them)').refine((text) => !text.includes('{') && !text.includes('='), 'an "asOne" entry may not use "{name}" lists or "=word"')).default([]),
		/**
		 * The situations, most urgent first: when a query matches several, each is shown, in this
		 * order (immediate danger before anything else; blackmail before the images it is about).
		 */
		concepts: z.array(ActNowConceptSchema).min(1),
	})
	.strict()
	.superRefine((file, ctx) => {
		const seen = new Set<string>();
		file.concepts.forEach((concept, index) => {
			if (seen.has(concept.id)) ctx.addIssue({ code: 'custom', path: ['concepts', index, 'id'], message: `"${concept.id}" is used twice; ids must be unique` });
			seen.add(concept.id);
			if (!concept.adult) return;
			if (seen.has(concept.adult.id)) ctx.addIssue({ code: 'custom', path: ['concepts', index, 'adult', 'id'], message: `"${concept.adult.id}" is used twice; ids must be unique` });
			seen.add(concept.adult.id);
		});
		const lists = Object.keys(file.words);
		const checkLists = (texts: readonly string[], path: (string | number)[]) =>
			texts.forEach((text, index) => {
				for (const name of listsUsed(text)) {
					if (!lists.includes(name)) ctx.addIssue({ code: 'custom', path: [...path, index], message: `"{${name}}" is not a list in "words"; the lists are ${lists.map((list) => `{${list}}`).join(', ') || 'none yet'}` });
				}
			});
		checkLists(file.unless, ['unless']);
		checkLists(file.namesAChild, ['namesAChild']);
		checkLists(file.childHints, ['childHints']);
		file.concepts.forEach((concept, index) => {
			checkLists(concept.phrases, ['concepts', index, 'phrases']);
			checkLists(concept.surePhrases, ['concepts', index, 'surePhrases']);
			checkLists(concept.unless, ['concepts', index, 'unless']);
			checkLists(concept.stillWhen, ['concepts', index, 'stillWhen']);
			checkLists(concept.questions, ['concepts', index, 'questions']);
			checkLists(concept.concerns, ['concepts', index, 'concerns']);
			concept.together.forEach((places, entry) => checkLists(places.filter((place): place is string => typeof place === 'string'), ['concepts', index, 'together', entry]));
			if (concept.adult) checkLists(concept.adult.when, ['concepts', index, 'adult', 'when']);
		});
	});

export type ActNowConcept = z.output<typeof ActNowConceptSchema>;
export type ActNowFile = z.output<typeof ActNowSchema>;
