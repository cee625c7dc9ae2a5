import { z } from 'astro/zod';
import { NATION_IDS, type NationId } from '../lib/nation-ids';
import { IsoDateSchema, WebUrlSchema } from './common';

// Safeguarding law and guidance for schools is devolved, so each nation has its own.
export { NATION_IDS, type NationId };

export const NationIdSchema = z.enum(NATION_IDS, { error: `must be one of: ${NATION_IDS.join(', ')}` });

/** A fact's name, as written in Markdown: :nation[lead]. */
const FactNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens, e.g. childrens-services');

/** A public page the fact was checked against. */
const SourceSchema = z.object({ title: z.string().trim().min(3), url: WebUrlSchema }).strict();

/** One fact for one nation, with where it comes from and whether a stored public page confirmed it. */
export const NationFactSchema = z
	.object({
		/** The fact as the reader sees it, written to fit a sentence: "the child protection coordinator". */
		text: z.string().trim().min(1),
		/** A page the fact links to for the reader (the guidance itself), if there is one. */
		link: WebUrlSchema.optional(),
		/** Public pages the fact was checked against. */
		sources: z.array(SourceSchema).min(1, 'needs at least one source: the public page the fact was checked against'),
		/** The date someone last checked the fact against its sources, as YYYY-MM-DD. */
		lastChecked: IsoDateSchema,
		/** True only when a source says this in so many words. False means: still to be confirmed (say why in `note`). */
		confirmed: z.boolean(),
		/** What is uncertain or worth knowing about the fact (required when `confirmed` is false). */
		note: z.string().trim().min(10).optional(),
	})
	.strict()
	.refine((fact) => fact.confirmed || fact.note !== undefined, {
		message: 'needs a note saying what could not be confirmed, because confirmed is false',
		path: ['note'],
	});

const byNation = <T extends z.ZodType>(schema: T) =>
	z.object(Object.fromEntries(NATION_IDS.map((id) => [id, schema])) as Record<NationId, T>).strict();

/** One nation: its name and the words that belong to its own guidance, roles and agencies. */
export const NationSchema = z
	.object({
		/** The nation's id, used in Markdown (::scotland) and in links (?nation=scotland). */
		id: NationIdSchema,
		/** The nation's name as readers know it: "Northern Ireland". */
		name: z.string().trim().min(2),
		/**
		 * Names of this nation's own guidance, roles, agencies and laws ("KCSIE", "Police Scotland").
		 * A section written for another nation may not use them: the build stops if, say, the Wales
		 * section names Keeping children safe in education. A term two nations share goes in both lists.
		 */
		ownTerms: z.array(z.string().trim().min(2)).min(1),
		/**
		 * Places in the nation that people name instead of it: cities, counties, council and police
		 * areas ("Glasgow", "Wrexham", "County Tyrone"), and other words only its people use for
		 * where they are ("Heddlu", Welsh for police; Scotland's secondary years "S1" to "S6"; "Depute"
		 * for a deputy head). Search reads a query that names one as naming the nation, so "self-harm
		 * p7 glasgow" opens the Scotland part of a page. Only places no other part of the UK has a
		 * well-known one of the same name ("Bangor", "Newport" are not here; nor "P7", a year in
		 * Scotland and in Northern Ireland).
		 */
		places: z.array(z.string().trim().min(2)).default([]),
	})
	.strict();

/** content/data/nations.json: the four nations and the facts that differ between them. */
export const NationsDataSchema = z
	.object({
		/** The four nations, in the order pages show them when the reader has chosen none. */
		nations: z.array(NationSchema).length(NATION_IDS.length, `must list the four nations: ${NATION_IDS.join(', ')}`),
		/** The facts that differ between the nations, by name (:nation[name] in Markdown). Each is given for all four. */
		facts: z.record(
			FactNameSchema,
			z
				.object({
					/** What the fact is, for editors: "What the school's safeguarding lead is called". */
					description: z.string().trim().min(10),
					/** The fact in each nation. */
					values: byNation(NationFactSchema),
					/**
					 * Optional: a short form that is true in every nation, for a sentence that must stay short
					 * while the reader has chosen no nation (an act-now answer on the search page): "safeguarding
					 * lead". Once they choose, their nation's value shows instead. No nation's own terms.
					 */
					neutral: z.string().trim().min(3).optional(),
				})
				.strict(),
		),
	})
	.strict()
	.superRefine((data, ctx) => {
		const ids = data.nations.map((nation) => nation.id);
		for (const id of NATION_IDS) {
			if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['nations'], message: `is missing ${id}; list each of ${NATION_IDS.join(', ')} once` });
		}
		for (const [name, fact] of Object.entries(data.facts)) {
			const ownTermsIn = (text: string) => data.nations.flatMap((nation) => nation.ownTerms.filter((term) => termPattern(term).test(text)).map((term) => `"${term}" (${nation.name})`));
			const named = fact.neutral === undefined ? [] : [...new Set(ownTermsIn(fact.neutral))];
			if (named.length > 0) ctx.addIssue({ code: 'custom', path: ['facts', name, 'neutral'], message: `names ${named.join(', ')}: the short form is for every nation, so use words none of them owns ("safeguarding lead")` });
			for (const id of NATION_IDS) {
				const borrowed = foreignTerms(fact.values[id].text, id, data.nations);
				if (borrowed.length > 0) {
					ctx.addIssue({
						code: 'custom',
						path: ['facts', name, 'values', id, 'text'],
						message: `names ${borrowed.map(({ term, nation }) => `"${term}" (${nation})`).join(', ')}, which belong${borrowed.length === 1 ? 's' : ''} to another nation`,
					});
				}
			}
		}
	});

export type NationsData = z.output<typeof NationsDataSchema>;
export type Nation = z.output<typeof NationSchema>;
export type NationFact = z.output<typeof NationFactSchema>;

/**
 * The terms in `text` that belong to another nation and not to `own`: how the build proves that
 * no nation's section names another nation's guidance, roles or agencies as its own.
 */
export function foreignTerms(text: string, own: NationId, nations: readonly { id: NationId; name: string; ownTerms: readonly string[] }[]): { term: string; nation: string }[] {
	const mine = new Set((nations.find((nation) => nation.id === own)?.ownTerms ?? []).map((term) => term.toLowerCase()));
	const found: { term: string; nation: string }[] = [];
	for (const nation of nations) {
		if (nation.id === own) continue;
		for (const term of nation.ownTerms) {
			if (mine.has(term.toLowerCase()) || found.some((f) => f.term === term)) continue;
			if (termPattern(term).test(text)) found.push({ term, nation: nation.name });
		}
	}
	return found;
}

const patterns = new Map<string, RegExp>();

/** A whole-word match; an acronym ("DSL", "IRD") must match its capitals, so "ird" in a word never does. */
function termPattern(term: string): RegExp {
	let pattern = patterns.get(term);
	if (!pattern) {
		pattern = compileTerm(term);
		patterns.set(term, pattern);
	}
	return pattern;
}

function compileTerm(term: string): RegExp {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
	const acronym = /^[A-Z]{2,}$/.test(term);
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}s?(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}
