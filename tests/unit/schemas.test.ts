import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../src/data/bank-holidays';
import { helpline } from '../../src/data/helpline';
import { services } from '../../src/data/services';
import { parseDataFile } from '../../src/data/parse-data-file';
import { formatIssues } from '../../src/schemas/format-issues';
import { GuideSchema } from '../../src/schemas/guide';
import { PlatformSchema } from '../../src/schemas/platform';
import { WizardQuestionSchema } from '../../src/schemas/wizard-question';
import { ServicesSchema } from '../../src/schemas/services';

const validGuide = {
	title: 'Fake accounts and impersonation',
	summary: 'What to do when someone pretends to be you or your school online.',
	categories: ['online-reputation'],
	audience: ['all-staff'],
	lastReviewed: '2026-11-20',
};

function problems(schema: typeof GuideSchema | typeof PlatformSchema, data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : formatIssues('content/guides/example.md', result.error.issues, schema);
}

describe('GuideSchema', () => {
	it('accepts a guide with the required fields and fills the optional lists', () => {
		const guide = GuideSchema.parse(validGuide);
		expect(guide.aka).toEqual([]);
		expect(guide.formerUrls).toEqual([]);
	});

	it('turns a YAML date into YYYY-MM-DD', () => {
		expect(GuideSchema.parse({ ...validGuide, lastReviewed: new Date('2026-11-20') }).lastReviewed).toBe('2026-11-20');
	});

	it('names the file and the missing field', () => {
		const { title: _title, ...withoutTitle } = validGuide;
		expect(problems(GuideSchema, withoutTitle)).toEqual([expect.stringMatching(/^content\/guides\/example\.md: field "title": is missing/)]);
	});

	it('names a wrong category and lists the categories allowed', () => {
		const [message] = problems(GuideSchema, { ...validGuide, categories: ['fake-news'] });
		expect(message).toContain('field "categories[0]"');
		expect(message).toContain('"fake-news"');
		expect(message).toContain('online-reputation');
		expect(message).toContain('sextortion');
	});

	it('names a misspelt field, the field it is likely meant to be, and every field allowed', () => {
		const [message] = problems(GuideSchema, { ...validGuide, tilte: 'x' });
		expect(message).toMatch(/unknown field "tilte" \(did you mean "title"\?\)/);
		for (const field of Object.keys(GuideSchema.shape)) expect(message).toContain(field);
	});

	it('lists the fields allowed inside a nested object, and guesses nothing for a word unlike them', () => {
		const answer = { id: 'yes', label: 'Yes', next: 'x', colour: 'red' };
		const question = { title: 'Is it happening now?', answers: [answer, { id: 'not-sure', label: 'Not sure', next: 'x' }] };
		const result = WizardQuestionSchema.safeParse(question);
		const message = result.success ? '' : formatIssues('q.md', result.error.issues, WizardQuestionSchema).find((line) => line.includes('colour'));
		expect(message).toMatch(/field "answers\[0\]": unknown field "colour"; the fields allowed here are: .*\bid\b.*\blabel\b/);
	});

	it('rejects a date that is not YYYY-MM-DD, saying how to write it', () => {
		expect(problems(GuideSchema, { ...validGuide, lastReviewed: '20/11/2026' })[0]).toMatch(/field "lastReviewed".*YYYY-MM-DD/);
	});

	it('takes search terms for a section by its anchor, and says how to write the anchor when it has a "#"', () => {
		expect(GuideSchema.parse({ ...validGuide, sectionAka: { evidence: ['proof for the police'] } }).sectionAka).toEqual({ evidence: ['proof for the police'] });
		expect(problems(GuideSchema, { ...validGuide, sectionAka: { '#evidence': ['proof'] } })[0]).toMatch(/field "sectionAka\.#evidence": .*anchor.*without the "#"/);
		expect(problems(GuideSchema, { ...validGuide, sectionAka: { evidence: [] } })[0]).toMatch(/field "sectionAka\.evidence"/);
	});

	it('rejects a related page that is not a site path', () => {
		expect(problems(GuideSchema, { ...validGuide, related: ['guides/impersonation'] })[0]).toMatch(/field "related\[0\]".*trailing slash/);
	});

	it('rejects a summary longer than one sentence should be', () => {
		expect(problems(GuideSchema, { ...validGuide, summary: 'x'.repeat(201) })[0]).toMatch(/field "summary".*200/);
	});
});

describe('PlatformSchema', () => {
	const validPlatform = {
		title: 'Reporting on TikTok',
		platform: 'TikTok',
		summary: 'How to report videos, comments and accounts on TikTok.',
		minimumAge: 13,
		lastReviewed: '2026-11-20',
		reportingLinks: [{ label: 'Report a problem', url: 'https://support.tiktok.com/en/safety-hc/report-a-problem', lastChecked: '2026-11-20' }],
	};

	it('accepts a platform page with its reporting links', () => {
		expect(PlatformSchema.parse(validPlatform).reportingLinks).toHaveLength(1);
	});

	it('needs at least one reporting link', () => {
		expect(problems(PlatformSchema, { ...validPlatform, reportingLinks: [] })[0]).toMatch(/field "reportingLinks".*at least one/);
	});

	it('needs each reporting link to be a full https address', () => {
		const links = [{ ...validPlatform.reportingLinks[0], url: 'support.tiktok.com' }];
		expect(problems(PlatformSchema, { ...validPlatform, reportingLinks: links })[0]).toMatch(/field "reportingLinks\[0\]\.url".*https/);
	});
});

describe('data files', () => {
	it('the helpline facts file is valid', () => {
		expect(helpline.hours.timeZone).toBe('Europe/London');
	});

	it('every service has a last checked date and a way to reach it', () => {
		for (const service of services) {
			expect(service.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(service.phone ?? service.url).toBeTruthy();
		}
	});

	it('the bank holiday list only holds dates in the years it says it covers', () => {
		for (const date of bankHolidays.dates) {
			const year = Number(date.slice(0, 4));
			expect(year).toBeGreaterThanOrEqual(bankHolidays.covers.from);
			expect(year).toBeLessThanOrEqual(bankHolidays.covers.to);
		}
	});

	it('a bad data file fails with the file, the field and the reason', () => {
		const broken = [{ id: 'ceop', name: 'CEOP', whenToUse: 'Reporting grooming.', lastChecked: '2026-11-20' }, { id: 'ceop', name: 'Again', url: 'https://example.org', whenToUse: 'A duplicate entry.', lastChecked: '2026-11-20' }];
		expect(() => parseDataFile('content/data/services.json', ServicesSchema, broken)).toThrow(
			/content\/data\/services\.json: field "\[0\]": needs a phone number or a url[\s\S]*field "\[1\]\.id": "ceop" is used twice/,
		);
	});
});
