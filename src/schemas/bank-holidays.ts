import { z } from 'astro/zod';

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD');

/** Bank holidays in England and Wales: content/data/bank-holidays.json. */
export const BankHolidaysSchema = z
	.object({
		/** Where the dates come from. */
		source: z.url(),
		/** The first and last calendar years the list covers, in full. */
		covers: z.object({ from: z.number().int(), to: z.number().int() }),
		/** Every bank holiday in those years, as YYYY-MM-DD. */
		dates: z.array(DaySchema).min(1),
	})
	.strict()
	.superRefine((data, ctx) => {
		data.dates.forEach((date, index) => {
			const year = Number(date.slice(0, 4));
			if (year < data.covers.from || year > data.covers.to) {
				ctx.addIssue({
					code: 'custom',
					path: ['dates', index],
					message: `${date} is outside the years the file says it covers (${data.covers.from}–${data.covers.to})`,
				});
			}
		});
	});

export type BankHolidays = z.output<typeof BankHolidaysSchema>;
