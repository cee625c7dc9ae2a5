import { describe, expect, it } from 'vitest';
import { editDistance, typoCandidates } from '../../src/search/query';
import { makeSnippet, wordFor } from '../../src/search/snippet';
import { termOf, termsOf, toUkSpelling, words } from '../../src/search/text';

describe('termOf', () => {
	it('gives a word, its plural and its verb forms one term', () => {
		expect(new Set(['account', 'accounts'].map(termOf)).size).toBe(1);
		expect(new Set(['report', 'reported', 'reporting', 'reports'].map(termOf)).size).toBe(1);
		expect(new Set(['impersonation', 'impersonate', 'impersonating'].map(termOf)).size).toBe(1);
	});

	it('joins a misplaced double letter to the right spelling', () => {
		expect(termOf('harrasment')).toBe(termOf('harassment'));
	});

	it('turns US spellings into UK ones', () => {
		expect(toUkSpelling('radicalization')).toBe('radicalisation');
		expect(toUkSpelling('behavior')).toBe('behaviour');
		expect(toUkSpelling('size')).toBe('size');
		expect(termOf('organize')).toBe(termOf('organise'));
	});
});

describe('words', () => {
	it('reads an emoji that stands for a word as that word, and leaves other emoji out', () => {
		expect(words('address posted with 🔪')).toEqual(['address', 'posted', 'with', 'knife']);
		expect(words("dont come in friday🔫")).toEqual(['dont', 'come', 'in', 'friday', 'gun']);
		expect(words('🗡️ and 🩸 and 💊')).toEqual(['knife', 'and', 'blood', 'and', 'pills']);
		expect(words('love this 😂❤️')).toEqual(['love', 'this']);
	});

	it('reads a word typed with a star for a letter whole, and a star anywhere else as punctuation', () => {
		expect(words('he sent her a d*ck pic')).toEqual(['he', 'sent', 'her', 'a', 'dick', 'pic']);
		expect(words('N*DES shared in year 9')).toEqual(['nudes', 'shared', 'in', 'year', '9']);
		expect(words('a n*de of her')).toEqual(['a', 'nude', 'of', 'her']);
		expect(words('5*3 and *important*')).toEqual(['5', '3', 'and', 'important']);
	});
});

describe('termsOf', () => {
	it('drops common words, lone letters and symbols, but keeps X', () => {
		expect(termsOf('What do I do about the <b>post</b> on X?!')).toEqual([termOf('post'), 'x']);
		expect(termsOf('😀 .*+?^${}()|[]\\')).toEqual([]);
	});
});

describe('typo correction', () => {
	it('counts a swap of two letters as one slip', () => {
		expect(editDistance('instagarm', 'instagram', 2)).toBe(1);
	});

	it('suggests index terms one slip away, and nothing for short words', () => {
		expect(typoCandidates('instagarm', ['instagram', 'telegram'])).toEqual(['instagram']);
		expect(typoCandidates('snap', ['snip'])).toEqual([]);
	});
});

describe('makeSnippet', () => {
	it('marks the matched words and returns text, never markup', () => {
		const parts = makeSnippet('Report the <script>fake</script> account to the platform.', new Set([termOf('account')]));
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['account']);
		expect(parts.map((p) => p.text).join('')).toContain('<script>');
	});

	it('picks the line with the most matched words and shortens long lines around them', () => {
		const text = ['Nothing here.', `${'word '.repeat(80)}the fake account is here ${'word '.repeat(80)}`].join('\n');
		const parts = makeSnippet(text, new Set([termOf('fake'), termOf('account')]));
		const joined = parts.map((p) => p.text).join('');
		expect(joined.length).toBeLessThanOrEqual(184);
		expect(joined.startsWith('…')).toBe(true);
		expect(parts.filter((p) => p.mark)).toHaveLength(2);
	});
});

describe('wordFor', () => {
	it('finds the word a page writes for an index term, to show instead of the term', () => {
		expect(termOf('challenge')).not.toBe('challenge');
		expect(wordFor('Viral Challenges and hoaxes. A challenge can hurt.', termOf('challenge'))).toBe('challenges');
		expect(wordFor('Nothing like it here.', termOf('challenge'))).toBeUndefined();
	});
});

