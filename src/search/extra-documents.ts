/**
 * Pages search covers that are not Markdown in content/: THE one place to add them.
 *
 * Each entry names the page's URL, the kind shown beside its results, and words people search with
 * that are not on the page (`aka`, and `sectionAka` for one section, by its anchor). Everything else (title, summary, sections and their anchors)
 * is read from the built page itself, from its <h1>, its meta description and its <main>, so it
 * can never drift from what the page says. (Guides, platform pages and the wizard's outcomes are
 * read in sources.ts.)
 */
/** The kind of the page that starts the wizard's questions; search weighs it as it does outcomes with steps (engine.ts, `STEP_KINDS`). */
export const START_HERE_KIND = 'Start here';

export interface ExtraDocument {
	url: string;
	kind: string;
	aka: string[];
	/** Words people search with for one section, by its anchor, as a guide's frontmatter `sectionAka`. */
	sectionAka?: Record<string, string[]>;
	/** The file that makes the page, named in build errors. */
	source: string;
	/**
	 * False for a page found by its title, description and `aka` only: its body is a list of every
	 * other page's title ("Links to send"), whose words would make it match every query.
	 */
	body?: false;
}

export function extraDocuments(): ExtraDocument[] {
	return [
		{
			url: '/helpline/',
			kind: 'Helpline',
			aka: ['helpline', 'POSH', 'contact', 'phone number', 'telephone', 'ring the helpline', 'email address', 'opening hours', 'open now', 'what information to give', 'what to put in an email', 'find out who is behind an account', 'advice line for teachers', 'safer internet centre', 'speak to an adviser', 'who can use the helpline', 'is the helpline only for schools'],
			sectionAka: {
				'how-heading': ['what time does it open', 'how long for a reply', 'when will they answer my email'],
				'when-to-contact': ['is it serious enough to call', 'how soon should i ring', 'not sure whether to call'],
				'what-it-can-do': ['can they get it taken down', 'can they trace who did it', 'escalate to tiktok'],
				'what-to-include': ['what details do they need', 'what do you need from me', 'what do you need to know', 'what to say when i ring', 'do they need screenshots', 'what to ask a school for before escalating', 'what to put in my email to the helpline', 'what information to send'],
				'when-closed': ['out of hours', 'who to call at the weekend', 'nobody answering the phone', 'bank holiday', 'open in the school holidays', 'helpline holiday opening'],
				'uk-nations': ['who else to involve locally', 'local agencies to involve', 'who else should the school tell'],
				'uk-nations-england': ['english school', 'schools in england'],
				'uk-nations-wales': ['welsh school', 'schools in wales', 'designated safeguarding person'],
				'uk-nations-scotland': ['scottish school', 'schools in scotland', 'child protection coordinator'],
				'uk-nations-northern-ireland': ['ni school', 'northern irish school', 'designated teacher for child protection'],
				'for-helpline-staff': ['links to send enquirers', 'reply ready to paste', 'copy a link for a caller'],
			},
			source: 'src/pages/helpline.astro',
		},
		{
			url: '/helpline/links/',
			kind: 'Helpline',
			aka: ['links to send', 'page of links', 'links page', 'helpline links', 'posh links', 'list of links', 'every link', 'all the links', 'link for a caller', 'links for callers', 'send a caller a link', 'email a link', 'copy a link', 'links to email', 'reply to paste', 'send an enquirer the advice', 'address of every page', 'list of every page', 'site map', 'all pages', 'links to send staff', 'a link for each type of problem', 'shareable links', 'ready-made links', 'links to share with schools', 'links i can copy', 'one place with all the links'],
			source: 'src/pages/helpline/links.astro',
			body: false,
		},
		{
			url: '/',
			kind: START_HERE_KIND,
			aka: ['where to start', 'start here', 'home page', 'front page', 'not sure where to start', 'no idea where to start', 'how do i use this site', 'what is this site', 'getting started', 'step by step questions', 'start the wizard', 'walk me through what to do', 'asks me questions and tells me what to do'],
			source: 'src/pages/index.astro',
			// Its body lists the topics schools ask about most: it would match many queries.
			body: false,
		},
		{
			url: '/changes/',
			kind: 'About this site',
			aka: ['what has changed', 'what is new', 'latest changes', 'recent changes', 'recently updated', 'updates to the guidance', 'updated advice', 'new guidance', 'last reviewed', 'review dates', 'changelog', 'feed', 'rss', 'keep up to date', 'since i last looked', 'what advice has changed', 'record of updates', 'has the guidance changed'],
			source: 'src/pages/changes/index.astro',
			// Its body lists the title of every page reviewed: it would match every query.
			body: false,
		},
		{
			url: '/report/map/',
			kind: 'Helpline',
			aka: ['map of the wizard', 'every outcome', 'all the outcomes', 'list of outcomes', 'every question the wizard asks', 'all the questions', 'overview of the reporting tool', 'whole flow', 'flowchart', 'flow chart', 'decision tree', 'every possible result', 'what the wizard asks'],
			source: 'src/pages/report/map.astro',
			// Its body lists every question and outcome of the wizard: it would match every query.
			body: false,
		},
		{
			url: '/guides/',
			kind: 'All guides',
			aka: ['list of all guides', 'all the guides', 'every guide', 'guides by topic', 'browse the guides', 'index of guides', 'all topics', 'every topic', 'browse topics', 'topics covered', 'what topics do you cover', 'what does this site cover'],
			source: 'src/pages/guides/index.astro',
			// Its body lists every guide's title and summary: it would match most queries.
			body: false,
		},
		{
			url: '/platforms/',
			kind: 'All platforms',
			aka: ['list of platforms', 'all the platforms', 'every platform', 'which platforms do you cover', 'platforms covered', 'which apps do you cover', 'apps covered', 'all the apps', 'every app', 'all social media sites', 'all platform guides', 'browse platforms'],
			source: 'src/pages/platforms/index.astro',
			// Its body lists every platform: it would match any query naming one.
			body: false,
		},
		{
			url: '/privacy/',
			kind: 'About this site',
			aka: ['does this site store my data', 'is my search private', 'is my searching on here private', 'are my searches on this site private', 'what does this site keep', 'cookies on this site', 'is anything i type sent', 'who can see what i searched', 'data protection'],
			sectionAka: {
				'what-we-keep': ['does this site keep a record', 'does this website keep a record', 'a record of my answers', 'is my search logged', 'are my answers saved', 'where are my notes stored'],
				'leave-quickly': ['exit this page button', 'quick exit', 'hide that i was on this site', 'clear my browsing history', 'someone is watching my screen', 'get off this site fast', 'someone walks in'],
			},
			source: 'src/pages/privacy.astro',
		},
	];
}
