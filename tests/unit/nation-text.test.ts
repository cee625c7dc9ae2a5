import { describe, expect, it } from 'vitest';
import { factsIn, summaryParts } from '../../src/lib/nation-text';

describe('summaryParts', () => {
	it('splits an act-now summary into its words and the nation facts it names, in order', () => {
		expect(summaryParts('Make sure the child is safe, tell your :nation[lead] now.')).toEqual([{ text: 'Make sure the child is safe, tell your ' }, { fact: 'lead' }, { text: ' now.' }]);
		expect(summaryParts(':nation[lead] first')).toEqual([{ fact: 'lead' }, { text: ' first' }]);
		expect(summaryParts('No fact here.')).toEqual([{ text: 'No fact here.' }]);
	});

	it('lists each fact a summary names once', () => {
		expect(factsIn('Tell your :nation[lead], then :nation[police]; your :nation[lead] decides.')).toEqual(['lead', 'police']);
		expect(factsIn('Call 999.')).toEqual([]);
	});
});
