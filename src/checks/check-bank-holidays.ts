import type { BankHolidays } from '../schemas/bank-holidays';

const WARN_MONTHS_AHEAD = 6;

/**
 * A warning when the bank holiday list runs out within six months: after that the helpline's
 * open/closed status would treat bank holidays as open days.
 */
export function bankHolidaysWarning(data: BankHolidays, today: Date): string | undefined {
	const lastCovered = new Date(Date.UTC(data.covers.to, 11, 31));
	const horizon = new Date(today);
	horizon.setUTCMonth(horizon.getUTCMonth() + WARN_MONTHS_AHEAD);
	if (horizon <= lastCovered) return undefined;
	return `content/data/bank-holidays.json covers bank holidays only until the end of ${data.covers.to}. Add the next year's dates from ${data.source} and update "covers.to".`;
}
