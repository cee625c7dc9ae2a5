import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine';
import { siteSearch } from './site-search';

/**
 * Sexual images of children found on a member of staff's device (the advice audit of 2 December
 * 2026, scenario X03): the act-now answers must treat it as an allegation and a child's image, never
 * as an adult's own intimate image (the Revenge Porn Helpline is for adults). Built from dist/:
 * build first. Asserts concept ids, not wording.
 */
let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await siteSearch());
}, 60_000);

const answers = (query: string) => engine.matchActNow(query).map((match) => ({ id: match.concept.id, forAdult: match.forAdult }));

describe('act-now answers for images of children on a staff device', () => {
	it.each([
		"indecent images found on teacher's laptop",
		'IIOC found on a staff member’s school computer',
		'technician found indecent images on the deputy head’s onedrive',
	])('gives the allegation answer first, and no adult’s answer, for "%s"', (query) => {
		const found = answers(query);
		expect(found[0]?.id).toBe('staff-conduct');
		expect(found.filter((answer) => answer.forAdult)).toEqual([]);
	});

	it('gives the child’s image answer when the query says the images are indecent', () => {
		expect(answers("indecent images found on teacher's laptop").map((answer) => answer.id)).toContain('sexual-images-under-18');
	});

	it('still gives an adult’s own answer when the image is of a member of staff', () => {
		expect(answers('nude photo of a teacher shared on instagram')).toEqual([{ id: 'intimate-image-of-an-adult', forAdult: true }]);
	});

	it('does not treat a teacher’s stolen laptop as an allegation', () => {
		expect(answers('teacher’s laptop with pupil data was stolen from her car').map((answer) => answer.id)).not.toContain('staff-conduct');
	});
});
