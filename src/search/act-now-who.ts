/**
 * Who a query names, for the act-now matcher (act-now-match.ts): a child, an adult as someone in the
 * case, both or neither. An adult's own case gets the adult's answer only when it names no child.
 */
import type { EncodedActNow } from './act-now-match';
import { type ActNowWords, WORD_LISTS, type WordListName } from './act-now-words';
import { termOf } from './text';

// The grammar the rules below are written in: small closed sets of function words, kept beside the
// rules. The vocabulary they read (who is a child, a parent, a former pupil; "sir"; "said") is in
// content/data/act-now.json's `words`, where an editor can extend it.

/** "as a teacher", "forwarded by the principal": how someone says who is asking or passing it on, not who was harmed. */
const ASKER_BEFORE = [['as', 'a'], ['as', 'an'], ['forwarded', 'by'], ['forwarded', 'by', 'the'], ['forwarded', 'by', 'our'], ['forwarded', 'by', 'a'], ['forwarded', 'by', 'my']].map((words) => words.map(termOf));
/**
 * "to show the head", "tell my deputy", "inform the DSL": the adult the case is taken to, not one in
 * it ("can I screenshot the nude to show the head?" is about whoever the nude is of).
 */
const TOLD_BEFORE = new Set(['show', 'showing', 'tell', 'telling', 'inform', 'informing', 'escalate', 'escalating'].map(termOf));
const WHOSE_BEFORE = new Set(['the', 'my', 'our', 'a', 'your'].map(termOf));
/** "staff keep asking": the ones asking, not in the case ("a teacher keeps finding posts" is in it). */
const KEEP = new Set(['keep', 'keeps', 'kept'].map(termOf));
const ASKING = new Set(['asking', 'asks', 'asked'].map(termOf));
/** "im 34", "i am 40": the one asking, an adult, about their own case. */
const SELF = [['im'], ['i', 'am']].map((words) => words.map(termOf));
/** A year group, a team or a pupil's age, typed as one word: "y9", "yr10", "s2", "p6", "y9s", "u14s", "14yo", "15yrs", and the age and sex of case notes, "15F", "13M" (10 to 19 only: "2m views" is a count). */
export const CHILD_TOKEN = /^(?:(?:y|yr|s|p|u)\d{1,2}s?|\d{1,2}(?:yo|yrs?)|1\d[fm])$/;
/** "19yo", "15yrs", "16F": an age typed as one word, a child's only under ADULT_AGE. */
export const AGE_TOKEN = /^(?:\d{1,2}(?:yo|yrs?)|1\d[fm])$/;
/** The age from which a learner or student is an adult ("adult learner (19)"). */
const ADULT_AGE = 18;
/** The first school year a pupil of 18 may be in: Year 12 (Wales, England), Year 13 and 14 (Northern Ireland). */
const SIXTH_FORM_YEAR = 12;
/** Words before "learner" or "student" that make them an adult: "adult learner", "mature student" (not "a mature girl"). */
const ADULT_BEFORE = new Set(['adult', 'mature'].map(termOf));
/** The words for a pupil that `ADULT_BEFORE` reads: a college's learners and students are often adults. */
const LEARNERS = new Set(['learner', 'student'].map(termOf));
/** Between a word for a pupil and their age: "student aged 19", "learner age 20". */
const AGE_LINKS = new Set(['aged', 'age'].map(termOf));
const OLD = termOf('old');
/** Ages typed as words ("a four-year-old", "six year old"): read as their numbers. */
const NUMBER_WORDS = new Map(
	['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'].map((word, index) => [termOf(word), index + 1]),
);
/** The number a term says, typed in figures or (one to seventeen) in words; NaN for any other term. */
const numberOf = (term: string): number => (/^\d{1,2}$/.test(term) ? Number(term) : (NUMBER_WORDS.get(term) ?? Number.NaN));

/** A number from ADULT_AGE to 99 at `index`, said as an age (not "19 hours"). */
function isAdultNumber(terms: readonly string[], index: number): boolean {
	return index >= 0 && /^\d{1,2}$/.test(terms[index] ?? '') && Number(terms[index]) >= ADULT_AGE;
}

/**
 * A word for a pupil at `index` said to be an adult: "adult learner", "mature student", "learner
 * (19)", "student aged 19", "19 year old student", "19yo student". A college's learners are often
 * adults. The age must be next to the word: "student has a 19 year old boyfriend" is still a child,
 * and so is "pupil 18 year old boyfriend" (an age followed by "year old" belongs to the next word).
 */
function isAdultAged(terms: readonly string[], index: number, ageafter: ReadonlySet<string>, units: ReadonlySet<string>): boolean {
	if (ADULT_BEFORE.has(terms[index - 1]) && LEARNERS.has(terms[index])) return true;
	const next = index + 1;
	if (isAdultNumber(terms, next) && !ageafter.has(terms[next + 1]) && !units.has(terms[next + 1])) return true;
	if (AGE_LINKS.has(terms[next]) && isAdultNumber(terms, next + 1)) return true;
	if (AGE_TOKEN.test(terms[index - 1] ?? '') && Number.parseInt(terms[index - 1], 10) >= ADULT_AGE) return true;
	if (ageafter.has(terms[index - 1]) && isAdultNumber(terms, index - 2)) return true;
	return terms[index - 1] === OLD && ageafter.has(terms[index - 2]) && isAdultNumber(terms, index - 3);
}

/** "who is 18", "who's 19", "who turned 18 last month": a pupil's own adult age, said just after them. */
const WHO = new Set(['who', 'whos'].map(termOf));
/** The words that may come between "who" and the age: "who is", "who has just turned", "who is now". */
const AGE_VERBS = new Set(['is', 'has', 'just', 'now', 'turned'].map(termOf));
/** How many words may come between the word for a pupil and "who": "Year 13 student who turned 18". */
const WHO_WITHIN = 2;

/**
 * A pupil at `index` said to be an adult in the words just after them: "an S6 who is 18", "a Year 13
 * student who turned 18 last month", "one of our college students, she's 19". Not "a year 10 girl
 * whose boyfriend is 19" (the age is someone else's), nor "who is 18 minutes late" (a count).
 */
function isSaidAdult(terms: readonly string[], index: number, units: ReadonlySet<string>): boolean {
	for (let at = index + 1; at <= index + WHO_WITHIN + 1 && at < terms.length; at += 1) {
		// "An S4 girl's ex, who is 19": the age is the ex's, not the pupil's. ("Our kid, my brother, he's
		// 19": a relative named as the asker's is the pupil.)
		if ((RELATIVES.has(terms[at]) || PARTNERS.has(terms[at])) && !WHOSE_RELATIVE.has(terms[at - 1])) return false;
		const saidOf = SAID_OF.has(terms[at]);
		if (!WHO.has(terms[at]) && !saidOf) continue;
		let age = at + 1;
		while (age < at + 4 && AGE_VERBS.has(terms[age])) age += 1;
		return (saidOf || age > at + 1) && isAdultNumber(terms, age) && !units.has(terms[age + 1]);
	}
	return false;
}

/** "teach P5", "I teach Y9": a class, said by the member of staff who teaches it. */
const TEACH = new Set(['teach', 'teaches', 'taught', 'teaching'].map(termOf));
/** After a class, who teaches it: "the S4 class she teaches", "the year 10 set I teach". */
const CLASSES = new Set(['class', 'classes', 'group', 'groups', 'form', 'set', 'sets'].map(termOf));
const TEACHERS = new Set(['she', 'he', 'i', 'they', 'we'].map(termOf));
/** "His Year 10 class", "my S4 set": whose class, said by or of the member of staff who teaches it. */
const CLASS_OWNERS = new Set(['his', 'her', 'my', 'their'].map(termOf));
const OWN_CLASSES = new Set(['class', 'classes', 'form', 'set', 'sets'].map(termOf));
/** "young people", "a young person": how youth workers and social care name the children they work with. */
const YOUNG = termOf('young');
const PEOPLE = new Set(['person', 'people', 'persons'].map(termOf));
/** "a woman on our team", "a man in the department": a colleague, named by where they work. */
const PERSON = new Set(['woman', 'man', 'lady', 'guy', 'someone'].map(termOf));
const AT_WORK = new Set(['on', 'in'].map(termOf));
const WHOSE = new Set(['our', 'my', 'the'].map(termOf));
const WORKPLACE = new Set(['team', 'department', 'office', 'staffroom'].map(termOf));
/** "at reception", "the reception desk": a school's front office, not its youngest class. */
const PLACE_BEFORE = new Set(['at', 'to', 'into', 'from'].map(termOf));
const PLACE_AFTER = new Set(['desk', 'area', 'office', 'window', 'door'].map(termOf));
/** "shes 14", "hes 15", "theyre 13", and "she is 14" (a word of `PRONOUNS`, then "is"): an age said of someone. */
const SAID_OF = new Set(['shes', 'hes', 'theyre'].map(termOf));
/**
 * Words typed that the stemmer makes one with a word for a child: "soon" is "son", "ten" is "teen"
 * ("they want the money soon", "ten hours to pay" name no child). "Ten" still says an age where
 * ages are read ("a ten year old").
 */
const NOT_A_CHILD_AS_TYPED = new Set(['soon', 'ten']);
/** Words typed that the stemmer makes one with a word for an adult: "she volunteered that a man ..." names no volunteer. */
const NOT_AN_ADULT_AS_TYPED = new Set(['volunteered', 'volunteering']);
/** "child protection", "children's services", "children's social care": a field or an agency, not a child. */
const AGENCY_AFTER = new Set(['protection', 'services', 'social'].map(termOf));
/** "here", in "teacher here": the one asking, unless what follows says it happened to them. */
const HERE = 'here';
/** "the parents of every pupil", "parents of all pupils": the ones a threat would reach (`isAudience`). */
const EVERY = new Set(['every', 'all'].map(termOf));
/** "A teacher here got an email", "one of our TAs here has been sent": the adult asking is the one it happened to. */
const RECEIVED = new Set(['got', 'gets', 'getting', 'received', 'receives', 'receiving', 'had'].map(termOf));
const HAS = new Set(['has', 'is', 'was'].map(termOf));
const BEEN = new Set(['been', 'being', 'had', 'getting', 'got'].map(termOf));
/** "my pupils' parents", "our students' parents" (`whoIsNamed`). */
const WHOSE_PUPILS = new Set(['my', 'our'].map(termOf));
const IS = new Set(['is', 'are'].map(termOf));
/** "two years ago", "3 years later": a time, not an age. */
const TIME_AFTER = new Set(['ago', 'later', 'before', 'after', 'since', 'back'].map(termOf));
/** "under 13s", "under 16": a team or group of children by age. */
const UNDER = termOf('under');
const IN = termOf('in');
const OF = termOf('of');
const THE = termOf('the');
/** "Head of Year 9", "heads of year": a title, not a year group's pupils. */
const HEADS = new Set(['head', 'heads'].map(termOf));
/** "not a child", "not a pupil": a child named only to say there is none. */
export const NOT = termOf('not');
/** "No current pupils", "no other children": none in the case, with which ones said. */
const WHICH_ONES = new Set(['current', 'other', 'actual', 'real'].map(termOf));
/** "Nothing to do with her kids": the children named after it are not in the case. */
const NOTHING_TO_DO_WITH = ['nothing', 'to', 'do', 'with'].map(termOf);
/** "Nothing about any pupils": the same. */
const NOTHING_ABOUT = ['nothing', 'about'].map(termOf);
const ANY = termOf('any');
/** "no pupils involved", "no children were there": the same, said straight before the word. */
const NO = termOf('no');
/**
 * "the kids are fine", "the boy is safe", "children aren't involved": said just after, the same. Not
 * "ok": "the teacher asked if the girl was ok, then asked for pics" names a child in the case.
 */
const FINE = new Set(['fine', 'safe', 'unharmed', 'grown'].map(termOf));
/** "asked if the girl was fine": a question about the child, not a word that the child is out of it. */
const ASKED_IF = new Set(['if', 'whether'].map(termOf));
/** Said of the children with a negation, they are out of the case: "aren't involved". Not "aren't aware": children may not know they were filmed. */
const INVOLVED = new Set(['involved'].map(termOf));
/** "the kids at the club are fine": where the children are, between them and what is said of them. */
const WHERE_THEY_ARE = new Set(['at', 'in', 'from'].map(termOf));
const WHERE_WHOSE = new Set(['the', 'our', 'my', 'his', 'her', 'their'].map(termOf));
/** "the kids at school are fine": a place said without "the" or "our". Not "at home": children who live where the harm is may be in the case. */
const PLACE_ALONE = new Set(['school', 'class', 'college', 'nursery', 'club'].map(termOf));
/** Not a place: "the kids in the video are fine" are still the ones in the video. */
const NOT_A_PLACE = new Set(['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'video', 'videos', 'vid', 'vids', 'clip', 'clips', 'film', 'footage', 'stream', 'livestream', 'chat', 'group', 'call'].map(termOf));
/** Between the child and "fine" or "involved": "are all", "were not", "aren't". */
const FINE_LINKS = new Set(['are', 'is', 's', 'r', 'all', 'both', 'were', 'was', 'not', 'never', 'arent', 'werent', 'isnt', 'wasnt', 'themselves', 'themself', 'himself', 'herself'].map(termOf));
/** Before the child, a doubt that they are "involved": "we don't think pupils are involved". */
const DOUBTING = new Set(['dont', 'didnt', 'doubt', 'not', 'never'].map(termOf));
/** Words that say something is not the case: "not involved", and in matching, "not a lesson". */
export const NEGATIONS = new Set(['not', 'never', 'arent', 'werent', 'isnt', 'wasnt'].map(termOf));
/** How far after a child "and are not involved" may be said of them, in the same clause. */
const FINE_CLAUSE_WITHIN = 8;
const AND = termOf('and');
/** The words that say "and are fine" of the children named before it, not of something else. */
const ARE = new Set(['are', 'arent', 'were', 'werent', 'is', 'isnt', 'was', 'wasnt'].map(termOf));
/** "none of the learners are involved", "none of our pupils": a child named only to say there is none in the case. */
const NONE = termOf('none');
const NONE_OF_WHOSE = new Set(['the', 'our', 'my', 'these', 'those', 'them'].map(termOf));
/** "None of this involves pupils", "it doesn't involve any children": a child named only to say the case does not involve one. */
const INVOLVES = new Set(['involve', 'involves', 'involving'].map(termOf));
const NOT_INVOLVING = new Set(['doesnt', 'dont', 'didnt', 'not'].map(termOf));
const THIS_OR_IT = new Set(['this', 'it'].map(termOf));
/**
 * Verbs that make a child named just before them the one telling the adult, not one in the case: "a
 * Year 9 pupil told me", "pupils in my class warned me", "a student showed me", "year 8s spotted".
 */
const TELLER_VERBS = new Set(['told', 'tells', 'telling', 'said', 'says', 'showed', 'shows', 'warned', 'warns', 'spotted', 'noticed', 'saw', 'found', 'mentioned', 'reported', 'alerted', 'let', 'heard'].map(termOf));
/**
 * Verbs that make a child named just before them one who passed the case on or made it, not one it
 * was done to: "pupils shared a nude of their teacher", "a Year 11 posted her address", "S6 pupils came
 * across it", "Year 10 boys made a fake nude of miss", "pupils used an app". A maker's verb counted
 * only from session 57: before, the general sets' writers' choice held (the guide on harassment of
 * staff first, the adult's answer nowhere); the safety sets' writers, blind, want the adult's answer
 * (eleven of their queries went up, in nine sets), and the guide comes second (19 up, 12 down on the
 * tracked sets, each down a first to a second). An AirDrop to a teacher is an image sent, not one of
 * her ("sent" is not here).
 */
const ACTOR_VERBS = new Set(['shared', 'posted', 'put', 'came', 'passed', 'spread', 'uploaded', 'made', 'make', 'making', 'created', 'used', 'using'].map(termOf));
/** "Students have seen them": children who saw it, said with "have" ("a girl was seen in it" is one in it). */
const SEEN = termOf('seen');
/**
 * Without passing it on, how a child who only came across the case is told (`childrenOnlyTellOrPass`):
 * "pupils saw a post", "a Year 9 showed me". Not "said" nor "told her": "a boy says he knows where she
 * lives" is the threat itself.
 */
const SEEING_VERBS = new Set(['saw', 'spotted', 'noticed', 'found', 'showed', 'shows', 'reported', 'alerted', 'mentioned', 'heard'].map(termOf));
/** …or "told me", "warned us" (TOLD_TO, then TOLD_WHOM). */
const TOLD_TO = new Set(['told', 'tells', 'warned', 'warns'].map(termOf));
const TOLD_WHOM = new Set(['me', 'us', 'staff', 'our', 'their'].map(termOf));
const HAVE = new Set(['have', 'has', 'had', 'havent', 'hasnt'].map(termOf));
/** "The other pupils are fine": others than the one in the case. */
const OTHERS = new Set(['other', 'others', 'rest'].map(termOf));
/** How many words may come between a child and the verb of telling: "pupils in my Year 12 class warned". */
const TELLER_WITHIN = 6;
/** Marks a lookalike typed in a query (act-now-match.ts): it then equals no pattern word, by stem or by slip. */
export const LOOKALIKE_PREFIX = '~';
/** A query's term without the lookalike's mark, as its index term: "came" is a lookalike of "cam" (a word the concepts look for), but still the verb of "pupils came to tell me". */
const unmarked = (term: string | undefined) => (term?.startsWith(LOOKALIKE_PREFIX) ? termOf(term.slice(LOOKALIKE_PREFIX.length)) : term);
/** How far before a child "by" may be, with the verb before it: "made by year 9 pupils", "shared by a year 11 boy". */
const AGENT_WITHIN = 4;
/** How far before "by" the verb may be: "passed round by pupils", "posted on Snapchat by a Year 10". */
const VERB_BEFORE_BY = 4;
const BY = termOf('by');
/** "passed around Year 10", "going round the S3s": the children it reached, said after a verb of ACTOR_VERBS or GOING. */
const AROUND = new Set(['around', 'round', 'among', 'amongst', 'across'].map(termOf));
const GOING = new Set(['going', 'gone', 'went', 'goes', 'sent', 'spreading'].map(termOf));
/**
 * What the one asking says is theirs, after "my", when the case is their own: "my house", "my
 * address", "my car". Not "I'm worried" or "asked me": those say nothing of whose case it is.
 */
const MY = termOf('my');
const ME = termOf('me');
/** "where I live", "where I park": the asker's own, too. */
const WHERE = termOf('where');
const I = termOf('i');
const LIVE = new Set(['live', 'stay', 'park', 'sleep', 'work'].map(termOf));
const OWN_THINGS = new Set(['house', 'home', 'address', 'street', 'road', 'postcode', 'flat', 'door', 'window', 'windows', 'car', 'bike', 'name', 'location', 'details', 'number', 'family', 'children', 'kids', 'partner', 'husband', 'wife'].map(termOf));
/** "my house", "my new car": one of `things` said to be the asker's, straight after "my" or one word on. */
function saysMy(terms: readonly string[], things: ReadonlySet<string>): boolean {
	return terms.some((term, index) => term === MY && (things.has(terms[index + 1]) || things.has(terms[index + 2])));
}
/** "my pics", "my intimate photos": an image of the asker (`isOwnCase`). */
const OWN_IMAGES = new Set(['pics', 'pic', 'photos', 'photo', 'pictures', 'picture', 'images', 'image', 'nudes', 'nude', 'video', 'videos', 'intimate', 'naked', 'private', 'sexual'].map(termOf));
/** Someone not named, telling what happened: "she said", "he says", "they told me". */
const PRONOUNS = new Set(['she', 'he', 'they'].map(termOf));
const ONE = termOf('one');
/** Between the telling and "sir": "she said that sir", "he told me sir". */
const REPORTED_LINKS = new Set(['that', 'me', 'us'].map(termOf));

/** "a pupil's older brother", "the girl's cousin": a relative of the child is named, not the child (the apostrophe is gone). */
const RELATIVES = new Set(['brother', 'brothers', 'sister', 'sisters', 'stepbrother', 'stepsister', 'cousin', 'cousins', 'uncle', 'aunt', 'auntie', 'grandad', 'granddad', 'grandma', 'nan', 'nana'].map(termOf));
/** Which of a family: between the child and the relative ("a pupil's older brother"), or before "one" ("her older one is 11"). */
const RELATIVE_AGE = new Set(['older', 'oldest', 'elder', 'eldest', 'younger', 'youngest', 'middle', 'big', 'little'].map(termOf));
/** Said before a relative or partner whose age follows: "my brother, he's 19". */
const WHOSE_RELATIVE = new Set([...CLASS_OWNERS, ...WHOSE_PUPILS]);
/** A pupil's partner, past or present: "her ex", "his girlfriend". */
const PARTNERS = new Set(['ex', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner'].map(termOf));

/** Who a query names: a child, an adult (see `whoIsNamed`), both or neither. */
export interface Named {
	child: boolean;
	adult: boolean;
}

/** The file's lists `whoIsNamed` reads, as sets. */
export type WordSets = Record<WordListName, Set<string>>;

const wordSets = new WeakMap<ActNowWords, WordSets>();

/** The lists as sets, made once for each encoded file (the matcher reads them too). */
export function setsOf(words: ActNowWords): WordSets {
	let sets = wordSets.get(words);
	if (!sets) {
		sets = Object.fromEntries(WORD_LISTS.map((name) => [name, new Set(words[name])])) as WordSets;
		wordSets.set(words, sets);
	}
	return sets;
}

/** "she said sir", "he told me that miss", "she says that sir": the word at `index` told by a pronoun with a word of `quoting`. */
function isToldBy(terms: readonly string[], index: number, quoting: ReadonlySet<string>): boolean {
	let at = index - 1;
	while (at > index - 3 && REPORTED_LINKS.has(terms[at])) at -= 1;
	return quoting.has(terms[at]) && PRONOUNS.has(terms[at - 1]);
}

/**
 * True when each child named (at `mentions`) tells of the case ("a pupil told me", "pupils in my class
 * warned me": a verb of TELLER_VERBS within TELLER_WITHIN words, before another clause starts) and the
 * case is the asker's own: "my house", "my address" (OWN_THINGS), "a photo of me", "where I live".
 */
function tellersOnly(terms: readonly string[], mentions: readonly number[]): boolean {
	const tellerAt = (index: number) => {
		for (let at = index + 1; at <= index + TELLER_WITHIN && at < terms.length; at += 1) {
			if (TELLER_VERBS.has(terms[at])) return true;
			if (SUBJECT_WORDS.has(terms[at])) return false;
		}
		return false;
	};
	const ownCase = saysMy(terms, OWN_THINGS) || terms.some((term, index) => (term === OF && terms[index + 1] === ME) || (term === WHERE && terms[index + 1] === I && LIVE.has(terms[index + 2])));
	return ownCase && mentions.every(tellerAt);
}
/** Pictures between a child and a verb done by someone else ("girl, intimate pics shared by"). */
const HER_PICTURES = new Set(['pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'vid', 'vids', 'nude', 'nudes', 'snaps', 'clip', 'clips'].map(termOf));
/** A child named at `index` who told, found or (when `passing`) passed it on: a verb of TELLER_VERBS (or ACTOR_VERBS) within TELLER_WITHIN words, before another clause starts. */
function actorAt(terms: readonly string[], index: number, passing: boolean, parents: ReadonlySet<string>): boolean {
	// Named after the verb, as its agent: "a nude of a teacher made by year 9 pupils", "shared by a Year 11",
	// "passed round on Snapchat by pupils" (up to VERB_BEFORE_BY words between the verb and "by").
	// After another verb ("taken by a year 11 and shared round"), what the child did next is read below.
	if (passing) {
		for (let at = index - 1; at >= Math.max(1, index - AGENT_WITHIN); at -= 1) {
			if (terms[at] !== BY) continue;
			for (let verb = at - 1; verb >= Math.max(0, at - VERB_BEFORE_BY); verb -= 1) {
				if (ACTOR_VERBS.has(terms[verb])) return true;
				if (SUBJECT_WORDS.has(terms[verb])) break;
			}
			break;
		}
		// The ones it was passed round: "being passed around Year 10", "shared round the whole of S3".
		for (let at = index - 1; at >= Math.max(1, index - 3); at -= 1) {
			if (AROUND.has(terms[at]) && (ACTOR_VERBS.has(terms[at - 1]) || GOING.has(terms[at - 1]))) return true;
			if (AROUND.has(terms[at]) || SUBJECT_WORDS.has(terms[at])) break;
		}
	}
	for (let at = index + 1; at <= index + TELLER_WITHIN && at < terms.length; at += 1) {
		const verb = unmarked(terms[at]) ?? '';
		const told = passing ? TELLER_VERBS.has(verb) || ACTOR_VERBS.has(verb) : SEEING_VERBS.has(verb) || (TOLD_TO.has(verb) && TOLD_WHOM.has(terms[at + 1]));
		// Her pictures, said with their agent after the verb, were done to the child: "a Year 10 girl,
		// intimate pics shared by her ex" (session 69).
		if (told && terms[at + 1] === BY && terms.slice(index + 1, at).some((term) => HER_PICTURES.has(term))) return false;
		if (told || (terms[at] === SEEN && HAVE.has(terms[at - 1]))) return true;
		// Without passing, "a pupil's dad said" is the dad's telling (he may be the one who threatened):
		// a relative or a word of the file's `parent` list ends the search.
		if (SUBJECT_WORDS.has(terms[at]) || (!passing && (RELATIVES.has(terms[at]) || parents.has(terms[at])))) return false;
	}
	return false;
}

/**
 * Words that start what someone else did or had done to them: in an `unless` phrase no gap may hold
 * one, so "teacher being blackmailed" (an adult's case) never stops "pupil told a teacher she is
 * being blackmailed"; nor does a relative clause or an agent: "a teacher who blackmailed a pupil",
 * "girl blackmailed by a teacher" (act-now-match.ts). A verb of telling after one is not the child's
 * either: "a pupil who said", "a girl she told" (`tellersOnly`).
 */
export const SUBJECT_WORDS = new Set(['she', 'he', 'they', 'i', 'we', 'you', 'shes', 'hes', 'theyre', 'im', 'ive', 'youre', 'who', 'that', 'which', 'by'].map(termOf));

/**
 * "Threatening to send it to the parents of every pupil in her class": the children at `index` are
 * named only for whose parents a threat would reach, not in the case. A query that names no other
 * child still gets the child's answer, as one that names no one does. Only their parents: "sent a
 * nude to every pupil in the class" names children it was sent to.
 */
function isAudience(terms: readonly string[], index: number, parents: ReadonlySet<string>): boolean {
	return EVERY.has(terms[index - 1]) && terms[index - 2] === OF && parents.has(terms[index - 3]);
}

/**
 * "A teacher here got an email", "a TA here has been sent": the adult at `index`, said to be "here", is
 * the one it happened to. So are they when the image is their own: "teacher here, someone is
 * threatening to send my intimate pics" (`OWN_IMAGES`, said straight after "my" or one word on).
 */
function isOwnCase(terms: readonly string[], typed: readonly string[], index: number): boolean {
	if (typed[index + 1] !== HERE) return false;
	if (saysMy(terms, OWN_IMAGES)) return true;
	return RECEIVED.has(terms[index + 2]) || (HAS.has(terms[index + 2]) && BEEN.has(terms[index + 3]));
}

/**
 * Whether the query names a child, and whether it names an adult as someone in the case (the lists
 * are the file's `words`). An adult is named by a word of `adult` ("caretaker", "colleague"), except
 * as the one the case is taken to ("to show the head") or as the one asking ("as a teacher", or
 * followed by a word of `reporting`: "teacher says", "staff keep asking"), by their
 * own adult age ("im 34"), by where they work ("a woman on our team"), or as a former pupil (a word
 * of `former`: "a former pupil", "ex-student"). A child is named by a word of `child`, a year group or
 * an age under 18 ("year 9", "S2", "U14s", "under 13s", "14 year old", "a four-year-old", "she's 14":
 * `agebefore`, `ageafter`; not "two years ago"), "young people", or a word of `young` not followed by
 * one for staff ("nursery", not "nursery nurse"; nor "at reception"), except "not a child", "no pupils", "none of the learners", "nothing to do with her kids", "nothing about any pupils" and "the kids are fine" or "aren't involved", children who only told of the asker's own case when one is said to be fine ("a pupil told me my address is on a post; the pupil is fine": `tellersOnly`), a pupil
 * said to be an adult just after ("an S6 who is 18": an adult) and a year group's or pupils' parents
 * ("the P7 parents", "my pupils' parents"); or, when it names no adult nor a word of `parent`, by a pupil's words told by someone
 * unnamed (a pronoun, a word of `quoting`, a word of `titles`: "she said sir", "he says miss").
 * `typed` holds the words as typed, one for each term, when the caller has them: a word typed as
 * one of NOT_A_CHILD_AS_TYPED is not read as the word for a child it shares a stem with; nor is a
 * word for a child that names a field or an agency ("child protection": AGENCY_AFTER), or whose
 * relative is the one named ("a pupil's older brother": RELATIVES).
 */
export function whoIsNamed(terms: readonly string[], actNow: Pick<EncodedActNow, 'words'>, typed: readonly string[] = []): Named {
	return whoIsNamedWhere(terms, actNow, typed).named;
}

/** Who a query names (`whoIsNamed`), and where each child it names is (`mentions`, indexes into `terms`). */
export interface NamedWhere {
	named: Named;
	mentions: readonly number[];
}

/**
 * True when the query names a child and every child it names (`whoIsNamedWhere`) told of the case,
 * found it or passed it on ("a pupil told me", "year 11s found a nude of Mr K", "pupils shared it"),
 * none one it was done to: a verb of TELLER_VERBS or ACTOR_VERBS within TELLER_WITHIN words of
 * each, before another clause starts. An adult's own case, then, when the adult's `when` says so
 * (act-now-match.ts). Without `passing`, only a child who told of it or came across it counts (not
 * one who shared or posted it).
 */
export function childrenOnlyTellOrPass(terms: readonly string[], { named, mentions }: NamedWhere, { words }: Pick<EncodedActNow, 'words'>, passing = true): boolean {
	const { parent } = setsOf(words);
	const acted = (index: number) => actorAt(terms, index, passing, parent);
	// "Year 11 boys used an app to make a fake nude of a teacher. The boys have been dealt with": "the
	// boys" are the ones already named as doing it.
	const namedAgain = (index: number) => terms[index - 1] === THE && mentions.some((earlier) => earlier < index && terms[earlier] === terms[index] && acted(earlier));
	return named.child && mentions.every((index) => acted(index) || namedAgain(index));
}

/** `whoIsNamed`, with where each child is named. */
export function whoIsNamedWhere(terms: readonly string[], { words }: Pick<EncodedActNow, 'words'>, typed: readonly string[] = []): NamedWhere {
	const { child: children, adult: adults, reporting, parent: parents, quoting, titles, former, agebefore, ageafter, units, young, staff: staffWords, rolebefore } = setsOf(words);
	const before = (index: number, words: readonly string[]) => words.every((word, n) => terms[index - words.length + n] === word);
	const named: Named = { child: false, adult: false };
	// "With his Year 10 class", "her S4 class": the class a member of staff teaches, by whose it is (a
	// year group only: "her son's class teacher" still names her son).
	// Not "her year 9 group": a pupil's group chat is her own.
	const ownClass = (index: number) => OWN_CLASSES.has(terms[index + 1]) && CLASS_OWNERS.has(terms[agebefore.has(terms[index - 1]) ? index - 2 : index - 1]);
	// A child named only to say there is none in the case: "not a child", "no pupils", "nothing to do with her kids", "the kids are fine".
	// Said just after, in at most three linking words: "kids fine", "the boy is fine", "the children aren't involved".
	const fineFrom = (start: number, negatedBefore: boolean) => {
		const place = terms[start + 2] ?? '';
		const from = WHERE_THEY_ARE.has(terms[start]) && WHERE_WHOSE.has(terms[start + 1]) && !children.has(place) && !NOT_A_PLACE.has(place) ? start + 3 : WHERE_THEY_ARE.has(terms[start]) && PLACE_ALONE.has(terms[start + 1]) ? start + 2 : start;
		let at = from;
		while (at <= from + 2 && FINE_LINKS.has(terms[at])) at += 1;
		const between = terms.slice(from, at);
		return { said: FINE.has(terms[at]) || (INVOLVED.has(terms[at]) && (between.some((term) => NEGATIONS.has(term)) || negatedBefore)), between };
	};
	const saidFineAfter = (index: number) => {
		if (ASKED_IF.has(terms[index - 1]) || ASKED_IF.has(terms[index - 2])) return false;
		// "We don't think pupils are involved": the negation may come before the child.
		const negatedBefore = terms.slice(Math.max(0, index - 3), index).some((term) => DOUBTING.has(term));
		if (fineFrom(index + 1, negatedBefore).said) return true;
		// Or at the end of the same clause, after "and", with "are" or "is" to say it of them: "the pupils
		// in her class know nothing about it and are not involved". No other child, nor a word that starts
		// another clause ("she", "who"), comes between.
		for (let at = index + 2; at <= index + FINE_CLAUSE_WITHIN && at < terms.length; at += 1) {
			if (children.has(terms[at]) || SUBJECT_WORDS.has(terms[at])) return false;
			if (terms[at] !== AND) continue;
			const after = fineFrom(at + 1, false);
			if (after.said && after.between.some((term) => ARE.has(term))) return true;
		}
		return false;
	};
	const involvesNone = (index: number) => {
		const at = terms[index - 1] === ANY ? index - 2 : index - 1;
		return INVOLVES.has(terms[at]) && (NOT_INVOLVING.has(terms[at - 1]) || (THIS_OR_IT.has(terms[at - 1]) && terms[at - 2] === OF && terms[at - 3] === NONE));
	};
	const noneOf = (index: number) => (terms[index - 1] === OF && terms[index - 2] === NONE) || (NONE_OF_WHOSE.has(terms[index - 1]) && terms[index - 2] === OF && terms[index - 3] === NONE);
	const saidNotInCase = (index: number) => terms[index - 1] === NOT || terms[index - 1] === NO || (terms[index - 2] === NO && WHICH_ONES.has(terms[index - 1])) || (terms[index - 2] === NOT && terms[index - 1].length <= 2) || before(index, NOTHING_TO_DO_WITH) || before(index - 1, NOTHING_TO_DO_WITH) || before(index, NOTHING_ABOUT) || (terms[index - 1] === ANY && before(index - 1, NOTHING_ABOUT)) || saidFineAfter(index) || noneOf(index) || involvesNone(index);
	// Where each child is named, and whether a child was said to be fine or out of the case (`tellersOnly`).
	const mentions: number[] = [];
	let saidFine = false;
	const child = (index: number) => {
		named.child = true;
		mentions.push(index);
	};
	terms.forEach((term, index) => {
		// "An S6 who is 18", "a Year 13 student who turned 18": the pupil named is an adult.
		const relative = RELATIVES.has(terms[index + 1]) || (RELATIVE_AGE.has(terms[index + 1]) && RELATIVES.has(terms[index + 2]));
		// "where I teach P5", "she teaches children's lessons": the class a member of staff teaches, not a child in the case.
		// "the S4 class she teaches", "the year 10 group I teach": the same, said after.
		const taught = TEACH.has(terms[index - 1]) || (CLASSES.has(terms[index + 1]) && (TEACH.has(terms[index + 2]) || (TEACHERS.has(terms[index + 2]) && TEACH.has(terms[index + 3]))));
		const childWord = children.has(term) && !NOT_A_CHILD_AS_TYPED.has(typed[index]) && !AGENCY_AFTER.has(terms[index + 1]) && !relative && !taught;
		const pupil = childWord || CHILD_TOKEN.test(term) || (agebefore.has(terms[index - 1]) && numberOf(term) < 18);
		if (pupil && isSaidAdult(terms, index, units)) {
			named.adult = true;
			return;
		}
		// "my pupils' parents", "our students' parents": the parents, adults, not the pupils. (Only after
		// "my" or "our": the apostrophe is gone, and "filming the weans, parents raging" names children.)
		if (childWord && !(parents.has(terms[index + 1]) && WHOSE_PUPILS.has(terms[index - 1]))) {
			if (former.has(terms[index - 1]) || isAdultAged(terms, index, ageafter, units)) named.adult = true;
			else if (!saidNotInCase(index) && !isAudience(terms, index, parents)) child(index);
			else if ((saidFineAfter(index) || noneOf(index)) && !OTHERS.has(terms[index - 1])) saidFine = true;
		}
		if (term === YOUNG && PEOPLE.has(terms[index + 1]) && !saidNotInCase(index)) child(index);
		// "A woman on our team got an alert": a colleague, unless she is the one telling or doing ("... found").
		if (PERSON.has(term) && AT_WORK.has(terms[index + 1]) && WHOSE.has(terms[index + 2]) && WORKPLACE.has(terms[index + 3]) && !reporting.has(terms[index + 4])) named.adult = true;
		// "the P7 parents' WhatsApp": a year group's parents, adults.
		const ofParents = parents.has(terms[index + 1]);
		// "15m views" is a count (a word of `units` after it), not a 15-year-old boy.
		const counted = /[fm]$/.test(term) && units.has(terms[index + 1]);
		// "Our P7 teacher", "a Year 4 teacher", "our Year 9 maths teacher" (the subject between): the class
		// a member of staff teaches, in their title, not a child.
		const teacherOf = (at: number) => staffWords.has(terms[at]) || adults.has(terms[at]);
		const teachersClass = teacherOf(index + 1) || (rolebefore.has(terms[index + 1]) && teacherOf(index + 2));
		if (CHILD_TOKEN.test(term) && !(AGE_TOKEN.test(term) && Number.parseInt(term, 10) >= ADULT_AGE) && !ofParents && !taught && !ownClass(index) && !counted && !(teachersClass && !AGE_TOKEN.test(term))) child(index);
		if (terms[index - 1] === UNDER && /^\d{1,2}s?$/.test(term) && Number.parseInt(term, 10) < 18) child(index);
		// "year 9s": a year group of several pupils.
		if (/^\d{1,2}s$/.test(term) && Number.parseInt(term, 10) < 18 && agebefore.has(terms[index - 1])) child(index);
		const number = numberOf(term);
		if (!Number.isNaN(number)) {
			// "Head of Year 9", "a Year 4 teacher": a member of staff's title, not a child.
			const staffTitle = agebefore.has(terms[index - 1]) && ((terms[index - 2] === OF && HEADS.has(terms[index - 3])) || teachersClass);
			// "An 18-year-old in Year 13", "a 19yo in year 13": the pupil's own adult age, said before "in" as
			// before a word for a pupil (`isAdultAged`). Only a sixth-form year: "an 18 year old in year 9
			// snapchat" is an adult among Year 9s.
			const adultInYear = number >= SIXTH_FORM_YEAR && agebefore.has(terms[index - 1]) && terms[index - 2] === IN && isAdultAged(terms, index - 2, ageafter, units);
			if (adultInYear) named.adult = true;
			else if (number < 18 && !staffTitle && !ofParents && !taught && !ownClass(index) && (agebefore.has(terms[index - 1]) || (ageafter.has(terms[index + 1]) && !TIME_AFTER.has(terms[index + 2])))) child(index);
			// "she's 14", "he is 15": an age said of someone.
			// "her older one is 11": a sibling's age, said of "one".
			if (number < 18 && (SAID_OF.has(terms[index - 1]) || (IS.has(terms[index - 1]) && (PRONOUNS.has(terms[index - 2]) || (terms[index - 2] === ONE && RELATIVE_AGE.has(terms[index - 3])))))) child(index);
			if (number >= 18 && SELF.some((words) => before(index, words))) named.adult = true;
		}
		// "a nursery child", "reception", "P1": the early years name a child, unless the word says whose
		// class a member of staff teaches ("nursery nurse", "reception teacher") or whose parent is named
		// ("a P3 dad", "the nursery parents").
		const next = terms[index + 1];
		if (young.has(term) && !adults.has(next) && !staffWords.has(next) && !ofParents && !PLACE_AFTER.has(next) && !PLACE_BEFORE.has(terms[index - 1])) child(index);
		const toldTo = TOLD_BEFORE.has(terms[index - 1]) || (WHOSE_BEFORE.has(terms[index - 1]) && TOLD_BEFORE.has(terms[index - 2]));
		const reports = reporting.has(terms[index + 1]) || (KEEP.has(terms[index + 1]) && ASKING.has(terms[index + 2]));
		if (adults.has(term) && !NOT_AN_ADULT_AS_TYPED.has(typed[index]) && !toldTo && !ASKER_BEFORE.some((words) => before(index, words)) && (!reports || isOwnCase(terms, typed, index))) named.adult = true;
	});
	// "A Year 9 pupil told me there's a post showing my house. The pupil is fine, it's me I'm worried
	// about": every child named is the one who told, one is said to be fine or out of it, and the case
	// is the asker's own ("my", "me"). Then no child is in the case.
	if (named.child && saidFine && tellersOnly(terms, mentions)) named.child = false;
	// "She said sir keeps messaging her": a pupil's words, told by someone who names no one else.
	if (!named.child && !named.adult && !terms.some((term) => parents.has(term)) && terms.some((term, index) => titles.has(term) && isToldBy(terms, index, quoting))) named.child = true;
	return { named, mentions };
}
