/**
 * The precomputed first screen: ingest calls buildSummary with a node-api runner and writes
 * static/data/summary.json; the page paints it before DuckDB-WASM has started, then
 * DuckDB-WASM answers every filtered view with the same queries.
 */
import type { QueryRunner } from './runner';
import { NO_FILTERS } from './filters';
import { queryRollup, type Rollup } from './rollup';
import { queryRegionRows, type RegionRow } from './regions';
import { queryDrill, type DrillBar } from './drill';
import { DEFAULT_METRIC } from './metrics';

export const SUMMARY_VERSION = 1;

export interface Summary {
	version: typeof SUMMARY_VERSION;
	/** The unfiltered overview: cards and charts are computed from it by overview.ts. */
	rollup: Rollup;
	/** Distinct region paths: the region filter tree and URL validation need no DuckDB. */
	regions: RegionRow[];
	/** The unfiltered drill-down chart (by province) for the default metric. */
	drill: DrillBar[];
}

export async function buildSummary(runner: QueryRunner): Promise<Summary> {
	const [rollup, regions, drill] = await Promise.all([
		queryRollup(runner, NO_FILTERS),
		queryRegionRows(runner),
		queryDrill(runner, NO_FILTERS, DEFAULT_METRIC)
	]);
	return { version: SUMMARY_VERSION, rollup, regions, drill };
}

/** Rejects a summary.json of another shape (an old build's, a broken file) loudly. */
export function checkSummary(x: unknown): Summary {
	const s = x as Partial<Summary> | null;
	if (!s || s.version !== SUMMARY_VERSION || !s.rollup || !Array.isArray(s.regions) || !Array.isArray(s.drill)) {
		throw new Error('summary.json has an unexpected shape');
	}
	return s as Summary;
}
