// Compare lines: cut where the agencies behind a value change, shown once in legend and tooltip.
import { describe, expect, it } from 'vitest';
import { horizontalBars, legendItems, yearLines } from '../../../src/lib/charts/options';
import { entityColor } from '../../../src/lib/charts/palette';

type Point = { value: number | null; otherAgencies?: boolean };
type LineSeries = { name: string; data: Point[]; itemStyle: { color: string } };
type Param = { seriesName: string; marker: string; axisValueLabel: string; data: Point | null };
type Tooltip = { formatter: (p: Param[]) => string };

const param = (s: LineSeries, i: number, label: string): Param => ({ seriesName: s.name, marker: '•', axisValueLabel: label, data: s.data[i] });

describe('yearLines', () => {
	// 淮安市 as a region: 2023 holds only 洪泽区's report (21), 2024 adds the city's (3,214), 2025 the same two.
	const option = yearLines(
		[2023, 2024, 2025],
		[
			{ name: '淮安市', values: [21, 3214, 3300], breaks: [false, true, false] },
			{ name: '洪泽区', values: [21, null, 95], breaks: [false, false, false] }
		],
		'zh',
		'd',
		false
	);
	const series = option.series as LineSeries[];

	it('draws no line into a year whose agencies differ from the year before', () => {
		expect(series.map((s) => [s.name, s.data.map((p) => p.value)])).toEqual([
			['淮安市', [21, null, null]],
			['淮安市', [null, 3214, 3300]],
			// A year without a value is a gap as before, not a new run.
			['洪泽区', [21, null, 95]]
		]);
		// One colour per entity, one legend entry.
		expect(series.map((s) => s.itemStyle.color)).toEqual([series[0].itemStyle.color, series[0].itemStyle.color, series[2].itemStyle.color]);
		expect(legendItems(option).map((x) => x.name)).toEqual(['淮安市', '洪泽区']);
	});

	it('names each entity once in the tooltip, with the note where the agencies changed', () => {
		const formatter = (option.tooltip as Tooltip).formatter;
		expect(formatter(series.map((s) => param(s, 1, '2024年')))).toBe(
			'2024年<br/>•淮安市&emsp;<b>3,214</b>（报告机关与上一年不同，不计增减）<br/>•洪泽区&emsp;<b>—</b>'
		);
		expect(formatter(series.map((s) => param(s, 0, '2023年')))).toBe('2023年<br/>•淮安市&emsp;<b>21</b><br/>•洪泽区&emsp;<b>21</b>');
		// The next year of the same run has no note.
		expect(formatter(series.map((s) => param(s, 2, '2025年')))).toBe('2025年<br/>•淮安市&emsp;<b>3,300</b><br/>•洪泽区&emsp;<b>95</b>');
	});

	it('escapes names taken from report text', () => {
		const o = yearLines([2024], [{ name: '<img src=x onerror=alert(1)>局', values: [1] }], 'en', 'd', false);
		const s = (o.series as LineSeries[])[0];
		expect((o.tooltip as Tooltip).formatter([param(s, 0, '2024')])).toBe('2024<br/>•&lt;img src=x onerror=alert(1)&gt;局&emsp;<b>1</b>');
	});
});

describe('compared entities’ colours', () => {
	it('are the same in the lines and in the side-by-side bars', () => {
		const names = ['甲', '乙', '丙'];
		const lines = yearLines([2024], names.map((name) => ({ name, values: [1] })), 'zh', 'd', false);
		const bars = horizontalBars(names.map((name, i) => ({ name, value: 1, color: entityColor(i) })), 'zh', 'd', false);
		const lineColours = (lines.series as LineSeries[]).map((s) => s.itemStyle.color);
		// Bars are drawn bottom-up: the first entity last.
		const barColours = ((bars.series as { data: { itemStyle: { color: string } }[] }[])[0].data.map((d) => d.itemStyle.color)).reverse();
		expect(barColours).toEqual(lineColours);
		expect(new Set(lineColours).size).toBe(3);
	});
});
