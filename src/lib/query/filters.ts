/**
 * The global filters, their URL form and their SQL. The URL is the only store of filter
 * state, so every view is a shareable link and back/forward just work.
 * Every value reaches SQL as a bound parameter; only placeholders are generated.
 */

import { parseAgencyKey } from './agency';
import { LEVELS, KINDS, type Level, type Kind } from '../template/template';
export { LEVELS, KINDS, type Level, type Kind };

export interface Filters {
	/** Inclusive year range; a single year has from = to. */
	years?: { from: number; to: number };
	/** A 6-digit region code: province (xx0000), city (xxxx00) or county. */
	region?: string;
	levels: Level[];
	kinds: Kind[];
	/** Substring of the agency name. */
	q?: string;
	/** One agency (drill-down to its history): agency.ts's key, `name@code`, `name@` or a name alone. */
	agency?: string;
}

/** What the data holds, to tell a stale or mistyped link from a real filter. */
export interface Domain {
	years: number[];
	regionCodes: Set<string>;
	/**
	 * What a link may name an agency by (its full key, agency.ts, or a name only one agency has),
	 * to the full key, once known (it needs the engine): until then a link's agency is taken as given.
	 */
	agencies?: Map<string, string>;
}

export const FILTER_KEYS = ['year', 'region', 'level', 'kind', 'q', 'agency'] as const;

export const NO_FILTERS: Filters = { levels: [], kinds: [] };

export interface Adjusted {
	param: string;
	used: string;
	why: 'years_outside' | 'years_reversed' | 'search_long' | 'cy_outside';
}

export interface Parsed<T> {
	value: T;
	/** `key=value` pairs that were not understood and so were left out. */
	ignored: string[];
	/** Pairs kept in part, each with what was used instead (`year=2021-2099` → `2021–2025`) and why. */
	adjusted: Adjusted[];
}

/** A search longer than this is cut (no agency's name is near it), and the page says so. */
export const MAX_SEARCH = 50;

export function parseFilters(params: URLSearchParams, domain?: Domain): Parsed<Filters> {
	const ignored: string[] = [];
	const adjusted: Parsed<Filters>['adjusted'] = [];
	const filters: Filters = { levels: [], kinds: [] };

	// A key given twice: the first counts and the others are named as ignored.
	const single = (key: string) => {
		const [first = null, ...rest] = params.getAll(key);
		for (const r of rest) ignored.push(`${key}=${r}`);
		return first;
	};

	const year = single('year');
	if (year !== null) {
		const range = parseYears(year, domain);
		if (!range) ignored.push(`year=${year}`);
		else {
			filters.years = range.years;
			const { from, to } = range.years;
			if (range.adjusted) adjusted.push({ param: `year=${year}`, used: from === to ? `${from}` : `${from}–${to}`, why: range.adjusted });
		}
	}

	const region = single('region');
	if (region !== null) {
		const known = /^\d{6}$/.test(region) && (!domain || domain.regionCodes.has(region));
		if (known) filters.region = region;
		else ignored.push(`region=${region}`);
	}

	filters.levels = parseList(params, 'level', LEVELS, ignored);
	filters.kinds = parseList(params, 'kind', KINDS, ignored);

	const q = single('q')?.trim();
	if (q) filters.q = [...q].slice(0, MAX_SEARCH).join('');
	if (q && filters.q !== q) adjusted.push({ param: `q=${filters.q}…`, used: filters.q!, why: 'search_long' });
	const agency = single('agency')?.trim();
	if (agency) {
		const key = agencyParam(agency, filters.region, domain?.agencies);
		if (key === null) ignored.push(`agency=${agency}`);
		else {
			filters.agency = key;
			// The key's region is where the agency is: the page shows it there (region selects,
			// breadcrumb), also when the link's region holds it.
			filters.region = parseAgencyKey(key).region ?? filters.region;
		}
	}

	return { value: filters, ignored, adjusted };
}

/**
 * `2023` or `2021-2023`. A range reaching past the dataset's years keeps the part it has
 * (`2021-2099` → 2021–2025: a link shared before a new year was added still works); a range
 * with none of them is not understood.
 */
function parseYears(text: string, domain?: Domain): { years: NonNullable<Filters['years']>; adjusted?: 'years_outside' | 'years_reversed' } | undefined {
	const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
	if (!m) return undefined;
	// `2024-2021` is read as the range it names, in order, and said so.
	const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])].sort((a, b) => a - b);
	const reversed = from !== Number(m[1]);
	const why = reversed ? ('years_reversed' as const) : undefined;
	if (!domain || !domain.years.length) return { years: { from, to }, adjusted: why };
	const min = Math.min(...domain.years);
	const max = Math.max(...domain.years);
	if (to < min || from > max) return undefined;
	const years = { from: Math.max(from, min), to: Math.min(to, max) };
	return { years, adjusted: years.from !== from || years.to !== to ? 'years_outside' : why };
}

function parseList<T extends string>(
	params: URLSearchParams,
	key: string,
	allowed: readonly T[],
	ignored: string[]
): T[] {
	const out: T[] = [];
	// `level=county,township` and `level=county&level=township` say the same.
	for (const part of params.getAll(key).flatMap((raw) => raw.split(','))) {
		if ((allowed as readonly string[]).includes(part)) {
			if (!out.includes(part as T)) out.push(part as T);
		} else ignored.push(`${key}=${part}`);
	}
	return out;
}

/**
 * A page's own single-valued keys (metric, group, rule…) given more than once: the first counts,
 * as `URLSearchParams.get` reads it, and the others are named as ignored, like a filter's.
 */
export function extraCopies(params: URLSearchParams, keys: readonly string[]): string[] {
	return keys.flatMap((key) => params.getAll(key).slice(1).map((v) => `${key}=${v}`));
}

/** Writes the filters into a copy of `base`, keeping the page's other parameters. */
export function withFilters(base: URLSearchParams, f: Filters): URLSearchParams {
	const p = new URLSearchParams(base);
	for (const k of FILTER_KEYS) p.delete(k);
	if (f.years) p.set('year', f.years.from === f.years.to ? `${f.years.from}` : `${f.years.from}-${f.years.to}`);
	if (f.region) p.set('region', f.region);
	if (f.levels.length) p.set('level', f.levels.join(','));
	if (f.kinds.length) p.set('kind', f.kinds.join(','));
	if (f.q) p.set('q', f.q);
	if (f.agency) p.set('agency', f.agency);
	return p;
}

/** One string per filter state (its URL form), the same however the object was built. */
export const filterKey = (f: Filters): string => withFilters(new URLSearchParams(), f).toString();

/**
 * The year range after picking `value` as its start or end (the year selects): unset when the
 * choice is "all years", otherwise the other end is kept, and a reversed range is swapped.
 */
export function pickYear(cur: Filters['years'], which: 'from' | 'to', value: number | null, years: number[]): Filters['years'] {
	if (value === null) return undefined;
	const now = cur ?? { from: years[0], to: years[years.length - 1] };
	let { from, to } = which === 'from' ? { from: value, to: now.to } : { from: now.from, to: value };
	if (from > to) [from, to] = [to, from];
	return { from, to };
}

/**
 * The filters a filter bar's form says (`[name, value]` pairs as FormData gives them: year-from,
 * year-to, province, city, county, level…, kind, q), for the dataset's `years`. The agency,
 * which the form only shows, is kept from `current`.
 */
export function filtersFromForm(entries: [string, string][], years: number[], current: Filters): Filters {
	const one = (name: string) => entries.find(([k]) => k === name)?.[1] ?? '';
	const all = (name: string) => entries.filter(([k]) => k === name).map(([, v]) => v);
	const from = Number(one('year-from')) || null;
	const to = Number(one('year-to')) || null;
	let range: Filters['years'];
	if ((from || to) && years.length) {
		const [a, b] = [from ?? years[0], to ?? years[years.length - 1]];
		range = { from: Math.min(a, b), to: Math.max(a, b) };
	}
	const region = one('county') || one('city') || one('province') || undefined;
	const levels = LEVELS.filter((l) => all('level').includes(l));
	const kind = one('kind');
	const q = one('q').trim() || undefined;
	return {
		years: range,
		region,
		levels,
		kinds: (KINDS as readonly string[]).includes(kind) ? [kind as Kind] : [],
		q,
		agency: region === current.region ? current.agency : undefined
	};
}

export function isUnfiltered(f: Filters): boolean {
	return !f.years && !f.region && !f.levels.length && !f.kinds.length && !f.q && !f.agency;
}

export type RegionDepth = 'province' | 'city' | 'county';

/**
 * A link's agency as its full key (agency.ts), or null when it names none: a key or name the
 * dataset does not have (`known`, once the engine has said), a name several regions' agencies
 * share (unless the region filter is the one agency's own region, as in links made before keys
 * had regions), or an agency outside the region filter.
 */
function agencyParam(value: string, region: string | undefined, known: Map<string, string> | undefined): string | null {
	let key: string | undefined = value;
	if (known) {
		const scoped = region && parseAgencyKey(value).region === undefined ? known.get(`${value}@${region}`) : undefined;
		key = scoped ?? known.get(value);
		if (key === undefined) return null;
	}
	const at = parseAgencyKey(key).region;
	// An agency with no region code is in no region the filter can name.
	if (region && at === null) return null;
	return at && region && !regionHolds(region, at) ? null : key;
}

/** Whether region `outer` is `inner` or holds it (a province its cities and counties, a city its counties). */
export function regionHolds(outer: string, inner: string): boolean {
	const depth = regionDepth(outer);
	const digits = depth === 'province' ? 2 : depth === 'city' ? 4 : 6;
	return outer.slice(0, digits) === inner.slice(0, digits);
}

/** GB/T 2260: xx0000 is a province, xxxx00 a city, anything else a county-level unit. */
export function regionDepth(code: string): RegionDepth {
	if (code.endsWith('0000')) return 'province';
	if (code.endsWith('00')) return 'city';
	return 'county';
}

export interface SqlPart {
	sql: string;
	params: unknown[];
}

/**
 * `WHERE` conditions on the `reports` view (aliased `r`). The SQL text is the same whatever
 * the filter — an unset filter binds NULL (or TRUE for "any level/kind") — so each query is
 * prepared once by the engine and every later filter change only binds new values.
 * `only` leaves the other filters unset (compare picks agencies and regions itself).
 */
export function whereSql(f: Filters, only: readonly (typeof FILTER_KEYS)[number][] = FILTER_KEYS): SqlPart {
	const use = (k: (typeof FILTER_KEYS)[number]) => only.includes(k);
	const years = use('year') ? f.years : undefined;
	const region = use('region') ? f.region : undefined;
	const depth = region ? regionDepth(region) : undefined;
	const pad = <T>(xs: T[], n: number) => [...xs, ...Array<null>(n - xs.length).fill(null)];
	const levels = use('level') ? f.levels : [];
	const kinds = use('kind') ? f.kinds : [];
	const q = (use('q') && f.q) || null;
	const agencyRef = use('agency') && f.agency ? parseAgencyKey(f.agency) : null;
	const agency = agencyRef?.name ?? null;
	// A key names its region, or that it has none (null: only reports with no region code).
	const agencyPlaced = agencyRef !== null && agencyRef.region !== undefined;
	const agencyRegion = agencyRef?.region ?? null;
	const from = years?.from ?? null;
	const to = years?.to ?? null;
	const province = depth === 'province' ? region! : null;
	const city = depth === 'city' ? region! : null;
	const county = depth === 'county' ? region! : null;
	return {
		sql: [
			'(?::INTEGER IS NULL OR r.year >= ?::INTEGER)',
			'(?::INTEGER IS NULL OR r.year <= ?::INTEGER)',
			'(?::VARCHAR IS NULL OR r.province_code = ?::VARCHAR)',
			'(?::VARCHAR IS NULL OR r.city_code = ?::VARCHAR)',
			'(?::VARCHAR IS NULL OR r.region_code = ?::VARCHAR)',
			`(?::BOOLEAN OR r.level IN (${LEVELS.map(() => '?::VARCHAR').join(', ')}))`,
			`(?::BOOLEAN OR r.kind IN (${KINDS.map(() => '?::VARCHAR').join(', ')}))`,
			// contains() rather than LIKE: a % or _ typed by the user stays a literal character.
			'(?::VARCHAR IS NULL OR contains(r.agency, ?::VARCHAR))',
			'(?::VARCHAR IS NULL OR r.agency = ?::VARCHAR)',
			'(NOT ?::BOOLEAN OR r.region_code IS NOT DISTINCT FROM ?::VARCHAR)'
		].join(' AND '),
		params: [
			from, from, to, to, province, province, city, city, county, county,
			levels.length === 0, ...pad(levels, LEVELS.length),
			kinds.length === 0, ...pad(kinds, KINDS.length),
			q, q, agency, agency, agencyPlaced, agencyRegion
		]
	};
}
