import { helpline } from '../data/helpline';
import { nationFact, nations } from '../data/nations';
import type { SearchPage } from './document';
import type { SearchSection } from './sections';

/**
 * Pages search covers that are not Markdown in content/: THE one place to add them.
 *
 * Each entry gives the page's URL, title and sections (anchor, heading, text). The anchors must
 * exist on the built page: the search integration checks every result's link after each build and
 * fails it if one leads nowhere. (Guides, platform pages and the wizard's outcomes are Markdown and
 * are read in sources.ts.)
 */
export function extraDocuments(): SearchPage[] {
	return [helplinePage()];
}

/** The helpline page (src/pages/helpline.astro), described from the same data file it shows. */
function helplinePage(): SearchPage {
	const days = 'Monday to Friday';
	const hours = `${helpline.hours.opens} to ${helpline.hours.closes}`;
	return {
		url: '/helpline/',
		title: `Contact the ${helpline.name}`,
		kind: 'Helpline',
		summary: `Phone ${helpline.phone} or email ${helpline.email}. Open ${days}, ${hours} UK time, closed on bank holidays.`,
		aka: ['helpline', 'POSH', 'contact', 'phone number', 'telephone', 'email address', 'opening hours', 'open now'],
		intro: 'A free helpline for anyone who works with children and young people in the UK, for online safety problems affecting them or you.',
		sections: [
			{
				anchor: 'how-heading',
				heading: 'Phone or email',
				text: [
					`Phone ${helpline.phone}. Email ${helpline.email}.`,
					`Open ${days}, ${hours} UK time, except bank holidays.`,
					`It aims to reply within ${helpline.responseAimHours} hours during opening hours. Email is read only when it is open: out of hours, if a child is in danger, call 999.`,
				].join('\n'),
			},
			{
				anchor: 'when-to-contact',
				heading: 'When to contact the helpline',
				text: [
					'Straight away if there is a safeguarding concern: sexual images of anyone under 18, an adult contacting a child sexually, threats, blackmail, or a child at risk of harm.',
					'After 48 hours if you have reported something to a platform and it has not been dealt with.',
					'Any time you are not sure what to do.',
				].join('\n'),
			},
			{
				anchor: 'what-it-can-do',
				heading: 'What the helpline can and cannot do',
				text: [
					'It can advise you on how to respond and point you to the right service.',
					'It can escalate content to platforms when the normal reporting routes have not worked: TikTok, Meta, Snapchat, Google, X, Roblox and others.',
					'It cannot investigate accounts or find out who is behind them.',
				].join('\n'),
			},
			{
				anchor: 'what-to-include',
				heading: 'What to include',
				text: helpline.whatToInclude.join('\n'),
			},
			{
				anchor: 'when-closed',
				heading: 'If the helpline is closed',
				text: 'Call 999 in an emergency or 101 for the police. Report to CEOP. Childline and the NSPCC helpline can help too. Email the helpline so your enquiry is waiting when it opens.',
			},
			...contactsByNation(),
		],
	};
}

/** The helpline page's section from content/snippets/helpline-by-nation.md, described from the same facts it shows. */
function contactsByNation(): SearchSection[] {
	const heading = 'Other people to contact in each part of the UK';
	const facts = ['lead', 'guidance', 'childrens-services', 'police', 'allegations'];
	return nations.map((nation) => ({
		anchor: `uk-nations-${nation.id}`,
		heading: `${heading}: ${nation.name}`,
		text: facts.map((fact) => nationFact(fact, nation.id)?.text ?? '').join('\n'),
	}));
}
