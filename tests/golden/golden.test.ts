/**
 * Every corpus report against the values worked out by hand (tests/golden/expected/*.json,
 * written by reading the reports, independently of the parser; see FIXTURE_FORMAT.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile, type ProcessedReport } from '../../src/lib/core/pipeline';
import { SECTIONS, type SectionKey } from '../../src/lib/template/template';

interface Fixture {
	file: string;
	agency: string;
	year: number;
	template: '2019' | '2021';
	active: Record<string, Record<string, number | null>> | null;
	requests: Record<string, Record<string, number | null>>;
	appeals: Record<string, Record<string, number | null>>;
	narrative?: Record<string, number | boolean>;
	ambiguous?: { section: SectionKey; item: string }[];
	original_errors?: { rule: number; section: SectionKey; item: string; measure: string; expected: number; found: number }[];
}

const DIR = join(__dirname, 'expected');
const RAW = join(__dirname, '../../data/raw');
const fixtures: Fixture[] = readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);

const RULE_IDS: Record<number, string> = { 1: 'row_total', 2: 'column_total', 3: 'balance', 4: 'appeal_total', 6: 'value_range' };

/**
 * Prose the narrative reader deliberately does not interpret: `依申请公开政府信息5条` (029) does
 * not say whether these are requests received; `回应依申请公开信息N条` / `全部办结` (018–024, 033)
 * state no handled count of their own.
 */
const LOOSE_PROSE: Record<string, string[]> = { '029_pingtan_shichang_jianguan_ju_2021.txt': ['received'] };

async function parse(file: string): Promise<ProcessedReport> {
	const out = await processFile(readFileSync(join(RAW, file)), file);
	if (!out.ok) throw new Error(`${file}: ${out.reason}`);
	return out.report;
}

const parsed = new Map(await Promise.all(fixtures.map(async (f) => [f.file, await parse(f.file)] as const)));

describe.each(fixtures.map((f) => [f.file, f] as const))('%s', (_name, fx) => {
	const report = parsed.get(fx.file)!;
	// Table 四 is read as one block: its findings name no row (item null), and stand for each of its rows.
	const has = (rule: string, section: string, item: string) =>
		report.findings.some((f) => f.rule === rule && f.section === section && (f.item === item || (f.item === null && section === 'appeals')));

	it('reads agency, year and template', () => {
		expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
			agency: fx.agency,
			year: fx.year,
			template: fx.template
		});
	});

	for (const s of SECTIONS) {
		it(`reads every cell of section ${s.numeral} (${s.key})`, () => {
			const expected = fx[s.key];
			const got = report[s.key];
			if (expected === null) {
				expect(got).toBeNull();
				return;
			}
			expect(got).not.toBeNull();
			const mismatches: string[] = [];
			for (const [item, measures] of Object.entries(expected)) {
				for (const [m, want] of Object.entries(measures)) {
					const value = got![item]?.[m] ?? null;
					if (value === want) continue;
					// A cell the hand reading leaves open because the text does not show which cell
					// is blank, which the parser deduces from the sum rules and reports as a repair.
					if (want === null && has('repair_missing_cell', s.key, item)) continue;
					mismatches.push(`${item}.${m}: got ${value}, want ${want}`);
				}
			}
			expect(mismatches).toEqual([]);
		});
	}

	it('reports every ambiguity the hand reading found', () => {
		for (const a of fx.ambiguous ?? []) {
			expect(
				has('ambiguous_split', a.section, a.item) || has('split_by_narrative', a.section, a.item) || has('unreadable_cells', a.section, a.item),
				`${a.section}.${a.item}`
			).toBe(true);
		}
	});

	it('finds exactly the original documents’ breaks of rules 1–4 and 6', () => {
		const key = (rule: string, section: string | null, item: string | null, measure: string | null) =>
			`${rule} ${section}.${item}.${measure}`;
		// A break in cells the parser cannot read is reported as unreadable instead.
		const checkable = (fx.original_errors ?? []).filter((e) => {
			const row = report[e.section]?.[e.item];
			return row && Object.values(row).every((v) => v !== null);
		});
		const want = checkable.map((e) => `${key(RULE_IDS[e.rule], e.section, e.item, e.measure)} ${e.expected}/${e.found}`);
		const got = report.findings
			.filter((f) => Object.values(RULE_IDS).includes(f.rule))
			.map((f) => `${key(f.rule, f.section, f.item, f.measure)} ${f.expected}/${f.found}`);
		expect(got.sort()).toEqual(want.sort());
	});

	it('reads the figures the prose states', () => {
		const stated = fx.narrative ?? {};
		const skip = LOOSE_PROSE[fx.file] ?? [];
		for (const key of ['received', 'carried_forward', 'review', 'litigation'] as const) {
			if (skip.includes(key)) continue;
			// A figure the hand reading does not state must not be read either: it would raise a false narrative warning.
			expect(report.narrative[key], key).toBe(typeof stated[key] === 'number' ? stated[key] : undefined);
		}
		// Where the parser reads a handled count, it is the one the prose states.
		if (report.narrative.handled !== undefined) expect(report.narrative.handled).toBe(stated.handled);
	});
});

describe('HTML twins agree with their flattened-text versions', () => {
	// 032 is the HTML page of 023, 033 of 019: every cell the flattened text settles must match.
	it.each([
		['032_pingtan_jinjing_pianqu_2023.html', '023_pingtan_jinjing_pianqu_2023.txt'],
		['033_pingtan_shehui_shiye_ju_2023.html', '019_pingtan_shehui_shiye_ju_2023.txt']
	])('%s = %s', async (html, text) => {
		const a = await parse(html);
		const b = await parse(text);
		for (const s of SECTIONS) {
			for (const [item, row] of Object.entries(b[s.key] ?? {})) {
				for (const [m, v] of Object.entries(row)) if (v !== null) expect(a[s.key]?.[item]?.[m], `${s.key}.${item}.${m}`).toBe(v);
			}
		}
	});
});
