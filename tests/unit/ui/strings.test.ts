import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/strings';

describe('t', () => {
	it('fills every occurrence of a placeholder', () => {
		expect(t('compareNested', 'zh', { outer: '淮安市', inner: '洪泽区' })).toBe('淮安市包含洪泽区：淮安市的合计已含洪泽区的报告。');
		expect(t('compareNested', 'en', { outer: 'Huai’an', inner: 'Hongze' })).toBe('Huai’an contains Hongze: its totals include Hongze’s reports.');
	});
});
