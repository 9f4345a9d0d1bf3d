/** Every fact of the filtered reports, long format, with the template's labels beside the keys. */
import { SECTIONS, byPrintedOrder, type Lang } from '../template/template';
import type { QueryRunner } from './runner';
import { whereSql, type Filters } from './filters';
import { COL } from './columns';
import { paren } from '../i18n/punct';
import type { Table } from './table';

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
