import {
	ENQUIRY_FIELDS,
	ENQUIRY_STORAGE_KEY,
	type EnquiryField,
	type EnquiryFields,
	enquiryMailto,
	enquirySummary,
	forgetStoredEnquiry,
	parseStoredEnquiry,
	serialiseEnquiry,
} from '../wizard/enquiry';
import { wellFormed } from '../lib/echo';

/**
 * Longer mailto: links are cut short or refused, so past this the link opens an empty email and
 * the reader is asked to paste. The mailto standard (RFC 2368) sets no limit; the limit is the browser's
 * and the mail app's. Reports gathered on Stack Overflow ("Effective maximum mailto: body
 * lengths", question 4473959) found Chrome failing near 2,000 characters and Firefox at 2,008,
 * while Outlook and iPhone mail take far more: 2,000 is the lowest common one.
 */
export const MAILTO_MAX_LENGTH = 2000;

/**
 * "Prepare your enquiry": keeps what the user types in sessionStorage only (one versioned key),
 * shows it as a summary with the wizard's answers, and lets them copy, email or print it.
 * Nothing is sent anywhere and nothing goes in a URL of this site.
 */
export function enhanceEnquiry(doc: Document): void {
	const form = doc.querySelector<HTMLFormElement>('form[data-wizard-enquiry]');
	if (!form) return;
	const inputs = new Map(
		[...form.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[data-enquiry-field]')].map((input) => [input.dataset.enquiryField as EnquiryField, input]),
	);
	const labels = Object.fromEntries(
		ENQUIRY_FIELDS.map((field) => [field, doc.querySelector(`label[for="enquiry-${field}"]`)?.textContent?.replace(/\?$/, '').trim() ?? field]),
	) as Record<EnquiryField, string>;
	const summaryBox = form.querySelector<HTMLElement>('[data-enquiry-summary]')!;
	const mailto = form.querySelector<HTMLAnchorElement>('[data-enquiry-mailto]');
	const status = form.querySelector<HTMLElement>('[data-enquiry-status]')!;
	const answers = parseAnswers(form.dataset.answers);

	const restore = () => {
		const stored = parseStoredEnquiry(read());
		for (const [field, input] of inputs) input.value = stored[field] ?? '';
	};
	restore();

	const currentFields = (): EnquiryFields => Object.fromEntries([...inputs].map(([field, input]) => [field, input.value]));
	const summary = () => wellFormed(enquirySummary({ outcomeTitle: form.dataset.outcomeTitle ?? '', ...recordContext(form), answers, fields: currentFields(), labels }));
	const email = form.dataset.helplineEmail ?? '';
	const tooLong = doc.createElement('p');
	tooLong.className = 'wizard-enquiry__too-long';
	tooLong.dataset.enquiryTooLong = '';
	tooLong.hidden = true;
	tooLong.textContent = 'Your summary is too long for the email button to carry. Select Copy summary, then paste it into the email.';
	status.before(tooLong);
	const update = () => {
		const text = summary();
		summaryBox.textContent = text;
		// Outcomes without the helpline keep a record only: there is no email button.
		if (!mailto) return;
		// Encoding makes a link at least as long as the text, so a long text is not encoded at all.
		const href = text.length <= MAILTO_MAX_LENGTH ? enquiryMailto(email, text) : '';
		const fits = href !== '' && href.length <= MAILTO_MAX_LENGTH;
		mailto.href = fits ? href : enquiryMailto(email, '').replace(/&body=$/, '');
		tooLong.hidden = fits;
	};
	const say = (message: string) => {
		status.textContent = message;
	};

	form.addEventListener('input', () => {
		write(serialiseEnquiry(currentFields()));
		update();
	});
	form.querySelector('[data-enquiry-copy]')?.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(summary());
			say('Summary copied. Paste it into an email or your notes.');
		} catch {
			say('Your browser did not allow copying. Select the summary and copy it yourself.');
		}
	});
	form.querySelector('[data-enquiry-print]')?.addEventListener('click', () => {
		doc.body.dataset.print = 'record';
		window.addEventListener('afterprint', () => delete doc.body.dataset.print, { once: true });
		window.print();
	});
	form.querySelector('[data-enquiry-clear]')?.addEventListener('click', () => {
		for (const input of inputs.values()) input.value = '';
		forgetStoredEnquiry();
		update();
		say('Cleared. Nothing you typed is kept.');
	});

	// Back (or Forward) can bring this page back from memory with what was typed still in the
	// boxes, after Exit this page or Clear on another page deleted it: show what is stored, or nothing.
	window.addEventListener('pageshow', (event) => {
		if (!event.persisted) return;
		restore();
		update();
	});

	doc.querySelector<HTMLElement>('[data-enquiry-fallback]')?.setAttribute('hidden', '');
	form.hidden = false;
	update();
}

/** The advice's full address and today's date, for the record. */
function recordContext(form: HTMLFormElement): { adviceUrl?: string; madeOn: string } {
	const now = new Date();
	const madeOn = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
	return { adviceUrl: form.dataset.adviceUrl ? new URL(form.dataset.adviceUrl, window.location.origin).href : undefined, madeOn };
}

function parseAnswers(raw: string | undefined): { question: string; answer: string }[] {
	try {
		const value: unknown = JSON.parse(raw ?? '[]');
		return Array.isArray(value) ? value.filter((row) => typeof row?.question === 'string' && typeof row?.answer === 'string') : [];
	} catch {
		return [];
	}
}

// Storage can be unavailable (private modes, blocked by policy): the form still works without it.
function read(): string | null {
	try {
		return window.sessionStorage.getItem(ENQUIRY_STORAGE_KEY);
	} catch {
		return null;
	}
}

function write(value: string): void {
	try {
		window.sessionStorage.setItem(ENQUIRY_STORAGE_KEY, value);
	} catch {
		// Not kept, but the summary still works.
	}
}
