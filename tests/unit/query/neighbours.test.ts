// The states one click away from the overview's current one, which the page answers ahead.
import { describe, expect, it } from 'vitest';
import { keyedNeighbours, neighbours } from '../../../src/lib/query/neighbours';
import { filterKey, pickYear, parseFilters, NO_FILTERS, type Filters } from '../../../src/lib/query/filters';
import { buildRegionTree } from '../../../src/lib/query/regions';
import type { DrillBar } from '../../../src/lib/query/drill';

const years = [2019, 2020, 2021];
const tree = buildRegionTree([
	{ region_code: '320506', province: '江苏省', city: '苏州市', county: '吴中区' },
	{ region_code: '320800', province: '江苏省', city: '淮安市', county: null }
]);
const bar = (kind: DrillBar['kind'], key: string | null): DrillBar => ({ key, name: key, kind, year: null, reports: 1, value: 1, unread: 0 });
const keys = (f: Filters, bars: DrillBar[] | null) => neighbours(f, years, bars, tree).map(filterKey);

describe('pickYear', () => {
	it('keeps the other end, swaps a reversed range, and unsets on "all years"', () => {
		expect(pickYear(undefined, 'from', 2020, years)).toEqual({ from: 2020, to: 2021 });
		expect(pickYear(undefined, 'to', 2020, years)).toEqual({ from: 2019, to: 2020 });
		expect(pickYear({ from: 2020, to: 2020 }, 'to', 2019, years)).toEqual({ from: 2019, to: 2020 });
		expect(pickYear({ from: 2020, to: 2021 }, 'from', null, years)).toBeUndefined();
	});
});

describe('neighbours', () => {
	it('from the unfiltered overview: each bar, then every start year and every end year, once each', () => {
		expect(keys(NO_FILTERS, [bar('region', '320000'), bar('unknown', null)])).toEqual([
			'region=320000',
			'year=2019-2021',
			'year=2020-2021',
			'year=2021',
			'year=2019',
			'year=2019-2020'
		]);
	});

	it('inside a city: its agencies and counties, all years, and the province above', () => {
		const f: Filters = { ...NO_FILTERS, region: '320500', years: { from: 2020, to: 2020 } };
		const got = keys(f, [bar('region', '320506'), bar('agency', '苏州市人民政府')]);
		expect(got).toContain('region=320500');
		expect(got).toContain(`year=2020&region=320500&agency=${encodeURIComponent('苏州市人民政府')}`);
		expect(got).toContain('year=2020&region=320506');
		expect(got).toContain('year=2020&region=320000');
		expect(got).not.toContain(filterKey(f));
	});

	it('on one agency: its reports are not filters, and the way back up is', () => {
		const f: Filters = { ...NO_FILTERS, region: '320800', agency: '淮安市人民政府' };
		const got = neighbours(f, years, [bar('report', '019'), bar('report', '033')], tree);
		// Up first, then five year ranges on the same agency (2019–2021 twice over: from 2019, to 2021).
		expect(got.map((n) => n.agency)).toEqual([undefined, f.agency, f.agency, f.agency, f.agency, f.agency]);
		expect(filterKey(got[0])).toBe('region=320800');
	});

	it('names a state by its URL, whatever order the object was built in', () => {
		const a: Filters = { region: '320000', levels: ['county'], kinds: [], years: { from: 2019, to: 2020 } };
		const b = parseFilters(new URLSearchParams('level=county&year=2019-2020&region=320000')).value;
		expect(filterKey(a)).toBe(filterKey(b));
		expect(filterKey(a)).toBe('year=2019-2020&region=320000&level=county');
	});
});

describe('keyedNeighbours', () => {
	it('gives each neighbour with its filter key, in the same order', () => {
		const f = parseFilters(new URLSearchParams('region=320500&year=2020')).value;
		const keyed = keyedNeighbours(f, years, [bar('agency', 'A1')], tree);
		expect(keyed.map((n) => n.filters)).toEqual(neighbours(f, years, [bar('agency', 'A1')], tree));
		for (const n of keyed) expect(n.key).toBe(filterKey(n.filters));
	});
});
