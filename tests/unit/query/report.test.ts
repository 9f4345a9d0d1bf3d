// One report: every cell it gives, and its findings, against the hand-worked fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryReport, queryAgencyReports, queryMergedInto } from '../../../src/lib/query/report';
import { cellKey } from '../../../src/lib/query/report-cells';
import { openGolden, type Golden } from './dataset';

let g: Golden;
beforeAll(async () => {
	g = await openGolden();
});
afterAll(() => g.runner.close());

const RULE_IDS: Record<number, string> = { 1: 'row_total', 2: 'column_total', 3: 'balance', 4: 'appeal_total', 6: 'value_range' };

describe('queryReport', () => {
	it('gives every value the fixture knows, for every report', async () => {
		for (const { report_id } of g.reports) {
			const r = (await queryReport(g.runner, report_id))!;
			const f = g.fixture(report_id);
			expect(r.meta.year).toBe(f.year);
			expect(r.meta.template).toBe(f.template);
			for (const s of ['active', 'requests', 'appeals'] as const) {
				for (const [item, measures] of Object.entries(f[s] ?? {})) {
					for (const [m, v] of Object.entries(measures)) {
						// A cell the hand reading leaves unknown is the golden tests' to judge: the parser may
						// deduce it from the sum rules, with a repair finding, and they check that finding.
						if (v !== null) expect(r.values.get(cellKey(s, item, m)), `${report_id} ${s}.${item}.${m}`).toBe(v);
					}
				}
			}
		}
	});

	// Where the dataset holds the printed value the fixture records, the break is on that cell.
	// (Where the parser could not read the cell at all, the golden tests are the judge.)
	it('carries the breaks of the original that the fixtures record, on the same cells', async () => {
		for (const { report_id } of g.reports) {
			const errors = (g.fixture(report_id) as unknown as { original_errors: { rule: number; section: string; item: string; measure: string; expected: number; found: number }[] }).original_errors;
			if (!errors.length) continue;
			const r = (await queryReport(g.runner, report_id))!;
			for (const e of errors) {
				if (r.values.get(cellKey(e.section, e.item, e.measure)) !== e.found) continue;
				const match = r.findings.find(
					(x) => x.rule === RULE_IDS[e.rule] && x.section === e.section && x.item === e.item && x.measure === e.measure
				);
				expect(match, `${report_id} rule ${e.rule} ${e.item}.${e.measure}`).toBeDefined();
				expect(match!.severity).toBe('error');
				expect([match!.expected, match!.found]).toEqual([e.expected, e.found]);
			}
		}
	});

	it('returns null for an unknown id', async () => {
		expect(await queryReport(g.runner, 'no_such_report')).toBeNull();
	});

	it('lists an agency’s reports by year', async () => {
		const rows = await queryAgencyReports(g.runner, '平潭综合实验区', '350128');
		const expected = g.reports.filter((r) => r.agency === '平潭综合实验区').map((r) => r.year).sort();
		expect(expected.length).toBeGreaterThan(1);
		expect(rows.map((r) => r.year)).toEqual(expected);
	});
});

describe('queryMergedInto', () => {
	// From the corpus index: 019 (flattened text) and 033 (HTML) are 社会事业局's 2023 report, 023
	// (text) and 032 (HTML) 金井片区's; the HTML copies read more cells, so they are kept.
	it('leads a merged copy’s id to the report it was merged into', async () => {
		expect(await queryMergedInto(g.runner, '019_pingtan_shehui_shiye_ju_2023')).toEqual({
			kept_id: '033_pingtan_shehui_shiye_ju_2023',
			file: '019_pingtan_shehui_shiye_ju_2023.txt'
		});
		expect(await queryMergedInto(g.runner, '023_pingtan_jinjing_pianqu_2023')).toEqual({
			kept_id: '032_pingtan_jinjing_pianqu_2023',
			file: '023_pingtan_jinjing_pianqu_2023.txt'
		});
		expect(await queryReport(g.runner, '019_pingtan_shehui_shiye_ju_2023')).toBeNull();
	});

	it('has nothing for a report in the dataset or an unknown id', async () => {
		expect(await queryMergedInto(g.runner, '033_pingtan_shehui_shiye_ju_2023')).toBeNull();
		expect(await queryMergedInto(g.runner, 'no_such_report')).toBeNull();
	});
});
