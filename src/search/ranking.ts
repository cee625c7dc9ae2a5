import type { FieldName } from './index-options';
import type { AlternativeKind } from './query';

/**
 * The numbers the ranking uses (src/search/engine.ts), in one place. The browser uses
 * `RANKING`; an experiment passes another object to `new SearchEngine(payload, shards, ranking)`
 * (scripts/fit-ranking.ts tries values on the tuning sets: docs/search.md, "Fitting the
 * constants"). The index does not depend on any of them, so changing one needs no rebuild of it.
 */
export interface Ranking {
	/** How much every matching part of a page adds to the page's score, beyond the best match for each concept. */
	breadth: number;
	/**
	 * When choosing which of a page's sections to list first, a concept matched in a section's heading
	 * counts this many times its score: "Report a comment" answers "report a youtube comment" better
	 * than "Report a message", whose short text names YouTube and comments.
	 */
	headingChoice: number;
	/**
	 * That extra weight is scaled by how much of the heading the query holds: all of it for a heading
	 * whose every word the query has ("Resources" for "resources for teaching media literacy"), down to
	 * this share for a heading that shares one word of several ("Block and report a user" for "keep
	 * evidence before they block"). 0.85 and 0.9 give the same figures; 0.5 and 0.7 lose queries
	 * (docs/search.md).
	 */
	headingPart: number;
	/**
	 * How much a page's best section adds to the page's score, scaled by the share of the query that
	 * section covers by itself: a page with one section about the whole question comes before a page
	 * whose matches are scattered over several (words near each other, without storing positions).
	 * 0.25 until session 44; 0.5 with `coverageFloor` 0.75 since (docs/search.md, "Session 44").
	 */
	focus: number;
	/** Pages scoring less than this share of the best page are not shown. */
	minShareOfBest: number;
	/**
	 * "In short" (on every guide and platform page) and "How serious is it?" (on every guide) sum up
	 * the whole page, so they hold many of the words of any query about it. When choosing which
	 * section to list first, their score counts this much: a section about the question itself
	 * ("Professional boundaries" for "pupils sent me a friend request") comes first when it matches
	 * about as well. Their headings still win a query that asks for them ("how serious is sexting").
	 */
	summaryChoice: number;
	/**
	 * When choosing which of a page's sections to list first, a section of a kind the query's
	 * question words ask for (src/search/section-senses.ts: "is it illegal" asks for `#the-law`,
	 * "should we screenshot it" for `#evidence`) counts this many times its score; 1 turns it off.
	 * 2 until session 44; 2.5 since, with `coverageFloor` 0.75 (under which a heading's one word
	 * outweighed a sense at 2: "restrict comments" opened "Report a comment").
	 */
	senseChoice: number;
	/**
	 * Words that say who a query is about ("girl", "boys", "mum"), not what happened. They are in
	 * many pages' search terms ("fake girl asked for his pics" on the sextortion guide), so at full
	 * weight "S2 girls ganging up on one girl" lists sextortion above bullying. A concept made only of
	 * them counts this much, in its score and in how much of the query a part covers. Since session 42
	 * so does one made only of words for a year group ("year 9s", "S2", "P6"): at full weight "year 9s
	 * made a fake account of a teacher" listed the outcome for a pupil's fake account, whose search
	 * terms say "year 8", above the one for a teacher's (+10 on the tuning and guarded sets, 2 down).
	 */
	personWeight: number;
	/**
	 * When choosing which of a page's sections to list first, a section for one UK nation
	 * ("offences-wales", "uk-nations-scotland") that the query does not name counts this much, and
	 * the section it is part of ("offences") counts as much as it did: "which offences apply to
	 * sexual harassment of teachers" asks about all four nations, so "Offences" comes before "In
	 * England".
	 */
	nationElsewhere: number;
	/**
	 * When choosing which of a page's sections to list first, a part for a nation the query names by
	 * its name or its adjective ("aln pupil bullied online wales": "In Wales", not "What it looks
	 * like"; "the Scottish anti-bullying approach"; "in NI") counts this much more; a place or a
	 * nation's own word ("Wrexham", "PSNI") only says where the reader is. Session 52: 1.5 put 10 more
	 * of the tuning and guarded sets' queries first or in the top three and none fewer; 2, 12 more and
	 * 1 fewer ("is the helpline open on bank holidays here in Northern Ireland" opened the Northern
	 * Ireland part, not "When the helpline is closed"); 3, 16 and 4. Session 53: the adjectives and
	 * "NI" too (they had not counted), 6 more and none fewer.
	 */
	nationChoice: number;
	/**
	 * The same, for a nation the query names only by a place or a term of its own ("Glasgow",
	 * "Anglesey", "PSNI"): a part for that nation counts this many times when choosing a page's
	 * section. Session 55: 1.5 put 5 more of the tuning and guarded sets' queries first ("cyberbullying
	 * yr 6 whatsapp anglesey", "pupils sexual comments teacher PSNI?") and 1 fewer (a Lisburn
	 * vice-principal asking whether a pupil can be made to unlock a phone: the Northern Ireland part,
	 * not the part on searching phones); 1.25, 1 more and none fewer. Measure-only totals unchanged.
	 */
	placeChoice: number;
	/**
	 * A platform's page says how to report, block or limit on that platform, and what its age rules
	 * are. A query that names the platform without asking for any of that ("a parent is posting lies
	 * about me on fb") names where it happened, and the guide about what happened answers it. Unless
	 * the query asks (engine.ts, `PLATFORM_ASKS`), the page of a platform it names scores this much.
	 * 0.95 gives the same figures; 0.8 and 0.7 lose queries, and so does counting the platform's name
	 * for less on every page (docs/search.md).
	 */
	platformPageWeight: number;
	/**
	 * A wizard outcome that gives the reader steps to report it themselves, or a service to go to
	 * (engine.ts, `STEP_KINDS`), scores this much. Such an outcome has few sections, so a guide with
	 * twenty that each mention "fake" or "school" outscores it on breadth alone. Safeguarding
	 * outcomes are not raised: an everyday query must not open at one. 1.1 from session 39 (1.2 and
	 * more cost the safety controls then); 1.25 since session 42, with held-out 27 and 28 as tuning
	 * sets: +24 on the tuning and guarded sets (66 up, 44 down: questions of judgement, "should I just
	 * ignore a meme", go back to their guide), +3 / +1 on the measure-only sets, one control ("how do i
	 * export my instagram data", which no page answers) out of the top three. 1.3: +28, two controls
	 * down (docs/search.md, "Session 42"). 1.33 since session 54, with held-out 29 to 52 as tuning sets
	 * (many of them a fake account of a pupil, a teacher or the school, whose outcome the impersonation
	 * guide outscored): 46 up and 11 down on the tuning and guarded sets (+35, counting two for a first
	 * and one for the top three), no control lost; measure-only totals 611 / 691 -> 612 / 694. 1.3
	 * +15; 1.35 +38, 1.4 +45 and 1.5 +57, but each costs controls ("group of pupils doing a dance
	 * challenge on camera for tiktok" opens the bullying outcome; at 1.4 "should teachers follow pupils
	 * on instagram" opens the outcome for posts about staff).
	 */
	stepsWeight: number;
	/**
	 * A wizard outcome's page for one platform (/report/outcome/<id>/instagram/) shows that platform's
	 * steps under a heading that names it. For a query that names the platform, the outcome's own part
	 * matches the name at this share of the platform page's own score for it (engine.ts,
	 * `withPlatformNamed`). 1 and 0.8 list outcomes above platform pages that answer better ("block
	 * someone roblox year 4"); 0.5 and 0.7 gain less (docs/search.md, "Session 42").
	 */
	outcomePlatformName: number;
	/**
	 * A page's part for each nation ("In each part of the UK" and its parts, "Offences in Scotland")
	 * holds that nation's words: its bodies, roles and laws ("principal", "PSNI", "Board of
	 * Governors"), which readers there use whatever they ask. Unless the query asks for such a part
	 * (section-senses.ts: who to tell, the guidance, the law here), its matches count this much, so a
	 * page is not listed for a nation's words alone ("a parent left a Google review naming our
	 * principal"). 0.8 from session 43: +23 on the tuning and guarded sets (29 up, 6 down: asking about
	 * a nation's law in words no sense reads); 0.9 +10, 0.7 +18, 0.6 +11 (docs/search.md, "Session 43").
	 * 0.7 from session 44, with `focus` 0.5 (a nation's part is a focused part), and the parts for a
	 * nation typed by its name counting in full ("child protection coordinator Scotland").
	 */
	nationPartWeight: number;
	/**
	 * Every guide ends with "When to contact the helpline", which points the reader to the helpline
	 * page. A query word found in its heading ("can the helpline find out who…") says the query is
	 * about the helpline, not about the guide: for the guide's score and breadth, such a match counts
	 * this much, so 23 guides stop outscoring the helpline page on the one word they share with it.
	 * (0.25 and 0 give the same figures, 0.7 one fewer in the top three: docs/search.md.)
	 */
	helplinePointerWeight: number;
	/**
	 * A part's score, and a page's, is scaled from this (covering one concept of many) to 1
	 * (covering the whole query): parts and pages that match more of the query come first. 0.5 until
	 * session 44, when the tuning sets had grown to 34: 0.75, with `focus` 0.5, `senseChoice` 2.5 and
	 * `nationPartWeight` 0.7, put 17 more of the general tuning sets' queries first and 8 more in the
	 * top three (20 sets better, 4 worse), the measure-only sets 5 and 4 (docs/search.md, "Session 44").
	 */
	coverageFloor: number;
	/** BM25's term saturation, for text. */
	k1: number;
	/** BM25's length normalisation, for text: a match in a short section says more than one in a long one. */
	b: number;
	/**
	 * How much a match in each field counts: a word in a page title or section heading (`name`) three
	 * times a word in the text. `asked`: a word of the questions people asked for the part
	 * (content/data/asked-as.json, src/search/asked-as.ts), chosen by cross-validation (1 and 2.5
	 * did less well: docs/search.md, "Asked as"); 0 leaves them out of the scores.
	 */
	fields: Record<FieldName, number>;
	/** How far an alternative is from what was typed; a closer one counts for more. */
	alternatives: Record<AlternativeKind, number>;
}

/** The ranking's numbers as the site uses them. */
export const RANKING: Ranking = {
	breadth: 0.25,
	headingChoice: 1.5,
	headingPart: 0.85,
	focus: 0.5,
	minShareOfBest: 0.2,
	summaryChoice: 0.7,
	senseChoice: 2.5,
	personWeight: 0.5,
	nationElsewhere: 0.7,
	nationChoice: 1.5,
	placeChoice: 1.5,
	platformPageWeight: 0.9,
	stepsWeight: 1.33,
	outcomePlatformName: 0.6,
	nationPartWeight: 0.7,
	helplinePointerWeight: 0.5,
	coverageFloor: 0.75,
	k1: 1.2,
	b: 0.75,
	fields: { name: 3, aka: 2.5, body: 1, asked: 1.5 },
	alternatives: { exact: 1, joined: 1, synonym: 0.85, prefix: 0.7, typo: 0.65 },
};
