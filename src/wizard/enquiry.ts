import { longDate } from './escalation';

export { ENQUIRY_STORAGE_KEY, forgetStoredEnquiry } from './enquiry-storage';

/**
 * The stored value carries its own version: version 1 (the enquiry's five fields) is read as
 * version 2 with the record's fields empty, so nothing typed is lost when the form grows.
 */
const STORED_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/** The form's fields, in the order of the school's record and the helpline's questions. All optional. */
export const ENQUIRY_FIELDS = ['what-happened', 'raised-by', 'where', 'done-so-far', 'reports', 'told', 'school-response', 'next-steps', 'check-date', 'help-wanted'] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number];
export type EnquiryFields = Partial<Record<EnquiryField, string>>;

/** Reads what was stored; anything unreadable (corrupt, old version, wrong shape) counts as empty. */
export function parseStoredEnquiry(raw: string | null): EnquiryFields {
	if (!raw) return {};
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null || !READABLE_VERSIONS.includes((value as { version?: unknown }).version as number)) return {};
		const fields = (value as { fields?: unknown }).fields;
		if (typeof fields !== 'object' || fields === null) return {};
		const result: EnquiryFields = {};
		for (const field of ENQUIRY_FIELDS) {
			const text = (fields as Record<string, unknown>)[field];
			if (typeof text === 'string') result[field] = text;
		}
		return result;
	} catch {
		return {};
	}
}

export function serialiseEnquiry(fields: EnquiryFields): string {
	return JSON.stringify({ version: STORED_VERSION, fields });
}

export interface EnquirySummaryInput {
	/** The outcome the wizard reached. */
	outcomeTitle: string;
	/** The outcome's full short address, so the record says where the advice is. */
	adviceUrl?: string;
	/** The day the record is made, YYYY-MM-DD. */
	madeOn?: string;
	/** "Your answers" as question label and answer label. */
	answers: { question: string; answer: string }[];
	fields: EnquiryFields;
	/** The label of each field, as shown on the form. */
	labels: Record<EnquiryField, string>;
}

/**
 * The plain-text record to copy, email or print: the advice reached, the wizard's answers, then
 * what the user wrote. The same text is the school's incident record and the helpline enquiry.
 */
export function enquirySummary({ outcomeTitle, adviceUrl, madeOn, answers, fields, labels }: EnquirySummaryInput): string {
	const lines = ['Online safety incident record'];
	if (madeOn) lines.push(`Written on: ${longDate(madeOn)}`);
	lines.push('', `Advice reached: ${outcomeTitle}`);
	if (adviceUrl) lines.push(adviceUrl);
	if (answers.length > 0) {
		lines.push('', 'Answers given:');
		for (const { question, answer } of answers) lines.push(`- ${question}: ${answer}`);
	}
	for (const field of ENQUIRY_FIELDS) {
		const text = fields[field]?.trim();
		if (!text) continue;
		lines.push('', `${labels[field]}:`, field === 'check-date' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? longDate(text) : text);
	}
	return lines.join('\n');
}

/** A mailto: address that opens an email to the helpline with the summary in it. */
export function enquiryMailto(email: string, summary: string): string {
	return `mailto:${email}?subject=${encodeURIComponent('Enquiry from the online safety reporting guide')}&body=${encodeURIComponent(summary)}`;
}
