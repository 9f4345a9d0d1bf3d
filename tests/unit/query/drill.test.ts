// Drill-down: country → province → city → county → agency → reports, each level's bars
// against the fixtures of the reports under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/lib/query/agency';
import { chartedBars, DRILL_CHART_BARS, queryDrill, drillMode } from '../../../src/lib/query/drill';
import { METRICS, metricByKey, DEFAULT_METRIC } from '../../../src/lib/query/metrics';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { openGolden, sum, add, whole, pooledRate, type Golden } from './dataset';

let g: Golden;
beforeAll(async () => {
	g = await openGolden();
});
afterAll(() => g.runner.close());

const ids = (pred: (r: Golden['reports'][number]) => boolean) => g.reports.filter(pred).map((r) => r.report_id);

describe('queryDrill', () => {
	it('charts the largest bars of a long list, which the data table and CSV keep whole', () => {
		const bars = Array.from({ length: 300 }, (_, i) => ({ key: `a${i}`, name: `机关${i}`, kind: 'agency' as const, year: null, reports: 1, value: 300 - i, unread: 0 }));
		const shown = chartedBars(bars);
		expect(shown).toHaveLength(DRILL_CHART_BARS);
		expect(shown.map((b) => b.value)).toEqual(bars.slice(0, DRILL_CHART_BARS).map((b) => b.value));
		expect(chartedBars(bars.slice(0, DRILL_CHART_BARS))).toHaveLength(DRILL_CHART_BARS);
		expect(bars).toHaveLength(300);
	});

	it('knows which level a filter is at', () => {
		expect(drillMode(NO_FILTERS)).toBe('country');
		expect(drillMode({ ...NO_FILTERS, region: '350000' })).toBe('province');
		expect(drillMode({ ...NO_FILTERS, region: '350100' })).toBe('city');
		expect(drillMode({ ...NO_FILTERS, region: '350128' })).toBe('county');
		expect(drillMode({ ...NO_FILTERS, region: '350128', agency: 'x' })).toBe('agency');
	});

	it('splits a province into its cities', async () => {
		const bars = await queryDrill(g.runner, { ...NO_FILTERS, region: '350000' }, DEFAULT_METRIC);
		const cities = [...new Set(g.reports.filter((r) => r.region_code?.startsWith('35')).map((r) => r.region_code!.slice(0, 4) + '00'))];
		expect(bars.map((b) => b.key).sort()).toEqual(cities.sort());
		for (const b of bars) {
			expect(b.kind).toBe('region');
			expect(b.value).toBe(sum(g, ids((r) => r.region_code?.slice(0, 4) + '00' === b.key), 'requests', 'new_received', 'total'));
		}
	});

	it('splits a county into its agencies, biggest first', async () => {
		const bars = await queryDrill(g.runner, { ...NO_FILTERS, region: '350128' }, DEFAULT_METRIC);
		const agencies = new Set(g.reports.filter((r) => r.region_code === '350128').map((r) => r.agency));
		// Keyed by name and region (agency.ts), named by name.
		expect(new Set(bars.map((b) => b.name))).toEqual(agencies);
		expect(bars.map((b) => b.key)).toEqual(bars.map((b) => agencyKey({ name: b.name!, region: '350128' })));
		for (const b of bars) {
			const mine = ids((r) => r.agency === b.name && r.region_code === '350128');
			expect(b.kind).toBe('agency');
			expect(b.reports).toBe(mine.length);
			expect(b.value).toBe(sum(g, mine, 'requests', 'new_received', 'total'));
		}
		const values = bars.map((b) => b.value ?? -1);
		expect(values).toEqual([...values].sort((a, b) => b - a));
	});

	it('splits an agency into its reports by year, with a rate metric', async () => {
		const agency = '平潭综合实验区';
		const bars = await queryDrill(g.runner, { ...NO_FILTERS, agency }, metricByKey('disclosure_rate')!);
		const mine = g.reports.filter((r) => r.agency === agency).sort((a, b) => a.year - b.year);
		expect(bars.map((b) => b.key)).toEqual(mine.map((r) => r.report_id));
		for (const b of bars) {
			const one = [b.key!];
			// One report pooled alone: none where its handled total is not its outcomes' sum (008, 2020).
			const expected = pooledRate(g, one, [['requests', 'granted', 'total'], ['requests', 'partially_granted', 'total']], [['requests', 'handled_total', 'total']]);
			if (b.key === '008_pingtan_2020') expect(expected).toBeNull();
			expect(b.kind).toBe('report');
			if (expected === null) expect(b.value).toBeNull();
			else expect(b.value).toBeCloseTo(expected, 12);
		}
	});

	it.each(METRICS.map((m) => [m.key]))('metric %s runs at every level', async (key) => {
		const m = metricByKey(key)!;
		for (const f of [NO_FILTERS, { ...NO_FILTERS, region: '350000' }, { ...NO_FILTERS, region: '350128' }]) {
			const bars = await queryDrill(g.runner, f, m);
			expect(bars.reduce((a, b) => a + b.reports, 0)).toBe(
				g.reports.filter((r) => !f.region || r.region_code?.startsWith(f.region.replace(/0+$/, ''))).length
			);
		}
	});

	it.each(METRICS.filter((m) => !m.countReports).map((m) => [m.key]))('metric %s per region equals the fixtures summed (a rate pooled)', async (key) => {
		const m = metricByKey(key)!;
		const cells = (ids: string[], refs: typeof m.num) => add(...refs.map(([s, i, ms]) => sum(g, ids, s, i, ms)));
		for (const f of [NO_FILTERS, { ...NO_FILTERS, region: '350000' }]) {
			const bars = await queryDrill(g.runner, f, m);
			expect(bars.length).toBeGreaterThan(0);
			for (const b of bars) {
				const mine = g.reports
					.filter((r) => (b.kind === 'agency' ? r.agency === b.key : r.region_code?.startsWith(b.key!.replace(/0+$/, ''))))
					.filter((r) => !f.region || r.region_code?.startsWith(f.region.replace(/0+$/, '')))
					.map((r) => r.report_id);
				const num = cells(mine, m.num);
				const expected = m.den ? pooledRate(g, mine, m.num, m.den) : num;
				if (expected === null) expect(b.value, `${b.key}`).toBeNull();
				else expect(b.value, `${b.key}`).toBeCloseTo(expected, 9);
			}
		}
	});

	it('names each metric so it is clear alone (a select, a chart title, a CSV header)', () => {
		expect(metricByKey('handled')!.label).toEqual({ zh: '办理结果总计', en: 'Total handled' });
		expect(metricByKey('fees')!.label.zh).toBe('行政事业性收费·本年收费金额（万元）');
		expect(new Set(METRICS.map((m) => m.label.zh)).size).toBe(METRICS.length);
	});

	it('says per bar how many of its reports leave the metric unread', async () => {
		const m = metricByKey('litigation')!;
		const bars = await queryDrill(g.runner, { ...NO_FILTERS, region: '350128' }, m);
		const lawsuits = (id: string) => whole(...(['litigation_direct', 'litigation_after_review'] as const).map((i) => g.fixture(id).appeals?.[i]?.total ?? null));
		const unreadOf = (pred: (r: Golden['reports'][number]) => boolean) => ids(pred).filter((id) => lawsuits(id) === null).length;
		for (const b of bars) expect(b.unread, b.key ?? '').toBe(unreadOf((r) => r.region_code === '350128' && `${r.agency}@${r.region_code}` === b.key));
		expect(bars.reduce((n, b) => n + b.unread, 0)).toBeGreaterThan(0);
	});

	it('counts reports for the reports metric', async () => {
		const bars = await queryDrill(g.runner, NO_FILTERS, metricByKey('reports')!);
		for (const b of bars) expect(b.value).toBe(b.reports);
	});
});
