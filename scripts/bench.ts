/**
 * npm run bench — loads the production build in Debian Chromium (cold profile each run,
 * localhost only) and prints JSON: medians over runs of the first-screen timings, the engine's
 * start-up phases, the filter and drill-down redraw times (p50/p95 within a run), the bytes
 * fetched before the first chart, and peak main-thread JS heap (sampled on a repeat visit, so
 * that sampling takes no time from the timed one). The overview's numbers and
 * charts are in the prerendered HTML, so they count from the first contentful paint; the bytes
 * before the first chart are then the page and whatever else had arrived by that paint.
 * Measured on the embedded dataset (build/data/gongkai.duckdb), which is real data.
 *
 * `--dir` measures another build (scripts/bench-scale.ts passes its build of generated data);
 * the printed dataset note says whether any of its reports are synthetic.
 *
 *   tsx scripts/bench.ts [--runs 5] [--changes 20] [--drills 20] [--dir build]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, open, milestoneAt } from '../tests/e2e/browser';
import { barPoint } from '../tests/e2e/chart';
import { NodeRunner } from '../src/lib/engine/node-runner';
import { PALETTE } from '../src/lib/charts/palette';
import { SYNTHETIC_SOURCE } from '../src/lib/core/synthetic';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const DIR = (() => {
	const i = process.argv.indexOf('--dir');
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : 'build';
})();
const CHANGES = arg('changes', 20);
/** Drill-down clicks per run, as many as filter changes: a p95 over 5 clicks was, near enough, the slowest one. */
const DRILLS = arg('drills', 20);

const TARGETS = {
	first_numbers_ms: 400,
	all_overview_charts_ms: 800,
	duckdb_ready_ms: 1800,
	filter_redraw_p95_ms: 60,
	drilldown_redraw_p95_ms: 60,
	bytes_before_first_chart: 800_000
};

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Runs `act` in the page and returns ms from just before it until the page settled (the
 * `gk:idle` mark after every query and chart draw it caused). Watched with a
 * PerformanceObserver rather than a polling timer, so that the wait adds no tasks of its own
 * to the redraw it measures.
 */
function timedInPage(page: Page, act: string, arg: unknown): Promise<number> {
	return page.evaluate(
		([act, arg]) =>
			new Promise<number>((ok, fail) => {
				const t0 = performance.now();
				const settled = () => {
					const idle = performance.getEntriesByName('gk:idle', 'mark').find((m) => m.startTime > t0);
					if (!idle || document.documentElement.dataset.busy !== 'false') return false;
					observer.disconnect();
					clearTimeout(timer);
					ok(idle.startTime - t0);
					return true;
				};
				const observer = new PerformanceObserver(settled);
				observer.observe({ type: 'mark' });
				const timer = setTimeout(() => {
					observer.disconnect();
					fail(new Error(`no redraw after: ${act}`));
				}, 10_000);
				new Function('arg', act)(arg);
				settled();
			}),
		[act, arg] as [string, unknown]
	);
}

/** A filter change as a person makes it: a new value in a <select>, which navigates. */
const SELECT = `const s = document.querySelector(arg.sel); s.value = arg.value; s.dispatchEvent(new Event('change', { bubbles: true }));`;
/** A click at a point of a chart's canvas, with the events ECharts listens to. */
const CLICK = `const c = document.querySelector(arg.sel); const r = c.getBoundingClientRect();
	const at = { clientX: r.left + arg.x, clientY: r.top + arg.y, bubbles: true };
	for (const type of ['mousedown', 'mouseup', 'click']) c.dispatchEvent(new MouseEvent(type, at));`;

/** Filter changes (each year as the start of the range, then all years), timed one by one. */
async function filterChanges(page: Page, years: number[]): Promise<number[]> {
	const values = [...years.map(String), ''];
	const times: number[] = [];
	for (let i = 0; i < CHANGES; i++) {
		times.push(await timedInPage(page, SELECT, { sel: 'select[name=year-from]', value: values[i % values.length] }));
	}
	if (values[(CHANGES - 1) % values.length] !== '') await timedInPage(page, SELECT, { sel: 'select[name=year-from]', value: '' });
	return times;
}

/** Drill-down: click the largest region's bar, then go back up; timed is the click. */
async function drillDowns(page: Page): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < DRILLS; i++) {
		const p = await barPoint(page.locator('[data-chart=drill]'), PALETTE[0], 'row');
		times.push(await timedInPage(page, CLICK, { sel: '[data-chart=drill] canvas', ...p }));
		await timedInPage(page, 'history.back()', null);
	}
	return times;
}

async function oneRun(base: string, years: number[]) {
	const b = await launch();
	try {
		await b.page.goto(base);
		await milestoneAt(b.page, 'gk:duckdb-ready', 60_000);
		await b.page.waitForFunction(() => document.documentElement.dataset.busy === 'false', undefined, { timeout: 60_000, polling: 100 });
		const numbers = await milestoneAt(b.page, 'gk:numbers');
		const firstChart = await milestoneAt(b.page, 'gk:first-chart');
		const charts = await milestoneAt(b.page, 'gk:charts');
		const ready = await milestoneAt(b.page, 'gk:duckdb-ready');
		// Where the engine's time goes: the head script starting its workers once the first frame is
		// out (engine-start), the WebAssembly fetched and compiled and the engine instantiated
		// (instantiated), then the dataset attached.
		const engineStart = await milestoneAt(b.page, 'gk:engine-start');
		const instantiated = await milestoneAt(b.page, 'gk:engine-instantiated');
		const bytes = await b.page.evaluate((until) => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			return nav.transferSize + res.filter((r) => r.responseEnd <= until).reduce((a, r) => a + r.transferSize, 0);
		}, firstChart);

		// The first series starts the moment the engine is ready, while the browser is still
		// optimising its WebAssembly and the page is still computing the states one click away (so
		// some changes find their answer ready and some wait for the engine); the second, right
		// after, shows the steady state, where every answer has been computed before.
		const filter = await filterChanges(b.page, years);
		const filterWarm = await filterChanges(b.page, years);
		const drill = await drillDowns(b.page);

		// A repeat visit in the same profile: the site's files come from the HTTP cache, and
		// Chromium may reuse the WebAssembly it compiled (its code cache). The JS heap is sampled
		// on this visit, through the same start-up, filter changes and drill-downs, and not on the
		// timed one: sampling through the DevTools protocol takes the renderer's time (it held back
		// the first paint by ~150 ms when it ran from the start).
		const cdp = await b.context.newCDPSession(b.page);
		await cdp.send('Performance.enable');
		let peakHeap = 0;
		const sampler = setInterval(async () => {
			const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
			const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			peakHeap = Math.max(peakHeap, heap);
		}, 100);
		await open(b.page, base, 60_000);
		const readyAgain = await milestoneAt(b.page, 'gk:duckdb-ready');
		await filterChanges(b.page, years);
		await drillDowns(b.page);
		clearInterval(sampler);
		if (b.blocked.length) throw new Error(`requests left localhost: ${b.blocked.join(', ')}`);
		return {
			first_numbers_ms: numbers,
			first_chart_ms: firstChart,
			all_overview_charts_ms: charts,
			duckdb_ready_ms: ready,
			duckdb_ready_repeat_visit_ms: readyAgain,
			engine_start_ms: engineStart,
			engine_instantiate_ms: instantiated - engineStart,
			engine_attach_ms: ready - instantiated,
			filter_redraw_p50_ms: quantile(filter, 0.5),
			filter_redraw_p95_ms: quantile(filter, 0.95),
			filter_redraw_warm_p50_ms: quantile(filterWarm, 0.5),
			filter_redraw_warm_p95_ms: quantile(filterWarm, 0.95),
			drilldown_redraw_p50_ms: quantile(drill, 0.5),
			drilldown_redraw_p95_ms: quantile(drill, 0.95),
			bytes_before_first_chart: bytes,
			peak_js_heap_bytes: peakHeap
		};
	} finally {
		await b.close();
	}
}

async function main() {
	execFileSync('bash', ['scripts/ensure-chromium.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (!existsSync(`${DIR}/data/gongkai.duckdb`)) throw new Error(`${DIR}/ has no dataset: run \`npm run ingest\` and \`npm run build\``);
	const db = await NodeRunner.open(`${DIR}/data/gongkai.duckdb`);
	const [size] = await db.all<{ reports: number; facts: number; synthetic: number; years: number[] }>(
		`SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM facts) AS facts,
			(SELECT count(*) FROM reports WHERE starts_with(source, ?)) AS synthetic, (SELECT list(DISTINCT year ORDER BY year) FROM reports) AS years`,
		[SYNTHETIC_SOURCE]
	);
	db.close();
	const years = (size.years as unknown as number[]).map(Number);

	// The server gets its own process, so that serving never waits on this one's browser driving.
	const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-build.ts', '--dir', DIR, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
	try {
		const url = await new Promise<string>((ok, fail) => {
			server.stdout.on('data', (chunk: Buffer) => {
				const m = /serving build at (\S+)/.exec(chunk.toString());
				if (m) ok(m[1]);
			});
			server.on('exit', (code) => fail(new Error(`the build server exited (${code})`)));
		});
		for (let i = 0; i < RUNS; i++) {
			runs.push(await oneRun(url, years));
			process.stderr.write(`bench: run ${i + 1}/${RUNS} done\n`);
		}
	} finally {
		server.kill();
	}
	const keys = Object.keys(runs[0]) as (keyof (typeof runs)[number])[];
	const medians = Object.fromEntries(keys.map((k) => [k, round(median(runs.map((r) => r[k])))]));
	const meets = Object.fromEntries(
		Object.entries(TARGETS).map(([k, limit]) => [k, (medians[k] as number) <= limit])
	);
	console.log(
		JSON.stringify(
			{
				dataset: {
					reports: Number(size.reports),
					facts: Number(size.facts),
					note: Number(size.synthetic)
						? `SYNTHETIC: ${Number(size.synthetic)} of these reports are generated data (scripts/bench-scale.ts), not real reports`
						: 'the embedded real dataset'
				},
				machine: { cpus: (await import('node:os')).cpus().length, browser: process.env.GK_OMNIBOX_PRELOAD ? 'Debian Chromium, headless, cold profile per run, localhost only' : 'Debian Chromium, headless, cold profile per run, localhost only, without its background omnibox WebUI preload' },
				runs: RUNS,
				filter_changes_per_run: CHANGES,
				drilldown_clicks_per_run: DRILLS,
				median: medians,
				// The targets are set for the embedded dataset; a generated one is measured for scale only.
				...(Number(size.synthetic) ? {} : { targets: TARGETS, meets_target: meets })
			},
			null,
			2
		)
	);
}

main().catch((e) => {
	console.error(`bench failed: ${(e as Error).message}`);
	process.exit(1);
});
