import bankHolidayData from '../../content/data/bank-holidays.json';
import helplineData from '../../content/data/helpline.json';
import { escalationDate, longDate, phoneLineClosed, reminderIcs } from '../wizard/escalation';

/** Validated at build (src/data/); the raw JSON keeps zod out of the browser. */
const bankHolidays = new Set(bankHolidayData.dates);

/**
 * "I reported it on [date]": shows the day to contact the helpline if the platform has not acted,
 * and offers a calendar reminder made in the browser (nothing is sent anywhere).
 */
export function enhanceReminder(doc: Document): void {
	for (const form of doc.querySelectorAll<HTMLFormElement>('form[data-wizard-reminder]')) {
		const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
		const result = form.querySelector<HTMLElement>('[data-reminder-result]')!;
		const download = form.querySelector<HTMLButtonElement>('[data-reminder-download]')!;
		const today = localIsoDate(new Date());
		input.max = today;
		input.value ||= today;
		form.hidden = false;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
			const due = escalationDate(input.value);
			const { helplineName, helplinePhone, helplineEmail } = form.dataset;
			const canonicalUrl = new URL(form.dataset.canonicalUrl ?? '/report/', window.location.origin).href;
			const today = new Date().toLocaleDateString('en-CA');
			if (due < today) {
				result.replaceChildren(paragraph('The platform has had its 48 hours. If it has not dealt with your report, contact the helpline now.'));
				download.hidden = true;
				return;
			}
			result.replaceChildren(
				paragraph(`If it has not been dealt with by ${longDate(due)}, contact the helpline.`),
			);
			const closed = phoneLineClosed(due, helplineData.hours, bankHolidays);
			if (closed) {
				result.append(paragraph(`That is ${closed.reason === 'weekend' ? 'a weekend' : 'a bank holiday'}: the phone line opens again on ${longDate(closed.opensOn)}, but you can email at any time.`));
			}
			download.hidden = false;
			download.onclick = () => {
				const ics = reminderIcs({
					date: due,
					title: 'Has the platform dealt with my report?',
					description: `You reported it on ${longDate(input.value)}. If it has not been dealt with, contact the ${helplineName}: ${helplinePhone}, ${helplineEmail}. Advice: ${canonicalUrl}`,
					url: canonicalUrl,
					now: new Date(),
				});
				const link = doc.createElement('a');
				link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
				link.download = `check-your-report-${due}.ics`;
				link.click();
				window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
			};
		});
	}
}

function paragraph(text: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.textContent = text;
	return p;
}

function localIsoDate(date: Date): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
