// The filtered-facts CSV: the same facts the filtered reports' fixtures hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryFactsTable, queryFactsCount, exportPlan, EXPORT_LIMITS } from '../../../src/lib/query/facts-export';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { item, byPrintedOrder } from '../../../src/lib/template/template';
import { openGolden, sum, type Golden } from './dataset';

let g: Golden;
beforeAll(async () => {
	g = await openGolden();
});
afterAll(() => g.runner.close());

describe('queryFactsTable', () => {
	it('holds, for the filtered reports, facts summing to the fixtures, labelled from the template', async () => {
		const f = { ...NO_FILTERS, years: { from: 2023, to: 2023 } };
		const t = await queryFactsTable(g.runner, f, 'zh');
		const ids = g.reports.filter((r) => r.year === 2023).map((r) => r.report_id);
		expect(new Set(t.rows.map((r) => r.report_id))).toEqual(new Set(ids));
		const received = t.rows
			.filter((r) => r.item === 'new_received' && r.measure === 'total')
			.reduce((a, r) => a + (r.value as number), 0);
		expect(received).toBe(sum(g, ids, 'requests', 'new_received', 'total'));
		const row = t.rows.find((r) => r.item === 'denied.third_party')!;
		expect(row.item_label).toBe(item('requests', 'denied.third_party')!.label.zh);
		expect(t.columns.map((c) => c.key)).toContain('measure_label');
		// Fees are in 万元 and say so; the handled total is named, not just 总计.
		expect(t.rows.find((r) => r.item === 'fees' && r.measure === 'amount')!.measure_label).toBe('本年收费金额（万元）');
		expect(t.rows.find((r) => r.item === 'handled_total')!.item_label).toBe('办理结果总计');
		// One report's rows together, in the order its tables print them.
		const first = t.rows.filter((r) => r.report_id === t.rows[0].report_id);
		expect(t.rows.slice(0, first.length)).toEqual(first);
		expect(first.map((r) => `${r.section}|${r.item}`).slice(0, 1)).toEqual(['active|rules']);
	});
});

describe('the size of the facts download, asked first', () => {
	it('counts the rows the export writes: the filtered reports’ facts in the fixtures', async () => {
		for (const year of [2022, 2023, 2024]) {
			const f = { ...NO_FILTERS, years: { from: year, to: year } };
			// The fixtures' cells with a value (a fact row is also kept for a value read as unknown).
			let valued = 0;
			for (const r of g.reports.filter((r) => r.year === year)) {
				const x = g.fixture(r.report_id);
				for (const s of ['active', 'requests', 'appeals'] as const) for (const ms of Object.values(x[s] ?? {})) valued += Object.values(ms).filter((v) => v !== null).length;
			}
			expect(valued, String(year)).toBeGreaterThan(0);
			const rows = (await queryFactsTable(g.runner, f, 'zh')).rows;
			expect(rows.filter((r) => r.value !== null).length, String(year)).toBe(valued);
			expect(await queryFactsCount(g.runner, f)).toBe(rows.length);
		}
	});

	it('goes ahead up to the confirm limit, asks above it, refuses past the refuse limit', () => {
		expect(exportPlan(0)).toEqual({ kind: 'go' });
		expect(exportPlan(EXPORT_LIMITS.confirmAbove)).toEqual({ kind: 'go' });
		// 3,000 agencies × 5 years (the scale benchmark): 2,972,420 rows, 786 MB measured.
		expect(exportPlan(2_972_420)).toEqual({ kind: 'refuse', rows: 2_972_420, megabytes: 803 });
		expect(exportPlan(500_000)).toEqual({ kind: 'confirm', rows: 500_000, megabytes: 135 });
		expect(exportPlan(EXPORT_LIMITS.refuseAbove).kind).toBe('confirm');
	});
});

describe('byPrintedOrder', () => {
	it('sorts cells as the template prints them, unknown cells last', () => {
		const c = (section: string, item: string, measure: string) => ({ section, item, measure });
		// Section 二 before 三 before 四; in 三, 本年新收 before 上年结转 before 予以公开; 自然人 before 总计.
		const printed = [
			c('active', 'rules', 'issued'),
			c('requests', 'new_received', 'natural_person'),
			c('requests', 'new_received', 'total'),
			c('requests', 'carried_over', 'natural_person'),
			c('requests', 'granted', 'natural_person'),
			c('appeals', 'review', 'upheld'),
			c('nowhere', 'x', 'y')
		];
		expect([...printed].reverse().sort(byPrintedOrder)).toEqual(printed);
	});
});
