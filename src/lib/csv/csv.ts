/**
 * CSV for spreadsheets used in China: UTF-8 with a BOM (or Excel shows mojibake), each header
 * `中文标签（单位） (key)` so people read it and programs can map it, plain numbers (no grouping,
 * rates in percent as on screen, at most six decimals), and text cells starting with = + - @ tab
 * or CR prefixed with ' so a spreadsheet cannot run them as formulas. Numbers are left alone
 * otherwise: -3 stays a number.
 */
import Papa from 'papaparse';
import type { Column, Table } from '../query/table';
import { paren } from '../i18n/punct';

export const BOM = '\uFEFF';

const PERCENT = { zh: '%', en: '%' };

/** `行政事业性收费（万元） (fees.amount)`: a unit goes with the label, as on screen, so 96171.6 is not read as yuan. */
function csvHeader(c: Column): string {
	const unit = c.unit ?? (c.format === 'percent' ? PERCENT : undefined);
	return `${c.label.zh}${unit ? paren(unit.zh, 'zh') : ''} (${c.key})`;
}

/**
 * A rate as the screen shows it, in percent (66.666667, not 0.6666666666666666, beside a change
 * in percentage points); every number to at most six decimals, the most a report prints (fees in
 * 万元), so sums carry no binary noise (13679.368667, not 13679.368666999999).
 */
function csvNumber(v: number, c: Column): number {
	const x = c.format === 'percent' ? v * 100 : v;
	return Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6;
}

/**
 * What a spreadsheet runs: the first character alone decides. Papa's own pattern for
 * `escapeFormulae: true` ends in `.*$`, which misses a cell with a line break after the formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function tableToCsv(table: Table): string {
	const fields = table.columns.map(csvHeader);
	const data = table.rows.map((row) =>
		table.columns.map((c) => {
			const v = row[c.key] ?? null;
			return typeof v === 'number' ? csvNumber(v, c) : v;
		})
	);
	return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
