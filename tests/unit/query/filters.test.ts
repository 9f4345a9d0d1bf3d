// Filters: their URL form, and that each one selects exactly the reports it should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, extraCopies, withFilters, whereSql, filtersFromForm, NO_FILTERS, type Filters, type Domain } from '../../../src/lib/query/filters';
import { queryRollup } from '../../../src/lib/query/rollup';
import { cardsFrom } from '../../../src/lib/query/overview';
import { openGolden, sum, type Golden, type Meta } from './dataset';

describe('parseFilters', () => {
	const domain: Domain = { years: [2019, 2020, 2021, 2022, 2023, 2024, 2025], regionCodes: new Set(['350000', '350100', '350128']) };

	it('reads every filter and writes it back to the same URL', () => {
		const p = new URLSearchParams('year=2021-2023&region=350128&level=county,township&kind=department&q=片区&agency=某局&lang=en');
		const { value, ignored } = parseFilters(p, domain);
		expect(ignored).toEqual([]);
		expect(value).toEqual({
			years: { from: 2021, to: 2023 },
			region: '350128',
			levels: ['county', 'township'],
			kinds: ['department'],
			q: '片区',
			agency: '某局'
		});
		const back = withFilters(new URLSearchParams('lang=en'), value);
		expect(parseFilters(back, domain).value).toEqual(value);
		expect(back.get('lang')).toBe('en');
	});

	it('ignores, and names, what it does not understand', () => {
		const p = new URLSearchParams('year=1990&region=999999&level=county,planet&kind=army');
		const { value, ignored } = parseFilters(p, domain);
		expect(value).toEqual({ ...NO_FILTERS, levels: ['county'] });
		expect(ignored).toEqual(['year=1990', 'region=999999', 'level=planet', 'kind=army']);
		expect(parseFilters(new URLSearchParams('region=35'), domain).ignored).toEqual(['region=35']);
	});

	it('keeps the part of a year range the dataset has, and names what it used', () => {
		// The dataset's years are 2019–2025 (domain above).
		const wide = parseFilters(new URLSearchParams('year=2021-2099'), domain);
		expect([wide.value.years, wide.ignored, wide.adjusted]).toEqual([{ from: 2021, to: 2025 }, [], [{ param: 'year=2021-2099', used: '2021–2025', why: 'years_outside' }]]);
		const early = parseFilters(new URLSearchParams('year=2010-2019'), domain);
		expect([early.value.years, early.adjusted]).toEqual([{ from: 2019, to: 2019 }, [{ param: 'year=2010-2019', used: '2019', why: 'years_outside' }]]);
		// None of its years in the dataset: not understood, as before.
		for (const y of ['2026-2030', '2010-2018', '1990']) expect(parseFilters(new URLSearchParams(`year=${y}`), domain)).toMatchObject({ ignored: [`year=${y}`], adjusted: [] });
		// Inside the dataset: nothing to say.
		expect(parseFilters(new URLSearchParams('year=2020-2022'), domain).adjusted).toEqual([]);
	});

	it('reads a year range written backwards in order, and says so', () => {
		const back = parseFilters(new URLSearchParams('year=2024-2021'), domain);
		expect([back.value.years, back.ignored, back.adjusted]).toEqual([{ from: 2021, to: 2024 }, [], [{ param: 'year=2024-2021', used: '2021–2024', why: 'years_reversed' }]]);
		// Backwards and past the dataset: the years it has, in order.
		expect(parseFilters(new URLSearchParams('year=2099-2024'), domain)).toMatchObject({ value: { years: { from: 2024, to: 2025 } }, adjusted: [{ why: 'years_outside' }] });
	});

	it('names the second copy of a page’s own key, keeping the first as the page reads it', () => {
		const p = new URLSearchParams('metric=fees&metric=received&metric=x&rule=balance&year=2021&year=2022');
		expect(extraCopies(p, ['metric', 'rule', 'group'])).toEqual(['metric=received', 'metric=x']);
		expect(p.get('metric')).toBe('fees');
		expect(extraCopies(new URLSearchParams('metric=fees'), ['metric'])).toEqual([]);
	});

	it('cuts a search longer than 50 characters, and says so', () => {
		const long = '平潭综合实验区'.repeat(10); // 70 characters
		const cut = parseFilters(new URLSearchParams({ q: long }), domain);
		expect(cut.value.q).toBe(long.slice(0, 50));
		expect(cut.adjusted).toEqual([{ param: `q=${long.slice(0, 50)}…`, used: long.slice(0, 50), why: 'search_long' }]);
		// Cut by characters, not UTF-16 units: an astral character is never split in half.
		expect([...parseFilters(new URLSearchParams({ q: '𠀀'.repeat(60) }), domain).value.q!]).toEqual(Array(50).fill('𠀀'));
		expect(parseFilters(new URLSearchParams({ q: long.slice(0, 50) }), domain).adjusted).toEqual([]);
	});

	it('reads a list given twice as one, and names the extra copies of a single value', () => {
		const p = new URLSearchParams('level=county&level=zzz,township&year=2021&year=2022&q=局&q=厅');
		const { value, ignored } = parseFilters(p, domain);
		expect(value).toEqual({ ...NO_FILTERS, years: { from: 2021, to: 2021 }, levels: ['county', 'township'], q: '局' });
		expect(ignored).toEqual(['year=2022', 'level=zzz', 'q=厅']);
	});

	it('ignores an agency the dataset does not have, once the names are known', () => {
		const p = new URLSearchParams('agency=不存在的局');
		expect(parseFilters(p, domain).value.agency).toBe('不存在的局');
		const key = '平潭综合实验区@350128';
		const known = { ...domain, agencies: new Map([['平潭综合实验区', key], [key, key]]) };
		expect(parseFilters(p, known)).toEqual({ value: NO_FILTERS, ignored: ['agency=不存在的局'], adjusted: [] });
		// A name is read as the agency's full key, in its region.
		expect(parseFilters(new URLSearchParams('agency=平潭综合实验区'), known).value).toMatchObject({ agency: key, region: '350128' });
	});

	it('reads a filter bar form as the reader left it', () => {
		const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
		const form = (pairs: string) => pairs.split('&').map((p) => p.split('=') as [string, string]);
		// Only a start year: the range runs to the last year. A county beats its province.
		expect(filtersFromForm(form('year-from=2023&year-to=&province=350000&county=350128&level=county&level=planet&kind=department&q= 局 '), years, NO_FILTERS)).toEqual({
			years: { from: 2023, to: 2025 },
			region: '350128',
			levels: ['county'],
			kinds: ['department'],
			q: '局',
			agency: undefined
		});
		// Picked the wrong way round: swapped. Nothing else chosen: no filter.
		expect(filtersFromForm(form('year-from=2024&year-to=2020&province=&kind=&q='), years, NO_FILTERS)).toEqual({
			years: { from: 2020, to: 2024 },
			region: undefined,
			levels: [],
			kinds: [],
			q: undefined,
			agency: undefined
		});
		// The agency, shown but not a control, stays while its region does.
		const current = { ...NO_FILTERS, region: '350128', agency: '平潭综合实验区' };
		expect(filtersFromForm(form('province=350000&county=350128'), years, current).agency).toBe('平潭综合实验区');
		expect(filtersFromForm(form('province=320000'), years, current).agency).toBeUndefined();
	});

	it('binds every value as a parameter, never in the SQL text, which never changes', () => {
		const evil = "x' OR 1=1; DROP TABLE facts; --";
		const f = { ...NO_FILTERS, q: evil, agency: evil, region: '350128', years: { from: 2020, to: 2021 } };
		const where = whereSql(f);
		expect(where.sql).not.toContain(evil);
		expect(where.sql).toBe(whereSql(NO_FILTERS).sql);
		expect(where.params.filter((p) => p === evil)).toHaveLength(4);
		expect(where.params.filter((p) => p === '350128')).toHaveLength(2);
		expect(where.params.length).toBe((where.sql.match(/\?/g) ?? []).length);
	});
});

describe('filters on the real dataset', () => {
	let g: Golden;
	beforeAll(async () => {
		g = await openGolden();
	});
	afterAll(() => g.runner.close());

	/** The reports a filter should keep, decided in JS from the metadata rows. */
	const keep = (f: Filters) => (r: Meta) =>
		(!f.years || (r.year >= f.years.from && r.year <= f.years.to)) &&
		(!f.region ||
			(f.region.endsWith('0000')
				? r.region_code?.slice(0, 2) === f.region.slice(0, 2)
				: f.region.endsWith('00')
					? r.region_code?.slice(0, 4) === f.region.slice(0, 4)
					: r.region_code === f.region)) &&
		(!f.levels.length || f.levels.includes(r.level as never)) &&
		(!f.kinds.length || f.kinds.includes(r.kind as never)) &&
		(!f.q || r.agency.includes(f.q)) &&
		(!f.agency || r.agency === f.agency);

	const cases: [string, Filters][] = [
		['one year', { ...NO_FILTERS, years: { from: 2023, to: 2023 } }],
		['a year range', { ...NO_FILTERS, years: { from: 2021, to: 2022 } }],
		['a province', { ...NO_FILTERS, region: '350000' }],
		['a county', { ...NO_FILTERS, region: '350128' }],
		['a level', { ...NO_FILTERS, levels: ['township'] }],
		['a kind', { ...NO_FILTERS, kinds: ['department'] }],
		['name search', { ...NO_FILTERS, q: '片区' }],
		['one agency', { ...NO_FILTERS, agency: '平潭综合实验区' }],
		['combined', { ...NO_FILTERS, years: { from: 2022, to: 2024 }, region: '350128', kinds: ['government'], levels: ['township'] }]
	];

	it.each(cases)('%s: the reports and the sums of the fixtures', async (_, f) => {
		const ids = g.reports.filter(keep(f)).map((r) => r.report_id);
		expect(ids.length).toBeGreaterThan(0);
		const cards = cardsFrom(await queryRollup(g.runner, f));
		expect(cards.reports).toBe(ids.length);
		expect(cards.received).toBe(sum(g, ids, 'requests', 'new_received', 'total'));
		expect(cards.handled).toBe(sum(g, ids, 'requests', 'handled_total', 'total'));
		expect(cards.review).toBe(sum(g, ids, 'appeals', 'review', 'total'));
	});

	it('sums report_cells to what the facts themselves sum to, for every rollup cell and year', async () => {
		const states: Filters[] = [
			NO_FILTERS,
			{ ...NO_FILTERS, years: { from: 2023, to: 2023 } },
			{ ...NO_FILTERS, region: '350128' },
			{ ...NO_FILTERS, levels: ['county'], kinds: ['department'] },
			{ ...NO_FILTERS, q: '平潭' }
		];
		for (const f of states) {
			const r = await queryRollup(g.runner, f);
			const where = whereSql(f);
			// The second method: the long facts table grouped directly.
			const direct = await g.runner.all<{ year: number; section: string; item: string; measure: string; value: number | null }>(
				`SELECT r.year, f.section, f.item, f.measure, sum(f.value) AS value FROM reports r JOIN facts f ON f.report_id = r.report_id
				WHERE ${where.sql} GROUP BY ALL`,
				where.params
			);
			const want = new Map(direct.map((d) => [`${d.section}|${d.item}|${d.measure}|${d.year}`, d.value]));
			expect(r.years.length, JSON.stringify(f)).toBeGreaterThan(0);
			let compared = 0;
			for (const [i, cell] of r.cells.entries()) {
				for (const [y, year] of r.years.entries()) {
					expect(r.values[i][y], `${cell} ${year}`).toBe(want.get(`${cell}|${year}`) ?? null);
					compared++;
				}
			}
			expect(compared).toBeGreaterThan(50);
		}
	});

	it('a filter that matches nothing gives an empty rollup, not an error', async () => {
		const r = await queryRollup(g.runner, { ...NO_FILTERS, q: '不存在的机关名称' });
		expect({ years: r.years, reports: r.reports }).toEqual({ years: [], reports: [] });
		// Every cell is listed, with no year to hold a value.
		expect(r.values.every((v) => v.length === 0)).toBe(true);
		expect(cardsFrom(r).received).toBeNull();
	});

	it('an injection attempt is just a name that matches nothing', async () => {
		const evil = "' OR 1=1; DROP TABLE facts; --";
		expect((await queryRollup(g.runner, { ...NO_FILTERS, q: evil })).years).toEqual([]);
		expect((await queryRollup(g.runner, NO_FILTERS)).years.length).toBeGreaterThan(0);
	});
});
