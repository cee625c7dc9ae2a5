import { closedReason, nextOpenDay, type OpeningHours } from '../lib/opening-hours';

/** How long the helpline asks people to give a platform before escalating (PRODUCT.md). */
export const PLATFORM_WAIT_HOURS = 48;

/** The day to escalate: 48 hours after the day the report was made, as YYYY-MM-DD. */
export function escalationDate(reportedOn: string): string {
	const [year, month, day] = reportedOn.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day + PLATFORM_WAIT_HOURS / 24));
	return date.toISOString().slice(0, 10);
}

export interface PhoneLineClosed {
	reason: 'weekend' | 'bank holiday';
	/** The next day the phone line opens, YYYY-MM-DD. */
	opensOn: string;
}

/**
 * Whether the helpline's phone line is closed all day on the escalation date, and when it next
 * opens: the same opening hours and bank holiday list as the live "open now" status.
 */
export function phoneLineClosed(isoDate: string, hours: OpeningHours, bankHolidays: ReadonlySet<string>): PhoneLineClosed | undefined {
	const reason = closedReason(isoDate, hours, bankHolidays);
	return reason ? { reason, opensOn: nextOpenDay(isoDate, hours, bankHolidays) } : undefined;
}

/** A YYYY-MM-DD date as "Sunday 22 November 2026" (GOV.UK style: no comma, whatever the browser's locale data says). */
export function longDate(isoDate: string): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(date);
	return `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
}

export interface Reminder {
	/** The day of the reminder, YYYY-MM-DD (an all-day event). */
	date: string;
	title: string;
	description: string;
	url: string;
	/** When the file is made, for the calendar's own bookkeeping. */
	now: Date;
}

/** An iCalendar (.ics) file with one all-day event and an alert at 10am, the helpline's opening time. */
export function reminderIcs({ date, title, description, url, now }: Reminder): string {
	const day = date.replace(/-/g, '');
	const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Online safety reporting guide//Reporting wizard//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${stamp}-${day}@online-safety-reporting-guide`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${day}`,
		// An all-day event ends at the start of the next day.
		`DTEND;VALUE=DATE:${dayAfter(date)}`,
		`SUMMARY:${escapeText(title)}`,
		`DESCRIPTION:${escapeText(description)}`,
		`URL:${url}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(title)}`,
		'TRIGGER;RELATED=START:PT10H',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}

function dayAfter(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** iCalendar text escapes backslashes, commas, semicolons and new lines. */
function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** iCalendar lines are at most 75 octets; longer ones continue on a line starting with a space. */
function fold(line: string): string {
	const parts: string[] = [];
	let rest = line;
	while (rest.length > 73) {
		parts.push(rest.slice(0, 73));
		rest = rest.slice(73);
	}
	parts.push(rest);
	return parts.join('\r\n ');
}
