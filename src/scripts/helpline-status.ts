import bankHolidayData from '../../content/data/bank-holidays.json';
import helplineData from '../../content/data/helpline.json';
import { describeStatus, helplineStatus } from '../lib/opening-hours';

const REFRESH_MS = 60_000;

/**
 * Fills every [data-helpline-status] with "Open now — until 4pm" or "Closed — opens Monday at
 * 10am", worked out in UK time whatever the visitor's clock is set to, and keeps it current.
 * The data files were validated at build; the raw JSON keeps zod out of the browser.
 */
export function showHelplineStatus(doc: Document): void {
	const targets = [...doc.querySelectorAll<HTMLElement>('[data-helpline-status]')];
	if (targets.length === 0) return;
	const holidays = new Set(bankHolidayData.dates);
	const update = () => {
		const status = helplineStatus(new Date(), helplineData.hours, holidays);
		for (const target of targets) {
			target.textContent = describeStatus(status);
			target.dataset.open = String(status.open);
			target.hidden = false;
		}
	};
	update();
	window.setInterval(update, REFRESH_MS);
}
