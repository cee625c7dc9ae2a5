import { words } from './text';

/**
 * What kind of section a query asks for, read from its question words (docs/search.md, "Which
 * section a result opens at", session 32). Many pages share a section for the same role under the
 * same anchor (`#evidence`, `#how-serious`, `#the-law`, `#support`); a query that asks "is it
 * illegal", "should we screenshot it" or "how worried should we be" asks for that role, whatever
 * the heading's own words ("What the law and the police say", "What evidence to keep"). When
 * choosing which of a page's sections to list first, a section of a role the query asks for counts
 * `Ranking.senseChoice` times: a section whose own words match much better still comes first.
 *
 * Each sense: the words that ask for it (whole words of the query as typed, simplified: lower case,
 * no accents or apostrophes), and the anchors of the sections that answer it. A nation's part of a
 * section ("offences-wales") counts as its section ("offences"). Kept small: a word here must ask
 * for the role in any query, not name a topic ("report" and "parents" were left out: they name what
 * happened as often as what is asked).
 */
export interface SectionSense {
	/** What the sense asks for, for people reading the table. */
	id: string;
	/** A regular expression over the query's words joined by single spaces. */
	asks: RegExp;
	/** The anchors of the sections that answer it. */
	anchors: string[];
}

/** Bodies a school may ask about telling, in any nation: "do we go to the PSNI", "does the LADO need to know" (`who to tell`). */
const BODIES = 'psni|gateway|police scotland|lado|gtcs|ewc|gtcni|tra|council|local authority|social services|social work|ea|education authority|board of governors|governors|ccms|trust';
/** The police and the local services a school may choose between ("the police or the council") or ask for someone at. */
const SERVICES = 'police|psni|council|social services|social work|gateway|lado|mash';
const LOCAL_BODIES = `${SERVICES}|local authority|childrens services`;

export const SECTION_SENSES: SectionSense[] = [
	{
		id: 'the law',
		asks: /\b(?:illegal|legal|legally|unlawful|laws?|offen[cs]es?|crimes?|criminal|prosecut\w*|charged|arrest\w*)\b/,
		anchors: ['the-law', 'offences', 'crime'],
	},
	{
		id: 'evidence',
		asks: /\b(?:evidence|screen ?(?:shot|grab)s?|proof|record it|keep a record|save it|keep it|capture)\b/,
		anchors: ['evidence', 'secure-evidence'],
	},
	{
		id: 'what to include',
		asks: /\b(?:what (?:info|information|details)|what to (?:include|put|say|write|send)|what (?:should|do|must) (?:i|we) (?:include|put|say|write|send|give)|(?:info|information|details) (?:needed|required|to have|to give)|before (?:i |we )?(?:ring|call|phon|contact)\w*|(?:you|helpline|posh) (?:actually |really )?needs? from (?:us|me))\b/,
		anchors: ['what-to-include', 'what-to-have-ready', 'what-to-write'],
	},
	{
		id: 'age rules',
		asks: /\b(?:under ?(?:1[0-8]|ten|eleven|twelve|thirteen|sixteen)s?|(?:minimum|min|legal|right) age|age (?:limits?|rules?|restrictions?|requirements?)|too young (?:for|to)|(?:1[0-8]) ?(?:plus|and over|or over|or older)|old enough (?:for|to))\b/,
		anchors: ['age-rules', 'age-ratings'],
	},
	{
		id: 'block or limit',
		asks: /\b(?:restrict\w*|(?<!age )limit(?:s|ing)?|mute|muting|hide|hiding|turn off|switch off|block|blocking)\b/,
		anchors: ['block-and-limit'],
	},
	{
		id: 'data',
		asks: /\b(?:data|gdpr|ico|breach|information commissioner)\b/,
		anchors: ['data-breach'],
	},
	{
		id: 'who does what',
		asks: /\b(?:who does what|whose (?:job|responsibility)|responsib\w*|roles?)\b/,
		anchors: ['roles'],
	},
	{
		id: 'who to tell',
		asks: new RegExp(String.raw`\b(?:who (?:do|should|can|must) (?:i|we) (?:be )?(?:tell|contact|report|inform|call|ring|phone|go to)\w*|who (?:do|should|must|would) (?:i|we) (?:need to |have to )?(?:involve|bring in|notify)|(?:someone|somebody|anyone|anybody) local|do you (?:deal with|cover|help|support|work with) (?:schools in )?(?:northern ireland|ni|scotland|scottish|wales|welsh)|who to (?:tell|contact|report|inform|call|ring|phone|go to)|which (?:team|service|number|office|body|organisation|agency) (?:do|should|can|must) (?:i|we) (?:phone|call|ring|contact|tell|go to)|^(?:\S+ ){3,9}who$|which agenc\w*|is there (?:anyone|anybody|someone) (?:at|in|else|outside|locally|we|who|i)|what(?:s| is| are) (?:expected of|we expected to)|who (?:else )?(?:supports|can support|helps|can help) (?:staff|schools|us|teachers|clubs)|who else (?:(?:can|could|should|do|would) )?(?:i |we |a school |schools )?(?:to )?(?:ring|call|contact|ask|tell|talk to|speak to|go to)|who (?:else )?(?:in \w+ )?(?:should|do) (?:i|we) (?:be )?(?:talking|speaking) to|(?:anything|something) (?:in \w+ )?(?:that )?covers? (?:this|it|that)|should (?:the )?(?:\w+ ){1,6}get involved|(?:local|other) contacts?|(?:apart from|besides|other than) (?:the |your )?(?:helpline|us|posh)|who (?:in \w+ )?(?:can|could|should|do) (?:we|i) turn to|who (?:do|should|can) (?:i|we) pass (?:it|this|that) (?:on )?to|who to pass (?:it|this|that) (?:on )?to|(?:do|should|must) (?:we|i) (?:have to |need to )?(?:go|report it|refer it|refer|tell) (?:to )?(?:the )?(?:${BODIES})|(?:does|do|should|must|if|whether) (?:the )?(?:${BODIES})(?: or (?:the )?(?:${BODIES}))? (?:needs?|has|have) to (?:know|be told|be informed)|(?:or|and) (?:someone|somebody|anyone|anybody) else|(?:local|other) (?:\w+ )?contacts?|(?:go|be reported|be referred|be passed on|report it|refer it|pass it on) (?:to )?(?:anywhere|anyone|anybody) (?:else|outside)|(?:has|have) (?:anyone|anybody|someone) (?:who|that) (?:deals? with|helps?|can help|supports?)|who (?:deals|handles|covers) (?:with )?(?:this|it|that|these)|(?:northern ireland|ni|scotland|scottish|wales|welsh) (?:contacts?|numbers?)|who else (?:in \w+ )?(?:(?:(?:can|could|should|do|would) )?(?:i |we |a school |schools )?(?:involve|inform|notify|bring in)|(?:we|i) (?:can|could|should) (?:involve|inform|notify|bring in|ring|call|contact|ask|tell|talk to|speak to|go to))|(?:do|should|must|can) (?:we|i) (?:ring|call|phone|contact|tell|go to|report (?:it |this )?to) (?:the )?(?:\w+ ){0,2}(?:${LOCAL_BODIES})(?: \w+){0,3} or (?:go (?:through|to) )?(?:the )?(?:\w+ ){0,2}(?:${LOCAL_BODIES}|safeguarding|authority|board|team)|or (?:ring|call|phone|contact|tell|go to|report (?:it |this )?to) (?:the )?(?:\w+ ){0,2}(?:${LOCAL_BODIES}|${BODIES})\b(?! (?:about|for|to (?:ask|say|complain)))|who (?:she|he|they|the head|the school) (?:should|can|could|must|needs? to) (?:speak|talk|go|turn|report|tell|contact)|who (?:at|from) (?:the )?(?:\w+ ){0,2}(?:${SERVICES}|gtcs|ewc|gtcni|tra|ea|trust|authority|board)(?: or (?:the )?(?:\w+ ){0,2}\w+)? (?:should|do|can|must) (?:i|we) (?:speak|talk|go|turn|write) to)\b`),
		anchors: ['uk-nations'],
	},
	{
		id: 'the guidance here',
		asks: /\b(?:guidance|guidelines|statutory|procedures?)\b(?! (?:teachers?|staff|departments?|teams?|bases?|leads?|counsell?ors?|notes?))|\b(?:schools? act|addressing bullying|keeping learners safe|ukcis|working together to safeguard|co ?operating to safeguard|national guidance for child protection|respect for all(?! (?:pupils|learners|children|staff|students|people|the))|(?:rules|law|laws) (?:\w+ ){0,3}here|legal duty|duty on schools|for schools here|schools? (?:job|duty|responsibility|problem)(?= (?:or|to|under|in|here|if)\b|$)|(?:how|what) (?:this|it|that) is (?:handled|dealt with|done) (?:in|here)|do (?:we|schools) have to deal with|canllawiau|(?:anything|something|whats|what is) (?:\w+ )?(?:different|specific) (?:in|for|about|here in) (?:scotland|wales|northern ireland|ni|cymru|here)|(?:scotland|wales|northern ireland|ni|scottish|welsh|cymru) specific|what does (?:the )?(?:department|de|doe|dfe|welsh government|scottish government|government|ea|education authority|education scotland)(?: \w+){0,4} say)\b/,
		anchors: ['uk-nations'],
	},
	{
		id: 'leave it or act',
		asks: /\b(?:(?:or|should (?:we|i)|do (?:we|i)|can (?:we|i)|best to) (?:just )?(?:leave|ignore) (?:it|them|him|her)|(?:do|should|must) (?:we|i) (?:need to |have to )?do anything|anything (?:we|i) (?:should|need to|have to) do|worth (?:doing anything|reacting|responding))\b/,
		anchors: ['low-level', 'not-yet-harassment'],
	},
	{
		id: 'the police or not',
		asks: /\b(?:(?:have to|need to|got to|should (?:we|i)|must (?:we|i)|do (?:we|i)) (?:tell|involve|call|ring|inform|report (?:it |this |them )?to|go to) (?:the )?police|police or not|when (?:to|should (?:we|i)|do (?:we|i)|must (?:we|i)) (?:call |involve |tell |ring |go to |contact )?(?:the )?police|when (?:the )?police$|(?:is|does) it (?:a )?(?:police matter|go to the police))\b/,
		anchors: ['refer-at-once', 'police-or-safeguarding', 'safeguarding-or-police', 'police-now'],
	},
	{
		id: 'looking after them',
		asks: /\b(?:look(?:ing)? after (?:her|him|them|the (?:pupil|child|girl|boy|victim|teacher|colleague|member of staff|staff member))(?! (?:account|page|phone|device))|(?:support|supporting|help|helping) (?:her|him|them|the (?:pupil|child|girl|boy|victim|teacher|colleague|member of staff|staff member)) (?:now|through|after|cope|with (?:this|it))|refus\w* (?:to (?:come|go) (?:in|to school)|school)|(?:wont|will not|doesnt want to) come (?:in|to school)|school refus\w*|off sick|cope|coping|wellbeing)\b/,
		anchors: ['support', 'supporting-staff'],
	},
	{
		id: 'it keeps coming back',
		asks: /\b(?:reappear\w*|keeps? (?:coming back|reappearing|popping up)|(?:comes?|came|coming) back|back up again|(?:another|a new|new) (?:fake )?(?:account|profile)s?|reposted|re ?uploaded|again under)\b/,
		anchors: ['repeat-accounts'],
	},
	{
		id: 'a safeguarding matter or not',
		asks: /\b(?:is (?:it|this|that|there) (?:a |an )?(?:safeguarding|child protection)|(?:safeguarding|child protection)(?: issue| matter| concern)? or not|counts? as (?:a )?(?:safeguarding|child protection))\b/,
		anchors: ['safeguarding-or-not', 'safeguarding-matter', 'safeguarding-or-police', 'safeguarding'],
	},
	// These two name a topic, not a role: each answers a section only the allegation outcome has
	// ("If a member of staff is named online as a paedophile or abuser", "If sexual images of children
	// are found on a staff device or account"), where its answer leads.
	{
		id: 'named as an abuser',
		asks: /\b(?:paedos?|paedophiles?|pedos?|pedophiles?|nonces?|noncey|groomers?|kiddie fiddler|child abuser)\b/,
		anchors: ['named-online'],
	},
	{
		id: 'images of children on a device',
		asks: /\b(?:indecent (?:images?|photos?|pictures?|videos?)|iioc|csam|child abuse (?:images?|material)|child porn\w*)\b/,
		anchors: ['child-abuse-images'],
	},
	// An adult's partner or ex-partner: "her estranged husband", "my partner reads my texts". Not a
	// boyfriend or girlfriend, who is more often a pupil's (whose controlling relationship has its own
	// section in the relationships guide).
	{
		id: 'a partner or ex-partner',
		asks: /\b(?:husbands?|wife|wives|estranged|ex ?(?:partner|husband|wife)|(?:my|her|his|their) partners?|domestic abuse|coercive control\w*)\b/,
		anchors: ['domestic-abuse'],
	},
	{
		id: 'out of hours',
		asks: /\b(?:tonight|overnight|weekend|saturday|sunday|bank holiday|half term|out of hours|after hours|at night|middle of the night|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|fri|sat|sun) (?:night|evening)|(?:[1-9]|1[0-2]) ?pm|(?:[1-5]|12) ?am(?! i\b)|midnight|early hours|(?:isnt|is not|not|nobody|no one|noone)(?: is| are)? (?:answering|picking up)(?! (?:questions?|back|in class))|no answer|(?:its )?gone [1-9](?! (?:days?|weeks?|months?|years?|times?|hours?|minutes?|mins?))|helpline (?:is |was )?(?:closed|shut))\b/,
		anchors: ['out-of-hours', 'when-closed'],
	},
	{
		id: 'after a report',
		asks: /\b(?:how (?:long|quickly|quick|fast|soon) (?:does|do|will|would|until|till|for|before|did|is it|are they)\b(?! (?:i|we|you) (?:wait|leave|keep|have))|what happens (?:next|after|now|once|when i report|when we report)|(?:will|would|do|does) (?:they|it|he|she|the (?:person|account|user|poster|parent|pupil|boy|girl)) (?:know|find out|be told|see) (?:who|that|it was|i|we)|(?:tell|tells|notify|notifies) (?:them|him|her|the person|the account) (?:who|that|i|we))\b/,
		anchors: ['what-happens-next'],
	},
];

/** The anchors of the sections a query asks for by its question words (none for most queries). */
export function askedAnchors(query: string, senses: readonly SectionSense[] = SECTION_SENSES): Set<string> {
	const text = words(query).join(' ');
	const anchors = new Set<string>();
	const read = new Set<string>();
	for (const sense of senses) {
		if (!sense.asks.test(text)) continue;
		read.add(sense.id);
		for (const anchor of sense.anchors) anchors.add(anchor);
	}
	// Out of hours, "who else can I contact" asks who else is there now: the part for when the
	// helpline is closed answers it, not each nation's list of contacts (a nation's law still asks for
	// its part: "does the Act cover the weekend").
	if (read.has('out of hours') && read.has('who to tell') && !read.has('the guidance here')) anchors.delete('uk-nations');
	return anchors;
}
