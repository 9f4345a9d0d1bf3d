// Horizontal bars: a row without a value says so.
import { describe, expect, it } from 'vitest';
import { horizontalBars } from '../../../src/lib/charts/options';

type Item = { value: number; noData: boolean; tooltip?: { valueFormatter: (v: unknown) => string } };
type Series = { data: Item[]; label: { formatter: (p: { value: number; data: Item }) => string } };

describe('horizontalBars', () => {
	it('labels a missing value 无数据 / No data instead of leaving its row blank', () => {
		for (const [lang, words] of [['zh', '无数据'], ['en', 'No data']] as const) {
			const option = horizontalBars([{ name: '平潭综合实验区', value: 218 }, { name: '江苏省', value: null }], lang, 'd', false);
			const series = (option.series as Series[])[0];
			// Drawn bottom-up: the last item first.
			const [missing, present] = series.data;
			expect([missing.value, missing.noData, present.value, present.noData]).toEqual([0, true, 218, false]);
			expect(series.label.formatter({ value: 0, data: missing })).toBe(words);
			expect(series.label.formatter({ value: 218, data: present })).toBe('218');
			expect(missing.tooltip!.valueFormatter(0)).toBe(words);
			expect(present.tooltip).toBeUndefined();
		}
	});
});
