import { describe, expect, it } from 'vitest';
import { barsByYear, horizontalBars, legendItems, withLegendSelection, yearLines } from '../../../src/lib/charts/options';
import { YEAR_COLUMN, type Table } from '../../../src/lib/query/table';

const col = (key: string, zh: string) => ({ key, label: { zh, en: key }, format: 'int' as const });

// Appeals as the overview draws them: the same two outcomes for review and for litigation.
const appeals: Table = {
	columns: [YEAR_COLUMN, col('review.upheld', '行政复议·维持'), col('review.corrected', '行政复议·纠正'), col('suit.upheld', '行政诉讼·维持'), col('suit.corrected', '行政诉讼·纠正')],
	rows: [{ year: 2024, 'review.upheld': 3, 'review.corrected': 1, 'suit.upheld': 2, 'suit.corrected': 0 }]
};

describe('the page’s chart legend', () => {
	it('has one entry per legend name, in series order, with the colour its bars are drawn in', () => {
		const option = barsByYear(appeals, 'zh', 'd', { stackOf: (c) => c.key.split('.')[0], legendName: (c) => c.label.zh.split('·').pop()! });
		expect(legendItems(option)).toEqual([
			{ name: '维持', color: '#2f6fb3', kind: 'bar' },
			{ name: '纠正', color: '#58a55c', kind: 'bar' }
		]);
	});

	it('marks a line series as a line, and colours compared entities’ lines as drawn', () => {
		const active: Table = { columns: [YEAR_COLUMN, col('rules', '规章'), { ...col('fees', '收费'), unit: { zh: '万元', en: '10k yuan' } }], rows: [{ year: 2024, rules: 1, fees: 2 }] };
		expect(legendItems(barsByYear(active, 'zh', 'a', { lineColumns: ['fees'] }))).toEqual([
			{ name: '规章', color: '#2f6fb3', kind: 'bar' },
			{ name: '收费（万元）', color: '#58a55c', kind: 'line' }
		]);
		const lines = yearLines([2023, 2024], [{ name: '甲', values: [1, 2] }, { name: '乙', values: [3, null] }], 'zh', 'c', false);
		expect(legendItems(lines)).toEqual([
			{ name: '甲', color: '#2f6fb3', kind: 'line' },
			{ name: '乙', color: '#58a55c', kind: 'line' }
		]);
	});

	it('has no entries for a ranking’s single unnamed series', () => {
		expect(legendItems(horizontalBars([{ name: '江苏省', value: 3 }], 'zh', 'r', false))).toEqual([]);
	});

	it('leaves out the hidden entries and names every other one as shown', () => {
		const option = barsByYear(appeals, 'zh', 'd', { stackOf: (c) => c.key.split('.')[0], legendName: (c) => c.label.zh.split('·').pop()! });
		const items = legendItems(option);
		const picked = withLegendSelection(option, items, ['纠正']) as { legend: unknown; series: unknown };
		expect(picked.legend).toEqual({ show: false, selected: { 维持: true, 纠正: false } });
		// Nothing else changes.
		expect(picked.series).toBe((option as { series: unknown }).series);
	});
});
