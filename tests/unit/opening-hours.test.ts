import { describe, expect, it } from 'vitest';
import { describeHours, describeOpeningHours, describeStatus, formatTime, helplineStatus, type OpeningHours } from '../../src/lib/opening-hours';

const hours: OpeningHours = {
	days: [1, 2, 3, 4, 5],
	opens: '10:00',
	closes: '16:00',
	timeZone: 'Europe/London',
	closedOnBankHolidays: true,
};
// Christmas and Boxing Day (substitute) 2026, Good Friday and Easter Monday 2027.
const holidays = new Set(['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29']);

/** The status at a moment given in UK wall-clock time with its offset, e.g. 2026-11-23T09:59+00:00. */
const statusAt = (iso: string) => helplineStatus(new Date(iso), hours, holidays);

describe('helplineStatus', () => {
	describe('on an ordinary weekday in winter (GMT)', () => {
		it('is closed at 09:59 and opens today at 10am', () => {
			expect(statusAt('2026-11-23T09:59:00Z')).toEqual({ open: false, opensOn: '2026-11-23', opens: '10:00', daysAway: 0 });
		});
		it('is open at 10:00 until 4pm', () => {
			expect(statusAt('2026-11-23T10:00:00Z')).toEqual({ open: true, closes: '16:00' });
		});
		it('is open at 15:59', () => {
			expect(statusAt('2026-11-23T15:59:00Z').open).toBe(true);
		});
		it('is closed at 16:00 and opens tomorrow', () => {
			expect(statusAt('2026-11-23T16:00:00Z')).toMatchObject({ open: false, opensOn: '2026-11-24', daysAway: 1 });
		});
	});

	describe('at the weekend', () => {
		it('after closing on Friday, opens on Monday', () => {
			expect(statusAt('2026-11-27T16:30:00Z')).toMatchObject({ open: false, opensOn: '2026-11-30', daysAway: 3 });
		});
		it('is closed all Saturday, even at midday', () => {
			expect(statusAt('2026-11-28T12:00:00Z')).toMatchObject({ open: false, opensOn: '2026-11-30' });
		});
		it('on Sunday evening, opens tomorrow', () => {
			expect(statusAt('2026-11-29T20:00:00Z')).toMatchObject({ open: false, opensOn: '2026-11-30', daysAway: 1 });
		});
	});

	describe('on bank holidays in England and Wales', () => {
		it('is closed on Christmas Day and the Boxing Day substitute, and opens on the Tuesday', () => {
			expect(statusAt('2026-12-25T11:00:00Z')).toMatchObject({ open: false, opensOn: '2026-12-29', daysAway: 4 });
		});
		it('is closed at 11am on Good Friday, with the next opening after Easter Monday', () => {
			expect(statusAt('2027-03-26T11:00:00Z')).toMatchObject({ open: false, opensOn: '2027-03-30' });
		});
		it('is open on an ordinary day that is not in the list', () => {
			expect(statusAt('2026-12-29T11:00:00Z').open).toBe(true);
		});
	});

	describe('in the week the clocks change', () => {
		// Clocks go forward at 01:00 GMT on Sunday 29 March 2026: UK time becomes UTC+1.
		it('on the Friday before (GMT), 09:30 UTC is 09:30 in the UK: closed', () => {
			expect(statusAt('2026-03-27T09:30:00Z')).toMatchObject({ open: false, opensOn: '2026-03-27', daysAway: 0 });
		});
		it('on the Monday after (BST), 09:30 UTC is 10:30 in the UK: open', () => {
			expect(statusAt('2026-03-30T09:30:00Z').open).toBe(true);
		});
		it('on the Monday after (BST), 15:30 UTC is 16:30 in the UK: closed', () => {
			expect(statusAt('2026-03-30T15:30:00Z')).toMatchObject({ open: false, opensOn: '2026-03-31' });
		});
		// Clocks go back at 02:00 BST on Sunday 25 October 2026.
		it('on the Friday before they go back (BST), 08:59 UTC is 09:59 in the UK: closed', () => {
			expect(statusAt('2026-10-23T08:59:00Z').open).toBe(false);
		});
		it('on the Friday before they go back (BST), 09:00 UTC is 10:00 in the UK: open', () => {
			expect(statusAt('2026-10-23T09:00:00Z').open).toBe(true);
		});
		it('on the Monday after (GMT), 09:30 UTC is 09:30 in the UK: closed', () => {
			expect(statusAt('2026-10-26T09:30:00Z').open).toBe(false);
		});
	});

	it('uses the UK date, not the UTC date, just after midnight in summer', () => {
		// 23:30 UTC on Friday 3 July is 00:30 on Saturday 4 July in the UK.
		expect(statusAt('2026-07-03T23:30:00Z')).toMatchObject({ open: false, opensOn: '2026-07-06', daysAway: 2 });
	});
});

describe('describeStatus', () => {
	it('says when an open helpline closes', () => {
		expect(describeStatus({ open: true, closes: '16:00' })).toBe('Open now — until 4pm');
	});
	it('names the weekday of the next opening within a week', () => {
		expect(describeStatus({ open: false, opensOn: '2026-11-30', opens: '10:00', daysAway: 3 })).toBe('Closed — opens Monday at 10am');
	});
	it('says today and tomorrow', () => {
		expect(describeStatus({ open: false, opensOn: '2026-11-23', opens: '10:00', daysAway: 0 })).toBe('Closed — opens today at 10am');
		expect(describeStatus({ open: false, opensOn: '2026-11-24', opens: '10:00', daysAway: 1 })).toBe('Closed — opens tomorrow at 10am');
	});
	it('gives the date when the next opening is a week or more away', () => {
		expect(describeStatus({ open: false, opensOn: '2027-01-04', opens: '10:00', daysAway: 8 })).toBe('Closed — opens Monday 4 January at 10am');
	});
});

describe('formatTime and describeHours', () => {
	it('writes times the GOV.UK way', () => {
		expect(formatTime('10:00')).toBe('10am');
		expect(formatTime('16:30')).toBe('4:30pm');
		expect(formatTime('12:00')).toBe('midday');
		expect(formatTime('00:15')).toBe('12:15am');
	});
	it('writes a run of weekdays as a range', () => {
		expect(describeHours(hours)).toBe('Monday to Friday, 10am to 4pm');
	});
	it('says whose bank holidays close the helpline, and only when they do', () => {
		expect(describeOpeningHours({ ...hours, closedOnBankHolidays: true })).toMatch(/\(UK time\), except bank holidays in England and Wales$/);
		expect(describeOpeningHours({ ...hours, closedOnBankHolidays: false })).not.toMatch(/bank holiday/);
	});
});
