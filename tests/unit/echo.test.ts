import { describe, expect, it } from 'vitest';
import { echoIsolated, echoText, wellFormed } from '../../src/lib/echo';

describe('wellFormed', () => {
	it('replaces a lone surrogate, so encodeURIComponent no longer throws', () => {
		const broken = 'fake \uD83D account';
		expect(() => encodeURIComponent(broken)).toThrow();
		expect(() => encodeURIComponent(wellFormed(broken))).not.toThrow();
		expect(wellFormed(broken)).toBe('fake \uFFFD account');
	});

	it('keeps a whole emoji (a surrogate pair) as it is', () => {
		expect(wellFormed('hi 😀')).toBe('hi 😀');
	});

	it('copes with a 100,000-character word quickly', () => {
		const started = performance.now();
		expect(wellFormed('x'.repeat(100_000))).toHaveLength(100_000);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('echoText', () => {
	it('removes right-to-left overrides, embeddings, isolates and marks', () => {
		expect(echoText('\u202Eabc\u202C \u2066d\u2069 \u200Fe\u061C')).toBe('abc d e');
	});

	it('leaves right-to-left letters themselves alone', () => {
		expect(echoText('سلام')).toBe('سلام');
	});
});

describe('echoIsolated', () => {
	it('wraps the cleaned text in one first-strong isolate', () => {
		expect(echoIsolated('\u202Eabc')).toBe('\u2068abc\u2069');
	});
});
