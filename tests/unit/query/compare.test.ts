// Compare: an entity's metric by year, and the ranking, against the fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryEntitySeries, queryRanking, queryAgencies, yearOnYear, mostSharedYear, MIN_BASES, type YearValue } from '../../../src/lib/query/compare';
import { metricByKey, DEFAULT_METRIC } from '../../../src/lib/query/metrics';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { openGolden, add, cell, sum, whole, totalBreaks, type Golden } from './dataset';

let g: Golden;
beforeAll(async () => {
	g = await openGolden();
});
afterAll(() => g.runner.close());

const received = (ids: string[]) => sum(g, ids, 'requests', 'new_received', 'total');

describe('compare queries', () => {
	it('gives an agency’s applications per year', async () => {
		const agency = '平潭综合实验区';
		const series = await queryEntitySeries(g.runner, NO_FILTERS, DEFAULT_METRIC, { type: 'agency', key: agency });
		const years = [...new Set(g.reports.filter((r) => r.agency === agency).map((r) => r.year))].sort();
		expect(series.map((s) => s.year)).toEqual(years);
		for (const s of series) {
			expect(s.value).toBe(received(g.reports.filter((r) => r.agency === agency && r.year === s.year).map((r) => r.report_id)));
		}
	});

	it('gives a region’s total per year, keeping the year filter but not the region filter', async () => {
		const f = { ...NO_FILTERS, years: { from: 2022, to: 2023 }, region: '640205' };
		const series = await queryEntitySeries(g.runner, f, DEFAULT_METRIC, { type: 'region', key: '350128' });
		expect(series.map((s) => s.year)).toEqual([2022, 2023]);
		for (const s of series) {
			expect(s.value).toBe(received(g.reports.filter((r) => r.region_code === '350128' && r.year === s.year).map((r) => r.report_id)));
		}
	});

	it('says how many reports, from which agencies, stand behind each year of a region', async () => {
		const series = await queryEntitySeries(g.runner, NO_FILTERS, DEFAULT_METRIC, { type: 'region', key: '320000' });
		const inRegion = g.reports.filter((r) => r.region_code?.startsWith('32'));
		expect(series.map((s) => s.year)).toEqual([...new Set(inRegion.map((r) => r.year))].sort());
		for (const s of series) {
			const mine = inRegion.filter((r) => r.year === s.year);
			expect(s.reports).toBe(mine.length);
			// Each agency by its key, a name within a region (agency.ts).
			expect(s.agencies.split('\u001f')).toEqual([...new Set(mine.map((r) => `${r.agency}@${r.region_code}`))].sort());
		}
		// 江苏省 grows from one county's report to the city's as well: not the same agencies.
		expect(new Set(series.map((s) => s.agencies)).size).toBeGreaterThan(1);
	});

	it('says how many reports leave the figure unread, and ranks no agency by a part of its figure', async () => {
		// QA pass 11: 020's section 四 leaves its lawsuits after review unread; its lawsuits directly are read.
		const m = metricByKey('litigation')!;
		const items = ['litigation_direct', 'litigation_after_review'] as const;
		const lawsuits = (id: string) => items.map((i) => cell(g.fixture(id), 'appeals', i, 'total'));
		const key = '平潭综合实验区社会事业局@350128';
		const series = await queryEntitySeries(g.runner, NO_FILTERS, m, { type: 'agency', key });
		const mine = g.reports.filter((r) => `${r.agency}@${r.region_code}` === key);
		expect(series.map((x) => x.year)).toEqual([...new Set(mine.map((r) => r.year))].sort());
		for (const x of series) {
			const ids = mine.filter((r) => r.year === x.year).map((r) => r.report_id);
			expect(x.value, `${x.year}`).toBe(add(...ids.flatMap(lawsuits)));
			expect(x.unread, `${x.year}`).toBe(ids.filter((id) => whole(...lawsuits(id)) === null).length);
		}
		expect(series.find((x) => x.year === 2024)?.unread).toBe(1);
		// The change into (and out of) that year is not given.
		expect(yearOnYear(series, false).find((x) => x.year === 2024)).toMatchObject({ change: null, unreadBehind: true });

		const rows = await queryRanking(g.runner, NO_FILTERS, m, 2024, 100);
		const inYear = g.reports.filter((r) => r.year === 2024);
		const partial = new Set(inYear.filter((r) => whole(...lawsuits(r.report_id)) === null).map((r) => `${r.agency}@${r.region_code}`));
		expect(partial.has(key)).toBe(true);
		expect(rows.map((r) => `${r.agency}@${r.region_code}`).filter((k) => partial.has(k))).toEqual([]);
		expect(rows.every((r) => r.unread === partial.size)).toBe(true);
		const valued = new Set(inYear.filter((r) => add(...lawsuits(r.report_id)) !== null).map((r) => `${r.agency}@${r.region_code}`));
		expect(rows.every((r) => r.ranked === [...valued].filter((k) => !partial.has(k)).length)).toBe(true);
	});

	it('gives no change across a year whose total is at odds with its parts, and says so', async () => {
		// QA pass 12: 002 (淮安市洪泽区人民政府 2023) prints 行政复议 总计 0 beside outcomes 10 + 1 (fixture original_errors).
		const key = '淮安市洪泽区人民政府@320813';
		const series = await queryEntitySeries(g.runner, NO_FILTERS, metricByKey('review')!, { type: 'agency', key });
		const y2023 = series.find((x) => x.year === 2023)!;
		expect(totalBreaks(g.fixture('002_huaian_hongze_qu_2023'), ['appeals', 'review', 'total'])).toBe(true);
		expect([y2023.value, y2023.broken]).toEqual([cell(g.fixture('002_huaian_hongze_qu_2023'), 'appeals', 'review', 'total'), 1]);
		expect(yearOnYear(series, false).find((x) => x.year === 2024)).toMatchObject({ change: null, unreadBehind: true });
		// A received count reads no checked total: nothing to say.
		const received = await queryEntitySeries(g.runner, NO_FILTERS, DEFAULT_METRIC, { type: 'agency', key });
		expect(received.every((x) => x.broken === 0)).toBe(true);
	});

	it('ranks agencies within the filters for one year', async () => {
		const year = 2023;
		const m = metricByKey('review')!;
		const rows = await queryRanking(g.runner, NO_FILTERS, m, year, 5);
		const agencies = [...new Set(g.reports.filter((r) => r.year === year).map((r) => r.agency))];
		const expected = agencies
			.map((a) => ({ agency: a, value: sum(g, g.reports.filter((r) => r.agency === a && r.year === year).map((r) => r.report_id), 'appeals', 'review', 'total') }))
			.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.agency.localeCompare(b.agency, 'zh-CN'));
		expect(rows.length).toBe(Math.min(5, agencies.length));
		expect(rows.map((r) => r.value)).toEqual(expected.slice(0, 5).map((e) => e.value));
	});

	it('gives each agency its place among all, equal values sharing one, from the top or the bottom', async () => {
		const year = 2024;
		const m = metricByKey('received')!;
		const agencies = [...new Set(g.reports.filter((r) => r.year === year).map((r) => r.agency))];
		const values = agencies.map((a) => ({ agency: a, value: sum(g, g.reports.filter((r) => r.agency === a && r.year === year).map((r) => r.report_id), 'requests', 'new_received', 'total') }));
		const valued = values.filter((v) => v.value !== null);
		// A place is one more than the number of agencies with more.
		const place = (v: number | null) => 1 + valued.filter((x) => x.value! > v!).length;
		const top = await queryRanking(g.runner, NO_FILTERS, m, year, 50);
		// Only agencies with a value have a place.
		expect(top.map((r) => [r.agency, r.rank])).toEqual(
			[...valued].sort((a, b) => b.value! - a.value! || a.agency.localeCompare(b.agency, 'zh-CN')).map((v) => [v.agency, place(v.value)])
		);
		expect(top.every((r) => r.ranked === valued.length)).toBe(true);
		// The data has ties (several agencies received 2): they share a place and the next is skipped.
		const ranks = top.map((r) => r.rank);
		expect(new Set(ranks).size).toBeLessThan(ranks.length);
		// A rate leaves out the agencies with nothing to rate (no lawsuits that year): they have no place.
		const rates = await queryRanking(g.runner, NO_FILTERS, metricByKey('litigation_corrected_rate')!, year, 50);
		const sued = agencies.filter((a) => {
			const mine = g.reports.filter((r) => r.agency === a && r.year === year).map((r) => r.report_id);
			return (add(sum(g, mine, 'appeals', 'litigation_direct', 'total'), sum(g, mine, 'appeals', 'litigation_after_review', 'total')) ?? 0) > 0;
		});
		expect(sued.length).toBeLessThan(agencies.length);
		expect(rates.map((r) => r.agency).sort()).toEqual([...sued].sort());
		expect(rates.every((r) => r.value !== null && r.ranked === rates.length)).toBe(true);
		// The bottom three: the lowest values, each with its place counted from the top.
		const last = await queryRanking(g.runner, NO_FILTERS, m, year, 3, true);
		const lowest = [...valued].sort((a, b) => a.value! - b.value! || a.agency.localeCompare(b.agency, 'zh-CN')).slice(0, 3);
		expect(last.map((r) => [r.agency, r.value, r.rank])).toEqual(lowest.map((v) => [v.agency, v.value, place(v.value)]));
	});

	it('gives a rate’s base, and ranks only the agencies whose base reaches a minimum, counting those left out', async () => {
		const year = 2024;
		const m = metricByKey('disclosure_rate')!;
		// Each agency's pooled handled total, from the fixtures: over its reports giving the granted
		// counts and a handled total above zero.
		const bases = new Map<string, number>();
		for (const r of g.reports.filter((r) => r.year === year)) {
			const f = g.fixture(r.report_id);
			const num = whole(cell(f, 'requests', 'granted', 'total'), cell(f, 'requests', 'partially_granted', 'total'));
			const den = cell(f, 'requests', 'handled_total', 'total');
			if (num === null || den === null || den <= 0) continue;
			bases.set(r.agency, (bases.get(r.agency) ?? 0) + den);
		}
		const all = await queryRanking(g.runner, NO_FILTERS, m, year, 50);
		expect(new Map(all.map((r) => [r.agency, r.base]))).toEqual(bases);
		expect(all.every((r) => r.below === 0)).toBe(true);
		// A minimum that some agencies reach and some do not.
		const min = MIN_BASES.find((x) => [...bases.values()].some((b) => b < x) && [...bases.values()].some((b) => b >= x))!;
		expect(min).toBeDefined();
		const kept = [...bases].filter(([, b]) => b >= min).map(([a]) => a);
		const some = await queryRanking(g.runner, NO_FILTERS, m, year, 50, false, min);
		expect(some.map((r) => r.agency).sort()).toEqual(kept.sort());
		expect(some.every((r) => r.ranked === kept.length && r.below === bases.size - kept.length)).toBe(true);
		// Places are counted among those ranked; the values are those of the full ranking.
		expect(some.map((r) => r.value)).toEqual(all.filter((r) => kept.includes(r.agency)).map((r) => r.value));
		expect(some.map((r) => r.rank)[0]).toBe(1);
		// A count has no base, and the minimum does not apply to it.
		const counts = await queryRanking(g.runner, NO_FILTERS, metricByKey('received')!, year, 50, false, min);
		expect(counts.every((r) => r.base === null && r.below === 0)).toBe(true);
		expect(counts).toEqual(await queryRanking(g.runner, NO_FILTERS, metricByKey('received')!, year, 50));
	});

	it('ranks with the year, level and kind filters only, as the page says', async () => {
		const year = 2023;
		const m = metricByKey('review')!;
		const all = await queryRanking(g.runner, NO_FILTERS, m, year, 50);
		// Region, search and agency are not among the compare page's filters: they change nothing.
		const hidden = { ...NO_FILTERS, region: '640205', q: '财政', agency: '平潭综合实验区' };
		expect(await queryRanking(g.runner, hidden, m, year, 50)).toEqual(all);
		// Level does apply: only the county-level agencies of that year, worked out from the reports.
		const county = await queryRanking(g.runner, { ...NO_FILTERS, levels: ['county'] }, m, year, 50);
		const expected = new Set(g.reports.filter((r) => r.year === year && r.level === 'county').map((r) => r.agency));
		expect(new Set(county.map((r) => r.agency))).toEqual(expected);
		expect(expected.size).toBeGreaterThan(0);
		expect(expected.size).toBeLessThan(all.length);
	});

	it('lists every agency (a name in a region) once with its report count', async () => {
		const rows = await queryAgencies(g.runner);
		const expected = new Map<string, number>();
		for (const r of g.reports) expected.set(`${r.agency} ${r.region_code}`, (expected.get(`${r.agency} ${r.region_code}`) ?? 0) + 1);
		expect(new Map(rows.map((r) => [`${r.name} ${r.region}`, r.reports]))).toEqual(expected);
		expect(rows.length).toBe(expected.size);
		// In pinyin order, as a Chinese reader looks one up: huái'ān before píng, though 平 (U+5E73)
		// comes before 淮 (U+6DEE) by code point.
		const names = rows.map((r) => r.name);
		expect(names.indexOf('淮安市人民政府')).toBeGreaterThanOrEqual(0);
		expect(names.indexOf('淮安市人民政府')).toBeLessThan(names.indexOf('平潭综合实验区'));
		expect(names.indexOf('惠农区人民政府办公室')).toBeLessThan(names.indexOf('平潭综合实验区'));
	});
});

describe('yearOnYear', () => {
	const y = (year: number, value: number | null, agencies = 'a', reports = 1, unread = 0): YearValue => ({ year, value, reports, unread, broken: 0, agencies });

	it('gives the change and its percentage from the last year with a value', () => {
		const out = yearOnYear([y(2021, 10), y(2022, null, 'a', 0), y(2023, 15)], false);
		expect(out.map((x) => [x.change, x.changePct, x.otherAgencies])).toEqual([
			[null, null, false],
			[null, null, false],
			[5, 0.5, false]
		]);
	});

	it('gives no change between years with other agencies behind the value, and marks it', () => {
		// A province: one county's report in 2023, the city's added in 2024 (21 → 3,214).
		const out = yearOnYear([y(2023, 21, '洪泽区'), y(2024, 3214, '洪泽区\u001f淮安市'), y(2025, 3300, '洪泽区\u001f淮安市')], false);
		expect(out.map((x) => [x.change, x.changePct, x.otherAgencies])).toEqual([
			[null, null, false],
			[null, null, true],
			[86, 86 / 3214, false]
		]);
	});

	it('gives no change where either year has a report that leaves the figure unread, and marks it', () => {
		// QA pass 11: lawsuits 5 in 2023, then 0 read and the rest unread in 2024, was “−5, −100%”.
		const out = yearOnYear([y(2023, 5), y(2024, 0, 'a', 1, 1), y(2025, 3), y(2026, 6)], false);
		expect(out.map((x) => [x.change, x.changePct, x.unreadBehind])).toEqual([
			[null, null, false],
			[null, null, true],
			[null, null, true],
			[3, 1, false]
		]);
	});

	it('gives a rate’s change in percentage points, with no percentage of it', () => {
		const out = yearOnYear([y(2021, 0.5), y(2022, 0.75)], true);
		expect(out.map((x) => [x.change, x.changePct])).toEqual([
			[null, null],
			[25, null]
		]);
	});
});

describe('mostSharedYear', () => {
	const y = (year: number, value: number | null): YearValue => ({ year, value, reports: 1, unread: 0, broken: 0, agencies: 'a' });
	it('picks the year most series have a value in, the latest on a tie', () => {
		// Three entities with a 2023 value, one with 2025: 2023, not the latest year.
		expect(mostSharedYear([[y(2023, 1), y(2025, 2)], [y(2023, 3)], [y(2023, 4), y(2024, null)]])).toBe(2023);
		expect(mostSharedYear([[y(2022, 1)], [y(2024, 1)]])).toBe(2024);
		expect(mostSharedYear([[y(2022, null)], []])).toBeUndefined();
	});
});
