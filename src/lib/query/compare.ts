/**
 * The compare view: chosen agencies or regions side by side on one metric.
 * Entities arrive from the URL; each becomes a bound parameter through whereSql.
 */
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import { METRIC_JOIN, brokenSql, metricSql, rateSql, unreadSql, type Metric } from './metrics';
import { AGENCY_KEY_SQL, agencyKey, matchAgencies, type AgencyRef } from './agency';

/** An agency's key is agency.ts's link form (`name@code`); a region's, its code. */
export type Entity = { type: 'agency'; key: string } | { type: 'region'; key: string };

export interface ParsedEntities {
	ok: Entity[];
	/** Link values not understood (`e=…` as given). */
	bad: string[];
	/** Names several regions' agencies share, each with how many: left out, not added together. */
	shared: { name: string; n: number }[];
	repeated: Entity[];
	/** Past the limit, left out. */
	over: Entity[];
}

/**
 * The link's `e` values: `a:<agency>` (agency.ts's `name@code`, or a name the dataset has one
 * agency of) or `r:<region code>`, repeated. An agency's key comes out in full (`name@code`).
 * Until the agencies are known (`agencies` null), an agency is taken as given.
 */
export function parseEntities(values: string[], agencies: readonly AgencyRef[] | null, isRegion: (code: string) => boolean, max: number): ParsedEntities {
	const out: ParsedEntities = { ok: [], bad: [], shared: [], repeated: [], over: [] };
	for (const raw of values) {
		const [type, ...rest] = raw.split(':');
		let key = rest.join(':');
		let known = type === 'r' && isRegion(key);
		if (type === 'a') {
			const matches = agencies ? matchAgencies(key, agencies) : null;
			if (matches && matches.length > 1) {
				if (!out.shared.some((x) => x.name === key)) out.shared.push({ name: key, n: matches.length });
				continue;
			}
			if (matches?.length === 1) key = agencyKey(matches[0]);
			known = !matches || matches.length === 1;
		}
		const entity: Entity = { type: type === 'a' ? 'agency' : 'region', key };
		if (!known) out.bad.push(`e=${raw}`);
		else if (out.ok.some((e) => e.type === entity.type && e.key === key)) out.repeated.push(entity);
		else if (out.ok.length >= max) out.over.push(entity);
		else out.ok.push(entity);
	}
	return out;
}

export interface YearValue {
	year: number;
	value: number | null;
	/** Reports behind the value. */
	reports: number;
	/** Of those, the ones that do not give the metric: left out of the value (metrics.ts unreadSql). */
	unread: number;
	/** Of those, the ones whose total there is not the sum of its parts (metrics.ts brokenSql). */
	broken: number;
	/**
	 * The agencies behind it, their keys (name@code) joined: compared from year to year, never
	 * shown. By name alone, two counties' same-named offices would pass for one agency.
	 */
	agencies: string;
}

/** A change from the year before that the entity has a value for; see yearOnYear. */
export interface YearChange extends YearValue {
	/** value − previous value (for a rate: in percentage points, i.e. × 100). */
	change: number | null;
	/** change ÷ previous value; none for a rate (a percentage of a percentage would mislead). */
	changePct: number | null;
	/** The agencies differ from the previous year's: no change is given, the years are not comparable. */
	otherAgencies: boolean;
	/**
	 * A report of this year or the one compared with does not give the figure, or prints a total
	 * at odds with its parts: no change is given.
	 */
	unreadBehind: boolean;
}

/** The year in which the most of the series have a value (the latest, on a tie); undefined if none has one. */
export function mostSharedYear(series: YearValue[][]): number | undefined {
	const count = new Map<number, number>();
	for (const s of series) for (const x of s) if (x.value !== null) count.set(x.year, (count.get(x.year) ?? 0) + 1);
	return [...count].sort(([ya, na], [yb, nb]) => nb - na || yb - ya)[0]?.[0];
}

/**
 * Year-over-year change, only between years with the same agencies behind the value. A region
 * whose second year adds a city's report "grows" by that report alone (21 → 3,214, +15,205%):
 * such a change is left out and marked, and the values stay. So is a change where either year
 * has a report that does not give the figure (its sum leaves that report out, and the change
 * would be the missing figure's, not the agency's), or one whose total is at odds with its parts.
 */
export function yearOnYear(series: YearValue[], rate: boolean): YearChange[] {
	let prev: YearValue | null = null;
	return series.map((x) => {
		const otherAgencies = x.value !== null && prev !== null && prev.agencies !== x.agencies;
		const unreadBehind = prev !== null && (x.unread > 0 || prev.unread > 0 || x.broken > 0 || prev.broken > 0);
		const diff = x.value !== null && prev?.value != null && !otherAgencies && !unreadBehind ? x.value - prev.value : null;
		const out: YearChange = {
			...x,
			change: diff === null ? null : rate ? diff * 100 : diff,
			changePct: diff === null || rate || !prev?.value ? null : diff / prev.value,
			otherAgencies,
			unreadBehind
		};
		if (x.value !== null) prev = x;
		return out;
	});
}

export interface RankRow {
	agency: string;
	/** Its region code: same-named agencies of two regions are ranked apart. */
	region_code: string | null;
	value: number | null;
	/** Place among all the agencies with a value, equal values sharing one (1, 2, 2, 4). */
	rank: number;
	/** How many agencies have a value: what the ranks are out of. */
	ranked: number;
	/** A rate's pooled denominator (handled requests, reviews, lawsuits); null for a count. */
	base: number | null;
	/** Agencies with a value left out for a base under the minimum (the same on every row). */
	below: number;
	/** Agencies left out because a report of theirs leaves the figure unread (the same on every row). */
	unread: number;
}

/** The minimum bases a ranking of rates offers: 1 of 1 handled is 100%, and tops the list. */
export const MIN_BASES = [5, 10, 20, 50, 100] as const;

/** An agency's key, or for a report with no agency its own id: an unnamed body is another body. */
const AGENCIES_KEY = `coalesce(${AGENCY_KEY_SQL}, '#' || r.report_id)`;

/** The filters that still apply when entities pick the agencies: years, level and kind. */
const SHARED = ['year', 'level', 'kind'] as const;

/** The filters as the compare page applies them (for its titles and file names too). */
export function compareScope(f: Filters): Filters {
	return { years: f.years, levels: f.levels, kinds: f.kinds };
}

export async function queryEntitySeries(
	runner: QueryRunner,
	filters: Filters,
	metric: Metric,
	entity: Entity
): Promise<YearValue[]> {
	// An agency's key with a region code is that region's agency only (whereSql reads the key).
	const scoped: Filters = entity.type === 'agency' ? { ...filters, agency: entity.key } : { ...filters, region: entity.key };
	const where = whereSql(scoped, [...SHARED, entity.type === 'agency' ? 'agency' : 'region']);
	return runner.all<YearValue>(
		`SELECT r.year AS year, ${metricSql(metric)} AS value, count(DISTINCT r.report_id) AS reports, ${unreadSql(metric)} AS unread, ${brokenSql(metric)} AS broken,
			string_agg(DISTINCT ${AGENCIES_KEY}, chr(31) ORDER BY ${AGENCIES_KEY}) AS agencies
		FROM reports r ${METRIC_JOIN}
		WHERE ${where.sql} GROUP BY r.year ORDER BY r.year`,
		where.params
	);
}

/**
 * The top (or, `bottom`, the last) `limit` agencies of one year that have a value (an agency that
 * handled no requests has no rate, and no place), each with its place among all of them. The bottom is what a supervisor looks for (the lowest disclosure rate), and a place
 * says how far down that is.
 */
export async function queryRanking(
	runner: QueryRunner,
	filters: Filters,
	metric: Metric,
	year: number,
	limit: number,
	bottom = false,
	/** For a rate: rank only agencies whose denominator is at least this. */
	minBase: number | null = null
): Promise<RankRow[]> {
	// Only the filters the compare page shows: a region or agency left in the link by the
	// overview would otherwise shrink the ranking with nothing on screen saying why.
	const where = whereSql({ ...filters, years: { from: year, to: year } }, SHARED);
	// One of two fixed orders, chosen here, never text from the URL.
	const order = bottom ? 'value ASC' : 'value DESC';
	const base = metric.den ? rateSql(metric).den : 'NULL';
	const min = metric.den ? minBase : null;
	return runner.all<RankRow>(
		`SELECT agency, region_code, value, base, rank() OVER (ORDER BY value DESC) AS rank, count(*) OVER () AS ranked, below, unread
		FROM (
			SELECT *, count(*) FILTER (WHERE ?::DOUBLE IS NOT NULL AND base < ?::DOUBLE) OVER () AS below,
				CAST(count(*) FILTER (WHERE partial) OVER () AS INTEGER) AS unread
			FROM (
				SELECT r.agency AS agency, r.region_code AS region_code, any_value(r.agency_order) AS agency_order,
					${metricSql(metric)} AS value, CAST(${base} AS DOUBLE) AS base, ${unreadSql(metric)} > 0 AS partial
				FROM reports r ${METRIC_JOIN}
				WHERE ${where.sql} GROUP BY r.agency, r.region_code
			)
			WHERE value IS NOT NULL OR partial
		)
		-- An agency whose report leaves the figure unread has its known part only: not ranked by it.
		WHERE (?::DOUBLE IS NULL OR base >= ?::DOUBLE) AND NOT partial
		ORDER BY ${order}, agency_order, agency, region_code LIMIT ?`,
		[min, min, ...where.params, min, min, limit]
	);
}

/** One agency: a name within a region (agency.ts). */
export interface AgencyRow {
	name: string;
	region: string | null;
	reports: number;
}

export function queryAgencies(runner: QueryRunner): Promise<AgencyRow[]> {
	return runner.all(
		`SELECT agency AS name, region_code AS region, count(*) AS reports
		FROM reports GROUP BY agency, region_code ORDER BY any_value(agency_order), agency, region_code NULLS FIRST`
	);
}
