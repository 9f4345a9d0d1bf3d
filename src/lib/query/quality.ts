/** The quality view: which consistency rules the filtered reports break, and where. */
import { RULES } from '../template/rules';
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import type { Finding } from './report';
import { COL } from './columns';
import { zhOrder } from './agency';
import type { Column, Table } from './table';

export interface RuleCount {
	rule: string;
	severity: string;
	findings: number;
	reports: number;
}

export interface FindingRow extends Finding {
	agency: string;
	/** With the agency's name, what tells two regions' same-named agencies apart. */
	region_code: string | null;
	year: number;
}

export interface FindingFilter {
	rule?: string;
	severity?: string;
}

export async function queryRuleCounts(runner: QueryRunner, filters: Filters): Promise<RuleCount[]> {
	const where = whereSql(filters);
	const rows = await runner.all<RuleCount>(
		`SELECT fi.rule AS rule, fi.severity AS severity, count(*) AS findings, count(DISTINCT fi.report_id) AS reports
		FROM findings fi JOIN reports r ON r.report_id = fi.report_id
		WHERE ${where.sql} GROUP BY ALL`,
		where.params
	);
	// The rules module's order (FORMAT.md's numbering first) rather than by count.
	const order = (id: string) => {
		const i = RULES.findIndex((r) => r.id === id);
		return i < 0 ? RULES.length : i;
	};
	return rows.sort((a, b) => order(a.rule) - order(b.rule) || a.severity.localeCompare(b.severity));
}

/** Reports in scope; those with an error or a warning; those with any finding (notes included). */
export interface Scope {
	reports: number;
	with_problems: number;
	with_findings: number;
}

export async function queryScope(runner: QueryRunner, filters: Filters): Promise<Scope> {
	const where = whereSql(filters);
	const [row] = await runner.all<Scope>(
		`SELECT count(*) AS reports,
			count(*) FILTER (WHERE EXISTS (SELECT 1 FROM findings fi WHERE fi.report_id = r.report_id AND fi.severity IN ('error', 'warning'))) AS with_problems,
			count(*) FILTER (WHERE EXISTS (SELECT 1 FROM findings fi WHERE fi.report_id = r.report_id)) AS with_findings
		FROM reports r WHERE ${where.sql}`,
		where.params
	);
	return row;
}

/** The global filters plus the page's rule and severity, as SQL conditions with bound values. */
function findingWhere(filters: Filters, only: FindingFilter): { sql: string; params: unknown[] } {
	const where = whereSql(filters);
	const conds = [where.sql];
	const params = [...where.params];
	if (only.rule) {
		conds.push('fi.rule = ?');
		params.push(only.rule);
	}
	if (only.severity) {
		conds.push('fi.severity = ?');
		params.push(only.severity);
	}
	return { sql: conds.join(' AND '), params };
}

/**
 * The findings, most severe first, then by agency in pinyin order (as the reports × rules table
 * beside them); the first `limit` of them (the page shows a few hundred, the CSV all).
 */
export async function queryFindings(
	runner: QueryRunner,
	filters: Filters,
	only: FindingFilter,
	limit?: number
): Promise<FindingRow[]> {
	const where = findingWhere(filters, only);
	return runner.all<FindingRow>(
		`SELECT fi.report_id, r.agency, r.region_code, r.year, fi.rule, fi.severity, fi.section, fi.item, fi.measure,
			fi.expected, fi.found, fi.message, fi.message_en, fi.candidates
		FROM findings fi JOIN reports r ON r.report_id = fi.report_id
		WHERE ${where.sql}
		ORDER BY CASE fi.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
			r.agency_order, r.agency, r.year, fi.report_id, fi.rule, fi.section, fi.item, fi.measure${limit === undefined ? '' : ' LIMIT ?'}`,
		limit === undefined ? where.params : [...where.params, limit]
	);
}

/**
 * Reports × rules: one row per filtered report with findings of the picked rule and severity (all,
 * if none is picked), a column per rule seen and their total. The reports with the most findings
 * come first, as a supervisor reads it; equal ones by agency in pinyin order (淮安 before 平潭),
 * as Chinese readers look them up.
 */
export async function queryMatrix(runner: QueryRunner, filters: Filters, only: FindingFilter = {}): Promise<Table> {
	const where = findingWhere(filters, only);
	const rows = await runner.all<{ report_id: string; agency: string; region_code: string | null; year: number; rule: string; n: number }>(
		`SELECT fi.report_id AS report_id, r.agency AS agency, r.region_code AS region_code, r.year AS year, fi.rule AS rule, count(*) AS n
		FROM findings fi JOIN reports r ON r.report_id = fi.report_id
		WHERE ${where.sql} GROUP BY ALL`,
		where.params
	);
	const seen = new Set(rows.map((r) => r.rule));
	const ruleCols: Column[] = RULES.filter((r) => seen.has(r.id)).map((r) => ({
		key: r.id,
		label: r.label,
		format: 'int'
	}));
	const byReport = new Map<string, Table['rows'][number]>();
	for (const r of rows) {
		let row = byReport.get(r.report_id);
		if (!row) {
			row = { report_id: r.report_id, agency: r.agency, region_code: r.region_code, year: r.year, findings: 0 };
			for (const c of ruleCols) row[c.key] = 0;
			byReport.set(r.report_id, row);
		}
		row[r.rule] = r.n;
		row.findings = Number(row.findings) + Number(r.n);
	}
	const rowsOut = [...byReport.values()].sort(
		(a, b) =>
			Number(b.findings) - Number(a.findings) ||
			// An unknown agency last, as the findings list's NULLS LAST puts it.
			Number(a.agency === null) - Number(b.agency === null) ||
			zhOrder.compare(String(a.agency ?? ''), String(b.agency ?? '')) ||
			Number(a.year) - Number(b.year) ||
			String(a.report_id).localeCompare(String(b.report_id))
	);
	return { columns: [COL.report_id, COL.agency, COL.region_code, COL.year, COL.findings, ...ruleCols], rows: rowsOut };
}
