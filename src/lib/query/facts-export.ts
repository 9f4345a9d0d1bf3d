/** Every fact of the filtered reports, long format, with the template's labels beside the keys. */
import { SECTIONS, byPrintedOrder, type Lang } from '../template/template';
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import { COL } from './columns';
import { paren } from '../i18n/punct';
import type { Table } from './table';

/** How many fact rows the filtered reports hold: what the export would write, asked before it runs. */
export async function queryFactsCount(runner: QueryRunner, filters: Filters): Promise<number> {
	const where = whereSql(filters);
	const [row] = await runner.all<{ n: number }>(
		`SELECT count(*) AS n FROM reports r JOIN facts f ON f.report_id = r.report_id WHERE ${where.sql}`,
		where.params
	);
	return Number(row.n);
}

/**
 * What a download of `rows` rows takes, decided before it starts. The file is built in the page
 * (each row ~270 bytes of CSV): a province's few hundred thousand rows take seconds, three million
 * took two minutes with the page frozen and 800 MB of text, past what a browser tab reliably holds.
 * So a large one is confirmed first, with its size said, and a huge one is refused with the way
 * round it (narrower filters: one year or one region per file).
 */
export const EXPORT_LIMITS = { confirmAbove: 200_000, refuseAbove: 1_000_000, bytesPerRow: 270 } as const;

export type ExportPlan = { kind: 'go' } | { kind: 'confirm' | 'refuse'; rows: number; megabytes: number };

export function exportPlan(rows: number, limits = EXPORT_LIMITS): ExportPlan {
	if (rows <= limits.confirmAbove) return { kind: 'go' };
	const megabytes = Math.ceil((rows * limits.bytesPerRow) / 1e6);
	return { kind: rows > limits.refuseAbove ? 'refuse' : 'confirm', rows, megabytes };
}

export async function queryFactsTable(runner: QueryRunner, filters: Filters, lang: Lang): Promise<Table> {
	const where = whereSql(filters);
	const rows = await runner.all<Record<string, string | number | null>>(
		`SELECT r.report_id, r.agency, r.year, r.region_code, r.province, r.city, r.county, r.level, r.kind,
			f.section, f.item, f.measure, f.value
		FROM reports r JOIN facts f ON f.report_id = r.report_id
		WHERE ${where.sql}`,
		where.params
	);
	// Report by report, each as the template prints it.
	const id = (r: Record<string, unknown>) => String(r.report_id);
	rows.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : byPrintedOrder(a, b)));
	const labels = new Map<string, { s: string; i: Map<string, string>; m: Map<string, string> }>(
		SECTIONS.map((s) => [
			s.key,
			{
				s: s.label[lang],
				i: new Map(s.items.map((i) => [i.key, (i.name ?? i.label)[lang]])),
				m: new Map(s.measures.map((m) => [m.key, m.label[lang] + (m.unit ? paren(m.unit[lang], lang) : '')]))
			}
		])
	);
	for (const row of rows) {
		const l = labels.get(row.section as string);
		row.section_label = l?.s ?? null;
		row.item_label = l?.i.get(row.item as string) ?? null;
		row.measure_label = l?.m.get(row.measure as string) ?? null;
	}
	return {
		columns: [
			COL.report_id, COL.agency, COL.year, COL.region_code, COL.province, COL.city, COL.county, COL.level,
			COL.kind, COL.section, COL.section_label, COL.item, COL.item_label, COL.measure, COL.measure_label, COL.value
		],
		rows
	};
}
