/**
 * Consistency rules (勾稽关系, FORMAT.md rules 1–7) and the parser's own findings.
 * Every finding in the dataset names one of these ids; the dashboard's quality view and the
 * CSV headers read the labels from here.
 */
import type { Label } from './template';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleDef {
	id: string;
	/** FORMAT.md rule number; null for findings the parser makes while reading. */
	formatRule: number | null;
	severity: Severity;
	label: Label;
}

export const RULES: RuleDef[] = [
	{ id: 'row_total', formatRule: 1, severity: 'error', label: { zh: '行合计不等于各类申请人之和', en: 'Row total ≠ sum of applicant columns' } },
	{ id: 'column_total', formatRule: 2, severity: 'error', label: { zh: '办理结果总计不等于各项之和', en: 'Handled total ≠ sum of outcomes' } },
	{ id: 'balance', formatRule: 3, severity: 'error', label: { zh: '新收+上年结转 ≠ 办理总计+结转下年', en: 'New + carried over ≠ handled + carried forward' } },
	{ id: 'appeal_total', formatRule: 4, severity: 'error', label: { zh: '复议/诉讼总计不等于各项之和', en: 'Review/litigation total ≠ sum of outcomes' } },
	{ id: 'carry_over', formatRule: 5, severity: 'error', label: { zh: '上年结转与上一年度报告的结转下年度不符', en: 'Carried over ≠ last year’s carried forward' } },
	{ id: 'in_force_drift', formatRule: 5, severity: 'warning', label: { zh: '现行有效件数与上年推算不符', en: 'In-force count differs from last year’s + issued − repealed' } },
	{ id: 'value_range', formatRule: 6, severity: 'error', label: { zh: '数值为负或非整数', en: 'Negative or non-integer value' } },
	{ id: 'narrative', formatRule: 7, severity: 'warning', label: { zh: '正文数字与表格不符', en: 'Narrative figure differs from the tables' } },
	{ id: 'repair_extra_cell', formatRule: null, severity: 'warning', label: { zh: '多出单元格，已按勾稽关系修复', en: 'Extra cell removed using the rules' } },
	{ id: 'repair_missing_cell', formatRule: null, severity: 'warning', label: { zh: '缺少单元格，已按勾稽关系推算', en: 'Missing cell deduced from the rules' } },
	{ id: 'ambiguous_split', formatRule: null, severity: 'warning', label: { zh: '数字串可有多种拆分，未取值', en: 'Digit run splits more than one way; left unknown' } },
	{ id: 'split_by_narrative', formatRule: null, severity: 'warning', label: { zh: '数字串按正文所述数字拆分', en: 'Digit run split by the figures the text states' } },
	{ id: 'unreadable_cells', formatRule: null, severity: 'error', label: { zh: '数字无法按模板读取', en: 'Numbers cannot be read into the template' } },
	{ id: 'unit_converted', formatRule: null, severity: 'warning', label: { zh: '数值带单位，已换算', en: 'Value written with a unit; converted' } },
	{ id: 'blank_cell', formatRule: null, severity: 'info', label: { zh: '空白单元格按0计', en: 'Blank cell read as 0' } },
	{ id: 'missing_item', formatRule: null, severity: 'warning', label: { zh: '报告缺少该行', en: 'Row missing from the report' } },
	{ id: 'missing_section', formatRule: null, severity: 'error', label: { zh: '未找到该部分表格', en: 'Section table not found' } },
	{ id: 'template_2019', formatRule: null, severity: 'info', label: { zh: '使用2019年版格式', en: 'Uses the 2019 template layout' } },
	{ id: 'duplicate_report', formatRule: null, severity: 'info', label: { zh: '同一报告有多个版本，已合并', en: 'Same report in several files; merged' } },
	{ id: 'conflicting_reports', formatRule: null, severity: 'error', label: { zh: '同一机关同一年度有两份不同的报告', en: 'Two different reports for one agency and year' } },
	{ id: 'second_report', formatRule: null, severity: 'warning', label: { zh: '文件中还有另一份报告，未读取', en: 'Another report in the file, not read' } },
	{ id: 'metadata_missing', formatRule: null, severity: 'warning', label: { zh: '未能读出机关名称或年度', en: 'Agency or year not found' } },
	{ id: 'year_mismatch', formatRule: null, severity: 'warning', label: { zh: '标题年度与统计期限不符', en: 'Title year differs from the statistics period' } },
	{ id: 'metadata', formatRule: null, severity: 'info', label: { zh: '元数据来源说明', en: 'Metadata note' } }
];

export function rule(id: string): RuleDef {
	const r = RULES.find((x) => x.id === id);
	if (!r) throw new Error(`unknown rule ${id}`);
	return r;
}
