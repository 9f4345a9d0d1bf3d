/**
 * Drill-down by clicking: the whole country splits into provinces, a province into its cities
 * (plus the agencies registered at province level), a city into counties (plus its own
 * agencies), a county into agencies, an agency into its reports by year.
 */
import type { QueryRunner } from './runner';
import { regionDepth, whereSql, type Filters } from './filters';
import { METRIC_JOIN, metricSql, unreadSql, type Metric } from './metrics';
import { AGENCY_KEY_SQL as AGENCY_KEY } from './agency';

export type DrillMode = 'country' | 'province' | 'city' | 'county' | 'agency';

export interface DrillBar {
	/** Region code, agency name or report id, depending on `kind`; null for an unknown region. */
	key: string | null;
	name: string | null;
	kind: 'region' | 'agency' | 'report' | 'unknown';
	year: number | null;
	reports: number;
	value: number | null;
	/** Reports behind the bar that do not give the metric: left out of its value (metrics.ts unreadSql). */
	unread: number;
}

export function drillMode(f: Filters): DrillMode {
	if (f.agency) return 'agency';
	return f.region ? regionDepth(f.region) : 'country';
}


/** Key, name and kind of each report's bar, per mode. Constants only: no input in here. */
const GROUPING: Record<DrillMode, { key: string; name: string; kind: string; year: string }> = {
	country: {
		key: 'r.province_code',
		name: 'r.province',
		kind: `CASE WHEN r.region_code IS NULL THEN 'unknown' ELSE 'region' END`,
		year: 'NULL'
	},
	province: {
		// A municipality's districts have no city: they are the province's children directly.
		key: `CASE WHEN r.region_code = r.province_code THEN ${AGENCY_KEY}
			WHEN r.city IS NULL THEN r.region_code ELSE r.city_code END`,
		name: `CASE WHEN r.region_code = r.province_code THEN r.agency
			WHEN r.city IS NULL THEN r.county ELSE r.city END`,
		kind: `CASE WHEN r.region_code = r.province_code THEN 'agency' ELSE 'region' END`,
		year: 'NULL'
	},
	city: {
		key: `CASE WHEN r.region_code = r.city_code THEN ${AGENCY_KEY} ELSE r.region_code END`,
		name: 'CASE WHEN r.region_code = r.city_code THEN r.agency ELSE r.county END',
		kind: `CASE WHEN r.region_code = r.city_code THEN 'agency' ELSE 'region' END`,
		year: 'NULL'
	},
	county: { key: AGENCY_KEY, name: 'r.agency', kind: `'agency'`, year: 'NULL' },
	agency: { key: 'r.report_id', name: 'r.agency', kind: `'report'`, year: 'r.year' }
};

export async function queryDrill(runner: QueryRunner, filters: Filters, metric: Metric): Promise<DrillBar[]> {
	const mode = drillMode(filters);
	const g = GROUPING[mode];
	const where = whereSql(filters);
	const order = mode === 'agency' ? 'year, key' : 'value DESC NULLS LAST, reports DESC, name';
	return runner.all<DrillBar>(
		`SELECT ${g.key} AS key, ${g.name} AS name, ${g.kind} AS kind, ${g.year} AS year,
			count(DISTINCT r.report_id) AS reports, ${metricSql(metric)} AS value, ${unreadSql(metric)} AS unread
		FROM reports r ${METRIC_JOIN}
		WHERE ${where.sql}
		GROUP BY ALL ORDER BY ${order}`,
		where.params
	);
}

/**
 * The bars a drill chart draws. A city with hundreds of departments would draw hundreds of bars,
 * a few pixels each, their names left out: the chart shows the largest (queryDrill orders them
 * so) and the page says how many there are; the data table and the CSV keep every one. 32
 * holds every province (31) and the bar of reports without a region.
 */
export const DRILL_CHART_BARS = 32;

export function chartedBars(bars: DrillBar[], max = DRILL_CHART_BARS): DrillBar[] {
	return bars.length > max ? bars.slice(0, max) : bars;
}
