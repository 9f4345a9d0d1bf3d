/**
 * The one seam between SQL and the rest of the app. Two implementations share every query:
 * DuckDB-WASM in the browser (engine/wasm-runner.ts) and @duckdb/node-api in Node (engine/node-runner.ts,
 * for tests and for ingest's summary.json). Filter values always travel as bound parameters.
 */
export interface QueryRunner {
	all<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * DuckDB returns BIGINT/HUGEINT (count(*), sum of integers) as JS bigint from both engines;
 * JSON, ECharts and PapaParse cannot take those, so rows are converted once, here.
 */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
	return out;
}

function plainValue(v: unknown): unknown {
	if (typeof v === 'bigint') {
		if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
			throw new RangeError(`integer ${v} does not fit a JS number`);
		}
		return Number(v);
	}
	return v;
}
