import { type CollectionEntry, getCollection } from 'astro:content';
import { actNowBoxHtml } from '../markdown/rehype-act-now-box';
import { loadFlow } from '../wizard/load-flow';
import { outcomePlatforms } from '../wizard/outcome-links';
import { outcomeUrl } from '../wizard/paths';
import { walkFlow } from '../wizard/walk';
import { CHANGES_PATH } from './changes';
import { renderedHtml, sortedGuides, sortedPlatforms } from './content';
import { linkAnchors } from './link-anchors';

/** One address a practitioner can send, with a reply to paste around it. */
export interface PractitionerLink {
	path: string;
	/** What the link is called in the list. */
	label: string;
	/** 0 for a page, 1 for a section or a box with an {#id}, 2 for a step or an outcome's platform. */
	depth: 0 | 1 | 2;
	/** The reply's words before the address: "Here is how to report … on TikTok". */
	replyLead: string;
	/** Extra words the filter matches besides the label (the platform's name). */
	terms?: string;
}

/** The links of one page (a guide, a platform page, an outcome), shown as one group. */
export interface LinkGroup {
	id: string;
	title: string;
	/** Words the filter matches for every link in the group: the page's title and other names. */
	terms: string;
	links: PractitionerLink[];
}

export interface LinkSection {
	id: string;
	heading: string;
	groups: LinkGroup[];
}

const quoted = (text: string) => `“${text}”`;

/** The reply for a box with an {#id}: its title is the case it covers ("If someone filmed a pupil secretly"). */
const boxReplyLead = (text: string, title: string) => `Here is what to do (${quoted(text)}, from ${quoted(title)})`;

/** Everything a practitioner might send: each wizard outcome (and with each platform), guide, platform page, section and step. */
export async function practitionerLinks(): Promise<LinkSection[]> {
	const [guides, platforms, outcomes, { flow, machine }] = await Promise.all([sortedGuides(), sortedPlatforms(), getCollection('wizardOutcomes'), loadFlow()]);
	const platformName = new Map(platforms.map((p) => [p.id, p.data.platform]));
	const pairs = outcomePlatforms(flow, walkFlow(flow, machine).visits);

	const outcomeGroups: LinkGroup[] = outcomes
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'))
		.map((outcome) => {
			const title = outcome.data.title;
			const terms = [title, ...outcome.data.aka].join(' ');
			return {
				id: `outcome-${outcome.id}`,
				title,
				terms,
				links: [
					{ path: outcomeUrl(outcome.id), label: title, depth: 0, replyLead: `Here is our advice (${quoted(title)})` },
					// Its boxes with an {#id} (src/markdown/remark-callouts.ts), from its one render.
					...linkAnchors(outcome.rendered?.html ?? '')
						.filter((anchor) => anchor.kind === 'box')
						.map((anchor): PractitionerLink => ({ path: `${outcomeUrl(outcome.id)}#${anchor.id}`, label: anchor.text, depth: 1, replyLead: boxReplyLead(anchor.text, title) })),
					...pairs
						.filter((pair) => pair.outcome === outcome.id)
						.map((pair): PractitionerLink => {
							const name = platformName.get(pair.platform) ?? pair.platform;
							return { path: outcomeUrl(outcome.id, pair.platform), label: `With the steps for ${name}`, depth: 2, replyLead: `Here is how to report it on ${name} (${quoted(title)})`, terms: pair.platform };
						}),
				],
			};
		});

	const pageGroups = (kind: 'guides' | 'platforms', entries: (CollectionEntry<'guides'> | CollectionEntry<'platforms'>)[]) =>
		entries.map((entry): LinkGroup => {
			const path = `/${kind}/${entry.id}/`;
			const { title } = entry.data;
			const platform = 'platform' in entry.data ? entry.data.platform : undefined;
			const terms = [title, platform ?? '', ...entry.data.aka].join(' ');
			const where = platform ? ` on ${platform}` : '';
			// The page's one render, Astro's, read for its anchors: never rendered a second time.
			// The act-now box first, as the page shows it: lifted out of the content (src/markdown/rehype-act-now-box.ts).
			const anchors = linkAnchors((actNowBoxHtml(entry.rendered?.metadata?.frontmatter) ?? '') + renderedHtml(entry));
			return {
				id: `${kind}-${entry.id}`,
				title,
				terms,
				links: [
					{ path, label: title, depth: 0, replyLead: platform ? `Here is how to report${where}` : `Here is our guidance (${quoted(title)})` },
					...anchors.map((anchor): PractitionerLink => ({
						path: `${path}#${anchor.id}`,
						label: anchor.text,
						depth: anchor.kind === 'step' ? 2 : 1,
						replyLead: anchor.kind === 'box' ? boxReplyLead(anchor.text, title) : anchor.kind === 'section' ? `Here is the advice you need${where} (${quoted(anchor.text)}, from ${quoted(title)})` : `Here is the step to take${where} (${quoted(anchor.text)}, from ${quoted(title)})`,
					})),
				],
			};
		});

	const other: LinkGroup = {
		id: 'other-pages',
		title: 'Other pages',
		terms: '',
		links: [
			{ path: '/report/', label: 'Find out what to do, step by step (the wizard)', depth: 0, replyLead: 'Answer a few questions here to find out what to do', terms: 'wizard start report' },
			{ path: '/helpline/', label: 'Contact the helpline', depth: 0, replyLead: 'Here is how to contact the helpline', terms: 'helpline phone email contact opening hours' },
			{ path: '/guides/', label: 'All guides', depth: 0, replyLead: 'Here is all our guidance', terms: 'guides' },
			{ path: '/platforms/', label: 'Reporting on each platform', depth: 0, replyLead: 'Here is how to report on each platform', terms: 'platforms' },
			{ path: CHANGES_PATH, label: 'What’s changed', depth: 0, replyLead: 'Here is what has changed in the guidance recently', terms: 'changes feed updates' },
		],
	};

	return [
		{ id: 'outcomes', heading: 'Wizard advice', groups: outcomeGroups },
		{ id: 'guides', heading: 'Guides', groups: pageGroups('guides', guides) },
		{ id: 'platforms', heading: 'Platform guides', groups: pageGroups('platforms', platforms) },
		{ id: 'other', heading: 'Other pages', groups: [other] },
	];
}

/** The reply a practitioner pastes: its words, then the full address. */
export function replyText(link: Pick<PractitionerLink, 'replyLead'>, url: string): string {
	return `${link.replyLead}: ${url}`;
}
