/** The one sessionStorage key the enquiry uses; the version changes if the fields ever do. */
export const ENQUIRY_STORAGE_KEY = 'wizard-enquiry-v1';

/** The enquiry's fields, in the order the helpline asks for them. All optional. */
export const ENQUIRY_FIELDS = ['what-happened', 'where', 'done-so-far', 'school-response', 'help-wanted'] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number];
export type EnquiryFields = Partial<Record<EnquiryField, string>>;

/** Reads what was stored; anything unreadable (corrupt, old version, wrong shape) counts as empty. */
export function parseStoredEnquiry(raw: string | null): EnquiryFields {
	if (!raw) return {};
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return {};
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
	return JSON.stringify({ version: 1, fields });
}

export interface EnquirySummaryInput {
	/** The outcome the wizard reached. */
	outcomeTitle: string;
	/** "Your answers" as question label and answer label. */
	answers: { question: string; answer: string }[];
	fields: EnquiryFields;
	/** The label of each field, as shown on the form. */
	labels: Record<EnquiryField, string>;
}

/** The plain-text summary to copy, email or print: the wizard's answers, then what the user wrote. */
export function enquirySummary({ outcomeTitle, answers, fields, labels }: EnquirySummaryInput): string {
	const lines = ['Enquiry for the Professionals Online Safety Helpline', '', `Advice reached: ${outcomeTitle}`];
	if (answers.length > 0) {
		lines.push('', 'My answers:');
		for (const { question, answer } of answers) lines.push(`- ${question}: ${answer}`);
	}
	for (const field of ENQUIRY_FIELDS) {
		const text = fields[field]?.trim();
		if (text) lines.push('', `${labels[field]}:`, text);
	}
	return lines.join('\n');
}

/** A mailto: address that opens an email to the helpline with the summary in it. */
export function enquiryMailto(email: string, summary: string): string {
	return `mailto:${email}?subject=${encodeURIComponent('Enquiry from the online safety reporting guide')}&body=${encodeURIComponent(summary)}`;
}
