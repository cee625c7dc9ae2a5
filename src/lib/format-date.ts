const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-20" → "20 November 2026" (GOV.UK date style). */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}
