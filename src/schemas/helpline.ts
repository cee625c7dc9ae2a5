import { z } from 'astro/zod';
import { WebUrlSchema } from './common';

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 10:00');

/** The site's facts about the helpline: content/data/helpline.json. */
export const HelplineSchema = z
	.object({
		/** The helpline's full name. */
		name: z.string().min(3),
		/** A short name used after the first mention. */
		shortName: z.string().min(2),
		/** The phone number as people dial it in the UK, e.g. "0344 381 4772". */
		phone: z.string().regex(/^0[\d ]{9,12}$/, 'must be a UK phone number such as 0344 381 4772'),
		/** The email address enquiries go to. */
		email: z.email('must be an email address'),
		/** The helpline's own web page. */
		website: WebUrlSchema,
		/** Opening hours in UK time. Days are ISO weekday numbers: 1 is Monday, 7 is Sunday. */
		hours: z.object({
			days: z.array(z.number().int().min(1).max(7)).min(1),
			opens: TimeSchema,
			closes: TimeSchema,
			timeZone: z.literal('Europe/London'),
			/** True when the helpline is closed on bank holidays in England and Wales. */
			closedOnBankHolidays: z.boolean(),
		}),
		/**
		 * How quickly the helpline aims to respond in opening hours, in hours. Email is read only in
		 * opening hours: what to do out of hours is content/snippets/helpline-out-of-hours.md.
		 */
		responseAimHours: z.number().positive(),
		/** What to put in an enquiry so the helpline can help quickly. */
		whatToInclude: z.array(z.string().min(5)).min(1),
	})
	.strict()
	.refine((h) => h.hours.opens < h.hours.closes, {
		message: 'hours.opens must be earlier than hours.closes',
		path: ['hours'],
	});

export type Helpline = z.output<typeof HelplineSchema>;
