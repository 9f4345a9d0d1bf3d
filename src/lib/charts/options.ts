/**
 * ECharts options built from the dashboard's Tables (one builder per chart shape).
 * Animation is off: redraws after a filter must land within a frame or two, and the
 * 'finished' event then means "drawn".
 *
 * The legend is the page's own (Chart.svelte draws `legendItems` as buttons above the chart):
 * ECharts' scrollable legend was about 40% of each redraw's ECharts time (10 of 22.5 ms for the
 * overview's five charts, warm). ECharts keeps a hidden legend for one thing, the series it
 * leaves out (`withLegendSelection`).
 */
import type { Lang } from '../template/template';
import { paren } from '../i18n/punct';
import type { Column, Table } from '../query/table';
import { tickFormatter, formatValue } from '../i18n/format';
import { t } from '../i18n/strings';
import type { ChartOption } from './echarts';
import { PALETTE, entityColor, FONT_STACK } from './palette';

/**
 * The grid's box holds the axis labels too (ECharts 6's form of the deprecated `containLabel`,
 * which without its legacy module falls back to this same layout and warns).
 */
const LABELS_INSIDE = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

const base = (lang: Lang, description: string): ChartOption => ({
	animation: false,
	color: PALETTE,
	aria: { enabled: true, label: { description } },
	textStyle: { fontFamily: FONT_STACK[lang] },
	grid: { left: 8, right: 16, top: 16, bottom: 8, ...LABELS_INSIDE },
	legend: { show: false },
	tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: unknown) => fmtAxis(v, lang) }
});

function fmtAxis(v: unknown, lang: Lang): string {
	return typeof v === 'number' ? formatValue(v, Number.isInteger(v) ? 'int' : 'decimal', lang) : '—';
}

/**
 * A value axis of counts ticks in whole numbers (no 0.2 of an application), read the Chinese way
 * (400万); other values (amounts in 万元, decimals) keep `plain`.
 */
const countAxis = (values: (number | null | undefined)[], lang: Lang, plain: (v: number) => string) =>
	values.every((v) => v === null || v === undefined || Number.isInteger(v))
		? { minInterval: 1, axisLabel: { formatter: tickFormatter(values, lang) } }
		: { axisLabel: { formatter: plain } };

const yearLabels = (t: Table, lang: Lang) => t.rows.map((r) => formatValue(r.year, 'year', lang));

export interface BarsByYearOptions {
	stack?: boolean;
	/** Columns drawn as a line on a second y axis (e.g. fees in 万元 beside counts). */
	lineColumns?: string[];
	/** Stack id per column; columns with the same id stack together (appeals by item). */
	stackOf?: (c: Column) => string;
	/** Legend name per column, when several columns share one (same outcome, different item). */
	legendName?: (c: Column) => string;
}

/**
 * Every year labelled, a little smaller: left to itself ECharts labels every other year on a
 * phone, and the tallest bar can be the one without a year under it.
 */
const YEAR_LABELS = { interval: 0, fontSize: 11 } as const;

/** Years on the x axis, one series per non-year column. */
export function barsByYear(t: Table, lang: Lang, description: string, o: BarsByYearOptions = {}): ChartOption {
	const cols = t.columns.filter((c) => c.key !== 'year');
	const lines = new Set(o.lineColumns ?? []);
	const valuesOf = (cs: Column[]) => cs.flatMap((c) => t.rows.map((r) => r[c.key] as number | null));
	// A unit goes into the series' own name (行政事业性收费（万元）): an axis title would collide with the legend.
	const names = cols.map((c) => o.legendName?.(c) ?? (c.unit ? c.label[lang] + paren(c.unit[lang], lang) : c.label[lang]));
	const colourOf = new Map<string, string>();
	for (const n of names) if (!colourOf.has(n)) colourOf.set(n, PALETTE[colourOf.size % PALETTE.length]);
	return {
		...base(lang, description),
		xAxis: { type: 'category', data: yearLabels(t, lang), axisLabel: YEAR_LABELS },
		yAxis: [
			{ type: 'value', ...countAxis(valuesOf(cols.filter((c) => !lines.has(c.key))), lang, (v) => fmtAxis(v, lang)) },
			...(lines.size ? [{ type: 'value', ...countAxis(valuesOf(cols.filter((c) => lines.has(c.key))), lang, (v) => fmtAxis(v, lang)), splitLine: { show: false } }] : [])
		],
		series: cols.map((c, i) => ({
			id: c.key,
			name: names[i],
			type: lines.has(c.key) ? 'line' : 'bar',
			yAxisIndex: lines.has(c.key) ? 1 : 0,
			stack: lines.has(c.key) ? undefined : o.stackOf ? o.stackOf(c) : o.stack ? 'all' : undefined,
			itemStyle: { color: colourOf.get(names[i]) },
			emphasis: { focus: 'series' },
			barMaxWidth: 48,
			data: t.rows.map((r) => r[c.key])
		}))
	};
}

export interface BarItem {
	name: string;
	value: number | null;
	/** Highlighted bars (the compared entities in a ranking). */
	strong?: boolean;
	/** Drawn in the second colour: an agency's bar among regions' (it opens a history, not children). */
	second?: boolean;
	/** Carried into the click event: what the bar stands for. */
	key?: string | null;
	kind?: string;
	/** The bar's own colour: a compared entity's, as its line is drawn beside it. */
	color?: string;
}

/** The colour of `BarItem.second`: apart from the bars' own and from a ranking's highlight. */
export const SECOND_BAR = PALETTE[5];

/** One bar per item, horizontal, biggest first (drill-down and ranking). Names longer than `labelWidth` px are cut. */
export function horizontalBars(items: BarItem[], lang: Lang, description: string, percent: boolean, labelWidth = 180): ChartOption {
	const fmt = (v: number) => formatValue(v, percent ? 'percent' : Number.isInteger(v) ? 'int' : 'decimal', lang);
	const shown = [...items].reverse();
	const valueAxis = percent ? { axisLabel: { formatter: fmt } } : countAxis(items.map((x) => x.value), lang, fmt);
	return {
		...base(lang, description),
		legend: { show: false },
		grid: { left: 8, right: 56, top: 8, bottom: 8, ...LABELS_INSIDE },
		tooltip: { trigger: 'item', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : '—') },
		// On a phone the plot beside long names is narrow: labels that would overlap are left out.
		xAxis: { type: 'value', ...valueAxis, axisLabel: { ...valueAxis.axisLabel, hideOverlap: true } },
		yAxis: {
			type: 'category',
			data: shown.map((x) => x.name),
			axisLabel: { width: labelWidth, overflow: 'truncate' },
			// A name can be clicked too: a bar of 0 has no area to click (see barOfLabelClick).
			triggerEvent: true
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 28,
				cursor: 'pointer',
				// No value (nothing reported that year, a rate over zero): a row that says so, not a blank one.
				label: { show: true, position: 'right', formatter: (p: { value: number; data: { noData?: boolean } }) => (p.data.noData ? t('noData', lang) : fmt(p.value)) },
				data: shown.map((x) => ({
					value: x.value ?? 0,
					noData: x.value === null,
					...(x.value === null ? { tooltip: { valueFormatter: () => t('noData', lang) } } : {}),
					key: x.key,
					kind: x.kind,
					itemStyle: { color: x.color ?? (x.strong ? PALETTE[2] : x.second ? SECOND_BAR : PALETTE[0]) }
				}))
			}
		]
	};
}

/**
 * A click on a category label of a one-series bar chart (horizontalBars), given as a click on
 * its bar; any other click as it is. The label is found by its text: ECharts numbers only the
 * labels it shows (it leaves some out when rows are tight), and a name shared by two bars
 * stands for neither.
 */
export function barOfLabelClick<T extends { componentType?: string; targetType?: string; value?: unknown; dataIndex?: number; data?: unknown }>(
	p: T,
	option: ChartOption
): T {
	if (p.componentType !== 'yAxis' || p.targetType !== 'axisLabel') return p;
	const o = option as { yAxis?: { data?: unknown[] }; series?: { data?: unknown[] }[] };
	const names = o.yAxis?.data ?? [];
	const i = names.indexOf(p.value);
	if (i < 0 || names.lastIndexOf(p.value) !== i || o.series?.length !== 1) return p;
	const data = o.series[0].data?.[i];
	return data === undefined ? p : { ...p, dataIndex: i, data };
}

export interface LineSeries {
	name: string;
	values: (number | null)[];
	/**
	 * True at a year whose value comes from other agencies than the one before it (a region that
	 * gains a city's report): the line is not drawn into that year, as the change table gives no
	 * change there.
	 */
	breaks?: boolean[];
}

interface LinePoint {
	value: number | null;
	/** The first point after a break: its tooltip says why the line stops short of it. */
	otherAgencies?: boolean;
}

/** One run of values per stretch between breaks, each as long as `values` (null outside it). */
function lineRuns(s: LineSeries): LinePoint[][] {
	const runs: LinePoint[][] = [];
	let run: LinePoint[] | null = null;
	s.values.forEach((value, i) => {
		if (!run || s.breaks?.[i]) runs.push((run = s.values.map(() => ({ value: null }))));
		run[i] = { value, otherAgencies: !!s.breaks?.[i] && runs.length > 1 };
	});
	return runs.length ? runs : [[]];
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface AxisTooltipParam {
	seriesName: string;
	marker: string;
	axisValueLabel: string;
	data: LinePoint | null;
}

/**
 * Year-over-year lines, one per compared entity. An entity's line is cut where the agencies
 * behind it change (its runs are series of the same name and colour, so legend and tooltip show
 * it once).
 */
export function yearLines(years: number[], series: LineSeries[], lang: Lang, description: string, percent: boolean): ChartOption {
	const fmt = (v: number) => formatValue(v, percent ? 'percent' : Number.isInteger(v) ? 'int' : 'decimal', lang);
	const tooltip = (params: AxisTooltipParam | AxisTooltipParam[]) => {
		const list = Array.isArray(params) ? params : [params];
		const byName = new Map<string, AxisTooltipParam>();
		for (const p of list) if (!byName.has(p.seriesName) || p.data?.value != null) byName.set(p.seriesName, p);
		const lines = [...byName.values()].map((p) => {
			const v = p.data?.value;
			const note = p.data?.otherAgencies ? paren(t('compareOtherAgencies', lang), lang) : '';
			return `${p.marker}${escapeHtml(p.seriesName)}&emsp;<b>${typeof v === 'number' ? fmt(v) : '—'}</b>${escapeHtml(note)}`;
		});
		return [escapeHtml(list[0]?.axisValueLabel ?? ''), ...lines].join('<br/>');
	};
	return {
		...base(lang, description),
		tooltip: { trigger: 'axis', confine: true, formatter: tooltip },
		xAxis: { type: 'category', data: years.map((y) => formatValue(y, 'year', lang)), axisLabel: YEAR_LABELS },
		yAxis: { type: 'value', ...(percent ? { axisLabel: { formatter: fmt } } : countAxis(series.flatMap((s) => s.values), lang, fmt)) },
		series: series.flatMap((s, i) => {
			// Coloured here, not by ECharts' palette order, so that the page's legend can show it.
			const color = entityColor(i);
			return lineRuns(s).map((data) => ({ name: s.name, type: 'line', connectNulls: false, symbolSize: 8, itemStyle: { color }, lineStyle: { color }, data }));
		})
	};
}

export interface LegendItem {
	name: string;
	color: string;
	kind: 'bar' | 'line';
}

interface NamedSeries {
	name?: string;
	type?: string;
	itemStyle?: { color?: string };
}

/**
 * The legend's entries: each named series once (series that share a name, such as one outcome
 * in several stacks, share an entry), in series order. Unnamed series (a ranking's bars) have none.
 */
export function legendItems(option: ChartOption): LegendItem[] {
	const series = ((option as { series?: NamedSeries[] }).series ?? []).filter((x) => typeof x.name === 'string');
	const seen = new Map<string, LegendItem>();
	for (const x of series) {
		if (!seen.has(x.name!)) seen.set(x.name!, { name: x.name!, color: x.itemStyle?.color ?? PALETTE[seen.size % PALETTE.length], kind: x.type === 'line' ? 'line' : 'bar' });
	}
	return [...seen.values()];
}

/** The option with the series named in `hidden` left out. Every entry is given, shown or not: a merged option keeps what it is not told. */
export function withLegendSelection(option: ChartOption, items: LegendItem[], hidden: readonly string[]): ChartOption {
	const selected = Object.fromEntries(items.map((x) => [x.name, !hidden.includes(x.name)]));
	return { ...option, legend: { show: false, selected } };
}
