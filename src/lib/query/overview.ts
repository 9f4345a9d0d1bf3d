/**
 * Cards and chart tables of the overview, computed from a Rollup (pure, no SQL), so the
 * first paint from summary.json and every filtered redraw go through the same code.
 */
import {
	APPEAL_PARTS,
	APPLICANT_MEASURES,
	REQUEST_GROUPS,
	section,
	item,
	measure,
	type Label,
	type SectionKey
} from '../template/template';
import { brokenTotal, cellSeries, cellTotal, rateTotal, sumKnown, unreadSeries, unreadTotal, type Rollup } from './rollup';
import { YEAR_COLUMN, type Column, type Format, type Table } from './table';
import { COL } from './columns';

/**
 * The rates are the metrics of the same names (metrics.ts), pooled over the reports that give
 * their numerator and a denominator above zero.
 */
export interface Cards {
	reports: number;
	received: number | null;
	handled: number | null;
	/** The outcomes summed (what the outcomes chart stacks): not the printed total where a report's do not add up. */
	handledParts: number | null;
	/** (granted + partially_granted) / handled_total */
	disclosureRate: number | null;
	/** unable.not_held / handled_total */
	notHeldShare: number | null;
	review: number | null;
	/** The review outcomes summed (what the appeals chart stacks): not the printed totals where a report's do not add up. */
	reviewParts: number | null;
	reviewCorrectedRate: number | null;
	litigation: number | null;
	litigationParts: number | null;
	litigationCorrectedRate: number | null;
	/**
	 * Reports that do not give all of a count card's cells: the card's sum has only their known
	 * part, and says so. By card (the count metric of the same key).
	 */
	unread: { received: number; handled: number; review: number; litigation: number };
	/** Reports a rate card leaves out because their total there is not the sum of its parts (metrics.ts rateSql). */
	leftOut: { disclosureRate: number; notHeldShare: number; reviewCorrectedRate: number; litigationCorrectedRate: number };
}

const add = (...xs: (number | null)[]) => sumKnown(xs);

export function cardsFrom(r: Rollup): Cards {
	const req = (i: string) => cellTotal(r, 'requests', i, 'total');
	const handled = req('handled_total');
	const app = (i: string, m: string) => cellTotal(r, 'appeals', i, m);
	const review = app('review', 'total');
	const litigation = add(app('litigation_direct', 'total'), app('litigation_after_review', 'total'));
	const parts = (...items: string[]) => add(...items.flatMap((i) => APPEAL_PARTS.map((m) => app(i, m))));
	const outcomes = section('requests').items.filter((x) => x.group).map((x) => req(x.key));
	return {
		reports: r.reports.reduce((a, b) => a + b, 0),
		received: req('new_received'),
		handled,
		handledParts: add(...outcomes),
		disclosureRate: rateTotal(r, 'disclosure_rate'),
		notHeldShare: rateTotal(r, 'not_held_share'),
		review,
		reviewParts: parts('review'),
		reviewCorrectedRate: rateTotal(r, 'review_corrected_rate'),
		litigation,
		litigationParts: parts('litigation_direct', 'litigation_after_review'),
		litigationCorrectedRate: rateTotal(r, 'litigation_corrected_rate'),
		unread: { received: unreadTotal(r, 'received'), handled: unreadTotal(r, 'handled'), review: unreadTotal(r, 'review'), litigation: unreadTotal(r, 'litigation') },
		leftOut: {
			disclosureRate: brokenTotal(r, 'disclosure_rate'),
			notHeldShare: brokenTotal(r, 'not_held_share'),
			reviewCorrectedRate: brokenTotal(r, 'review_corrected_rate'),
			litigationCorrectedRate: brokenTotal(r, 'litigation_corrected_rate')
		}
	};
}

/**
 * Per year, how many reports leave a cell of a chart unread (at least: the most for any one of
 * its cells), so that the chart can say its sums leave them out.
 */
function unreadOf(r: Rollup, cells: (readonly [SectionKey, string, string])[]): number[] {
	const series = cells.map(([s, i, m]) => unreadSeries(r, s, i, m));
	return r.years.map((_, y) => Math.max(0, ...series.map((xs) => xs[y])));
}

function cellColumn(s: SectionKey, i: string, m: string, withMeasure: boolean): Column {
	const il = item(s, i)!.label;
	const md = measure(s, m)!;
	const label: Label = withMeasure ? { zh: `${il.zh}·${md.label.zh}`, en: `${il.en}, ${md.label.en}` } : il;
	const format: Format = md.decimal ? 'decimal' : 'int';
	return { key: `${i}.${m}`, label, format, ...(md.unit ? { unit: md.unit } : {}) };
}

/** Year rows with one column per given series. */
function byYear(r: Rollup, columns: Column[], series: (number | null)[][]): Table {
	return {
		columns: [YEAR_COLUMN, ...columns],
		rows: r.years.map((year, y) => {
			const row: Table['rows'][number] = { year };
			columns.forEach((c, k) => (row[c.key] = series[k][y]));
			return row;
		})
	};
}

/** The headline measure of each proactive-disclosure item, its template's first: issued, decisions, fees. */
const ACTIVE_CELLS: [string, string][] = section('active').items.map((i) => [i.key, i.measures[0]]);

export function activeTable(r: Rollup): Table {
	const cols = ACTIVE_CELLS.map(([i, m]) => cellColumn('active', i, m, m === 'issued'));
	return byYear(r, cols, ACTIVE_CELLS.map(([i, m]) => cellSeries(r, 'active', i, m)));
}

/** Outcome groups stacked by year; with `group`, that group's sub-reasons instead. */
export function outcomesTable(r: Rollup, group?: string): Table {
	const items = section('requests').items;
	if (group) {
		const members = items.filter((x) => x.group === group);
		return byYear(
			r,
			members.map((x) => ({ key: x.key, label: x.label, format: 'int' })),
			members.map((x) => cellSeries(r, 'requests', x.key, 'total'))
		);
	}
	return byYear(
		r,
		REQUEST_GROUPS.map((g) => ({ key: g.key, label: g.label, format: 'int' })),
		REQUEST_GROUPS.map((g) => {
			const parts = items.filter((x) => x.group === g.key).map((x) => cellSeries(r, 'requests', x.key, 'total'));
			return r.years.map((_, y) => sumKnown(parts.map((p) => p[y])));
		})
	);
}

/** Applicant types of the year's new requests. */
export function applicantsTable(r: Rollup): Table {
	return byYear(
		r,
		APPLICANT_MEASURES.map((m) => ({ key: m, label: measure('requests', m)!.label, format: 'int' })),
		APPLICANT_MEASURES.map((m) => cellSeries(r, 'requests', 'new_received', m))
	);
}

/** The appeals chart's cells: review and the two kinds of litigation, each by outcome. */
const APPEAL_CELLS = section('appeals').items.flatMap((i) => APPEAL_PARTS.map((m) => [i.key, m] as const));

/** Review and the two kinds of litigation, each split by outcome (columns `item.outcome`). */
export function appealsTable(r: Rollup): Table {
	return byYear(
		r,
		APPEAL_CELLS.map(([i, m]) => cellColumn('appeals', i, m, true)),
		APPEAL_CELLS.map(([i, m]) => cellSeries(r, 'appeals', i, m))
	);
}

/**
 * A chart's table as its data table and CSV give it: with, where some year's sums leave a
 * report's unread figure out, a column saying how many reports that is (at least; see unreadOf).
 */
export function withUnreadColumn(t: Table, perYear: number[]): Table {
	if (!perYear.some((n) => n > 0)) return t;
	return { columns: [...t.columns, COL.unread], rows: t.rows.map((row, y) => ({ ...row, unread: perYear[y] })) };
}

export interface Overview {
	cards: Cards;
	active: Table;
	outcomes: Table;
	applicants: Table;
	appeals: Table;
	/** Per chart and year, reports whose cells there are unread (see unreadOf): left out of its sums. */
	unread: { active: number[]; outcomes: number[]; applicants: number[]; appeals: number[] };
}

export function overviewFrom(r: Rollup, group?: string): Overview {
	const outcomeItems = section('requests').items.filter((x) => (group ? x.group === group : x.group));
	return {
		cards: cardsFrom(r),
		active: activeTable(r),
		outcomes: outcomesTable(r, group),
		applicants: applicantsTable(r),
		appeals: appealsTable(r),
		unread: {
			active: unreadOf(r, ACTIVE_CELLS.map(([i, m]) => ['active', i, m] as const)),
			outcomes: unreadOf(r, outcomeItems.map((x) => ['requests', x.key, 'total'] as const)),
			applicants: unreadOf(r, APPLICANT_MEASURES.map((m) => ['requests', 'new_received', m] as const)),
			appeals: unreadOf(r, APPEAL_CELLS.map(([i, m]) => ['appeals', i, m] as const))
		}
	};
}
