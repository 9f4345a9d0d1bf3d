/**
 * Splitting runs of digits into table cells.
 *
 * Flattened reports glue a row's cells together (`801000081` is 80|1|0|0|0|0|81). The template's
 * sum rules are what make such a run readable: this module enumerates every way to cut the
 * tokens of a row into `n` cells such that every sum rule holds. Whitespace between tokens is a
 * cell boundary; inside a token any cut is allowed, except that a multi-digit cell never starts
 * with 0.
 */

/** `cells[total] = Σ cells[parts]` */
export interface SumRule {
	total: number;
	parts: number[];
}

/**
 * A token is digits (`"0120"`), which may be several glued cells; a placeholder that is one zero
 * cell; or one number that cannot be cut: a decimal (`"7730.28"`), a number grouped by thousands
 * (`"1,234"`), a signed one (`"-2"`), or one written with a unit that scales it (`"1.2万"`,
 * `"3940元"`: see `tokenValue`).
 */
export type Token = string;
export const BLANK = '∅';
const PLACEHOLDER = /^(∅|—+|-|－|–)$/;
const NUMBER_TOKEN = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(元|万)?$/;

export function isPlaceholder(t: Token): boolean {
	return PLACEHOLDER.test(t);
}

/** One cell whatever its length: a placeholder, or a number whose writing shows it is one. */
export function isAtomic(t: Token): boolean {
	return isPlaceholder(t) || /[.,\-元万]/.test(t);
}

/** The token written with `万` (ten thousand), which the cell is multiplied by. */
export const hasWan = (t: Token) => t.endsWith('万');
/** The token written in 元 (yuan): only a fee's cell (in 万元) must convert it, see tables.ts. */
export const hasYuan = (t: Token) => t.endsWith('元');

/** An atomic token's value; `万` multiplies, `元` is left to the caller. */
export function tokenValue(t: Token): number {
	if (isPlaceholder(t)) return 0;
	const n = Number(t.replace(/[,元万]/g, ''));
	// Scaled in decimal, so that 1.2万 is 12000 and not 11999.999999999998.
	return hasWan(t) ? Number((n * 10000).toFixed(6)) : n;
}

export interface SplitOptions {
	/** Stop after this many splits (the result is then marked truncated). */
	limit?: number;
	/** Longest cell, in digits. */
	maxDigits?: number;
	/** Search steps before giving up (the result is then marked truncated). */
	budget?: number;
}

export interface SplitResult {
	splits: number[][];
	truncated: boolean;
}

/**
 * Every split of `tokens` into `n` cells satisfying all `rules`, in lexicographic order of cut
 * positions. Never throws; returns no split when none exists.
 */
export function splitTokens(tokens: Token[], n: number, rules: SumRule[], opts: SplitOptions = {}): SplitResult {
	const limit = opts.limit ?? 5000;
	const maxDigits = opts.maxDigits ?? 12;
	let budget = opts.budget ?? 2_000_000;
	const splits: number[][] = [];
	if (n <= 0 || tokens.length === 0 || tokens.length > n) return { splits, truncated: false };
	for (const t of tokens) if (!isPlaceholder(t) && !NUMBER_TOKEN.test(t)) return { splits, truncated: false };

	// Rules are checked as soon as their last cell is placed.
	const closing: SumRule[][] = Array.from({ length: n }, () => []);
	for (const r of rules) {
		const last = Math.max(r.total, ...r.parts);
		if (last < n) closing[last].push(r);
	}
	// minCells/maxCells: how many cells the tokens from i onward can yield at least / at most;
	// restDigits: how many digits they hold (each cell holds at most maxDigits of them).
	const minCells: number[] = new Array(tokens.length + 1).fill(0);
	const maxCells: number[] = new Array(tokens.length + 1).fill(0);
	const restDigits: number[] = new Array(tokens.length + 1).fill(0);
	for (let i = tokens.length - 1; i >= 0; i--) {
		const t = tokens[i];
		const atomic = isAtomic(t);
		minCells[i] = minCells[i + 1] + Math.max(1, atomic ? 1 : Math.ceil(t.length / maxDigits));
		maxCells[i] = maxCells[i + 1] + (atomic ? 1 : t.length);
		restDigits[i] = restDigits[i + 1] + (atomic ? 0 : t.length);
	}
	if (minCells[0] > n) return { splits, truncated: false };

	const cells: number[] = [];
	let truncated = false;

	const holds = (idx: number) =>
		closing[idx].every((r) => cells[r.total] === r.parts.reduce((s, p) => s + cells[p], 0));

	const walk = (ti: number, pos: number): void => {
		if (truncated) return;
		if (--budget < 0) {
			truncated = true;
			return;
		}
		if (ti === tokens.length) {
			if (cells.length === n) {
				if (splits.length >= limit) truncated = true;
				else splits.push(cells.slice());
			}
			return;
		}
		const t = tokens[ti];
		const left = n - cells.length;
		// Cells still obtainable from the rest of this token plus the following tokens.
		const restMin = minCells[ti + 1];
		const restMax = maxCells[ti + 1];
		if (isAtomic(t)) {
			if (left < 1 + restMin || left > 1 + restMax) return;
			cells.push(tokenValue(t));
			if (holds(cells.length - 1)) walk(ti + 1, 0);
			cells.pop();
			return;
		}
		const remaining = t.length - pos;
		if (left < 1 + restMin || left > remaining + restMax) return;
		if (remaining + restDigits[ti + 1] > left * maxDigits) return;
		const maxLen = t[pos] === '0' ? 1 : Math.min(maxDigits, remaining);
		for (let len = 1; len <= maxLen; len++) {
			cells.push(Number(t.slice(pos, pos + len)));
			if (holds(cells.length - 1)) {
				if (pos + len === t.length) walk(ti + 1, 0);
				else walk(ti, pos + len);
			}
			cells.pop();
			if (truncated) return;
		}
	};
	walk(0, 0);
	return { splits, truncated };
}

/** How a row's cells were read. */
export type Reading =
	| { kind: 'exact'; values: number[] }
	/** `extra`: the candidates come from dropping a surplus cell (a repair, when one is chosen). */
	| { kind: 'choices'; candidates: number[][]; extra?: boolean }
	/** `dropped`: the index of the surplus token, or null when the column rules chose the row. */
	| { kind: 'repaired_extra'; values: number[]; dropped: number | null }
	/** `byColumns`: the row's own rule left several fills, and the column rules chose this one. */
	| { kind: 'repaired_missing'; values: number[]; candidates: number[][]; byColumns?: boolean }
	/** `missing`: the candidates are the fills of a row one cell short, which the column rules may settle. */
	| { kind: 'partial'; values: (number | null)[]; candidates: number[][]; missing?: boolean }
	| { kind: 'empty' };

const unique = (rows: number[][]): number[][] => {
	const seen = new Set<string>();
	return rows.filter((r) => {
		const k = r.join(',');
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
};

const satisfied = (cells: number[], rules: SumRule[]) =>
	rules.filter((r) => cells[r.total] === r.parts.reduce((s, p) => s + cells[p], 0)).length;

/**
 * Read one row (or one block such as table 四's fifteen cells) from its tokens.
 *
 * 1. Splits that satisfy every rule: one → exact, several → choices (the caller may resolve
 *    them with rules across rows; otherwise they stay unknown).
 * 2. None, and more tokens than cells → one token too many: drop each in turn (the seed report's
 *    `(七) 总计 5 0 0 0 0 0 0 5`); accepted when every working drop gives the same row.
 * 3. None, and fewer digits than cells → a cell is missing: try it at each position with the
 *    value the rules give it; accepted when every position gives the same row.
 * 4. Otherwise the original breaks a rule: among all splits, keep those satisfying the most
 *    rules; a cell on which they all agree is read, the rest are unknown.
 */
export function readRow(tokens: Token[], n: number, rules: SumRule[]): Reading {
	if (tokens.length === 0 || !Number.isInteger(n) || n <= 0) return { kind: 'empty' };
	const strict = splitTokens(tokens, n, rules);
	if (strict.splits.length === 1) return { kind: 'exact', values: strict.splits[0] };
	if (strict.splits.length > 1) return { kind: 'choices', candidates: strict.splits };

	if (tokens.length > n) {
		const drops: { values: number[]; dropped: number }[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const rest = tokens.filter((_, j) => j !== i);
			const r = splitTokens(rest, n, rules, { limit: 50 });
			for (const s of r.splits) drops.push({ values: s, dropped: i });
		}
		const distinct = unique(drops.map((d) => d.values));
		if (distinct.length === 1) return { kind: 'repaired_extra', values: distinct[0], dropped: drops[0].dropped };
		if (distinct.length > 1) return { kind: 'choices', candidates: distinct, extra: true };
	}

	const digitCount = tokens.reduce((s, t) => s + (isAtomic(t) ? 1 : t.length), 0);
	if (digitCount === n - 1) {
		const fills: number[][] = [];
		const shorter = splitTokens(tokens, n - 1, [], { limit: 50 });
		for (const s of shorter.splits) {
			for (let p = 0; p < n; p++) {
				const cells = [...s.slice(0, p), NaN, ...s.slice(p)];
				const value = deduce(cells, p, rules);
				if (value === null || value < 0) continue;
				cells[p] = value;
				if (satisfied(cells, rules) === rules.length) fills.push(cells);
			}
		}
		const distinct = unique(fills);
		if (distinct.length === 1) return { kind: 'repaired_missing', values: distinct[0], candidates: distinct };
		if (distinct.length > 1) return { kind: 'partial', values: agree(distinct), candidates: distinct, missing: true };
	}

	const loose = splitTokens(tokens, n, [], { limit: 20000 });
	if (loose.splits.length === 0 || loose.truncated) return { kind: 'partial', values: new Array(n).fill(null), candidates: [] };
	const best = Math.max(...loose.splits.map((s) => satisfied(s, rules)));
	const top = loose.splits.filter((s) => satisfied(s, rules) === best);
	if (top.length === 1) return { kind: 'exact', values: top[0] };
	return { kind: 'partial', values: agree(top), candidates: top };
}

/** The value cell `p` must take for the rules that involve it; null when no rule does. */
function deduce(cells: number[], p: number, rules: SumRule[]): number | null {
	for (const r of rules) {
		if (r.total === p) return r.parts.reduce((s, q) => s + cells[q], 0);
		if (r.parts.includes(p)) return cells[r.total] - r.parts.filter((q) => q !== p).reduce((s, q) => s + cells[q], 0);
	}
	return null;
}

/** Per cell: the value every candidate agrees on, else null. */
export function agree(candidates: number[][]): (number | null)[] {
	return candidates[0].map((v, i) => (candidates.every((c) => c[i] === v) ? v : null));
}
