import { describe, expect, it } from 'vitest';
import { ENQUIRY_FIELDS, enquiryMailto, enquirySummary, parseStoredEnquiry, serialiseEnquiry } from '../../src/wizard/enquiry';
import { escalationDate, longDate, phoneLineClosed, reminderIcs } from '../../src/wizard/escalation';
import { bankHolidays } from '../../src/data/bank-holidays';
import { helpline } from '../../src/data/helpline';

const labels = Object.fromEntries(ENQUIRY_FIELDS.map((field) => [field, `Label ${field}`])) as Record<(typeof ENQUIRY_FIELDS)[number], string>;

describe('parseStoredEnquiry', () => {
	it('reads back what was stored', () => {
		expect(parseStoredEnquiry(serialiseEnquiry({ 'what-happened': 'x', where: 'y' }))).toEqual({ 'what-happened': 'x', where: 'y' });
	});
	it.each([null, '', '{', 'null', '[]', '{"version":2,"fields":{}}', '{"version":1,"fields":"x"}', '{"version":1}'])('treats %j as empty', (raw) => {
		expect(parseStoredEnquiry(raw)).toEqual({});
	});
	it('reads an enquiry stored by the first version of the form, so nothing typed is lost', () => {
		expect(parseStoredEnquiry('{"version":1,"fields":{"what-happened":"x","help-wanted":"y"}}')).toEqual({ 'what-happened': 'x', 'help-wanted': 'y' });
	});
	it('drops fields that are not text or not known', () => {
		expect(parseStoredEnquiry('{"version":1,"fields":{"where":5,"other":"x","done-so-far":"ok"}}')).toEqual({ 'done-so-far': 'ok' });
	});
});

describe('enquirySummary', () => {
	const summary = enquirySummary({
		outcomeTitle: 'Outcome',
		answers: [{ question: 'Where', answer: 'TikTok' }],
		fields: { where: '@someone', 'help-wanted': '  ', 'what-happened': 'A fake account' },
		labels,
	});
	it('includes the answers and each field filled in, in the helpline’s order', () => {
		expect(summary).toContain('- Where: TikTok');
		expect(summary.indexOf('Label what-happened')).toBeLessThan(summary.indexOf('Label where'));
	});
	it('leaves out empty fields', () => expect(summary).not.toContain('Label help-wanted'));
	it('is an incident record with the advice reached, its address, the day it was written and the check date in words', () => {
		const record = enquirySummary({ outcomeTitle: 'Outcome', adviceUrl: 'https://example.org/report/outcome/x/tiktok/', madeOn: '2026-12-01', answers: [], fields: { 'check-date': '2026-12-03', reports: 'TikTok, ref 123, 1 Dec' }, labels });
		expect(record).toContain('https://example.org/report/outcome/x/tiktok/');
		expect(record).toContain('Tuesday 1 December 2026');
		expect(record).toContain('Thursday 3 December 2026');
		expect(record.indexOf('Label reports')).toBeLessThan(record.indexOf('Label check-date'));
	});
	it('opens as an email with the summary as its body', () => {
		const href = enquiryMailto('helpline@example.org', summary);
		expect(href.startsWith('mailto:helpline@example.org?subject=')).toBe(true);
		expect(decodeURIComponent(href.split('&body=')[1])).toBe(summary);
	});
});

describe('escalation', () => {
	it('is 48 hours after the day reported, across a month end', () => {
		expect(escalationDate('2026-11-20')).toBe('2026-11-22');
		expect(escalationDate('2026-12-31')).toBe('2027-01-02');
	});
	describe('the phone line on the day to escalate, from the same data as the opening hours', () => {
		const holidays = new Set(bankHolidays.dates);
		const closedOn = (date: string) => phoneLineClosed(date, helpline.hours, holidays);
		it('is open on an ordinary weekday', () => expect(closedOn('2026-11-23')).toBeUndefined());
		it('is closed at the weekend and opens on the Monday', () => {
			expect(closedOn('2026-11-22')).toEqual({ reason: 'weekend', opensOn: '2026-11-23' });
		});
		it('is closed on an August bank holiday Monday, the weekend before it opening on the Tuesday', () => {
			// Reported on Thursday 27 August 2026: the 48 hours end on Saturday; Monday 31 August is a bank holiday.
			expect(holidays.has('2026-08-31')).toBe(true);
			expect(closedOn(escalationDate('2026-08-27'))).toEqual({ reason: 'weekend', opensOn: '2026-09-01' });
			expect(closedOn(escalationDate('2026-08-29'))).toEqual({ reason: 'bank holiday', opensOn: '2026-09-01' });
		});
		it('is closed over Christmas until the first working day', () => {
			// Friday 25 December 2026 and the substitute Boxing Day, Monday 28 December.
			expect(closedOn(escalationDate('2026-12-23'))).toEqual({ reason: 'bank holiday', opensOn: '2026-12-29' });
		});
	});
	it('makes a valid all-day calendar event with CRLF lines of at most 75 characters', () => {
		const ics = reminderIcs({ date: '2026-11-22', title: 'Check, report; now', description: 'x'.repeat(200), url: 'https://example.org/report/outcome/x/', now: new Date('2026-11-20T10:00:00Z') });
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics).toContain('DTSTART;VALUE=DATE:20261122\r\n');
		expect(ics).toContain('DTEND;VALUE=DATE:20261123\r\n');
		expect(ics).toContain('SUMMARY:Check\\, report\\; now');
		for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
		expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
	});
});

describe('longDate', () => {
	it('writes the date in GOV.UK style', () => expect(longDate('2026-11-20')).toBe('Friday 20 November 2026'));
});
