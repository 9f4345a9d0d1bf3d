/**
 * The overview's one query: template cells summed per year over the filtered reports.
 * The unfiltered rollup is precomputed into summary.json (first paint); filtered ones come
 * from DuckDB-WASM. overview.ts turns either into cards and chart tables, so the first paint
 * and the filtered views are computed by the same code.
 */
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import { cellKey, ROLLUP_KEYS, unreadColumn } from './report-cells';
import { COUNT_METRICS, RATE_METRICS, brokenSql, rateSql, unreadSql } from './metrics';

export interface Rollup {
	/** Years with at least one report, ascending. */
	years: number[];
	/** Reports per year, aligned with `years`. */
	reports: number[];
	/** `section|item|measure` of each row of `values`. */
	cells: string[];
	/** Sum of the known values per cell and year; null where no report gives the cell. */
	values: (number | null)[][];
	/**
	 * Each rate's numerator and denominator per year, over the reports that give both (and a
	 * denominator above zero): see rateSql. By the rate metric's key.
	 */
	rates: Record<string, { num: (number | null)[]; den: (number | null)[]; broken: number[] }>;
	/**
	 * Reports per year that leave a cell unread (report-cells.ts unreadColumn), whose sums in
	 * `values` therefore leave them out; by cell, only the cells some report leaves unread.
	 */
	unread: Record<string, number[]>;
	/** The same for each count metric (metrics.ts unreadSql: a report missing any of its cells); only those some report misses. */
	unreadMetrics: Record<string, number[]>;
}

/** Cells in a stable order (as cellKey strings sort), so rollups compare equal whatever computed them. */
const ORDER = ROLLUP_KEYS.map((_, i) => i).sort((a, b) => (ROLLUP_KEYS[a] < ROLLUP_KEYS[b] ? -1 : ROLLUP_KEYS[a] > ROLLUP_KEYS[b] ? 1 : 0));
const SUMS = [
	...ORDER.map((i) => `sum(c."${ROLLUP_KEYS[i]}") AS v${i}`),
	// A sum of 0/1 rather than count(*) FILTER: a third of the cost, over ~100 columns (NULL where no report is unread).
	...ORDER.map((i) => `CAST(sum(CAST(c."${unreadColumn(ROLLUP_KEYS[i])}" AS INTEGER)) AS INTEGER) AS u${i}`),
	...RATE_METRICS.flatMap((m, k) => {
		const { num, den } = rateSql(m);
		return [`${num} AS rn${k}`, `${den} AS rd${k}`, `${brokenSql(m)} AS rb${k}`];
	}),
	...COUNT_METRICS.map((m, k) => `${unreadSql(m)} AS mu${k}`)
].join(', ');

/** Only the series with a report left out: most cells of most filters have none. */
const sparse = (entries: [string, number[]][]) => Object.fromEntries(entries.filter(([, xs]) => xs.some((x) => x > 0)));

export async function queryRollup(runner: QueryRunner, filters: Filters): Promise<Rollup> {
	const where = whereSql(filters);
	// One statement (one round trip to the WASM worker). The LEFT JOIN keeps reports that give none of the cells.
	const rows = await runner.all<Record<string, number | null> & { year: number; n: number }>(
		`SELECT r.year AS year, count(*) AS n, ${SUMS}
		FROM reports r LEFT JOIN report_cells c ON c.report_id = r.report_id
		WHERE ${where.sql}
		GROUP BY r.year ORDER BY r.year`,
		where.params
	);
	return {
		years: rows.map((r) => r.year),
		reports: rows.map((r) => r.n),
		cells: ORDER.map((i) => ROLLUP_KEYS[i]),
		values: ORDER.map((i) => rows.map((r) => r[`v${i}`] ?? null)),
		rates: Object.fromEntries(
			RATE_METRICS.map((m, k) => [
				m.key,
				{ num: rows.map((r) => r[`rn${k}`] ?? null), den: rows.map((r) => r[`rd${k}`] ?? null), broken: rows.map((r) => Number(r[`rb${k}`] ?? 0)) }
			])
		),
		unread: sparse(ORDER.map((i) => [ROLLUP_KEYS[i], rows.map((r) => Number(r[`u${i}`] ?? 0))])),
		unreadMetrics: sparse(COUNT_METRICS.map((m, k) => [m.key, rows.map((r) => Number(r[`mu${k}`] ?? 0))]))
	};
}

/** Per-year count of reports that do not give a cell; all 0 when every report gives it. */
export function unreadSeries(r: Rollup, section: string, item: string, measure: string): number[] {
	return r.unread[cellKey(section, item, measure)] ?? r.years.map(() => 0);
}

/** Reports, over all the rollup's years, that a rate leaves out for a total at odds with its parts (metrics.ts brokenSql). */
export function brokenTotal(r: Rollup, metricKey: string): number {
	return (r.rates[metricKey]?.broken ?? []).reduce((a, b) => a + b, 0);
}

/** Reports, over all the rollup's years, missing part of a count metric (its key in metrics.ts). */
export function unreadTotal(r: Rollup, metricKey: string): number {
	return (r.unreadMetrics[metricKey] ?? []).reduce((a, b) => a + b, 0);
}

/** Per-year values of one cell (nulls where unknown); all null when no report has it. */
export function cellSeries(r: Rollup, section: string, item: string, measure: string): (number | null)[] {
	const i = r.cells.indexOf(cellKey(section, item, measure));
	return i < 0 ? r.years.map(() => null) : r.values[i];
}

/** A rate over all the rollup's years (pooled as in rateSql); null without a denominator above zero. */
export function rateTotal(r: Rollup, metricKey: string): number | null {
	const rate = r.rates[metricKey];
	if (!rate) throw new Error(`no rate ${metricKey} in the rollup`);
	const num = sumKnown(rate.num);
	const den = sumKnown(rate.den);
	return num === null || den === null || den <= 0 ? null : num / den;
}

/** Sum over years of one cell; null when no year has a known value. */
export function cellTotal(r: Rollup, section: string, item: string, measure: string): number | null {
	return sumKnown(cellSeries(r, section, item, measure));
}

export function sumKnown(xs: (number | null)[]): number | null {
	let total: number | null = null;
	for (const x of xs) if (x !== null) total = (total ?? 0) + x;
	return total;
}
