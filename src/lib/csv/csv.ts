/**
 * CSV for spreadsheets used in China: UTF-8 with a BOM (or Excel shows mojibake), each header
 * `中文标签（单位） (key)` so people read it and programs can map it, raw numbers (no grouping), and
 * text cells starting with = + - @ tab or CR prefixed with ' so a spreadsheet cannot run
 * them as formulas. Numbers are left alone: -3 stays a number.
 */
import Papa from 'papaparse';
import type { Column, Table } from '../query/table';
import { paren } from '../i18n/punct';

export const BOM = '\uFEFF';

/** `行政事业性收费（万元） (fees.amount)`: a unit goes with the label, as on screen, so 96171.6 is not read as yuan. */
function csvHeader(c: Column): string {
	return `${c.label.zh}${c.unit ? paren(c.unit.zh, 'zh') : ''} (${c.key})`;
}

/**
 * What a spreadsheet runs: the first character alone decides. Papa's own pattern for
 * `escapeFormulae: true` ends in `.*$`, which misses a cell with a line break after the formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function tableToCsv(table: Table): string {
	const fields = table.columns.map(csvHeader);
	const data = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null));
	return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
