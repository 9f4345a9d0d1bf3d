/**
 * The precomputed first screen: ingest calls buildSummary with a node-api runner and writes
 * static/data/summary.json; the page paints it before DuckDB-WASM has started, then
 * DuckDB-WASM answers every filtered view with the same queries. The states one click away
 * from the first screen (each year range, each province's bar) are answered here too: a first
 * click needs no engine, and the engine's first minutes are not spent catching up on them.
 */
import type { QueryRunner } from './runner';
import { NO_FILTERS, filterKey } from './filters';
import { queryRollup, type Rollup } from './rollup';
import { buildRegionTree, queryRegionRows, type RegionRow } from './regions';
import { queryDrill, type DrillBar } from './drill';
import { DEFAULT_METRIC } from './metrics';
import { neighbours } from './neighbours';
import { SYNTHETIC_SOURCE } from '../core/synthetic';

export const SUMMARY_VERSION = 6;

/** One state's answers: the overview's rollup, and its drill-down for the default metric. */
export interface NearbyAnswer {
	rollup: Rollup;
	drill: DrillBar[];
}

export interface Summary {
	version: typeof SUMMARY_VERSION;
	/** The unfiltered overview: cards and charts are computed from it by overview.ts. */
	rollup: Rollup;
	/** Distinct region paths: the region filter tree and URL validation need no DuckDB. */
	regions: RegionRow[];
	/** The unfiltered drill-down chart (by province) for the default metric. */
	drill: DrillBar[];
	/** The states one click away from the unfiltered one, by their filters' URL form (filterKey). */
	nearby: Record<string, NearbyAnswer>;
	/** Whether any report is generated benchmark data (core/synthetic.ts): the pages then say so. */
	synthetic: boolean;
}

export async function buildSummary(runner: QueryRunner): Promise<Summary> {
	const [rollup, regions, drill, [{ synthetic }]] = await Promise.all([
		queryRollup(runner, NO_FILTERS),
		queryRegionRows(runner),
		queryDrill(runner, NO_FILTERS, DEFAULT_METRIC),
		runner.all<{ synthetic: boolean }>('SELECT count(*) > 0 AS synthetic FROM reports WHERE starts_with(source, ?)', [SYNTHETIC_SOURCE])
	]);
	const nearby: Record<string, NearbyAnswer> = {};
	for (const f of neighbours(NO_FILTERS, rollup.years, drill, buildRegionTree(regions))) {
		nearby[filterKey(f)] = { rollup: await queryRollup(runner, f), drill: await queryDrill(runner, f, DEFAULT_METRIC) };
	}
	return { version: SUMMARY_VERSION, rollup, regions, drill, nearby, synthetic };
}

/** Rejects a summary.json of another shape (an old build's, a broken file) loudly. */
export function checkSummary(x: unknown): Summary {
	const s = x as Partial<Summary> | null;
	if (
		!s ||
		s.version !== SUMMARY_VERSION ||
		!s.rollup ||
		typeof s.rollup.rates !== 'object' ||
		typeof s.rollup.unread !== 'object' ||
		typeof s.rollup.unreadMetrics !== 'object' ||
		!Array.isArray(s.regions) ||
		!Array.isArray(s.drill) ||
		typeof s.nearby !== 'object' ||
		s.nearby === null ||
		typeof s.synthetic !== 'boolean' ||
		!Object.values(s.nearby).every((a) => a && a.rollup && Array.isArray(a.drill))
	) {
		throw new Error('summary.json has an unexpected shape');
	}
	return s as Summary;
}
