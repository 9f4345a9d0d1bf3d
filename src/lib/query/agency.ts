/**
 * Which agency a link means. Bodies are named within their region, and two regions can have
 * same-named ones (鼓楼区人民政府 in 福州 and in 南京): the dataset tells them apart by region
 * code, and so do links, `鼓楼区人民政府@350102`; an agency whose region could not be read is
 * `鼓楼区人民政府@`, so that its link never takes in a placed agency of the same name. A name
 * alone still means an agency where the dataset has one of that name; where it has several, it
 * means none of them, and the page says so rather than add their numbers together.
 */
import { placeName, repeatedNames, type RegionTree } from './regions';
import { paren } from '../i18n/punct';
import type { Lang } from '../template/template';

export interface AgencyRef {
	name: string;
	/** The region code its reports are filed under; null when unknown. */
	region: string | null;
}

const AT = '@';
const REGION_CODE = /^\d{6}$/;

/** Chinese names in the order Chinese readers look them up: by pinyin (淮安 before 平潭), not by code point. */
export const zhOrder = new Intl.Collator('zh-CN');

/**
 * Each agency name's place in pinyin order, for the dataset's `agency_order` column: DuckDB-WASM
 * has no Chinese collation offline (ICU is an extension), so lists the engine sorts and cuts
 * (the first 300 findings) sort by this number. The same name gets the same place.
 */
export function agencyOrder(names: Iterable<string | null>): Map<string, number> {
	const distinct = [...new Set([...names].filter((n): n is string => n !== null))].sort(zhOrder.compare);
	return new Map(distinct.map((n, i) => [n, i]));
}

/** The link form: `name@code`, or `name@` for an agency with no region code. */
export const agencyKey = (a: AgencyRef): string => `${a.name}${AT}${a.region ?? ''}`;

/** agencyKey in SQL, over `reports r`: what tells two regions' same-named agencies apart in a query. */
export const AGENCY_KEY_SQL = `r.agency || '@' || coalesce(r.region_code, '')`;

/**
 * A link's agency: a name, and what follows its last `@`: a region code, or nothing for an
 * agency whose region is unknown (region null). Without either, the key is a name alone (region
 * undefined), which a link may use where only one agency has it.
 */
export function parseAgencyKey(key: string): { name: string; region?: string | null } {
	const at = key.lastIndexOf(AT);
	const region = at > 0 ? key.slice(at + 1) : undefined;
	if (region === '') return { name: key.slice(0, at), region: null };
	return region !== undefined && REGION_CODE.test(region) ? { name: key.slice(0, at), region } : { name: key };
}

/** The dataset's agencies a link's key matches: one if it names an agency, else none or several. */
export function matchAgencies<T extends AgencyRef>(key: string, known: readonly T[]): T[] {
	const k = parseAgencyKey(key);
	return known.filter((a) => a.name === k.name && (k.region === undefined || a.region === k.region));
}

/** A key's agency as a reference (region null when the key has none). */
export function agencyRef(key: string): AgencyRef {
	const k = parseAgencyKey(key);
	return { name: k.name, region: k.region ?? null };
}

/** Names that more than one region's agency goes by. */
export const sharedNames = (known: readonly AgencyRef[]): Set<string> => repeatedNames(known.map((a) => a.name));

/** What a link may name an agency by (its full key, or a name only one agency has), to its full key. */
export function linkableAgencies(known: readonly AgencyRef[]): Map<string, string> {
	const shared = sharedNames(known);
	const out = new Map<string, string>();
	for (const a of known) {
		out.set(agencyKey(a), agencyKey(a));
		if (!shared.has(a.name)) out.set(a.name, agencyKey(a));
	}
	return out;
}

/**
 * An agency's name as the page shows it: with where it is (福州市鼓楼区, see placeName) when
 * another region's agency has the same name, else the name alone.
 */
export function agencyLabel(a: AgencyRef, shared: ReadonlySet<string>, tree: RegionTree, lang: Lang): string {
	if (!shared.has(a.name)) return a.name;
	return a.name + paren(a.region ? placeName(tree, a.region) : '?', lang);
}
