/**
 * Rows of table 三 whose digits split several ways within the row can often be settled by the
 * column rules (2 and 3), which tie the rows together. Only splits under which every column
 * rule holds are kept; a row is settled when all surviving combinations agree on it. So can a
 * row printed one cell short, whose own rule leaves several fills (`5 0 0 0 0 5`: the 5 may be
 * the first cell's or the second's): each fill is a candidate.
 */
import { RESULT_ITEMS, REQUEST_MEASURES } from '../../template/template';
import { agree, type Reading } from './split';

type Open = Extract<Reading, { kind: 'choices' }> | Extract<Reading, { kind: 'partial' }>;

const MAX_COMBINATIONS = 200_000;

export function resolveColumns(readings: Map<string, Reading>): void {
	const choices = [...readings].filter(([, r]) => r.kind === 'choices') as [string, Open][];
	const short = [...readings].filter(([, r]) => r.kind === 'partial' && r.missing) as [string, Open][];
	const combos = (rows: [string, Open][]) => rows.reduce((n, [, r]) => n * r.candidates.length, 1);
	// The rows one cell short join in only while the search stays within bounds: they must not
	// cost the ambiguous rows the settling they had without them.
	const open = combos([...choices, ...short]) <= MAX_COMBINATIONS ? [...choices, ...short] : choices;
	if (open.length === 0 || combos(open) > MAX_COMBINATIONS) return;

	const fixed = new Map<string, number[]>();
	for (const [key, r] of readings) {
		if (r.kind === 'exact' || r.kind === 'repaired_extra' || r.kind === 'repaired_missing') fixed.set(key, r.values);
	}
	const valueOf = (key: string, chosen: Map<string, number[]>) => chosen.get(key) ?? fixed.get(key);
	const columns = REQUEST_MEASURES.length;

	const holds = (chosen: Map<string, number[]>): boolean => {
		const handled = valueOf('handled_total', chosen);
		const results = RESULT_ITEMS.map((k) => valueOf(k, chosen));
		const resultsKnown = RESULT_ITEMS.every((k) => readings.has(k) ? valueOf(k, chosen) !== undefined : true);
		const nr = valueOf('new_received', chosen);
		const co = valueOf('carried_over', chosen);
		const cf = valueOf('carried_forward', chosen);
		for (let c = 0; c < columns; c++) {
			if (handled && resultsKnown) {
				const sum = results.reduce((s, row) => s + (row ? row[c] : 0), 0);
				if (sum !== handled[c]) return false;
			}
			if (handled && nr && co && cf && nr[c] + co[c] !== handled[c] + cf[c]) return false;
		}
		return true;
	};

	const survivors: Map<string, number[]>[] = [];
	const chosen = new Map<string, number[]>();
	const walk = (i: number) => {
		if (i === open.length) {
			if (holds(chosen)) survivors.push(new Map(chosen));
			return;
		}
		const [key, r] = open[i];
		for (const c of r.candidates) {
			chosen.set(key, c);
			walk(i + 1);
		}
		chosen.delete(key);
	};
	walk(0);
	if (survivors.length === 0) return;

	for (const [key, r] of open) {
		const first = survivors[0].get(key)!;
		const settled = survivors.every((s) => s.get(key)!.join() === first.join());
		const distinct = [...new Map(survivors.map((s) => [s.get(key)!.join(), s.get(key)!])).values()];
		if (r.kind === 'partial') {
			readings.set(key, settled ? { kind: 'repaired_missing', values: first, candidates: [first], byColumns: true } : { kind: 'partial', values: agree(distinct), candidates: distinct, missing: true });
		} else if (settled) {
			readings.set(key, r.extra ? { kind: 'repaired_extra', values: first, dropped: null } : { kind: 'exact', values: first });
		} else {
			readings.set(key, { kind: 'choices', candidates: distinct, extra: r.extra });
		}
	}
}
