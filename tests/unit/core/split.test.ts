import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRow, splitTokens, type Reading, type SumRule } from '../../../src/lib/core/parse/split';
import { resolveColumns } from '../../../src/lib/core/parse/resolve';
import { RESULT_ITEMS } from '../../../src/lib/template/template';

const ROW: SumRule = { total: 6, parts: [0, 1, 2, 3, 4, 5] };
const APPEALS: SumRule[] = [0, 1, 2].map((g) => ({ total: g * 5 + 4, parts: [0, 1, 2, 3].map((p) => g * 5 + p) }));

/** Independent oracle: every way to cut each token into pieces, filtered afterwards. */
function bruteForce(tokens: string[], n: number, rules: SumRule[]): number[][] {
	const cutsOf = (t: string): string[][] => {
		if (t.length === 0) return [[]];
		const out: string[][] = [];
		for (let i = 1; i <= t.length; i++) for (const rest of cutsOf(t.slice(i))) out.push([t.slice(0, i), ...rest]);
		return out;
	};
	let partial: string[][] = [[]];
	for (const t of tokens) partial = partial.flatMap((p) => cutsOf(t).map((c) => [...p, ...c]));
	return partial
		.filter((p) => p.length === n && p.every((s) => s === '0' || !s.startsWith('0')))
		.map((p) => p.map(Number))
		.filter((c) => rules.every((r) => c[r.total] === r.parts.reduce((s, i) => s + c[i], 0)));
}

describe('splitTokens', () => {
	it('splits the 平潭 2023 new-requests row by its row total', () => {
		expect(splitTokens(['801000081'], 7, [ROW]).splits).toEqual([[80, 1, 0, 0, 0, 0, 81]]);
	});

	it('splits table 四 of 平潭 2024 (17 digits, 15 cells) in the one way all three totals allow', () => {
		expect(splitTokens(['21317000001324019'], 15, APPEALS).splits).toEqual([[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]]);
	});

	it('treats spaces as cell boundaries (平潭 2020: `200 000121`)', () => {
		expect(splitTokens(['200', '000121'], 7, [ROW]).splits).toEqual([[20, 0, 0, 0, 0, 1, 21]]);
	});

	it('returns every valid split when the row total allows several', () => {
		// 平潭 2021's 予以公开 row: several cuts fit the row total (the column rules settle it later).
		expect(splitTokens(['270020130'], 7, [ROW]).splits).toEqual(bruteForce(['270020130'], 7, [ROW]));
		expect(splitTokens(['270020130'], 7, [ROW]).splits.length).toBeGreaterThan(1);
	});

	it('never gives a multi-digit cell a leading zero', () => {
		expect(splitTokens(['0011'], 3, []).splits).toEqual([[0, 0, 11]]);
	});

	it('keeps decimals whole and placeholders as zero cells', () => {
		expect(splitTokens(['7730.28'], 1, []).splits).toEqual([[7730.28]]);
		expect(splitTokens(['1', '—', '∅'], 3, []).splits).toEqual([[1, 0, 0]]);
	});

	const digits = fc.stringMatching(/^[0-9]{1,6}$/);
	const tokens = fc.array(digits, { minLength: 1, maxLength: 3 });

	it('property: every split it returns satisfies every rule and re-joins to the input', () => {
		fc.assert(
			fc.property(tokens, fc.integer({ min: 1, max: 9 }), (toks, n) => {
				const rules = n === 7 ? [ROW] : [];
				for (const s of splitTokens(toks, n, rules).splits) {
					expect(s).toHaveLength(n);
					for (const r of rules) expect(s[r.total]).toBe(r.parts.reduce((a, i) => a + s[i], 0));
					expect(s.map(String).join('')).toBe(toks.join(''));
				}
			})
		);
	});

	it('property: it returns exactly the splits an exhaustive search finds', () => {
		fc.assert(
			fc.property(tokens, fc.constantFrom(3, 5, 7), (toks, n) => {
				const rules = n === 7 ? [ROW] : [];
				expect(splitTokens(toks, n, rules).splits).toEqual(bruteForce(toks, n, rules));
			})
		);
	});

	it('property: a consistent row, glued together, is always among the splits', () => {
		const cell = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 }));
		fc.assert(
			fc.property(fc.array(cell, { minLength: 6, maxLength: 6 }), (parts) => {
				const row = [...parts, parts.reduce((a, b) => a + b, 0)];
				expect(splitTokens([row.join('')], 7, [ROW]).splits).toContainEqual(row);
			})
		);
	});

	it('property: never throws, whatever the tokens', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { maxLength: 5 }), fc.integer({ min: -2, max: 20 }), (toks, n) => {
				const r = splitTokens(toks, n, [ROW]);
				expect(Array.isArray(r.splits)).toBe(true);
				readRow(toks, n, n === 7 ? [ROW] : []);
			})
		);
	});
});

describe('resolveColumns with a row one cell short', () => {
	// Review 13: three ambiguous result rows (37 splits each, k 0 0 0 0 0 k for k = 1…37) whose
	// column sums settle them at 1 each, beside a row one cell short with 4 fills: 37³ × 4 is past
	// the search's bound, and the short row must not cost the others their settling.
	it('still settles the ambiguous rows when adding the short row’s fills would pass the bound', () => {
		const z = [0, 0, 0, 0, 0, 0, 0];
		const row = (k: number) => [k, 0, 0, 0, 0, 0, k];
		const m = new Map<string, Reading>();
		for (const k of RESULT_ITEMS) m.set(k, { kind: 'exact', values: z });
		const open = ['granted', 'partially_granted', 'denied.state_secret'];
		for (const k of open) m.set(k, { kind: 'choices', candidates: Array.from({ length: 37 }, (_, i) => row(i + 1)) });
		m.set('handled_total', { kind: 'exact', values: row(3) });
		m.set('new_received', { kind: 'exact', values: row(2) });
		m.set('carried_forward', { kind: 'exact', values: z });
		m.set('carried_over', { kind: 'partial', missing: true, values: [null, null, null, null, null, null, 1], candidates: [0, 1, 2, 3].map((p) => z.map((_, i) => (i === p || i === 6 ? 1 : 0))) });
		resolveColumns(m);
		// By hand: three rows of at least 1 that add up to 3 in the first column are 1, 1, 1.
		for (const k of open) expect(m.get(k)).toEqual({ kind: 'exact', values: row(1) });
		expect(m.get('carried_over')?.kind).toBe('partial');
	});
});

describe('readRow', () => {
	it('drops the surplus cell of the seed report’s (七) 总计 row and says which', () => {
		expect(readRow('5 0 0 0 0 0 0 5'.split(' '), 7, [ROW])).toMatchObject({ kind: 'repaired_extra', values: [5, 0, 0, 0, 0, 0, 5] });
	});

	it('deduces a missing cell when every position gives the same row', () => {
		expect(readRow(['000000'], 7, [ROW])).toMatchObject({ kind: 'repaired_missing', values: [0, 0, 0, 0, 0, 0, 0] });
	});

	it('does not deduce a missing cell when positions disagree', () => {
		expect(readRow(['1', '0', '0', '0', '0', '1'], 7, [ROW]).kind).toBe('partial');
	});

	it('keeps the cells all best readings agree on when no split satisfies a rule (社会事业局 2024 table 四)', () => {
		const r = readRow(['00202000001324015'], 15, APPEALS);
		expect(r.kind).toBe('partial');
		if (r.kind !== 'partial') return;
		expect(r.values.slice(0, 10)).toEqual([0, 0, 2, 0, 2, 0, 0, 0, 0, 0]);
		expect(r.values.slice(10)).toEqual([null, null, null, null, null]);
	});

	it('reads a printed row that breaks the row rule as printed when only one split exists', () => {
		expect(readRow(['1000000'], 7, [ROW])).toEqual({ kind: 'exact', values: [1, 0, 0, 0, 0, 0, 0] });
	});
});
