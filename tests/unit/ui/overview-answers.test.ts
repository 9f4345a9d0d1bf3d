// The overview's answers: the summary's precomputed states, answers kept by state, and the
// states one click away answered ahead, one query at a time.
import { describe, expect, it } from 'vitest';
import { OverviewAnswers, type OverviewQueries } from '../../../src/lib/ui/overview-answers';
import { NO_FILTERS, filterKey, type Filters } from '../../../src/lib/query/filters';
import { DEFAULT_METRIC, METRICS } from '../../../src/lib/query/metrics';
import { buildRegionTree } from '../../../src/lib/query/regions';
import type { DrillBar } from '../../../src/lib/query/drill';
import type { Rollup } from '../../../src/lib/query/rollup';
import type { QueryRunner } from '../../../src/lib/query/runner';
import type { Summary } from '../../../src/lib/query/summary';

const runner = {} as QueryRunner; // the fake queries below never touch it
const tree = buildRegionTree([{ region_code: '320506', province: '江苏省', city: '苏州市', county: '吴中区' }]);
const years = [2020, 2021];
const rollupOf = (tag: string): Rollup => ({ years: [2020], reports: [1], cells: [tag], values: [[1]], rates: {}, unread: {}, unreadMetrics: {} });
const bar = (key: string): DrillBar => ({ key, name: key, kind: 'region', year: null, reports: 1, value: 1, unread: 0 });
const OTHER_METRIC = METRICS.find((m) => m.key !== DEFAULT_METRIC.key)!;

/** Queries that record what they were asked, answer with the filters' key, and fail where told. */
function fakeQueries(fail: Set<string> = new Set()) {
	const calls: string[] = [];
	let active = 0;
	let maxActive = 0;
	const run = async <T>(what: string, f: Filters, answer: T): Promise<T> => {
		calls.push(`${what} ${filterKey(f)}`);
		active++;
		maxActive = Math.max(maxActive, active);
		await new Promise((ok) => setTimeout(ok, 1));
		active--;
		if (fail.has(`${what} ${filterKey(f)}`)) throw new Error(`no answer for ${filterKey(f)}`);
		return answer;
	};
	const queries: OverviewQueries = {
		rollup: (_r, f) => run('rollup', f, rollupOf(filterKey(f))),
		drill: (_r, f, m) => run(`drill:${m.key}`, f, [bar(filterKey(f))])
	};
	return { queries, calls, maxActive: () => maxActive };
}

/** Resolves once every queued prefetch has run (each query waits 1 ms, then the next is picked). */
const settle = () => new Promise((ok) => setTimeout(ok, 100));

describe('the overview answers', () => {
	it('answers the summary’s nearby states without the engine, for the default metric only', async () => {
		const nearby = { 'year=2021': { rollup: rollupOf('seeded'), drill: [bar('seeded')] } };
		const { queries, calls } = fakeQueries();
		const answers = new OverviewAnswers({ nearby } as unknown as Summary, queries, async () => {});
		const f: Filters = { ...NO_FILTERS, years: { from: 2021, to: 2021 } };
		expect(filterKey(f)).toBe('year=2021');
		const peeked = await answers.peek(f, DEFAULT_METRIC);
		expect(peeked).toEqual([rollupOf('seeded'), [bar('seeded')]]);
		expect(answers.peek(f, OTHER_METRIC)).toBeNull();
		expect(answers.peek(NO_FILTERS, DEFAULT_METRIC)).toBeNull();
		expect(await answers.get(runner, f, DEFAULT_METRIC)).toEqual(peeked);
		expect(calls).toEqual([]);
	});

	it('asks the engine once per state, and again after a failure', async () => {
		const fail = new Set(['rollup year=2020']);
		const { queries, calls } = fakeQueries(fail);
		const answers = new OverviewAnswers(null, queries, async () => {});
		const f: Filters = { ...NO_FILTERS, years: { from: 2020, to: 2020 } };
		await expect(answers.get(runner, f, DEFAULT_METRIC)).rejects.toThrow('no answer for year=2020');
		fail.clear();
		expect((await answers.get(runner, f, DEFAULT_METRIC))[0]).toEqual(rollupOf('year=2020'));
		await answers.get(runner, f, DEFAULT_METRIC);
		// The drill-down's answer was kept from the first request; the failed rollup was asked again.
		expect(calls).toEqual(['rollup year=2020', `drill:${DEFAULT_METRIC.key} year=2020`, 'rollup year=2020']);
	});

	it('answers the states one click away in order, one query at a time, each after the page was idle', async () => {
		const { queries, calls, maxActive } = fakeQueries();
		let idles = 0;
		const answers = new OverviewAnswers(null, queries, async () => void idles++);
		answers.prefetchAround(runner, NO_FILTERS, DEFAULT_METRIC, null, years, tree);
		await settle();
		// From the unfiltered overview over 2020–2021: start in 2020 (both years, spelt out), start
		// in 2021, end in 2020; "all years" is the current state.
		const d = `drill:${DEFAULT_METRIC.key}`;
		expect(calls).toEqual(['rollup year=2020-2021', `${d} year=2020-2021`, 'rollup year=2021', `${d} year=2021`, 'rollup year=2020', `${d} year=2020`]);
		expect(maxActive()).toBe(1);
		expect(idles).toBe(calls.length);
		// Now answered: a click on one of them needs no query.
		await answers.get(runner, { ...NO_FILTERS, years: { from: 2021, to: 2021 } }, DEFAULT_METRIC);
		expect(calls).toHaveLength(6);
	});

	it('puts a new state’s neighbours next, keeps the older ones behind them, and goes on past a failure', async () => {
		const d = `drill:${OTHER_METRIC.key}`;
		const { queries, calls } = fakeQueries(new Set(['rollup region=320500']));
		let release: () => void = () => {};
		let held = true;
		// The first idle wait is held until the reader has moved on to a province.
		const idle = () => (held ? new Promise<void>((ok) => (release = () => ((held = false), ok()))) : Promise.resolve());
		const answers = new OverviewAnswers(null, queries, idle);
		answers.prefetchAround(runner, NO_FILTERS, OTHER_METRIC, null, years, tree);
		const province: Filters = { ...NO_FILTERS, region: '320000' };
		answers.prefetchAround(runner, province, OTHER_METRIC, [bar('320500')], years, tree);
		release();
		await settle();
		expect(calls).toEqual([
			// The state that was already waiting for the page to be idle…
			'rollup year=2020-2021',
			`${d} year=2020-2021`,
			// …then the province's neighbours: its city's bar (whose rollup fails), the way back up, its years…
			'rollup region=320500',
			`${d} region=320500`,
			'rollup ',
			`${d} `,
			'rollup year=2020-2021&region=320000',
			`${d} year=2020-2021&region=320000`,
			'rollup year=2021&region=320000',
			`${d} year=2021&region=320000`,
			'rollup year=2020&region=320000',
			`${d} year=2020&region=320000`,
			// …then what was still queued for the unfiltered overview.
			'rollup year=2021',
			`${d} year=2021`,
			'rollup year=2020',
			`${d} year=2020`
		]);
	});
});
