/** The template cells the overview and the metrics read, and the table that holds them per report. */
import { cells } from '../template/template';
import { RULES } from '../template/rules';

/** A template cell's key: `section|item|measure`. */
export const cellKey = (section: string, item: string, measure: string) => `${section}|${item}|${measure}`;

/**
 * The cells the overview reads. Section 三 is only needed as row totals, plus the applicant
 * split of new requests: keeping the rest out makes summary.json a few KB.
 */
export const ROLLUP_CELLS = cells().filter((c) => c.section !== 'requests' || c.measure === 'total' || c.item === 'new_received');
/** Their keys (cellKey), which name report_cells' columns. */
export const ROLLUP_KEYS = ROLLUP_CELLS.map((c) => cellKey(c.section, c.item, c.measure));

/**
 * The column beside a cell's that says whether the report left it unread: TRUE for a fact row
 * with no value, FALSE for a value, NULL for a cell the report's layout does not have (no fact
 * row: the 2019 layout's section 二 and its single (六) row), which is not a figure left out.
 */
export function unreadColumn(key: string): string {
	return `unread|${key}`;
}

/**
 * The totals whose template sum can break (rule 2: section 三's handled total is its outcomes'
 * sum; rule 4: an appeal's total is its four outcomes'), in the total column the rates divide by.
 * report_cells flags, per report, each such total the validator found broken (breaksColumn).
 */
const SUM_CHECKED_CELLS = ROLLUP_CELLS.filter(
	(c) => c.measure === 'total' && ((c.section === 'requests' && c.item === 'handled_total') || c.section === 'appeals')
);
/** Their keys (cellKey). */
export const SUM_CHECKED = SUM_CHECKED_CELLS.map((c) => cellKey(c.section, c.item, c.measure));
/** The rules whose findings mark a total as not the sum of its parts. */
export const SUM_RULES = RULES.filter((r) => r.formatRule === 2 || r.formatRule === 4).map((r) => r.id);
/** The report_cells column that is TRUE where the report's total `key` breaks its sum. */
export const breaksColumn = (key: string) => `breaks|${key}`;

/**
 * `report_cells`: one row per report, one column (named by cellKey) per rollup cell, written by
 * ingest beside `facts`. Summing columns over the filtered reports is far cheaper than joining
 * and grouping their facts (at 10,000 reports, ~1M fact rows per overview redraw). Beside each
 * cell its unreadColumn, and for each SUM_CHECKED total its breaksColumn (TRUE where the
 * validator found the total not the sum of its parts): written here, once, rather than joined
 * from `findings` by every query. The names and conditions come from the template only, never
 * from input. Ingest runs it after writing `facts` and `findings`.
 */
/** The SQL condition that a `facts` or `findings` row is about cell `c`. */
const isCell = (c: (typeof ROLLUP_CELLS)[number]) => `section = '${c.section}' AND item = '${c.item}' AND measure = '${c.measure}'`;

export const REPORT_CELLS_SQL = `CREATE TABLE report_cells AS
	SELECT x.*, ${SUM_CHECKED.map((k) => `coalesce(b."${k}", FALSE) AS "${breaksColumn(k)}"`).join(', ')}
	FROM (
		SELECT report_id, ${ROLLUP_CELLS.map((c, i) => `max(value) FILTER (WHERE ${isCell(c)}) AS "${ROLLUP_KEYS[i]}"`).join(',\n\t\t\t')},
			${ROLLUP_CELLS.map((c, i) => `bool_or(value IS NULL) FILTER (WHERE ${isCell(c)}) AS "${unreadColumn(ROLLUP_KEYS[i])}"`).join(',\n\t\t\t')}
		FROM facts GROUP BY report_id
	) x LEFT JOIN (
		SELECT report_id, ${SUM_CHECKED_CELLS.map((c, i) => `bool_or(${isCell(c)}) AS "${SUM_CHECKED[i]}"`).join(', ')}
		FROM findings WHERE rule IN (${SUM_RULES.map((r) => `'${r}'`).join(', ')}) GROUP BY report_id
	) b ON b.report_id = x.report_id
	ORDER BY x.report_id`;
