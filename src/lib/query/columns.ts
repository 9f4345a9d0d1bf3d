/**
 * Column definitions (label + key) for the report metadata and findings fields of
 * docs/dataset.md, shared by tables and CSV headers. Template cells take their labels
 * from the template module instead.
 */
import type { Column } from './table';
import { METADATA_LABELS } from '../template/template';

const col = (key: string, zh: string, en: string, format: Column['format'] = 'text'): Column => ({
	key,
	label: { zh, en },
	format
});
const meta = (key: keyof typeof METADATA_LABELS, format: Column['format'] = 'text'): Column => ({ key, label: METADATA_LABELS[key], format });

export const COL = {
	report_id: col('report_id', '报告编号', 'Report id'),
	file: col('file', '原始文件', 'Source file'),
	agency: meta('agency'),
	year: meta('year', 'year'),
	region_code: meta('region_code'),
	province: meta('province'),
	city: meta('city'),
	county: meta('county'),
	level: meta('level'),
	kind: meta('kind'),
	template: col('template', '格式版本', 'Template'),
	source: col('source', '来源', 'Source'),
	original_url: col('original_url', '原文网址', 'Original URL'),
	overrides: col('overrides', '人工修订字段', 'Overridden fields'),
	section: col('section', '部分', 'Section'),
	section_label: col('section_label', '部分名称', 'Section name'),
	item: col('item', '项目', 'Item'),
	item_label: col('item_label', '项目名称', 'Item name'),
	measure: col('measure', '指标', 'Measure'),
	measure_label: col('measure_label', '指标名称', 'Measure name'),
	value: col('value', '数值', 'Value', 'decimal'),
	rule: col('rule', '规则', 'Rule'),
	rule_label: col('rule_label', '规则说明', 'Rule description'),
	severity: col('severity', '严重程度', 'Severity'),
	expected: col('expected', '应为', 'Expected', 'decimal'),
	found: col('found', '实为', 'Found', 'decimal'),
	message: col('message', '说明', 'Message (Chinese)'),
	message_en: col('message_en', '说明（英文）', 'Message'),
	candidates: col('candidates', '可能的读法', 'Possible readings'),
	findings: col('findings', '问题数', 'Findings', 'int'),
	reports: col('reports', '报告数', 'Reports', 'int'),
	/** Reports whose figure is left out of a sum because a cell of it is unread (metrics.ts unreadSql). */
	unread: col('unread', '此项未读出的报告', 'Reports leaving it unread', 'int'),
	name: col('name', '名称', 'Name'),
	rank: col('rank', '名次', 'Rank', 'int'),
	change: col('change', '增减', 'Change', 'decimal'),
	change_pct: col('change_pct', '增减幅度', 'Change %', 'percent')
} satisfies Record<string, Column>;
