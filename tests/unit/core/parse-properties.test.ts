/**
 * Properties of the whole text path: it never throws, a cleanly printed report reads back
 * exactly, and a flattened one never yields a wrong number (a cell is right, or unknown with a
 * finding saying why).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';
import { readDocument } from '../../../src/lib/core/input/index';
import { parseDocument } from '../../../src/lib/core/parse/index';
import { APPLICANT_MEASURES, RESULT_ITEMS, section } from '../../../src/lib/template/template';
import { reportText, zeroValues, type Values } from '../../helpers/report-text';

const SEED = readFileSync(join(__dirname, '../../../data/raw/000_huinong_gov_office_2024.txt'), 'utf8');
const FLAT = readFileSync(join(__dirname, '../../../data/raw/004_pingtan_2023.txt'), 'utf8');

const parseText = async (text: string) => {
	const read = await readDocument(new TextEncoder().encode(text), 'x.txt');
	return read.ok ? parseDocument(read.doc) : read;
};

describe('the text parser never throws', () => {
	it('on very long digit runs inside the tables (unsplittable, reported as such)', async () => {
		const text = `二、主动公开政府信息情况 规章${'1'.repeat(200_000)} 三、收到和处理政府信息公开申请情况 一、本年新收${'12345'.repeat(40_000)}四、政府信息公开行政复议、行政诉讼情况 总计${'9'.repeat(20_000)}`;
		const out = await parseText(text);
		expect(out.ok && out.report.findings.filter((f) => f.rule === 'unreadable_cells').map((f) => f.section)).toEqual(['active', 'requests', 'appeals']);
	});

	it('on arbitrary strings', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 400 }), async (s) => {
				const out = await parseText(s);
				expect(typeof out.ok).toBe('boolean');
				if (!out.ok) expect(out.reason.length).toBeGreaterThan(0);
			})
		);
	});

	it('on real reports with random damage (cut, spliced, characters dropped)', async () => {
		const damaged = fc.tuple(fc.constantFrom(SEED, FLAT), fc.nat(), fc.nat(), fc.string({ maxLength: 20 })).map(([text, a, b, junk]) => {
			const i = a % text.length;
			const j = Math.min(text.length, i + (b % 300));
			return text.slice(0, i) + junk + text.slice(j);
		});
		await fc.assert(
			fc.asyncProperty(damaged, async (text) => {
				const out = await parseText(text);
				if (out.ok) expect(Array.isArray(out.report.findings)).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});
});

/** Random consistent section 三: outcomes per column, totals derived by the rules. */
const consistentRequests = fc
	.record({
		outcomes: fc.array(fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 6 }), { minLength: RESULT_ITEMS.length, maxLength: RESULT_ITEMS.length }),
		carriedOver: fc.array(fc.nat({ max: 5 }), { minLength: 6, maxLength: 6 }),
		carriedForward: fc.array(fc.nat({ max: 5 }), { minLength: 6, maxLength: 6 })
	})
	.map(({ outcomes, carriedOver, carriedForward }) => {
		const v: Values = zeroValues('requests');
		const rowOf = (xs: number[]) => ({ ...Object.fromEntries(APPLICANT_MEASURES.map((m, i) => [m, xs[i]])), total: xs.reduce((a, b) => a + b, 0) });
		const sparse = outcomes.map((xs, i) => (i % 3 === 0 ? xs : xs.map(() => 0)));
		RESULT_ITEMS.forEach((item, i) => (v[item] = rowOf(sparse[i])));
		const handled = APPLICANT_MEASURES.map((_, c) => sparse.reduce((s, xs) => s + xs[c], 0));
		v.handled_total = rowOf(handled);
		v.carried_over = rowOf(carriedOver.map((x, c) => Math.min(x, handled[c])));
		v.carried_forward = rowOf(carriedForward);
		v.new_received = rowOf(handled.map((h, c) => h - (v.carried_over[APPLICANT_MEASURES[c]] as number) + carriedForward[c]));
		return v;
	});

describe('round trip through printed text', () => {
	it('tab-separated: every cell reads back exactly, with no findings', async () => {
		await fc.assert(
			fc.asyncProperty(consistentRequests, async (requests) => {
				const out = await processFile(new TextEncoder().encode(reportText({ requests }, 'tabs')), 'r.txt');
				if (!out.ok) throw new Error(out.reason);
				expect(out.report.requests).toEqual(requests);
				expect(out.report.findings.filter((f) => f.rule !== 'metadata')).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('flattened: a cell is read right or left unknown with a finding — never wrong', async () => {
		await fc.assert(
			fc.asyncProperty(consistentRequests, async (requests) => {
				const out = await processFile(new TextEncoder().encode(reportText({ requests }, 'flat')), 'r.txt');
				if (!out.ok) throw new Error(out.reason);
				for (const item of section('requests').items) {
					const got = out.report.requests[item.key];
					for (const m of item.measures) {
						if (got[m] === null) {
							expect(out.report.findings.some((f) => f.item === item.key && ['ambiguous_split', 'unreadable_cells'].includes(f.rule))).toBe(true);
						} else expect(got[m], `${item.key}.${m}`).toBe(requests[item.key][m]);
					}
				}
			}),
			{ numRuns: 60 }
		);
	});
});
