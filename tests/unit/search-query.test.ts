import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryContext } from '../../src/search/query';

/** A small context: one synonym group with a phrase, one question phrase. */
function context(): QueryContext {
	const groups = [['impersonat', 'fak acount']];
	return {
		synonymGroups: new Map([
			['impersonat', [0]],
			['fak acount', [0]],
		]),
		groups,
		misspellings: {},
		questions: [
			[['how', 'can', 'i', 'tell', 'if'], ['signs']],
			[['how', 'old'], ['age', 'rules']],
		],
		vocabulary: new Set(['impersonat', 'fak', 'acount', 'insta', 'sign', 'age', 'rule', 'old']),
	};
}

const typed = (query: string) => parseQuery(query, context()).map((concept) => concept.typed);

describe('parseQuery', () => {
	it('reads a question phrase as the words it asks about, before common words are dropped', () => {
		expect(typed('how old do you have to be for insta')).toEqual(['age', 'rules', 'insta']);
		expect(typed('how can i tell if my account is hacked')).toEqual(['signs', 'account', 'hacked']);
		// The same words not in that order are read as typed.
		expect(typed('old insta account how')).toEqual(['old', 'insta', 'account']);
	});

	it('reads a two-word synonym phrase typed with a word inside it as the phrase and that word', () => {
		const concepts = parseQuery('fake insta account', context());
		expect(concepts.map((concept) => concept.typed)).toEqual(['fake account', 'insta']);
		expect(concepts[0].alternatives.map((alternative) => alternative.terms.join(' '))).toContain('impersonat');
		// Typed whole, or with two words inside, it is left as it is.
		expect(typed('fake account insta')).toEqual(['fake account', 'insta']);
		expect(typed('fake insta school account')).toEqual(['fake', 'insta', 'school', 'account']);
	});

	it('reads a whole question or pasted message, up to 32 different words, and stops there', () => {
		// A DSL's question: the words that say what it is about ("allegation", "scotland") come late.
		const question = 'a mum has posted in the village facebook page that a teacher hit her child do we treat this as an allegation and who do i need to tell here in scotland';
		expect(typed(question)).toContain('allegation');
		expect(typed(question)).toContain('scotland');
		// A case note pasted whole: what it asks comes after its 16th word.
		const note = 'year nine girl form tutor noticed quiet lessons friends worried weekend party photos shared group chat older boys laughing mum phoned office monday morning asking whether police';
		expect(typed(note)).toContain('police');
		const many = Array.from({ length: 40 }, (_, n) => `word${String.fromCharCode(97 + (n % 26))}${n}`).join(' ');
		expect(typed(many)).toHaveLength(32);
	});

	it('leaves out a nation or an app said not to be the matter, and keeps every other word after "not"', () => {
		expect(typed("we're in wales, not england")).toEqual(['wales']);
		expect(typed("it's instagram not tiktok")).toEqual(['instagram']);
		expect(typed('report the video, not the comments')).toEqual(['report', 'video']);
		expect(typed('we are not in northern ireland, we are in scotland')).toEqual(['scotland']);
		// A word "not" is about is what the query means.
		expect(typed('the post is not threatening')).toContain('threatening');
		// Said of every word typed, the words are kept.
		expect(typed('not tiktok')).toEqual(['tiktok']);
	});
});
