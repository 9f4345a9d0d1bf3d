// Punctuation and heading numbers per language, written out by hand.
import { describe, expect, it } from 'vitest';
import { colon, comma, groupNo, paren, sectionNo } from '../../../src/lib/i18n/punct';

describe('punctuation per language', () => {
	it('is full-width in Chinese and ASCII with spaces in English', () => {
		expect(['zh', 'en'].map((l) => `发现的问题${paren(5, l as 'zh' | 'en')}`)).toEqual(['发现的问题（5）', '发现的问题 (5)']);
		expect(`a${colon('zh')}b|a${colon('en')}b`).toBe('a：b|a: b');
		expect(`a${comma('zh')}b|a${comma('en')}b`).toBe('a，b|a, b');
	});

	it('numbers headings as the official template does, and in roman numerals in English', () => {
		expect([1, 2, 3, 4].map((n) => sectionNo(n, 'zh'))).toEqual(['一、', '二、', '三、', '四、']);
		expect([1, 2, 3, 4].map((n) => sectionNo(n, 'en'))).toEqual(['I. ', 'II. ', 'III. ', 'IV. ']);
		expect([1, 7].map((n) => groupNo(n, 'zh'))).toEqual(['（一）', '（七）']);
		expect([1, 7].map((n) => groupNo(n, 'en'))).toEqual(['(1) ', '(7) ']);
	});
});
