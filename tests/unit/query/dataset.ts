/**
 * The real embedded dataset (written by `npm run ingest`) and, beside it, the hand-worked
 * golden fixtures of the same reports: expected values are summed from the fixtures here, in
 * plain JS, never taken from what a query printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeRunner } from '../../../src/lib/engine/node-runner';

export const DATASET = join(process.cwd(), 'static/data/gongkai.duckdb');
const FIXTURES = join(process.cwd(), 'tests/golden/expected');

type Cells = Record<string, Record<string, number | null>>;
export interface Fixture {
	agency: string;
	year: number;
	template: string;
	active: Cells | null;
	requests: Cells;
	appeals: Cells;
	/** Where the original breaks FORMAT.md's rules 1–4 and 6, found by hand (FIXTURE_FORMAT.md). */
	original_errors: { rule: number; section: string; item: string; measure: string }[];
}

/** Report metadata as the dataset holds it (region, level and kind are not in the fixtures). */
export interface Meta {
	report_id: string;
	agency: string;
	year: number;
	region_code: string | null;
	level: string;
	kind: string;
}

export interface Golden {
	runner: NodeRunner;
	reports: Meta[];
	fixture(id: string): Fixture;
}

export async function openGolden(path = DATASET): Promise<Golden> {
	if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest\` first`);
	const runner = await NodeRunner.open(path);
	const reports = await runner.all<Meta>('SELECT report_id, agency, year, region_code, level, kind FROM reports');
	const cache = new Map<string, Fixture>();
	const fixture = (id: string): Fixture => {
		let f = cache.get(id);
		if (!f) {
			const path = join(FIXTURES, `${id}.json`);
			if (!existsSync(path)) throw new Error(`report ${id} is in the dataset but has no golden fixture ${path}`);
			f = JSON.parse(readFileSync(path, 'utf8')) as Fixture;
			cache.set(id, f);
		}
		return f;
	};
	return { runner, reports, fixture };
}

/** A cell of one fixture; null when the report does not give it. */
export function cell(f: Fixture, section: 'active' | 'requests' | 'appeals', item: string, measure: string): number | null {
	return f[section]?.[item]?.[measure] ?? null;
}

/** Sum of a cell over reports, counting only known values; null when none is known. */
export function sum(g: Golden, ids: string[], section: 'active' | 'requests' | 'appeals', item: string, measure: string): number | null {
	let total: number | null = null;
	for (const id of ids) {
		const v = cell(g.fixture(id), section, item, measure);
		if (v !== null) total = (total ?? 0) + v;
	}
	return total;
}

export const add = (...xs: (number | null)[]) =>
	xs.every((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0);
export const ratio = (a: number | null, b: number | null) => (a === null || !b ? null : a / b);

type Ref = readonly ['active' | 'requests' | 'appeals', string, string];
/** A sum of cells that is known only when every one of them is. */
export const whole = (...xs: (number | null)[]) => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + b!, 0));

/** Whether the original prints a total that is not the sum of its parts (rule 2 or 4) at this cell. */
export const totalBreaks = (f: Fixture, [s, i, m]: Ref) => f.original_errors.some((e) => (e.rule === 2 || e.rule === 4) && e.section === s && e.item === i && e.measure === m);

/**
 * A rate over reports, pooled as the dashboard pools it: numerators and denominators summed
 * over the reports that give every cell of both and a denominator above zero, and whose
 * denominator the original does not print at odds with its parts.
 */
export function pooledRate(g: Golden, ids: string[], num: Ref[], den: Ref[]): number | null {
	let n = 0;
	let d = 0;
	for (const id of ids) {
		const f = g.fixture(id);
		const nv = whole(...num.map(([s, i, m]) => cell(f, s, i, m)));
		const dv = whole(...den.map(([s, i, m]) => cell(f, s, i, m)));
		if (nv === null || dv === null || dv <= 0 || den.some((c) => totalBreaks(f, c))) continue;
		n += nv;
		d += dv;
	}
	return d > 0 ? n / d : null;
}

/** The four rates of the overview's cards, by their metric keys. */
export const RATES: Record<string, { num: Ref[]; den: Ref[] }> = {
	disclosure_rate: { num: [['requests', 'granted', 'total'], ['requests', 'partially_granted', 'total']], den: [['requests', 'handled_total', 'total']] },
	not_held_share: { num: [['requests', 'unable.not_held', 'total']], den: [['requests', 'handled_total', 'total']] },
	review_corrected_rate: { num: [['appeals', 'review', 'corrected']], den: [['appeals', 'review', 'total']] },
	litigation_corrected_rate: {
		num: [['appeals', 'litigation_direct', 'corrected'], ['appeals', 'litigation_after_review', 'corrected']],
		den: [['appeals', 'litigation_direct', 'total'], ['appeals', 'litigation_after_review', 'total']]
	}
};
export const rateOf = (g: Golden, ids: string[], key: keyof typeof RATES) => pooledRate(g, ids, RATES[key].num, RATES[key].den);
