import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryContext } from '../../src/search/query';
import { encodeSynonyms, type Synonyms } from '../../src/search/synonyms';
import raw from '../../src/search/synonyms.json';

/** The site's synonyms as the engine reads them (src/search/engine.ts), with no vocabulary: no joined words or completions. */
function siteContext(): QueryContext {
	const { groups, misspellings, questions } = encodeSynonyms();
	const synonymGroups = new Map<string, number[]>();
	groups.forEach((group, index) => {
		for (const alternative of group) synonymGroups.set(alternative, [...(synonymGroups.get(alternative) ?? []), index]);
	});
	return { synonymGroups, groups, misspellings, questions: questions.map(([phrase, meaning]) => [phrase.split(' '), meaning.split(' ')]), vocabulary: new Set() };
}

/** The synonyms a query's word (or phrase) brings in, as index terms. */
const synonymsOf = (query: string, word: string) =>
	parseQuery(query, siteContext())
		.find((concept) => concept.typed === word)
		?.alternatives.filter((alternative) => alternative.kind === 'synonym')
		.map((alternative) => alternative.terms.join(' ')) ?? [];

describe('encodeSynonyms', () => {
	it('refuses a phrase that common words leave as one word, naming the group and the word', () => {
		const synonyms: Synonyms = { ...raw, groups: [['nowhere', 'still up', 'ignored']] };
		expect(() => encodeSynonyms(synonyms)).toThrow(/groups\[0\] "still up" is read as "still" alone.*any search with "still" would find the whole group/);
		expect(() => encodeSynonyms({ ...raw, groups: [['nowhere', 'still online', 'ignored']] })).not.toThrow();
	});
});

describe('the site’s synonyms (src/search/synonyms.json)', () => {
	it('give no everyday word the meaning of a phrase it was only part of', () => {
		// "still up", "not removed", "no reply", "no response": once "up", "not" and "no" were dropped,
		// every search with "still", "removed", "reply" or "response" found the whole "nowhere to report" group.
		expect(synonymsOf('still being bullied after we reported it', 'still')).not.toContain('nowher');
		expect(synonymsOf('how do i get it removed', 'removed')).not.toContain('nowher');
		expect(synonymsOf('report a reply on x', 'reply')).not.toContain('nowher');
		expect(synonymsOf('what response time should we expect', 'response')).not.toContain('nowher');
		// "taken over" was "taken": a photo taken in class was read as a hacked account.
		expect(synonymsOf('upskirt photo taken in class', 'taken')).not.toContain('hack');
	});

	it('still reads the phrases that say nothing happened, and an account taken over as hacked', () => {
		expect(synonymsOf('reported it and nothing happened', 'nothing happened')).toContain('nowher');
		expect(synonymsOf('my account taken over by someone', 'account taken')).toContain('hack');
		// A phrase that needs its common words is read whole, in `questions`: "still up" still means nothing was done.
		expect(synonymsOf('reported it and its still up', 'nowhere')).toContain('ignor');
		expect(synonymsOf('no reply from tiktok', 'nowhere')).toContain('ignor');
	});
});
