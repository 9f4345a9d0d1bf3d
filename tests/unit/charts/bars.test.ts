// Horizontal bars: a row without a value says so.
import { describe, expect, it } from 'vitest';
import { barOfLabelClick, barsByYear, horizontalBars, yearLines } from '../../../src/lib/charts/options';

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

describe('value axes', () => {
	type Axis = { minInterval?: number; axisLabel: { formatter: (v: number) => string } };
	it('tick counts in whole numbers, and leave rates and amounts alone', () => {
		// One application or none: without a minimum interval ECharts ticks 0, 0.2, 0.4 … 1.
		const counts = horizontalBars([{ name: 'a', value: 1 }, { name: 'b', value: 0 }, { name: 'c', value: null }], 'zh', 'd', false);
		expect((counts.xAxis as Axis).minInterval).toBe(1);
		expect((horizontalBars([{ name: 'a', value: 0.5 }], 'zh', 'd', true).xAxis as Axis).minInterval).toBeUndefined();
		expect((horizontalBars([{ name: 'a', value: 1 }], 'zh', 'd', true).xAxis as Axis).minInterval).toBeUndefined();
		expect((yearLines([2023, 2024], [{ name: 'a', values: [1, 0] }], 'zh', 'd', false).yAxis as Axis).minInterval).toBe(1);
		expect((yearLines([2023, 2024], [{ name: 'a', values: [1.5, null] }], 'zh', 'd', false).yAxis as Axis).minInterval).toBeUndefined();
		// Counts as bars, fees (万元, decimals) as a line on the second axis.
		const active = barsByYear(
			{
				columns: [
					{ key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
					{ key: 'penalty.decisions', label: { zh: '行政处罚', en: 'Penalties' }, format: 'int' },
					{ key: 'fees.amount', label: { zh: '收费', en: 'Fees' }, format: 'decimal' }
				],
				rows: [
					{ year: 2023, 'penalty.decisions': 3_985_758, 'fees.amount': 12.5 },
					{ year: 2024, 'penalty.decisions': 1, 'fees.amount': 0.25 }
				]
			},
			'zh',
			'd',
			{ lineColumns: ['fees.amount'] }
		);
		expect((active.yAxis as Axis[]).map((a) => a.minInterval)).toEqual([1, undefined]);
		// Counts in the millions read 150万 in Chinese; the fees in 万元 keep their digits (not 15万 万元).
		expect((active.yAxis as Axis[]).map((a) => a.axisLabel.formatter(1_500_000))).toEqual(['150万', '1,500,000']);
		// An axis of small counts keeps plain digits on every tick.
		expect((counts.xAxis as Axis).axisLabel.formatter(1)).toBe('1');
	});
});

type Click = { componentType?: string; targetType?: string; tickIndex?: number; value?: unknown; dataIndex?: number; data?: unknown };
const labelClick = (value: string): Click => ({ componentType: 'yAxis', targetType: 'axisLabel', tickIndex: 0, value });

describe('barOfLabelClick', () => {
	const option = horizontalBars(
		[
			{ name: '福建省', value: 120, key: '350000', kind: 'region' },
			{ name: '平潭综合实验区海坛片区管理局', value: 0, key: '海坛', kind: 'agency' }
		],
		'zh',
		'd',
		false
	);
	it('gives a click on a name as a click on its bar, even a bar of 0', () => {
		// Drawn bottom-up: label 0 is the last item.
		const p = barOfLabelClick(labelClick('平潭综合实验区海坛片区管理局'), option);
		expect(p.dataIndex).toBe(0);
		expect(p.data).toMatchObject({ key: '海坛', kind: 'agency', value: 0 });
		// By its text, not by ECharts' count of the labels it shows (it skips some when rows are tight).
		expect(barOfLabelClick(labelClick('福建省'), option).data).toMatchObject({ key: '350000' });
	});
	it('leaves a name two bars share alone: it stands for neither', () => {
		const twice = horizontalBars([{ name: '鼓楼区', value: 1, key: '350102' }, { name: '鼓楼区', value: 2, key: '320106' }], 'zh', 'd', false);
		const p = { componentType: 'yAxis', targetType: 'axisLabel', value: '鼓楼区' };
		expect(barOfLabelClick(p, twice)).toBe(p);
	});
	it('leaves a click on a bar, or on a value axis, as it is', () => {
		const bar = { componentType: 'series', dataIndex: 1, data: { key: '350000' } };
		expect(barOfLabelClick(bar, option)).toBe(bar);
		const axis = { componentType: 'xAxis', targetType: 'axisLabel', tickIndex: 0 };
		expect(barOfLabelClick(axis, option)).toBe(axis);
	});
});
