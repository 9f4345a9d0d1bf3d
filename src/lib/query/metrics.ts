/**
 * Metrics that the drill-down and compare views chart per region, agency or year.
 * Each is a sum of template cells, or a ratio of two such sums (rates are computed from
 * summed cells, so a big agency weighs more than a small one, as in a pooled table; see
 * rateSql for which reports they pool). The SQL is assembled from these constants only —
 * never from the URL.
 */
import { TABLE_HEADINGS, itemName, measure, type Label, type SectionKey } from '../template/template';
import type { Format } from './table';
import { paren } from '../i18n/punct';
import { cellKey, ROLLUP_KEYS, SUM_CHECKED, breaksColumn, unreadColumn } from './report-cells';
import { COL } from './columns';

const COLUMNS = new Set(ROLLUP_KEYS);

export type CellRef = readonly [SectionKey, string, string];

export interface Metric {
	key: string;
	label: Label;
	format: Format;
	/** Counts reports instead of summing cells. */
	countReports?: boolean;
	num: CellRef[];
	den?: CellRef[];
	/** A rate's denominator as a column heading (the base a ranking can require a minimum of). */
	base?: Label;
	/** A rate's short name (a card's title), `label` being the name with its formula. */
	name?: Label;
	/** A rate's formula in the template's labels: (予以公开＋部分公开) ÷ 办理结果总计. */
	formula?: Label;
}

const cellLabel = ([s, i, m]: CellRef): Label => {
	const il = itemName(s, i);
	const md = measure(s, m);
	if (!il || !md) throw new Error(`not a template cell: ${s}.${i}.${m}`);
	const { label: ml, unit } = md;
	const label = m === 'total' || m === 'decisions' ? il : { zh: `${il.zh}·${ml.zh}`, en: `${il.en}, ${ml.en}` };
	// A unit goes with the name (本年收费金额 is in 万元), in the select, the chart and the CSV alike.
	return unit ? { zh: label.zh + paren(unit.zh, 'zh'), en: label.en + paren(unit.en, 'en') } : label;
};

const REVIEW: CellRef = ['appeals', 'review', 'total'];
const LITIGATION: CellRef[] = [
	['appeals', 'litigation_direct', 'total'],
	['appeals', 'litigation_after_review', 'total']
];
const HANDLED: CellRef = ['requests', 'handled_total', 'total'];
const LITIGATION_LABEL: Label = TABLE_HEADINGS.litigation;
/** What share of reviews or lawsuits ended with the agency corrected (a card's note, a rate's name). */
export const CORRECTED_RATE: Label = { zh: '纠错率', en: 'correction rate' };

/** A ratio's formula from its cells' labels; several numerator cells are added, in brackets. */
function formula(num: CellRef[], den: Label): Label {
	const part = (lang: 'zh' | 'en') => {
		const names = num.map((c) => cellLabel(c)[lang]);
		return names.length > 1 ? (lang === 'zh' ? `（${names.join('＋')}）` : `(${names.join(' + ')})`) : names[0];
	};
	return { zh: `${part('zh')} ÷ ${den.zh}`, en: `${part('en')} ÷ ${den.en}` };
}

/**
 * A rate: its short name and its formula. The label (selects, chart titles, CSV headers) is the
 * name, or with `spelled` the name and the formula, where the name alone could be read several
 * ways (公开率: of what?).
 */
function rate(key: string, name: Label, num: CellRef[], den: CellRef[], base: Label, spelled = false): Metric {
	const f = formula(num, base);
	return {
		key,
		label: spelled ? { zh: `${name.zh}${f.zh}`, en: `${name.en} ${f.en}` } : name,
		name,
		formula: f,
		format: 'percent',
		num,
		den,
		base
	};
}

export const METRICS: Metric[] = [
	{ key: 'received', label: cellLabel(['requests', 'new_received', 'total']), format: 'int', num: [['requests', 'new_received', 'total']] },
	{ key: 'handled', label: cellLabel(HANDLED), format: 'int', num: [HANDLED] },
	rate(
		'disclosure_rate',
		{ zh: '公开率', en: 'Disclosure rate' },
		[
			['requests', 'granted', 'total'],
			['requests', 'partially_granted', 'total']
		],
		[HANDLED],
		cellLabel(HANDLED),
		true
	),
	rate('not_held_share', { zh: '“本机关不掌握”占比', en: 'Share “not held”' }, [['requests', 'unable.not_held', 'total']], [HANDLED], cellLabel(HANDLED)),
	{ key: 'review', label: cellLabel(REVIEW), format: 'int', num: [REVIEW] },
	rate(
		'review_corrected_rate',
		{ zh: `${cellLabel(REVIEW).zh}${CORRECTED_RATE.zh}`, en: `${cellLabel(REVIEW).en} ${CORRECTED_RATE.en}` },
		[['appeals', 'review', 'corrected']],
		[REVIEW],
		cellLabel(REVIEW)
	),
	{ key: 'litigation', label: LITIGATION_LABEL, format: 'int', num: LITIGATION },
	rate(
		'litigation_corrected_rate',
		{ zh: `${LITIGATION_LABEL.zh}${CORRECTED_RATE.zh}`, en: `${LITIGATION_LABEL.en} ${CORRECTED_RATE.en}` },
		[
			['appeals', 'litigation_direct', 'corrected'],
			['appeals', 'litigation_after_review', 'corrected']
		],
		LITIGATION,
		LITIGATION_LABEL
	),
	{ key: 'licensing', label: cellLabel(['active', 'licensing', 'decisions']), format: 'int', num: [['active', 'licensing', 'decisions']] },
	{ key: 'penalty', label: cellLabel(['active', 'penalty', 'decisions']), format: 'int', num: [['active', 'penalty', 'decisions']] },
	{
		key: 'normative_issued',
		label: cellLabel(['active', 'normative_docs', 'issued']),
		format: 'int',
		num: [['active', 'normative_docs', 'issued']]
	},
	{ key: 'fees', label: cellLabel(['active', 'fees', 'amount']), format: 'decimal', num: [['active', 'fees', 'amount']] },
	{ key: 'reports', label: COL.reports.label, format: 'int', countReports: true, num: [] }
];

export const DEFAULT_METRIC = METRICS[0];
/** The ratios among the metrics: the overview's cards show four of them, pooled the same way. */
export const RATE_METRICS = METRICS.filter((m) => m.den);

export function metricByKey(key: string | null | undefined): Metric | undefined {
	return METRICS.find((m) => m.key === key);
}

/** A cell's column in `report_cells c` (report-cells.ts), which holds every cell a metric reads. */
const column = ([s, i, m]: CellRef) => {
	const key = cellKey(s, i, m);
	if (!COLUMNS.has(key)) throw new Error(`metric cell ${key} is not a column of report_cells`);
	return `c."${key}"`;
};
/** One report's value of the cells summed; NULL when it gives none of them. */
function rowSumOf(cells: CellRef[]): string {
	const cols = cells.map(column);
	if (cols.length === 1) return cols[0];
	return `CASE WHEN ${cols.map((c) => `${c} IS NULL`).join(' AND ')} THEN NULL ELSE ${cols.map((c) => `coalesce(${c}, 0)`).join(' + ')} END`;
}

/**
 * One report's value of the cells summed, NULL unless it gives every one of them: a rate's side
 * with a cell unknown could be anything above the known part (granted 2, partially granted
 * unread, handled 10 is somewhere from 20% to 100%).
 */
function wholeSumOf(cells: CellRef[]): string {
	return cells.length === 1 ? column(cells[0]) : `(${cells.map(column).join(' + ')})`;
}

/** The breaksColumn of each of `cells` that is a total with a sum rule (report-cells.ts SUM_CHECKED). */
const breakFlags = (cells: CellRef[]): string[] =>
	cells.map(([s, i, m]) => cellKey(s, i, m)).filter((k) => SUM_CHECKED.includes(k)).map((k) => `c."${breaksColumn(k)}"`);

/** FALSE for a report whose denominator total the validator found not to be the sum of its parts (rules 2, 4). */
function denHolds(den: CellRef[]): string {
	const flags = breakFlags(den);
	return flags.length ? flags.map((f) => `NOT ${f}`).join(' AND ') : 'TRUE';
}

/**
 * A rate's numerator and denominator, each summed over the same reports: those that give every
 * cell of both and a denominator above zero, and whose denominator is the sum of its parts. A
 * report that breaks the template's sums can give, say, five "not held" answers and a handled
 * total of 0, or a total of 21 beside outcomes that add up to 27; pooled with the others it would
 * push the share over 100%, or quietly move it. (Such reports are in the quality view.) A report
 * with a cell unread is left out in the same way, rather than read as 0 there: known corrected
 * lawsuits beside an unknown total would otherwise rate 300%.
 */
export function rateSql(m: Metric): { num: string; den: string } {
	if (!m.den) throw new Error(`${m.key} is not a rate`);
	const num = wholeSumOf(m.num);
	const den = wholeSumOf(m.den);
	const pooled = `${den} > 0 AND ${num} IS NOT NULL AND ${denHolds(m.den)}`;
	return { num: `sum(${num}) FILTER (WHERE ${pooled})`, den: `sum(${den}) FILTER (WHERE ${pooled})` };
}

/** The aggregate expression over `reports r` joined to `report_cells c` (METRIC_JOIN), as DOUBLE. */
export function metricSql(m: Metric): string {
	if (m.countReports) return 'CAST(count(DISTINCT r.report_id) AS DOUBLE)';
	// The known values summed over the reports; NULL when none is known (as a sum over their facts
	// would be). A report that leaves a cell unread is in it with its known part: unreadSql counts them.
	if (!m.den) return `sum(${rowSumOf(m.num)})`;
	const { num, den } = rateSql(m);
	return `${num} / nullif(${den}, 0)`;
}

/**
 * How many of the reports a count metric sums do not give all of it (a cell unread, a table not
 * read): the sum has only their known part, so it is a lower bound, and the page says so rather
 * than pass it for whole (lawsuits: 2 directly, after review unread, is not 2 lawsuits).
 * 0 for a rate, which pools only the reports that give it whole anyway, and for the report count.
 */
export function unreadSql(m: Metric): string {
	if (m.den || m.countReports) return 'CAST(0 AS INTEGER)';
	const unread = m.num.map(([s, i, k]) => `c."${unreadColumn(cellKey(s, i, k))}"`).join(' OR ');
	// One row per report (METRIC_JOIN is 1:1): a sum of 0/1 counts them, far cheaper than count(DISTINCT).
	return `CAST(coalesce(sum(CAST(${unread} AS INTEGER)), 0) AS INTEGER)`;
}

/**
 * How many reports behind a metric print a total that is not the sum of its parts (rules 2, 4)
 * where the metric reads that total: a count then sums the printed figure, known to be at odds
 * with its parts; a rate leaves the report out (rateSql). Either way the page says so.
 */
export function brokenSql(m: Metric): string {
	const flags = breakFlags(m.den ?? m.num);
	if (m.countReports || !flags.length) return 'CAST(0 AS INTEGER)';
	return `CAST(coalesce(sum(CAST(${flags.join(' OR ')} AS INTEGER)), 0) AS INTEGER)`;
}

/** The count metrics: what the cards and the compare view sum, with unreadSql beside each. */
export const COUNT_METRICS = METRICS.filter((m) => !m.den && !m.countReports);

/** What metricSql reads: one row of cells per report, none for a report without any. */
export const METRIC_JOIN = 'LEFT JOIN report_cells c ON c.report_id = r.report_id';
