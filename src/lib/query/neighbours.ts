/**
 * The overview's filter states one click away from the current one: another start or end
 * year, all years, a bar of the drill-down, the breadcrumb's level above. The page computes
 * their answers while the reader looks at the current one (one query at a time, so a real
 * change waits behind at most one), and the click that follows draws without a query.
 */
import { pickYear, filterKey, type Filters } from './filters';
import type { DrillBar } from './drill';
import type { RegionTree } from './regions';

/** Drill-down bars beyond the biggest few are rarely the next click; not worth the engine's time. */
const MAX_BARS = 12;

export function neighbours(f: Filters, years: number[], bars: readonly DrillBar[] | null, tree: RegionTree): Filters[] {
	return keyedNeighbours(f, years, bars, tree).map((n) => n.filters);
}

/** The same, each with its filterKey (computed anyway to drop repeats; the page's caches use it). */
export function keyedNeighbours(f: Filters, years: number[], bars: readonly DrillBar[] | null, tree: RegionTree): { filters: Filters; key: string }[] {
	const out: Filters[] = [];
	// The drill-down's bars and the way back up first: few, and the likeliest next click.
	for (const b of (bars ?? []).slice(0, MAX_BARS)) {
		if (b.kind === 'region' && b.key) out.push({ ...f, region: b.key, agency: undefined });
		else if (b.kind === 'agency' && b.key) out.push({ ...f, agency: b.key });
	}
	if (f.agency) out.push({ ...f, agency: undefined });
	else if (f.region) out.push({ ...f, region: tree.get(f.region)?.parent ?? undefined });
	for (const which of ['from', 'to'] as const) {
		for (const y of years) out.push({ ...f, years: pickYear(f.years, which, y, years) });
	}
	out.push({ ...f, years: undefined });
	// Each state once, and not the current one.
	const seen = new Set([filterKey(f)]);
	const keyed: { filters: Filters; key: string }[] = [];
	for (const n of out) {
		const key = filterKey(n);
		if (seen.has(key)) continue;
		seen.add(key);
		keyed.push({ filters: n, key });
	}
	return keyed;
}
