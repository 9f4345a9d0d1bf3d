/** One report: its metadata, every cell it gives, and the findings about it. */
import type { QueryRunner } from './runner';
import { cellKey } from './report-cells';

export interface ReportMeta {
	report_id: string;
	file: string;
	/** Null when neither the report nor the manifest names it (the report view says 机关不详). */
	agency: string | null;
	year: number;
	region_code: string | null;
	province: string | null;
	city: string | null;
	county: string | null;
	level: string | null;
	kind: string | null;
	template: string;
	source: string | null;
	original_url: string | null;
	overrides: string | null;
}

export interface Finding {
	report_id: string;
	rule: string;
	severity: 'error' | 'warning' | 'info';
	section: string | null;
	item: string | null;
	measure: string | null;
	expected: number | null;
	found: number | null;
	message: string;
	message_en: string;
	/** JSON array of the readings an ambiguous run allows (docs/dataset.md), or null. */
	candidates: string | null;
}

export interface ReportData {
	meta: ReportMeta;
	/** `section|item|measure` → value (null: unknown); cells the report lacks are absent. */
	values: Map<string, number | null>;
	findings: Finding[];
}

export async function queryReport(runner: QueryRunner, id: string): Promise<ReportData | null> {
	const [metas, facts, findings] = await Promise.all([
		runner.all<ReportMeta>(
			`SELECT report_id, file, agency, year, region_code, province, city, county, level, kind,
				template, source, original_url, overrides
			FROM reports WHERE report_id = ?`,
			[id]
		),
		runner.all<{ section: string; item: string; measure: string; value: number | null }>(
			'SELECT section, item, measure, value FROM facts WHERE report_id = ?',
			[id]
		),
		runner.all<Finding>(
			`SELECT report_id, rule, severity, section, item, measure, expected, found, message, message_en, candidates
			FROM findings WHERE report_id = ?
			ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, section, item, measure`,
			[id]
		)
	]);
	if (!metas.length) return null;
	return {
		meta: metas[0],
		values: new Map(facts.map((f) => [cellKey(f.section, f.item, f.measure), f.value])),
		findings
	};
}

/** Where a report id that is not in `reports` went: the report its copy was merged into. */
export async function queryMergedInto(runner: QueryRunner, id: string): Promise<{ kept_id: string; file: string } | null> {
	const rows = await runner.all<{ kept_id: string; file: string }>('SELECT kept_id, file FROM merged_reports WHERE report_id = ?', [id]);
	return rows[0] ?? null;
}

/**
 * The agency's other reports, for moving between years from the report view: the same name in
 * the same region (another region's same-named body is another agency, see agency.ts).
 */
export function queryAgencyReports(runner: QueryRunner, agency: string, region: string | null) {
	return runner.all<{ report_id: string; year: number }>(
		'SELECT report_id, year FROM reports WHERE agency = ? AND region_code IS NOT DISTINCT FROM ?::VARCHAR ORDER BY year, report_id',
		[agency, region]
	);
}
