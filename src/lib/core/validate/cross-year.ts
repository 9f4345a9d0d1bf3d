/**
 * Rule 5 across a dataset: the same agency's consecutive reports.
 * - carried_over this year = carried_forward last year (error: one report is wrong);
 * - in_force this year ≈ last year's in_force + issued − repealed (warning: clean-ups of old
 *   documents legitimately break it).
 */
import { REQUEST_MEASURES, item, measure, section } from '../../template/template';
import type { Finding, Report } from '../report';
import { finding } from '../parse/findings';

export interface DatasetEntry {
	id: string;
	report: Report;
}

/** Reports of one body: same agency name and region. */
const agencyKey = (r: Report) => `${r.region_code ?? ''}|${r.agency ?? ''}`;

export function checkAcrossYears(entries: DatasetEntry[]): Map<string, Finding[]> {
	const out = new Map<string, Finding[]>();
	const byAgency = new Map<string, DatasetEntry[]>();
	for (const e of entries) {
		if (!e.report.agency || e.report.year === null) continue;
		const k = agencyKey(e.report);
		byAgency.set(k, [...(byAgency.get(k) ?? []), e]);
	}
	for (const list of byAgency.values()) {
		// Two reports can claim one year (conflicting_reports says so): each is checked, not one at random.
		const byYear = new Map<number, DatasetEntry[]>();
		for (const e of list) byYear.set(e.report.year!, [...(byYear.get(e.report.year!) ?? []), e]);
		for (const e of list) {
			for (const prev of byYear.get(e.report.year! - 1) ?? []) {
				const found = [...carryOver(prev.report, e.report), ...inForce(prev.report, e.report)];
				if (found.length) out.set(e.id, [...(out.get(e.id) ?? []), ...found]);
			}
		}
	}
	return out;
}

const FORWARD = item('requests', 'carried_forward')!.label;
const OVER = item('requests', 'carried_over')!.label;
const [ISSUED, REPEALED, IN_FORCE] = (['issued', 'repealed', 'in_force'] as const).map((k) => measure('active', k)!.label);
/** The section 二 items that count documents in force (规章, 行政规范性文件). */
const IN_FORCE_ITEMS = section('active')
	.items.filter((i) => i.measures.includes('in_force'))
	.map((i) => i.key);

function carryOver(prev: Report, cur: Report): Finding[] {
	const out: Finding[] = [];
	for (const m of REQUEST_MEASURES) {
		const expected = prev.requests.carried_forward?.[m.key] ?? null;
		const found = cur.requests.carried_over?.[m.key] ?? null;
		if (expected === null || found === null || expected === found) continue;
		out.push(
			finding('carry_over', {
				section: 'requests',
				item: 'carried_over',
				measure: m.key,
				expected,
				found,
				message: `“${m.label.zh}”列：${prev.year}年报告“${FORWARD.zh}”${expected}，${cur.year}年报告“${OVER.zh}”${found}`,
				message_en: `Column “${m.label.en}”: the ${prev.year} report carries ${expected} forward, the ${cur.year} report carries ${found} over`
			})
		);
	}
	return out;
}

function inForce(prev: Report, cur: Report): Finding[] {
	const out: Finding[] = [];
	for (const item of IN_FORCE_ITEMS) {
		const before = prev.active?.[item]?.in_force ?? null;
		const now = cur.active?.[item];
		if (before === null || !now || now.in_force === null || now.issued === null || now.repealed === null) continue;
		const expected = before + now.issued - now.repealed;
		if (expected === now.in_force) continue;
		out.push(
			finding('in_force_drift', {
				section: 'active',
				item,
				measure: 'in_force',
				expected,
				found: now.in_force,
				message: `上年“${IN_FORCE.zh}”${before}+“${ISSUED.zh}”${now.issued}−“${REPEALED.zh}”${now.repealed}=${expected}，本年报告“${IN_FORCE.zh}”${now.in_force}`,
				message_en: `“${IN_FORCE.en}” last year ${before} + “${ISSUED.en}” ${now.issued} − “${REPEALED.en}” ${now.repealed} = ${expected}, this year's report says ${now.in_force}`
			})
		);
	}
	return out;
}
