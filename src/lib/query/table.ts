/**
 * The shape every chart and table of the dashboard is drawn from, and exported as CSV from:
 * one language-neutral table, so the chart, its data table and its download cannot disagree.
 */
import { METADATA_LABELS, type Label } from '../template/template';

/** `points`: percentage points (a rate's change), one decimal like the percentages beside them. */
export type Format = 'int' | 'decimal' | 'percent' | 'points' | 'text' | 'year';

export interface Column {
	key: string;
	label: Label;
	format: Format;
	unit?: Label;
}

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Table {
	columns: Column[];
	rows: Row[];
}

export const YEAR_COLUMN: Column = { key: 'year', label: METADATA_LABELS.year, format: 'year' };
