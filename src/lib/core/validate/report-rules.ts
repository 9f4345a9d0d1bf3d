/**
 * Consistency rules 1–4, 6 and 7 of FORMAT.md inside one report. A rule is checked only where
 * every value it needs is known: an unknown cell already has its own finding from the parser.
 */
import {
	APPEAL_PARTS,
	APPLICANT_MEASURES,
	RESULT_ITEMS,
	REQUEST_MEASURES,
	TABLE_HEADINGS,
	item as templateItem,
	labelOf,
	measure,
	section,
	type Label,
	type SectionKey
} from '../../template/template';
import type { Finding, Report } from '../report';
import type { NarrativeFigures } from '../parse/narrative';
import { finding } from '../parse/findings';
import { ABSENT_IN_SINGLE_OTHER_ROW, hasSingleOtherRow } from '../parse/tables';

type Values = Record<string, Record<string, number | null>>;

const sum = (xs: (number | null | undefined)[]): number | null =>
	xs.some((x) => x === null || x === undefined) ? null : (xs as number[]).reduce((a, b) => a + b, 0);

const fmt = (n: number) => String(Number(n.toFixed(6)));

/** Rule 4's sum in the table's own column headings: 结果维持+结果纠正+其他结果+尚未审结. */
const APPEAL_SUM: Label = {
	zh: APPEAL_PARTS.map((k) => measure('appeals', k)!.label.zh).join('+'),
	en: APPEAL_PARTS.map((k) => measure('appeals', k)!.label.en.toLowerCase()).join(' + ')
};
const APPEAL_TOTAL = measure('appeals', 'total')!.label;

export function checkReport(report: Report & { narrative?: NarrativeFigures }): Finding[] {
	const out: Finding[] = [];
	const req = report.requests;
	const absent = hasSingleOtherRow(report.findings) ? ABSENT_IN_SINGLE_OTHER_ROW : [];

	// Rule 1: each row's total is the six applicant columns summed.
	for (const item of section('requests').items) {
		const row = req[item.key];
		const expected = sum(APPLICANT_MEASURES.map((m) => row?.[m]));
		const found = row?.total ?? null;
		if (expected !== null && found !== null && expected !== found) {
			out.push(
				finding('row_total', {
					section: 'requests',
					item: item.key,
					measure: 'total',
					expected,
					found,
					message: `“${(item.name ?? item.label).zh}”一行：六类申请人合计${fmt(expected)}，总计栏为${fmt(found)}`,
					message_en: `Row “${(item.name ?? item.label).en}”: the six applicant columns add up to ${fmt(expected)}, the total column says ${fmt(found)}`
				})
			);
		}
	}

	for (const m of REQUEST_MEASURES) {
		const col = (item: string) => req[item]?.[m.key];
		// Rule 2: handled_total = every outcome item.
		const outcomes = sum(RESULT_ITEMS.filter((i) => !absent.includes(i)).map(col));
		const handled = col('handled_total') ?? null;
		if (outcomes !== null && handled !== null && outcomes !== handled) {
			out.push(
				finding('column_total', {
					section: 'requests',
					item: 'handled_total',
					measure: m.key,
					expected: outcomes,
					found: handled,
					message: `“${m.label.zh}”列：各项办理结果合计${fmt(outcomes)}，（七）总计为${fmt(handled)}`,
					message_en: `Column “${m.label.en}”: the outcomes add up to ${fmt(outcomes)}, (7) Total says ${fmt(handled)}`
				})
			);
		}
		// Rule 3: new + carried over = handled + carried forward.
		const inflow = sum([col('new_received'), col('carried_over')]);
		const forward = col('carried_forward') ?? null;
		if (inflow !== null && handled !== null && forward !== null && inflow !== handled + forward) {
			out.push(
				finding('balance', {
					section: 'requests',
					item: 'handled_total',
					measure: m.key,
					expected: inflow - forward,
					found: handled,
					message: `“${m.label.zh}”列：新收+上年结转=${fmt(inflow)}，办理总计+结转下年=${fmt(handled + forward)}`,
					message_en: `Column “${m.label.en}”: new + carried over = ${fmt(inflow)}, handled + carried forward = ${fmt(handled + forward)}`
				})
			);
		}
	}

	// Rule 4: each appeal row's total is its four outcomes summed.
	for (const item of section('appeals').items) {
		const row = report.appeals[item.key];
		const expected = sum(APPEAL_PARTS.map((p) => row?.[p]));
		const found = row?.total ?? null;
		if (expected !== null && found !== null && expected !== found) {
			out.push(
				finding('appeal_total', {
					section: 'appeals',
					item: item.key,
					measure: 'total',
					expected,
					found,
					message: `“${item.label.zh}”：${APPEAL_SUM.zh}=${fmt(expected)}，${APPEAL_TOTAL.zh}为${fmt(found)}`,
					message_en: `“${item.label.en}”: ${APPEAL_SUM.en} = ${fmt(expected)}, the ${APPEAL_TOTAL.en.toLowerCase()} says ${fmt(found)}`
				})
			);
		}
	}

	out.push(...checkRange('active', report.active), ...checkRange('requests', req), ...checkRange('appeals', report.appeals));
	if (report.narrative) out.push(...checkNarrative(report, report.narrative));
	return out;
}

/** Rule 6: non-negative, and whole numbers except measures marked decimal (fees). */
function checkRange(sectionKey: SectionKey, values: Values | null): Finding[] {
	if (!values) return [];
	const out: Finding[] = [];
	const def = section(sectionKey);
	for (const [item, row] of Object.entries(values)) {
		for (const [m, v] of Object.entries(row)) {
			if (v === null) continue;
			const decimal = def.measures.find((x) => x.key === m)?.decimal ?? false;
			if (v < 0 || (!decimal && !Number.isInteger(v))) {
				out.push(
					finding('value_range', {
						section: sectionKey,
						item,
						measure: m,
						found: v,
						message: `${labelOf('zh', sectionKey, item, m)}为${fmt(v)}：${v < 0 ? '不能为负数' : '件数应为整数'}`,
						message_en: `${labelOf('en', sectionKey, item, m)} is ${fmt(v)}: ${v < 0 ? 'it cannot be negative' : 'a count must be a whole number'}`
					})
				);
			}
		}
	}
	return out;
}

/** Rule 7: the prose's stated totals against the tables (a warning: one of them is wrong). */
function checkNarrative(report: Report, n: NarrativeFigures): Finding[] {
	const out: Finding[] = [];
	const t = (s: 'requests' | 'appeals', i: string) => (s === 'requests' ? report.requests : report.appeals)[i]?.total ?? null;
	const compare = (
		stated: number | undefined,
		table: number | null,
		sectionKey: SectionKey,
		item: string,
		words: Label,
		alsoAccept: number | null = null
	) => {
		if (stated === undefined || table === null || stated === table || stated === alsoAccept) return;
		out.push(
			finding('narrative', {
				section: sectionKey,
				item,
				measure: 'total',
				expected: stated,
				found: table,
				message: `正文称${words.zh}${stated}，表格为${table}`,
				message_en: `The text states ${words.en}: ${stated}; the table says ${table}`
			})
		);
	};
	const newReceived = t('requests', 'new_received');
	const carriedOver = t('requests', 'carried_over');
	// “收到申请75件” sometimes counts last year's carried-over requests too.
	const withCarried = newReceived !== null && carriedOver !== null ? newReceived + carriedOver : null;
	compare(n.received, newReceived, 'requests', 'new_received', { zh: '收到申请', en: 'requests received' }, withCarried);
	compare(n.handled, t('requests', 'handled_total'), 'requests', 'handled_total', { zh: '办结', en: 'requests handled' });
	compare(n.carried_forward, t('requests', 'carried_forward'), 'requests', 'carried_forward', templateItem('requests', 'carried_forward')!.label);
	compare(n.review, t('appeals', 'review'), 'appeals', 'review', templateItem('appeals', 'review')!.label);
	const direct = t('appeals', 'litigation_direct');
	const after = t('appeals', 'litigation_after_review');
	compare(n.litigation, direct !== null && after !== null ? direct + after : null, 'appeals', 'litigation_direct', TABLE_HEADINGS.litigation);
	return out;
}
