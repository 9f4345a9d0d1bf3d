/**
 * The scale benchmark's generated dataset: marked as synthetic everywhere it can be seen, placed
 * in real regions, its cells copied from the seed reports at one scale per report, and checked
 * by the same rules as real reports. Seeds are written by hand here, so the expectations are too.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactRow } from '../../../src/lib/core/facts';
import { regionByCode } from '../../../src/lib/core/region/regions';
import { SYNTHETIC_MARK, SYNTHETIC_SOURCE } from '../../../src/lib/core/synthetic';
import { syntheticDataset } from '../../../scripts/lib/synthetic-dataset';
import { writeDataset } from '../../../scripts/lib/write-dataset';

const cell = (item: string, value: number): FactRow => ({ report_id: 'seed', section: 'requests', item, measure: 'total', value });
// Seed A balances (10 + 2 = 9 + 3); seed B does not (50 + 0 ≠ 40 + 5), at any scale but zero.
const SEED_A = [cell('new_received', 10), cell('carried_over', 2), cell('handled_total', 9), cell('carried_forward', 3)];
const SEED_B = [cell('new_received', 50), cell('carried_over', 0), cell('handled_total', 40), cell('carried_forward', 5), cell('granted', 40)];
const YEARS = [2023, 2024];
const options = { agencies: 400, years: YEARS, seeds: [SEED_A, SEED_B] };
const data = syntheticDataset(options);
function factsByReport(): Map<string, FactRow[]> {
	const by = new Map<string, FactRow[]>();
	for (const f of data.facts) by.set(f.report_id, [...(by.get(f.report_id) ?? []), f]);
	return by;
}

describe('syntheticDataset', () => {
	it('gives every agency a report each year, each marked as generated', () => {
		expect(data.reports).toHaveLength(400 * YEARS.length);
		expect(new Set(data.reports.map((r) => r.report_id)).size).toBe(data.reports.length);
		for (const r of data.reports) {
			expect(r.agency!.startsWith(SYNTHETIC_MARK)).toBe(true);
			expect(r.source!.startsWith(SYNTHETIC_SOURCE)).toBe(true);
		}
		expect(new Set(data.reports.map((r) => r.agency)).size).toBe(400);
	});

	it('places agencies in real regions, in every province', () => {
		for (const r of data.reports) {
			const region = regionByCode(r.region_code!);
			expect(region, r.region_code!).toBeDefined();
			expect(r.province).toBe(region!.province);
			expect(r.level).toBe(region!.level);
			if (r.level === 'county') expect(r.county).toBe(region!.county);
		}
		// 31 provinces' first counties, with a city government and ten agencies each, need 341 at most.
		expect(new Set(data.reports.map((r) => r.province)).size).toBe(31);
	});

	it("copies one seed's cells per report, every value scaled by the same factor", () => {
		const byReport = factsByReport();
		expect(byReport.size).toBe(data.reports.length);
		for (const [id, facts] of byReport) {
			const seed = facts.length === SEED_A.length ? SEED_A : SEED_B;
			expect(facts.map((f) => f.item), id).toEqual(seed.map((f) => f.item));
			// The factor read off the largest cell predicts every other cell to within rounding.
			const big = seed.reduce((a, b) => (b.value! > a.value! ? b : a));
			const factor = facts[seed.indexOf(big)].value! / big.value!;
			for (const [i, f] of facts.entries()) {
				expect(Number.isInteger(f.value)).toBe(true);
				expect(Math.abs(f.value! - seed[i].value! * factor), `${id} ${f.item}`).toBeLessThanOrEqual(1);
			}
		}
	});

	it("reports a broken balance (rule 3) exactly where the report's own cells break it", () => {
		const byReport = factsByReport();
		for (const [id, facts] of byReport) {
			const v = (item: string) => facts.find((f) => f.item === item)!.value!;
			const broken = v('new_received') + v('carried_over') !== v('handled_total') + v('carried_forward');
			const found = data.findings.filter((f) => f.report_id === id && f.rule === 'balance');
			expect(found.length, id).toBe(broken ? 1 : 0);
		}
		// Seed B is unbalanced at every scale, so some findings must exist.
		expect(data.findings.some((f) => f.rule === 'balance')).toBe(true);
	});

	it('is the same on every run', () => {
		expect(syntheticDataset(options)).toEqual(data);
	});

	it('refuses to run without a seed report', () => {
		expect(() => syntheticDataset({ ...options, seeds: [] })).toThrow(/at least one real report/);
	});

	it('is flagged as synthetic in summary.json, which the dashboard shows as a banner', async () => {
		const out = mkdtempSync(join(tmpdir(), 'gk-synthetic-'));
		const small = syntheticDataset({ ...options, agencies: 12 });
		await writeDataset(small, { database: join(out, 'gongkai.duckdb'), summary: join(out, 'summary.json'), exportDir: join(out, 'export') });
		const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
		expect(summary.synthetic).toBe(true);
	});
});
