import { z } from 'astro/zod';
import { IsoDateSchema, WebUrlSchema } from './common';

/** One service the guidance signposts to (content/data/services.json). */
export const ServiceSchema = z
	.object({
		/** The id used in Markdown, e.g. :service[ceop]. Lower case with hyphens. */
		id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower case letters, digits and hyphens'),
		/** The service's name as the public knows it. */
		name: z.string().min(2),
		/** A phone number, as dialled in the UK ("999", "0800 1111"). */
		phone: z.string().regex(/^[\d ]{3,14}$/, 'must be digits and spaces, e.g. 0800 1111').optional(),
		/** A text-message number or short code, with what to text ("85258"). */
		text: z.string().optional(),
		/** The service's own web page. */
		url: WebUrlSchema.optional(),
		/** One sentence: when to use this service. */
		whenToUse: z.string().min(10),
		/** When the service is available ("24 hours a day"). */
		hours: z.string().optional(),
		/** The date someone last checked the number and link, as YYYY-MM-DD. */
		lastChecked: IsoDateSchema,
	})
	.strict()
	.refine((s) => s.phone !== undefined || s.url !== undefined, {
		message: 'needs a phone number or a url (or both)',
	});

export const ServicesSchema = z.array(ServiceSchema).superRefine((services, ctx) => {
	const seen = new Set<string>();
	services.forEach((service, index) => {
		if (seen.has(service.id)) {
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${service.id}" is used twice; ids must be unique` });
		}
		seen.add(service.id);
	});
});

export type Service = z.output<typeof ServiceSchema>;
