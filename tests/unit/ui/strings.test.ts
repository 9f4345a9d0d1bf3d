import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/strings';
import { ignoredLang, langOf } from '../../../src/lib/i18n/lang';

describe('t', () => {
	it('fills every occurrence of a placeholder', () => {
		expect(t('compareNested', 'zh', { outer: '淮安市', inner: '洪泽区' })).toBe('淮安市包含洪泽区：淮安市的合计已含洪泽区的报告。');
		expect(t('compareNested', 'en', { outer: 'Huai’an', inner: 'Hongze' })).toBe('Huai’an contains Hongze: its totals include Hongze’s reports.');
	});
});

describe('ignoredLang', () => {
	it('names a language the UI does not have, and a second lang in the link', () => {
		const p = (q: string) => new URLSearchParams(q);
		expect(ignoredLang(p('lang=fr'))).toEqual(['lang=fr']);
		expect(langOf(p('lang=fr'))).toBe('zh');
		expect(ignoredLang(p('lang=en&lang=fr'))).toEqual(['lang=fr']);
		expect(ignoredLang(p('lang=en'))).toEqual([]);
		expect(ignoredLang(p('lang=zh'))).toEqual([]);
		expect(ignoredLang(p('year=2024'))).toEqual([]);
	});
});
