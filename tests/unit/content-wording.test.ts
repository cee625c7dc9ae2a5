import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUrgentWording, findUrgentWordingProblems, promisesRoundTheClockEmail } from '../../src/checks/check-urgent-wording';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('findUrgentWordingProblems', () => {
	it('finds a child-at-risk concern sent to the DSL "today"', () => {
		const problems = findUrgentWordingProblems('- A pupil has been outed and may be at risk at home: tell the DSL today.');
		expect(problems.map((problem) => problem.line)).toEqual([1]);
	});

	it('finds an allegation told to the headteacher "the same day", on the line its paragraph starts', () => {
		const markdown = 'Intro.\n\nA post says a teacher harmed a child. This is an allegation: tell the\nheadteacher the same day.';
		expect(findUrgentWordingProblems(markdown).map((problem) => problem.line)).toEqual([3]);
	});

	it('finds the delay when the risk is named in the sentence before, in the same list item', () => {
		expect(findUrgentWordingProblems('- An adult may be grooming a pupil. Tell the DSL today.')).toHaveLength(1);
		expect(findUrgentWordingProblems('An adult may be grooming a pupil.\n\nTell the DSL today.')).toEqual([]);
	});

	it('finds "as soon as you can" for grooming', () => {
		expect(findUrgentWordingProblems('Report any grooming concern to your DSL as soon as you can.')).toHaveLength(1);
		expect(findUrgentWordingProblems('After a sexual assault, the DSL decides on referrals to the police that day.')).toHaveLength(1);
	});

	it('accepts "now", and a delay that is forbidden', () => {
		expect(findUrgentWordingProblems('- A pupil may be at risk at home: tell the DSL now.')).toEqual([]);
		expect(findUrgentWordingProblems('Tell the DSL about the threat straight away. Do not wait until the end of the day.')).toEqual([]);
	});

	it('leaves harmless "today" alone: a fake school account, a log, a data breach', () => {
		const harmless = [
			'Report the fake school account today.',
			'Start a log today and add to it every time something happens.',
			'Otherwise tell the DSL or your line manager the same day.',
			'Tell your DPO the same day.',
		];
		for (const sentence of harmless) expect(findUrgentWordingProblems(sentence), sentence).toEqual([]);
	});

	it('finds a promise that the helpline reads email around the clock', () => {
		const promises = [
			'Email is read 24 hours a day, and the helpline aims to reply within 3 hours.',
			'The phone line is open 10 to 4, and email is read at any time.',
			'You can email at any time; emails are read around the clock.',
			'Email :email[helpline]: it is monitored 24/7.',
		];
		for (const sentence of promises) expect(promisesRoundTheClockEmail(sentence), sentence).toBe(true);
	});

	it('accepts honest wording about email and other services’ hours', () => {
		const honest = [
			'The helpline reads and answers email only when it is open: nobody reads it at night, at weekends or on bank holidays.',
			'Childline is free and open at any time.',
			'Email the helpline so your enquiry is waiting when it opens.',
			'Samaritans answers at any time.',
		];
		for (const sentence of honest) expect(promisesRoundTheClockEmail(sentence), sentence).toBe(false);
	});
});

describe('the guidance, platform pages and snippets', () => {
	it('send every concern about a child at risk to the safeguarding lead now, and never promise email is read at night', () => {
		expect(checkUrgentWording(root)).toEqual([]);
	});
});

/** Every text file under a folder whose name ends with one of the extensions. */
function files(dir: string, extensions: string[]): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path, extensions);
		return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
	});
}

describe('the helpline’s email hours, everywhere the site says them', () => {
	it('are never described as round the clock: not in the data, the pages, the components or any content', () => {
		// src/checks/ holds the patterns that find these claims, so it is left out.
		const everywhere = [...files(join(root, 'content'), ['.md', '.json']), ...files(join(root, 'src'), ['.astro', '.ts', '.tsx'])].filter(
			(path) => !relative(root, path).startsWith(join('src', 'checks')),
		);
		const claims = everywhere.flatMap((path) =>
			readFileSync(path, 'utf8')
				.split('\n')
				.map((line, index) => ({ line, where: `${relative(root, path)}:${index + 1}` }))
				.filter(({ line }) => /\bemail/i.test(line) && promisesRoundTheClockEmail(line))
				.map(({ where }) => where),
		);
		expect(claims).toEqual([]);
	});

	it('has no data field that says email is monitored around the clock', () => {
		const data = JSON.parse(readFileSync(join(root, 'content/data/helpline.json'), 'utf8')) as Record<string, unknown>;
		expect(Object.keys(data).filter((key) => /24|monitored|anytime|allhours/i.test(key))).toEqual([]);
	});
});
