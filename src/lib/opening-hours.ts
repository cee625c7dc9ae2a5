/**
 * Whether the helpline is open at a given moment, in UK time, and when it next opens.
 * Pure: the caller passes the moment, the hours and the bank holidays, so it can be tested at any
 * boundary and run unchanged in the browser.
 */

export interface OpeningHours {
	/** ISO weekday numbers the helpline opens on: 1 is Monday, 7 is Sunday. */
	days: readonly number[];
	/** Local opening and closing times, "HH:MM" (24-hour). */
	opens: string;
	closes: string;
	timeZone: string;
	closedOnBankHolidays: boolean;
}

/** A calendar date in the helpline's time zone, "YYYY-MM-DD". */
type LocalDate = string;

export type HelplineStatus =
	| { open: true; closes: string }
	| { open: false; opensOn: LocalDate; opens: string; daysAway: number };

interface LocalMoment {
	date: LocalDate;
	weekday: number;
	minutes: number;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Far enough ahead to pass Christmas and Easter closures. */
const LOOK_AHEAD_DAYS = 14;

export function helplineStatus(now: Date, hours: OpeningHours, bankHolidays: ReadonlySet<string>): HelplineStatus {
	const local = toLocalMoment(now, hours.timeZone);
	const opensAt = toMinutes(hours.opens);
	const closesAt = toMinutes(hours.closes);
	const isOpenDay = (date: LocalDate) => closedReason(date, hours, bankHolidays) === undefined;

	if (isOpenDay(local.date)) {
		if (local.minutes >= opensAt && local.minutes < closesAt) return { open: true, closes: hours.closes };
		if (local.minutes < opensAt) return { open: false, opensOn: local.date, opens: hours.opens, daysAway: 0 };
	}
	for (let daysAway = 1; daysAway <= LOOK_AHEAD_DAYS; daysAway++) {
		const date = addDays(local.date, daysAway);
		if (isOpenDay(date)) return { open: false, opensOn: date, opens: hours.opens, daysAway };
	}
	throw new Error(`The helpline has no opening day in the ${LOOK_AHEAD_DAYS} days after ${local.date}; check the opening hours data.`);
}

/**
 * Why the helpline's phone line is closed all day on a date ("YYYY-MM-DD" in UK time), or
 * undefined when it opens that day. The one rule for closed days: the live status and the
 * wizard's 48-hour reminder both use it, with the same bank holiday list.
 */
export function closedReason(date: LocalDate, hours: OpeningHours, bankHolidays: ReadonlySet<string>): 'weekend' | 'bank holiday' | undefined {
	if (hours.closedOnBankHolidays && bankHolidays.has(date)) return 'bank holiday';
	if (!hours.days.includes(isoWeekday(date))) return 'weekend';
	return undefined;
}

/** The first date on or after `date` the phone line opens. */
export function nextOpenDay(date: LocalDate, hours: OpeningHours, bankHolidays: ReadonlySet<string>): LocalDate {
	for (let daysAway = 0; daysAway <= LOOK_AHEAD_DAYS; daysAway++) {
		const day = addDays(date, daysAway);
		if (closedReason(day, hours, bankHolidays) === undefined) return day;
	}
	throw new Error(`The helpline has no opening day in the ${LOOK_AHEAD_DAYS} days after ${date}; check the opening hours data.`);
}

/** "Open now — until 4pm" or "Closed — opens Monday at 10am". */
export function describeStatus(status: HelplineStatus): string {
	if (status.open) return `Open now — until ${formatTime(status.closes)}`;
	return `Closed — opens ${describeDay(status.opensOn, status.daysAway)} at ${formatTime(status.opens)}`;
}

function describeDay(date: LocalDate, daysAway: number): string {
	if (daysAway === 0) return 'today';
	if (daysAway === 1) return 'tomorrow';
	const weekday = WEEKDAYS[isoWeekday(date) - 1];
	if (daysAway < 7) return weekday;
	const [, month, day] = date.split('-').map(Number);
	return `${weekday} ${day} ${MONTHS[month - 1]}`;
}

/** "10:00" → "10am", "16:30" → "4:30pm", "12:00" → "midday". */
export function formatTime(time: string): string {
	const minutes = toMinutes(time);
	if (minutes === 12 * 60) return 'midday';
	const hour = Math.floor(minutes / 60);
	const minute = minutes % 60;
	const hour12 = hour % 12 === 0 ? 12 : hour % 12;
	return `${hour12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

/** "Monday to Friday, 10am to 4pm" for the usual weekday hours. */
export function describeHours(hours: OpeningHours): string {
	const days = [...hours.days].sort();
	const contiguous = days.every((day, index) => index === 0 || day === days[index - 1] + 1);
	const dayText =
		contiguous && days.length > 2
			? `${WEEKDAYS[days[0] - 1]} to ${WEEKDAYS[days[days.length - 1] - 1]}`
			: days.map((day) => WEEKDAYS[day - 1]).join(', ');
	return `${dayText}, ${formatTime(hours.opens)} to ${formatTime(hours.closes)}`;
}

/**
 * "Monday to Friday, 10am to 4pm (UK time), except bank holidays in England and Wales": the hours as
 * every page states them. The bank holidays are England and Wales's (content/data/bank-holidays.json);
 * Scotland's and Northern Ireland's differ.
 */
export function describeOpeningHours(hours: OpeningHours): string {
	return `${describeHours(hours)} (UK time)${hours.closedOnBankHolidays ? ', except bank holidays in England and Wales' : ''}`;
}

function toLocalMoment(now: Date, timeZone: string): LocalMoment {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(now);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	const date = `${part('year')}-${part('month')}-${part('day')}`;
	return { date, weekday: isoWeekday(date), minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

function toMinutes(time: string): number {
	const [hour, minute] = time.split(':').map(Number);
	return hour * 60 + minute;
}

function isoWeekday(date: LocalDate): number {
	const day = new Date(`${date}T12:00:00Z`).getUTCDay();
	return day === 0 ? 7 : day;
}

function addDays(date: LocalDate, days: number): LocalDate {
	const moment = new Date(`${date}T12:00:00Z`);
	moment.setUTCDate(moment.getUTCDate() + days);
	return moment.toISOString().slice(0, 10);
}
