// Agency identity: a name within a region. Pure functions first, then the queries on a dataset
// where two regions have an agency of the same name (twin.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { agencyKey, agencyLabel, agencyOrder, linkableAgencies, matchAgencies, parseAgencyKey, sharedNames } from '../../../src/lib/query/agency';
import { buildRegionTree, regionLabel, sharedRegionNames } from '../../../src/lib/query/regions';
import { parseEntities, queryAgencies, queryEntitySeries, queryRanking, yearOnYear } from '../../../src/lib/query/compare';
import { queryAgencyReports } from '../../../src/lib/query/report';
import { queryDrill } from '../../../src/lib/query/drill';
import { queryRollup } from '../../../src/lib/query/rollup';
import { metricByKey, DEFAULT_METRIC } from '../../../src/lib/query/metrics';
import { NO_FILTERS, parseFilters, regionHolds } from '../../../src/lib/query/filters';
import { NodeRunner } from '../../../src/lib/engine/node-runner';
import { openGolden, cell, type Golden } from './dataset';
import { openTwin, twinDataset, ORIGINAL, TWIN, TWIN_REGION, NO_PLACE } from './twin';

describe('agencyOrder', () => {
	it('places names in pinyin order, a repeated name once, an unknown one nowhere', () => {
		// By hand: huái'ān < huì < píng (code point order would put 平 first).
		const order = agencyOrder(['平潭县人民政府', '淮安市人民政府', null, '惠农区人民政府', '淮安市人民政府']);
		expect([...order]).toEqual([
			['淮安市人民政府', 0],
			['惠农区人民政府', 1],
			['平潭县人民政府', 2]
		]);
	});
});

describe('agency keys', () => {
	it('read a region code after the last @, and nothing else as one', () => {
		expect(parseAgencyKey('鼓楼区人民政府@350102')).toEqual({ name: '鼓楼区人民政府', region: '350102' });
		expect(parseAgencyKey('鼓楼区人民政府')).toEqual({ name: '鼓楼区人民政府' });
		// An @ in a name is kept when what follows is no region code.
		expect(parseAgencyKey('A@B局')).toEqual({ name: 'A@B局' });
		expect(parseAgencyKey('A@B局@110101')).toEqual({ name: 'A@B局', region: '110101' });
		expect(parseAgencyKey('@110101')).toEqual({ name: '@110101' });
		expect(agencyKey({ name: '鼓楼区人民政府', region: '350102' })).toBe('鼓楼区人民政府@350102');
		// An agency whose region is unknown says so: `@` and nothing after it.
		expect(agencyKey({ name: '某局', region: null })).toBe('某局@');
		expect(parseAgencyKey('某局@')).toEqual({ name: '某局', region: null });
		expect(parseAgencyKey('@')).toEqual({ name: '@' });
	});

	const known = [
		{ name: '鼓楼区人民政府', region: '320106' },
		{ name: '鼓楼区人民政府', region: '350102' },
		{ name: '惠农区人民政府办公室', region: '640205' },
		{ name: '某局', region: null }
	];

	it('match one agency, or all of a shared name', () => {
		expect(matchAgencies('鼓楼区人民政府@350102', known)).toEqual([known[1]]);
		expect(matchAgencies('鼓楼区人民政府', known)).toEqual([known[0], known[1]]);
		expect(matchAgencies('惠农区人民政府办公室', known)).toEqual([known[2]]);
		expect(matchAgencies('惠农区人民政府办公室@350102', known)).toEqual([]);
		expect(matchAgencies('某局', known)).toEqual([known[3]]);
		expect([...sharedNames(known)]).toEqual(['鼓楼区人民政府']);
	});

	it('let a link name an agency by its key, or by its name where no other agency has it', () => {
		const domain = { years: [2024], regionCodes: new Set<string>(), agencies: linkableAgencies(known) };
		const parse = (q: string) => parseFilters(new URLSearchParams(q), domain);
		expect(parse('agency=鼓楼区人民政府').ignored).toEqual(['agency=鼓楼区人民政府']);
		expect(parse('agency=鼓楼区人民政府@350102').value.agency).toBe('鼓楼区人民政府@350102');
		// A name only one agency has is read as its key, and puts the page in its region.
		expect(parse('agency=惠农区人民政府办公室').value).toMatchObject({ agency: '惠农区人民政府办公室@640205', region: '640205' });
		expect(parse('agency=惠农区人民政府办公室@640205').value.agency).toBe('惠农区人民政府办公室@640205');
		expect(parse('agency=惠农区人民政府办公室@350102').ignored).toEqual(['agency=惠农区人民政府办公室@350102']);
		// The one agency of its name with no region: its key, or its name alone.
		expect(parse('agency=某局').value.agency).toBe('某局@');
		expect(parse('agency=某局@').value.agency).toBe('某局@');
	});

	it('never let a name stand for both an agency with no region and a placed one of that name', () => {
		const both = [known[1], { name: '鼓楼区人民政府', region: null }];
		const domain = { years: [2024], regionCodes: new Set(['350000', '350100', '350102']), agencies: linkableAgencies(both) };
		const parse = (q: string) => parseFilters(new URLSearchParams(q), domain);
		expect(parse('agency=鼓楼区人民政府').ignored).toEqual(['agency=鼓楼区人民政府']);
		expect(parse('agency=鼓楼区人民政府@').value).toMatchObject({ agency: '鼓楼区人民政府@' });
		expect(parse('agency=鼓楼区人民政府@').value.region).toBeUndefined();
		expect(parse('agency=鼓楼区人民政府@350102').value.agency).toBe('鼓楼区人民政府@350102');
		// An agency with no region is in none of the regions a filter can name.
		expect(parse('region=350102&agency=鼓楼区人民政府@').ignored).toEqual(['agency=鼓楼区人民政府@']);
	});

	it('put a link’s agency in its region, and refuse a key outside the region filter', () => {
		const domain = { years: [2024], regionCodes: new Set(['350000', '350100', '350102', '320000', '320100', '320106']), agencies: linkableAgencies(known) };
		const parse = (q: string) => parseFilters(new URLSearchParams(q), domain);
		expect(parse('agency=鼓楼区人民政府@350102').value).toMatchObject({ region: '350102', agency: '鼓楼区人民政府@350102' });
		// A region holding the agency's gives way to it (the breadcrumb then has every step).
		expect(parse('region=350000&agency=鼓楼区人民政府@350102').value).toMatchObject({ region: '350102', agency: '鼓楼区人民政府@350102' });
		// A name only one agency has, outside the region filter, is not that agency.
		expect(parse('region=350000&agency=惠农区人民政府办公室').ignored).toEqual(['agency=惠农区人民政府办公室']);
		expect(parse('region=320000&agency=鼓楼区人民政府@350102').ignored).toEqual(['agency=鼓楼区人民政府@350102']);
		expect(parse('region=320106&agency=鼓楼区人民政府@350102').ignored).toEqual(['agency=鼓楼区人民政府@350102']);
		// A link from before keys had regions: the region filter is the agency's own.
		expect(parse('region=350102&agency=鼓楼区人民政府').value.agency).toBe('鼓楼区人民政府@350102');
		expect(parse('region=350100&agency=鼓楼区人民政府').ignored).toEqual(['agency=鼓楼区人民政府']);
	});

	it('tell which regions hold which', () => {
		expect(regionHolds('350000', '350102')).toBe(true);
		expect(regionHolds('350100', '350102')).toBe(true);
		expect(regionHolds('350102', '350102')).toBe(true);
		expect(regionHolds('350100', '350200')).toBe(false);
		expect(regionHolds('320000', '350102')).toBe(false);
		expect(regionHolds('350102', '350100')).toBe(false);
	});

	it('label a shared name with its region’s path, in the page’s punctuation', () => {
		const tree = buildRegionTree([
			{ region_code: '350102', province: '福建省', city: '福州市', county: '鼓楼区' },
			{ region_code: '320106', province: '江苏省', city: '南京市', county: '鼓楼区' }
		]);
		const shared = sharedNames(known);
		// Where it is, short enough to survive a cut label: the province is left out below a city.
		expect(agencyLabel(known[1], shared, tree, 'zh')).toBe('鼓楼区人民政府（福州市鼓楼区）');
		expect(agencyLabel(known[0], shared, tree, 'en')).toBe('鼓楼区人民政府 (南京市鼓楼区)');
		expect(agencyLabel(known[2], shared, tree, 'zh')).toBe('惠农区人民政府办公室');
	});

	it('name regions that share a name by where they are, the others by their name', () => {
		const tree = buildRegionTree([
			{ region_code: '350102', province: '福建省', city: '福州市', county: '鼓楼区' },
			{ region_code: '320106', province: '江苏省', city: '南京市', county: '鼓楼区' },
			{ region_code: '110105', province: '北京市', city: null, county: '朝阳区' },
			{ region_code: '220104', province: '吉林省', city: '长春市', county: '朝阳区' }
		]);
		const shared = sharedRegionNames(tree);
		expect([...shared].sort()).toEqual(['朝阳区', '鼓楼区']);
		expect(regionLabel(tree, '350102', shared)).toBe('福州市鼓楼区');
		expect(regionLabel(tree, '110105', shared)).toBe('北京市朝阳区');
		expect(regionLabel(tree, '350100', shared)).toBe('福州市');
		expect(regionLabel(tree, '350000', shared)).toBe('福建省');
		expect(regionLabel(tree, '999999', shared)).toBe('999999');
	});
});

describe('compare links', () => {
	const known = [
		{ name: '鼓楼区人民政府', region: '320106' },
		{ name: '鼓楼区人民政府', region: '350102' },
		{ name: '惠农区人民政府办公室', region: '640205' }
	];
	const isRegion = (code: string) => ['350000', '320000'].includes(code);

	it('leave out a name two regions share, and say how many agencies it names', () => {
		const p = parseEntities(['a:鼓楼区人民政府', 'r:350000'], known, isRegion, 8);
		expect(p.ok).toEqual([{ type: 'region', key: '350000' }]);
		expect(p.shared).toEqual([{ name: '鼓楼区人民政府', n: 2 }]);
		expect(p.bad).toEqual([]);
	});

	it('take an agency by its full key, or by a name only one agency has, and give its full key', () => {
		const p = parseEntities(['a:鼓楼区人民政府@350102', 'a:惠农区人民政府办公室'], known, isRegion, 8);
		expect(p.ok).toEqual([
			{ type: 'agency', key: '鼓楼区人民政府@350102' },
			{ type: 'agency', key: '惠农区人民政府办公室@640205' }
		]);
	});

	it('count one agency named both ways once, and report unknown ones and those past the limit', () => {
		const p = parseEntities(['a:惠农区人民政府办公室', 'a:惠农区人民政府办公室@640205', 'a:鼓楼区人民政府@110101', 'x:1', 'r:999999', 'r:320000', 'r:350000'], known, isRegion, 2);
		expect(p.ok).toEqual([
			{ type: 'agency', key: '惠农区人民政府办公室@640205' },
			{ type: 'region', key: '320000' }
		]);
		expect(p.repeated).toEqual([{ type: 'agency', key: '惠农区人民政府办公室@640205' }]);
		expect(p.bad).toEqual(['e=a:鼓楼区人民政府@110101', 'e=x:1', 'e=r:999999']);
		expect(p.over).toEqual([{ type: 'region', key: '350000' }]);
	});

	it('say a shared name once, however often the link gives it', () => {
		const p = parseEntities(['a:鼓楼区人民政府', 'a:鼓楼区人民政府'], known, isRegion, 8);
		expect(p.shared).toEqual([{ name: '鼓楼区人民政府', n: 2 }]);
		expect([p.ok, p.repeated, p.bad]).toEqual([[], [], []]);
	});

	it('take agencies as given until the dataset’s are known', () => {
		expect(parseEntities(['a:鼓楼区人民政府'], null, isRegion, 8).ok).toEqual([{ type: 'agency', key: '鼓楼区人民政府' }]);
	});
});

describe('same-named agencies of two regions, in the queries', () => {
	let g: Golden;
	let twin: NodeRunner;
	let close: () => void;
	const name = '惠农区人民政府办公室';
	beforeAll(async () => {
		g = await openGolden();
		({ runner: twin, close } = await openTwin());
	});
	afterAll(() => {
		g.runner.close();
		close();
	});
	// The real report's figure, read from its golden fixture; the twin's is twice that.
	const received = () => cell(g.fixture(ORIGINAL), 'requests', 'new_received', 'total')!;

	it('are listed as two agencies', async () => {
		const rows = (await queryAgencies(twin)).filter((a) => a.name === name);
		expect(rows).toEqual([
			{ name, region: '350102', reports: 1 },
			{ name, region: '640205', reports: 1 }
		]);
	});

	it('are ranked apart, each with its own figure', async () => {
		expect(received()).toBeGreaterThan(0);
		const rows = (await queryRanking(twin, NO_FILTERS, metricByKey('received')!, 2024, 100)).filter((r) => r.agency === name);
		expect(rows.map((r) => [r.region_code, r.value])).toEqual([
			[TWIN_REGION.code, 2 * received()],
			['640205', received()]
		]);
		const real = await queryRanking(g.runner, NO_FILTERS, metricByKey('received')!, 2024, 100);
		expect(rows[0].ranked).toBe(real[0].ranked + 1);
	});

	it('have each their own series when the key names the region', async () => {
		const value = async (key: string) => (await queryEntitySeries(twin, NO_FILTERS, DEFAULT_METRIC, { type: 'agency', key })).map((s) => [s.year, s.value]);
		expect(await value(`${name}@640205`)).toEqual([[2024, received()]]);
		expect(await value(`${name}@${TWIN_REGION.code}`)).toEqual([[2024, 2 * received()]]);
	});

	it('are told apart by the overview’s agency filter, drill-down and cards alike', async () => {
		const bars = async (agency: string) => (await queryDrill(twin, { ...NO_FILTERS, agency }, DEFAULT_METRIC)).map((b) => [b.key, b.value]);
		expect(await bars(`${name}@640205`)).toEqual([[ORIGINAL, received()]]);
		expect(await bars(`${name}@${TWIN_REGION.code}`)).toEqual([[TWIN, 2 * received()]]);
		const rollup = await queryRollup(twin, { ...NO_FILTERS, agency: `${name}@${TWIN_REGION.code}` });
		expect([rollup.years, rollup.reports]).toEqual([[2024], [1]]);
		expect(rollup.values[rollup.cells.indexOf('requests|new_received|total')]).toEqual([2 * received()]);
	});

	it('lead the report view to their own reports only', async () => {
		expect((await queryAgencyReports(twin, name, '640205')).map((r) => r.report_id)).toEqual([ORIGINAL]);
		expect((await queryAgencyReports(twin, name, TWIN_REGION.code)).map((r) => r.report_id)).toEqual([TWIN]);
	});
});

describe('an agency whose region is unknown beside a placed one of the same name', () => {
	let g: Golden;
	let twin: NodeRunner;
	let close: () => void;
	const name = '惠农区人民政府办公室';
	beforeAll(async () => {
		g = await openGolden();
		({ runner: twin, close } = await openTwin(NO_PLACE));
	});
	afterAll(() => {
		g.runner.close();
		close();
	});
	const received = () => cell(g.fixture(ORIGINAL), 'requests', 'new_received', 'total')!;
	const receivedOf = async (agency: string) => {
		const rollup = await queryRollup(twin, { ...NO_FILTERS, agency });
		return [rollup.reports, rollup.values[rollup.cells.indexOf('requests|new_received|total')]];
	};

	it('are two agencies, and a name alone names neither', async () => {
		const rows = (await queryAgencies(twin)).filter((a) => a.name === name);
		expect(new Set(rows.map((a) => a.region))).toEqual(new Set(['640205', null]));
		const domain = { years: [2024], regionCodes: new Set<string>(), agencies: linkableAgencies(rows) };
		expect(parseFilters(new URLSearchParams(`agency=${name}`), domain).ignored).toEqual([`agency=${name}`]);
	});

	it('each have their own figures, by key, in the cards and the drill-down', async () => {
		expect(received()).toBeGreaterThan(0);
		expect(await receivedOf(`${name}@`)).toEqual([[1], [2 * received()]]);
		expect(await receivedOf(`${name}@640205`)).toEqual([[1], [received()]]);
		const bars = await queryDrill(twin, { ...NO_FILTERS, agency: `${name}@` }, DEFAULT_METRIC);
		expect(bars.map((b) => [b.key, b.value])).toEqual([[TWIN, 2 * received()]]);
	});

	it('are drill-down bars whose keys lead back to each', async () => {
		const bars = await queryDrill(twin, NO_FILTERS, DEFAULT_METRIC);
		const keys = bars.filter((b) => b.kind === 'agency' && b.name === name).map((b) => b.key);
		for (const key of keys) expect((await receivedOf(key!))[0]).toEqual([1]);
	});
});

describe('same-named agencies of one region’s two counties, year over year', () => {
	let g: Golden;
	let twin: NodeRunner;
	let close: () => void;
	beforeAll(async () => {
		g = await openGolden();
		// The twin files the 2023 report of a same-named office in 大武口区, beside the real 2024
		// one in 惠农区: both are in 石嘴山市 (640200).
		({ runner: twin, close } = await openTwin({ code: '640202', province: '宁夏回族自治区', city: '石嘴山市', county: '大武口区' }, 2023));
	});
	afterAll(() => {
		g.runner.close();
		close();
	});

	it('are not one agency whose figures changed: the city’s change is left out and marked', async () => {
		const received = cell(g.fixture(ORIGINAL), 'requests', 'new_received', 'total')!;
		expect(received).toBeGreaterThan(0);
		const series = await queryEntitySeries(twin, NO_FILTERS, DEFAULT_METRIC, { type: 'region', key: '640200' });
		expect(series.map((s) => [s.year, s.value])).toEqual([
			[2023, 2 * received],
			[2024, received]
		]);
		const [, y2024] = yearOnYear(series, false);
		expect(y2024.otherAgencies).toBe(true);
		expect(y2024.change).toBeNull();
	});
});

describe('a report with no agency, year over year', () => {
	let twin: NodeRunner;
	let remove: () => void;
	beforeAll(async () => {
		// 2023: a copy of 惠农区人民政府办公室's 2024 report and one more, unnamed, in the same county;
		// 2024: the real report alone (review 11).
		const t = await twinDataset({ code: '640205', province: '宁夏回族自治区', city: '石嘴山市', county: '惠农区' }, 2023);
		remove = t.remove;
		const instance = await DuckDBInstance.create(t.path);
		const conn = await instance.connect();
		await conn.run(`INSERT INTO reports SELECT * REPLACE ('test_unnamed_2023' AS report_id, NULL AS agency) FROM reports WHERE report_id = ?`, [TWIN]);
		await conn.run(`INSERT INTO report_cells SELECT * REPLACE ('test_unnamed_2023' AS report_id) FROM report_cells WHERE report_id = ?`, [TWIN]);
		conn.closeSync();
		instance.closeSync();
		twin = await NodeRunner.open(t.path);
	});
	afterAll(() => {
		twin.close();
		remove();
	});

	it('is another body: the county’s change is left out and marked', async () => {
		const series = await queryEntitySeries(twin, NO_FILTERS, DEFAULT_METRIC, { type: 'region', key: '640205' });
		expect(series.map((s) => [s.year, s.reports])).toEqual([
			[2023, 2],
			[2024, 1]
		]);
		const [, y2024] = yearOnYear(series, false);
		expect(y2024.otherAgencies).toBe(true);
		expect(y2024.change).toBeNull();
	});
});
