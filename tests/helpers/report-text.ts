/**
 * Writes a report's tables as text, the way real reports print them, so tests can state the
 * values first and check what the parser reads back. Two styles: `tabs` (cells separated by
 * tabs, like the seed report) and `flat` (cells glued together, like the 平潭 crawler files).
 */
import { REQUEST_GROUPS, section, type SectionKey } from '../../src/lib/template/template';

export type Values = Record<string, Record<string, number | null>>;

export interface ReportSpec {
	title?: string;
	prose?: string;
	active?: Values | null;
	requests?: Values | null;
	appeals?: Values | null;
	/** Replace a row's printed cells (by item key) with this raw text. */
	rawRows?: Record<string, string>;
	/** Drop these rows entirely (item keys). */
	omitRows?: string[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

export function zeroValues(key: SectionKey): Values {
	return Object.fromEntries(section(key).items.map((i) => [i.key, Object.fromEntries(i.measures.map((m) => [m, 0]))]));
}

const cells = (vals: (number | null)[], style: 'tabs' | 'flat') =>
	vals.map((v) => (v === null ? '' : String(v))).join(style === 'tabs' ? '\t' : '');

function row(label: string, key: string, vals: (number | null)[], spec: ReportSpec, style: 'tabs' | 'flat'): string {
	if (spec.omitRows?.includes(key)) return '';
	const body = spec.rawRows?.[key] ?? cells(vals, style);
	return style === 'tabs' ? `${label}\t${body}\n` : `${label}${body}`;
}

export function reportText(spec: ReportSpec, style: 'tabs' | 'flat' = 'tabs'): string {
	const nl = style === 'tabs' ? '\n' : '';
	let out = `# ${spec.title ?? '测试县人民政府办公室 2024年政府信息公开工作年度报告'}\n\n一、总体情况\n${spec.prose ?? '本年度依法做好政府信息公开工作。'}\n\n`;

	if (spec.active !== null) {
		const a = spec.active ?? zeroValues('active');
		out += `二、主动公开政府信息情况${nl}第二十条第(一)项${nl}信息内容\t本年制发件数\t本年废止件数\t现行有效件数${nl}`;
		for (const item of section('active').items) {
			if (item.key === 'licensing') out += `第二十条第(五)项${nl}信息内容\t本年处理决定数量${nl}`;
			if (item.key === 'penalty') out += `第二十条第(六)项${nl}信息内容\t本年处理决定数量${nl}`;
			if (item.key === 'fees') out += `第二十条第(八)项${nl}信息内容\t本年收费金额(单位:万元)${nl}`;
			out += row(item.label.zh, item.key, item.measures.map((m) => a[item.key]?.[m] ?? null), spec, style);
		}
	}

	if (spec.requests !== null) {
		const r = spec.requests ?? zeroValues('requests');
		out += `${nl}三、收到和处理政府信息公开申请情况${nl}(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况${nl}自然人\t法人或其他组织\t总计${nl}商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他${nl}`;
		let group = '';
		for (const item of section('requests').items) {
			let label = item.label.zh;
			if (item.key === 'new_received') label = `一、${label}`;
			else if (item.key === 'carried_over') label = `二、${label}`;
			else if (item.key === 'handled_total') label = `(七) ${label}`;
			else if (item.key === 'carried_forward') label = `四、${label}`;
			else if (item.group) {
				const g = REQUEST_GROUPS.findIndex((x) => x.key === item.group);
				const groupLabel = `(${NUMERALS[g]}) ${REQUEST_GROUPS[g].label.zh}`;
				if (item.key === 'granted') out += `三、本年度办理结果\t`;
				if (item.ordinal) {
					if (group !== item.group) out += `${groupLabel}\t`;
					label = `${item.ordinal}. ${label}`;
				} else label = groupLabel;
				group = item.group;
			}
			out += row(label, item.key, item.measures.map((m) => r[item.key]?.[m] ?? null), spec, style);
		}
	}

	if (spec.appeals !== null) {
		const ap = spec.appeals ?? zeroValues('appeals');
		out += `${nl}四、政府信息公开行政复议、行政诉讼情况${nl}行政复议\t行政诉讼${nl}结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉${nl}结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计${nl}${nl}`;
		const vals = section('appeals').items.flatMap((i) => i.measures.map((m) => ap[i.key]?.[m] ?? null));
		out += (spec.rawRows?.appeals ?? cells(vals, style)) + nl;
	}
	out += `${nl}五、存在的主要问题及改进情况${nl}无。${nl}六、其他需要报告的事项${nl}无。${nl}`;
	return out;
}

/** Consistent section 三 values from new requests per applicant column and outcome counts. */
export function consistentRequests(cols: number[][], outcomeItem = 'granted'): Values {
	const v = zeroValues('requests');
	const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	const rowOf = (xs: number[]) => ({
		natural_person: xs[0], commercial: xs[1], research: xs[2], social_welfare: xs[3], legal_service: xs[4], other_org: xs[5], total: total(xs)
	});
	v.new_received = rowOf(cols[0]);
	v[outcomeItem] = rowOf(cols[0]);
	v.handled_total = rowOf(cols[0]);
	return v;
}
