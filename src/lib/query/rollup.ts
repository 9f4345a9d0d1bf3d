/**
 * The overview's one query: template cells summed per year over the filtered reports.
 * The unfiltered rollup is precomputed into summary.json (first paint); filtered ones come
 * from DuckDB-WASM. overview.ts turns either into cards and chart tables, so the first paint
 * and the filtered views are computed by the same code.
 */
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';

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
 * Section 三 is only needed as row totals, plus the applicant split of new requests:
 * keeping the rest out makes summary.json a few KB.
 */
const NEEDED_FACTS = `(f.section <> 'requests' OR f.measure = 'total' OR f.item = 'new_received')`;


export async function queryRollup(runner: QueryRunner, filters: Filters): Promise<Rollup> {
	const where = whereSql(filters);
	// One statement (one round trip to the WASM worker): the (year) grouping set counts reports,
	// the (year, cell) set sums values. The LEFT JOIN keeps reports that give none of the cells.
	const rows = await runner.all<{ year: number; section: string | null; item: string; measure: string; value: number | null; n: number }>(
		`SELECT r.year AS year, f.section AS section, f.item AS item, f.measure AS measure,
			sum(f.value) AS value, count(DISTINCT r.report_id) AS n
		FROM reports r LEFT JOIN facts f ON f.report_id = r.report_id AND ${NEEDED_FACTS}
		WHERE ${where.sql}
		GROUP BY GROUPING SETS ((r.year), (r.year, f.section, f.item, f.measure))
		ORDER BY year, section NULLS FIRST, item, measure`,
		where.params
	);
	const counts = rows.filter((r) => r.section === null && r.item === null);
	const years = counts.map((c) => c.year);
	const yearIndex = new Map(years.map((y, i) => [y, i]));
	const cells: string[] = [];
	const values: (number | null)[][] = [];
	const cellIndex = new Map<string, number>();
	for (const s of rows) {
		if (s.section === null) continue;
		const key = cellKey(s.section, s.item, s.measure);
		let i = cellIndex.get(key);
		if (i === undefined) {
			i = cells.push(key) - 1;
			cellIndex.set(key, i);
			values.push(years.map(() => null));
		}
		values[i][yearIndex.get(s.year)!] = s.value;
	}
	// Cells in a stable order, whichever year first had them.
	const order = cells.map((_, i) => i).sort((a, b) => (cells[a] < cells[b] ? -1 : cells[a] > cells[b] ? 1 : 0));
	return { years, reports: counts.map((c) => c.n), cells: order.map((i) => cells[i]), values: order.map((i) => values[i]) };
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
