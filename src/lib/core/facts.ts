/**
 * Validated report → long-format fact rows, one per template cell (FORMAT.md's keys).
 * Unknown cells are rows with a null value, so "not read" stays visible next to "zero";
 * cells the report's layout does not have (2019 section 二, the 2019 single (六) row) get no row.
 */
import { SECTIONS } from '../template/template';
import type { Report } from './report';
import { ABSENT_IN_SINGLE_OTHER_ROW, hasSingleOtherRow } from './parse/tables';

export interface FactRow {
	report_id: string;
	section: string;
	item: string;
	measure: string;
	value: number | null;
}

export function factRows(reportId: string, report: Report): FactRow[] {
	const rows: FactRow[] = [];
	const absent = hasSingleOtherRow(report.findings) ? ABSENT_IN_SINGLE_OTHER_ROW : [];
	for (const s of SECTIONS) {
		const values = report[s.key];
		if (!values) continue;
		for (const item of s.items) {
			if (s.key === 'requests' && absent.includes(item.key)) continue;
			for (const m of item.measures) {
				rows.push({ report_id: reportId, section: s.key, item: item.key, measure: m, value: values[item.key]?.[m] ?? null });
			}
		}
	}
	return rows;
}
