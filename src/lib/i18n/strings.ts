/**
 * UI wording that is not a template label (those come from src/lib/template). Chinese first.
 */
import type { Label, Lang } from '../template/template';

const S = {
	appTitle: { zh: '政府信息公开年报数据', en: 'Government Information Disclosure Annual Reports' },
	appSubtitle: {
		zh: '汇总各级行政机关《政府信息公开工作年度报告》的统计表，按地区、机关和年度比较',
		en: 'The statistical tables of agencies’ annual disclosure reports, compared by region, agency and year'
	},
	navOverview: { zh: '总览', en: 'Overview' },
	navCompare: { zh: '对比', en: 'Compare' },
	navQuality: { zh: '数据质量', en: 'Data quality' },
	navReport: { zh: '报告', en: 'Report' },
	navImport: { zh: '导入', en: 'Import' },
	importTitle: { zh: '导入年报文件', en: 'Import report files' },
	importIntro: {
		zh: '选择或拖入政府信息公开工作年度报告（TXT、HTML、PDF、DOCX），在浏览器中按国家模板读取并检查勾稽关系。文件只在本机读取，不会上传。',
		en: 'Choose or drop annual reports (TXT, HTML, PDF, DOCX): they are read against the national template and checked in your browser. Files never leave this computer.'
	},
	importPick: { zh: '选择文件', en: 'Choose files' },
	importDrop: { zh: '或把文件拖到这里', en: 'or drop files here' },
	importReading: { zh: '正在读取 {n} 个文件…', en: 'Reading {n} files…' },
	importRefused: { zh: '未能读取', en: 'Not read' },
	importJson: { zh: '下载 JSON', en: 'Download JSON' },
	importNotInDataset: {
		zh: '导入的报告只显示在本页，不会加入上方各视图的数据集。',
		en: 'Imported reports are shown on this page only; they are not added to the dataset behind the other views.'
	},
	switchLang: { zh: 'English', en: '中文' },

	filters: { zh: '筛选', en: 'Filters' },
	year: { zh: '年度', en: 'Year' },
	yearFrom: { zh: '起', en: 'From' },
	yearTo: { zh: '止', en: 'To' },
	allYears: { zh: '全部年度', en: 'All years' },
	region: { zh: '地区', en: 'Region' },
	allRegions: { zh: '全国', en: 'All of China' },
	anyCity: { zh: '全部市', en: 'All cities' },
	anyCounty: { zh: '全部县区', en: 'All counties' },
	level: { zh: '层级', en: 'Level' },
	kind: { zh: '机关类型', en: 'Agency type' },
	allKinds: { zh: '全部', en: 'All' },
	search: { zh: '机关名称', en: 'Agency name' },
	searchPlaceholder: { zh: '输入机关名称关键词', en: 'Words in the agency name' },
	agency: { zh: '机关', en: 'Agency' },
	clearFilters: { zh: '清除筛选', en: 'Clear filters' },
	ignoredParams: { zh: '链接中有无法识别的筛选条件，已忽略：', en: 'Unrecognised values in the link were ignored: ' },

	engineLoading: { zh: '正在启动查询引擎', en: 'Starting the query engine' },
	engineEngine: { zh: '下载并编译 DuckDB', en: 'downloading and compiling DuckDB' },
	engineData: { zh: '下载数据库文件', en: 'downloading the database' },
	engineAttach: { zh: '打开数据库', en: 'opening the database' },
	engineReady: { zh: '查询引擎已就绪', en: 'Query engine ready' },
	engineWaitFilters: {
		zh: '查询引擎启动后将按筛选条件计算，请稍候。',
		en: 'Filtered figures appear once the query engine has started.'
	},
	engineError: { zh: '查询引擎无法启动', en: 'The query engine could not start' },
	engineErrorHint: {
		zh: '筛选、对比、报告和数据质量需要查询引擎。下方仍显示预先汇总的全部数据（未筛选）。',
		en: 'Filtering, comparing, reports and quality need the engine. The precomputed, unfiltered summary is still shown.'
	},
	errNoWasm: { zh: '此浏览器不支持 WebAssembly。', en: 'This browser does not support WebAssembly.' },
	errEngineFile: { zh: '查询引擎的文件缺失或无法读取。', en: 'A file of the query engine is missing or cannot be read.' },
	errDataset: { zh: '数据库文件缺失或已损坏。', en: 'The database file is missing or damaged.' },
	summaryError: { zh: '汇总数据无法读取', en: 'The summary could not be loaded' },
	queryError: { zh: '查询失败', en: 'Query failed' },

	cardReports: { zh: '报告', en: 'Reports' },
	cardReceived: { zh: '收到申请', en: 'Requests received' },
	cardDisclosure: { zh: '公开率', en: 'Disclosure rate' },
	cardDisclosureNote: { zh: '（予以公开＋部分公开）÷ 办理总计', en: '(granted + partially granted) ÷ handled' },
	cardNotHeld: { zh: '“不掌握”占比', en: 'Share “not held”' },
	cardNotHeldNote: { zh: '本机关不掌握相关政府信息 ÷ 办理总计', en: 'not held ÷ handled' },
	cardReview: { zh: '行政复议', en: 'Administrative reviews' },
	cardLitigation: { zh: '行政诉讼', en: 'Lawsuits' },
	correctedRate: { zh: '纠错率', en: 'corrected' },
	handledN: { zh: '办理', en: 'handled' },
	unitReports: { zh: '份', en: '' },
	unitItems: { zh: '件', en: '' },

	chartActive: { zh: '主动公开情况（按年度）', en: 'Proactive disclosure by year' },
	chartOutcomes: { zh: '申请办理结果（按年度）', en: 'Request outcomes by year' },
	chartOutcomesHint: { zh: '点击某类结果查看具体原因', en: 'Click an outcome to see its reasons' },
	chartApplicants: { zh: '申请人类型（本年新收）', en: 'Applicant types (new requests)' },
	chartAppeals: { zh: '行政复议、行政诉讼结果（按年度）', en: 'Review and litigation outcomes by year' },
	chartAppealsHint: { zh: '每个年度的三根柱依次为：', en: 'Each year’s three bars, left to right: ' },
	chartDrill: { zh: '分地区、分机关', en: 'By region and agency' },
	chartDrillHint: { zh: '点击柱形逐级查看：地区 → 机关 → 历年报告 → 单份报告', en: 'Click a bar: region → agencies → years → report' },
	allOutcomes: { zh: '全部办理结果', en: 'All outcomes' },
	outcomeReasons: { zh: '查看具体原因', en: 'Reasons for' },
	noData: { zh: '无数据', en: 'No data' },
	over100: {
		zh: '超过100%：所含报告自身的数字前后不一致，详见数据质量页。',
		en: 'Over 100%: the reports’ own figures do not add up; see Quality.'
	},
	pickOutcome: { zh: '选择一类结果', en: 'an outcome…' },
	metric: { zh: '指标', en: 'Metric' },
	unknownRegion: { zh: '地区不详', en: 'Region unknown' },
	showTable: { zh: '数据表', en: 'Data table' },
	legend: { zh: '图例（点击显示或隐藏）', en: 'Legend (click to show or hide)' },
	showChart: { zh: '图表', en: 'Chart' },
	downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
	downloadFacts: { zh: '下载筛选后的全部明细 CSV', en: 'Download all filtered facts (CSV)' },
	empty: { zh: '没有符合筛选条件的数据', en: 'Nothing matches these filters' },
	emptyHint: { zh: '放宽或清除筛选条件后再试。', en: 'Widen or clear the filters.' },
	loading: { zh: '加载中…', en: 'Loading…' },

	compareTitle: { zh: '对比机关或地区', en: 'Compare agencies or regions' },
	compareAdd: { zh: '添加', en: 'Add' },
	compareAgency: { zh: '机关', en: 'Agency' },
	compareRegion: { zh: '地区', en: 'Region' },
	compareNone: {
		zh: '请选择要对比的机关或地区（最多 8 个）。',
		en: 'Choose agencies or regions to compare (up to 8).'
	},
	compareLines: { zh: '历年变化', en: 'Year over year' },
	compareTable: { zh: '数值与增减', en: 'Values and change' },
	compareBars: { zh: '同一年度并列', en: 'Side by side in one year' },
	compareRanking: { zh: '机关排名（当前筛选范围）', en: 'Agency ranking (current filters)' },
	compareYear: { zh: '年度', en: 'Year' },
	compareScope: {
		zh: '对比时，年度、层级和机关类型筛选仍然有效。',
		en: 'Year, level and agency-type filters still apply.'
	},
	compareUnknownAgency: { zh: '数据集中没有名为“{name}”的机关。', en: 'The dataset has no agency named “{name}”.' },
	remove: { zh: '移除', en: 'Remove' },
	entity: { zh: '对象', en: 'Compared' },

	reportTitle: { zh: '{year}年度报告', en: 'Annual report {year}' },
	reportNotFound: { zh: '找不到这份报告', en: 'No such report' },
	reportChoose: { zh: '从总览或数据质量页选择一份报告。', en: 'Pick a report from the overview or the quality page.' },
	provenance: { zh: '来源', en: 'Provenance' },
	findingsHere: { zh: '发现的问题', en: 'Findings' },
	noFindings: { zh: '未发现勾稽关系问题。', en: 'No consistency problems found.' },
	sectionMissing: { zh: '本报告没有这一部分的数据（例如使用2019年版格式）。', en: 'This report has no data for this section (e.g. the 2019 layout).' },
	unknownCell: { zh: '原文缺失或无法确定', en: 'missing or undeterminable in the original' },
	applicantHeader: { zh: '申请人情况', en: 'Applicants' },
	legalPersons: { zh: '法人或其他组织', en: 'Legal persons and other organisations' },
	resultsHeader: { zh: '三、本年度办理结果', en: 'III. Outcomes this year' },
	infoContent: { zh: '信息内容', en: 'Information' },
	litigation: { zh: '行政诉讼', en: 'Litigation' },
	otherReports: { zh: '该机关其他年度', en: 'Other years of this agency' },
	expected: { zh: '应为', en: 'expected' },
	found: { zh: '实为', en: 'found' },

	qualityTitle: { zh: '数据质量：勾稽关系检查', en: 'Data quality: consistency checks' },
	qualityIntro: {
		zh: '年报统计表之间应满足《年度报告格式》规定的勾稽关系。下面列出当前筛选范围内每条规则的问题数、各报告的问题分布，以及每个问题所在的单元格和应为/实为的数值。',
		en: 'The tables of a report must agree with each other. Counts by rule, findings per report, and each finding’s cell with the expected and printed values, within the current filters.'
	},
	byRule: { zh: '按规则统计', en: 'Counts by rule' },
	matrix: { zh: '报告 × 规则', en: 'Reports × rules' },
	failing: { zh: '问题明细', en: 'Findings' },
	allRules: { zh: '全部规则', en: 'All rules' },
	allSeverities: { zh: '全部级别', en: 'All severities' },
	cell: { zh: '单元格', en: 'Cell' },
	shownFirst: { zh: '仅显示前 {n} 条，完整列表请下载 CSV。', en: 'Showing the first {n}; download the CSV for all.' },
	noIssues: { zh: '当前筛选范围内没有发现问题。', en: 'No findings within these filters.' },
	error: { zh: '错误', en: 'error' },
	warning: { zh: '警告', en: 'warning' },
	info: { zh: '提示', en: 'note' }
} satisfies Record<string, Label>;

export type StringKey = keyof typeof S;

export function t(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
	let s = S[key][lang];
	for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
	return s;
}

/** Level and kind labels live with the template (one source of truth). */
export { LEVEL_LABELS, KIND_LABELS } from '../template/template';
