/**
 * The overview's one query: template cells summed per year over the filtered reports.
 * The unfiltered rollup is precomputed into summary.json (first paint); filtered ones come
 * from DuckDB-WASM. overview.ts turns either into cards and chart tables, so the first paint
 * and the filtered views are computed by the same code.
 */
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import { cells } from '../template/template';

export interface Rollup {
	/** Years with at least one report, ascending. */
	years: number[];
	/** Reports per year, aligned with `years`. */
	reports: number[];
	/** `section|item|measure` of each row of `values`. */
	cells: string[];
	/** Sum of the known values per cell and year; null where no report gives the cell. */
	values: (number | null)[][];
}

export const cellKey = (section: string, item: string, measure: string) => `${section}|${item}|${measure}`;

/**
 * The cells the overview reads. Section 三 is only needed as row totals, plus the applicant
 * split of new requests: keeping the rest out makes summary.json a few KB.
 */
export const ROLLUP_CELLS = cells().filter((c) => c.section !== 'requests' || c.measure === 'total' || c.item === 'new_received');
/** Their keys (cellKey), which name report_cells' columns. */
export const ROLLUP_KEYS = ROLLUP_CELLS.map((c) => cellKey(c.section, c.item, c.measure));

/**
 * `report_cells`: one row per report, one column (named by cellKey) per rollup cell, written by
 * ingest beside `facts`. Summing columns over the filtered reports is far cheaper than joining
 * and grouping their facts (at 10,000 reports, ~1M fact rows per overview redraw). The names
 * and conditions come from the template only, never from input.
 */
export const REPORT_CELLS_SQL = `CREATE TABLE report_cells AS
	SELECT report_id, ${ROLLUP_CELLS.map(
		(c, i) => `max(value) FILTER (WHERE section = '${c.section}' AND item = '${c.item}' AND measure = '${c.measure}') AS "${ROLLUP_KEYS[i]}"`
	).join(',\n\t\t')}
	FROM facts GROUP BY report_id ORDER BY report_id`;

/** Cells in a stable order (as cellKey strings sort), so rollups compare equal whatever computed them. */
const ORDER = ROLLUP_KEYS.map((_, i) => i).sort((a, b) => (ROLLUP_KEYS[a] < ROLLUP_KEYS[b] ? -1 : ROLLUP_KEYS[a] > ROLLUP_KEYS[b] ? 1 : 0));
const SUMS = ORDER.map((i) => `sum(c."${ROLLUP_KEYS[i]}") AS v${i}`).join(', ');

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
		values: ORDER.map((i) => rows.map((r) => r[`v${i}`] ?? null))
	};
}

/** Per-year values of one cell (nulls where unknown); all null when no report has it. */
export function cellSeries(r: Rollup, section: string, item: string, measure: string): (number | null)[] {
	const i = r.cells.indexOf(cellKey(section, item, measure));
	return i < 0 ? r.years.map(() => null) : r.values[i];
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
