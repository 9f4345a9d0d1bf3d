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
	compareOtherAgencies: { zh: '报告机关与上一年不同，不计增减', en: 'Not the same agencies as the year before: no change given' },
	compareUnread: { zh: '本年或上一年有报告此项数字未读出或总计与各项不符，不计增减', en: 'A report of this year or the one before leaves this unread or prints a total at odds with its parts: no change given' },
	compareRankUnread: { zh: '另有 {n} 个机关的报告此项有数字未读出，未排名。', en: '{n} more agencies, whose reports leave this partly unread, are not ranked.' },
	unreadCard: { zh: '{n} 份报告此项有数字未读出，未计入', en: '{n} report(s) leave this partly unread: not in the sum' },
	rateLeftOut: { zh: '{n} 份报告的总计与各项之和不符，未计入此比率（见数据质量页）', en: '{n} report(s) whose total is not the sum of its parts are left out of this rate (see Quality)' },
	compareBroken: { zh: '{n} 份报告的总计与各项之和不符', en: '{n} report(s) print a total that is not the sum of its parts' },
	unreadHandled: { zh: '办理数：{n} 份报告未读出，未计入', en: 'Handled: {n} report(s) leave it unread, not in the sum' },
	unreadChart: { zh: '有数字未读出、未计入合计的报告：{list}（见数据质量页）', en: 'Reports whose figures here are unread, not in the sums: {list} (see Quality)' },
	unreadChartYear: { zh: '{year}年 {n} 份', en: '{year}: {n}' },
	unreadDrill: { zh: '。{n} 份报告此项有数字未读出，未计入（见数据表）', en: '. {n} reports leave this partly unread: not in the bars (see the data table)' },
	navLabel: { zh: '视图', en: 'Views' },
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
	importClear: { zh: '清除读取结果', en: 'Clear the results' },
	importReading: { zh: '正在读取 {n} 个文件…', en: 'Reading files ({n} left)…' },
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
	skipToMain: { zh: '跳到正文', en: 'Skip to content' },
	regionCity: { zh: '地区：市', en: 'Region: city' },
	regionCounty: { zh: '地区：县（区）', en: 'Region: county' },
	allRegions: { zh: '全国', en: 'All of China' },
	anyCity: { zh: '全部市', en: 'All cities' },
	anyCounty: { zh: '全部县区', en: 'All counties' },
	level: { zh: '层级', en: 'Level' },
	kind: { zh: '机关类型', en: 'Agency type' },
	allKinds: { zh: '全部', en: 'All' },
	search: { zh: '机关名称', en: 'Agency name' },
	searchPlaceholder: { zh: '输入机关名称关键词', en: 'Part of a name' },
	agency: { zh: '机关', en: 'Agency' },
	clearFilters: { zh: '清除筛选', en: 'Clear filters' },
	adjustedParam: { zh: '链接中的年份超出数据范围，已按 {used} 显示：', en: 'Years outside the dataset’s, shown as {used}: ' },
	adjustedReversed: { zh: '链接中的年份起止颠倒，已按 {used} 显示：', en: 'The link’s years run backwards, shown as {used}: ' },
	adjustedSearch: { zh: '链接中的搜索词超过{n}个字，只用了前{n}个字：', en: 'The link’s search is longer than {n} characters; its first {n} are used: ' },
	adjustedCompareYear: { zh: '链接中的对比年度不在所选年度范围内，已按 {used} 显示：', en: 'The link’s comparison year is outside the years chosen, shown as {used}: ' },
	ignoredParams: { zh: '链接中有无法识别的内容，已忽略：', en: 'Unrecognised values in the link were ignored: ' },

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
	engineHintSummary: {
		zh: '本页的数字来自预先汇总的数据。其他筛选、对比、报告和数据质量需要查询引擎。',
		en: 'The figures here come from the precomputed summary. Other filters, comparing, reports and quality need the engine.'
	},
	engineHintFiltered: {
		zh: '当前筛选条件下的数字需要查询引擎计算。',
		en: 'The figures for this filter need the engine.'
	},
	engineHintPage: { zh: '本页需要查询引擎。', en: 'This page needs the engine.' },
	engineSeeSummary: { zh: '查看预先汇总的全部数据', en: 'See the precomputed, unfiltered summary' },
	errNoWasm: { zh: '此浏览器不支持 WebAssembly。', en: 'This browser does not support WebAssembly.' },
	errEngineFile: { zh: '查询引擎的文件缺失或无法读取。', en: 'A file of the query engine is missing or cannot be read.' },
	errDataset: { zh: '数据库文件缺失或已损坏。', en: 'The database file is missing or damaged.' },
	summaryError: { zh: '汇总数据无法读取', en: 'The summary could not be loaded' },
	summaryRebuilt: { zh: '，已由查询引擎重新计算。', en: '; the query engine has computed it instead.' },
	syntheticData: {
		zh: '合成数据：本站点的数据由基准测试脚本生成，不是真实报告，只用于测量速度。',
		en: 'Synthetic data: this site was built from data generated by the benchmark script. None of it is a real report; it exists only to measure speed.'
	},
	queryError: { zh: '查询失败', en: 'Query failed' },

	cardReports: { zh: '报告', en: 'Reports' },
	cardReceived: { zh: '收到申请', en: 'Requests received' },
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
	chartDrillMore: { zh: '。图中为数值最大的 {n} 个（共 {m} 个），全部见数据表或 CSV', en: '. The chart shows the largest {n} of {m}; the data table and the CSV have all' },
	chartDrillMixed: { zh: '。蓝色为下级地区，青色为本级机关', en: '. Blue bars are regions below, teal bars this level’s agencies' },
	allOutcomes: { zh: '全部办理结果', en: 'All outcomes' },
	outcomeReasons: { zh: '查看具体原因', en: 'Reasons for' },
	allZero: { zh: '所选范围内各项均为 0。', en: 'Every figure here is 0 for the filters chosen.' },
	noData: { zh: '无数据', en: 'No data' },
	partsDiffer: {
		zh: '各项结果之和为 {n}（图表按此），与报告所印总计不符，详见数据质量页。',
		en: 'The outcomes add up to {n} (as charted), not to the printed totals: see Data quality.'
	},
	over100: {
		zh: '超过100%：所含报告自身的数字前后不一致，详见数据质量页。',
		en: 'Over 100%: the reports’ own figures do not add up; see Quality.'
	},
	pickOutcome: { zh: '选择一类结果', en: 'an outcome…' },
	metric: { zh: '指标', en: 'Metric' },
	unknownRegion: { zh: '地区不详', en: 'Region unknown' },
	unknownAgency: { zh: '机关不详', en: 'Agency unknown' },
	showTable: { zh: '数据表', en: 'Data table' },
	legend: { zh: '图例（点击显示或隐藏）', en: 'Legend (click to show or hide)' },
	showChart: { zh: '图表', en: 'Chart' },
	downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
	csvWorking: { zh: '正在生成…', en: 'Preparing…' },
	csvConfirm: { zh: '仍要下载', en: 'Download anyway' },
	csvLarge: {
		zh: '将导出 {rows} 行（约 {mb} MB），在浏览器中生成需要一些时间，期间页面可能无响应。可先按年份或地区缩小范围，或再次点击“仍要下载”。',
		en: 'This is {rows} rows (about {mb} MB): building it in the browser takes a while and the page may not respond meanwhile. Narrow the filters by year or region, or click “Download anyway”.'
	},
	csvTooLarge: {
		zh: '筛选结果有 {rows} 行（约 {mb} MB），超出浏览器能可靠生成的大小。请按年份或地区分批下载。',
		en: 'The filters match {rows} rows (about {mb} MB), more than a browser tab can reliably build. Download it in parts, by year or by region.'
	},
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
	compareRanking: { zh: '机关排名前 {n} 名（当前筛选范围）', en: 'Agency ranking, top {n} (current filters)' },
	compareRankingBottom: { zh: '机关排名末 {n} 名（当前筛选范围）', en: 'Agency ranking, bottom {n} (current filters)' },
	compareRankedOf: { zh: '共 {n} 个机关有数值，名次相同者并列。', en: '{n} agencies have a value; equal values share a place.' },
	compareRankBelow: { zh: '另有 {n} 个机关的{base}不足 {min}，未排名。', en: '{n} more agencies, below the minimum of {min} for “{base}”, are not ranked.' },
	compareRankNoneAtMin: {
		zh: '该年度有 {n} 个机关有数值，但{base}均不足 {min}，未排名。',
		en: '{n} agencies have a value that year, but none reaches the minimum of {min} for “{base}”.'
	},
	compareMinBase: { zh: '最低基数', en: 'Minimum base' },
	compareMinBaseAny: { zh: '不限', en: 'Any' },
	compareRankNone: { zh: '该年度没有机关有此项数值。', en: 'No agency has a value for this in that year.' },
	compareOrder: { zh: '排名', en: 'Ranking' },
	compareTop: { zh: '前 {n} 名', en: 'Top {n}' },
	compareBottom: { zh: '末 {n} 名', en: 'Bottom {n}' },
	compareYear: { zh: '年度', en: 'Year' },
	compareScope: {
		zh: '对比时，年度、层级和机关类型筛选仍然有效。',
		en: 'Year, level and agency-type filters still apply.'
	},
	compareUnknownAgency: { zh: '数据集中没有名为“{name}”的机关。', en: 'The dataset has no agency named “{name}”.' },
	compareManyAgencies: { zh: '有{n}个机关的名称含“{name}”，请从下拉列表中选一个。', en: '{n} agencies have “{name}” in their names: pick one from the list.' },
	compareOverLimit: { zh: '最多同时对比 {n} 个对象，链接中其余的未列入：{list}', en: 'At most {n} can be compared at once; the link’s others are left out: {list}' },
	agencyChoose: { zh: '有{n}个不同地区的机关名为“{name}”，请选择：', en: '{n} agencies in different regions are named “{name}”. Pick one: ' },
	agencyElsewhere: { zh: '链接中的地区与机关“{name}”不符，该机关位于：', en: 'The link’s region does not match “{name}”, which is in: ' },
	compareSharedName: {
		zh: '链接中的“{name}”是{n}个不同地区机关共用的名称，未加入对比：请从列表中选择具体的机关。',
		en: '“{name}” in the link is the name of {n} agencies in different regions and was left out: pick one from the list.'
	},
	compareRepeated: { zh: '链接中重复的对象只算一次：{list}', en: 'Named twice in the link, counted once: {list}' },
	compareLinesBroken: {
		zh: '折线在报告机关与上一年不同的年份断开：前后两年的数值来自不同的机关，不宜相比。',
		en: 'A line breaks where the agencies behind it differ from the year before: those two years are not comparable.'
	},
	compareNested: {
		zh: '{outer}包含{inner}：{outer}的合计已含{inner}的报告。',
		en: '{outer} contains {inner}: its totals include {inner}’s reports.'
	},
	compareAlready: { zh: '“{name}”已在对比中。', en: '“{name}” is already compared.' },
	remove: { zh: '移除', en: 'Remove' },
	entity: { zh: '对象', en: 'Compared' },

	reportTitle: { zh: '{year}年度报告', en: 'Annual report {year}' },
	templateEdition: { zh: '{year}年版', en: '{year} edition' },
	reportNotFound: { zh: '找不到这份报告', en: 'No such report' },
	pageNotFound: { zh: '找不到这个页面', en: 'Page not found' },
	pageError: { zh: '页面出错', en: 'Something went wrong' },
	backToOverview: { zh: '回到总览', en: 'Back to the overview' },
	reportMerged: {
		zh: '文件 {file} 与另一文件是同一机关同一年度的报告，已合并为一份。',
		en: 'The file {file} holds the same agency’s report for the same year as another file; the two were merged into one.'
	},
	reportMergedLink: { zh: '查看合并后的报告：', en: 'See the merged report: ' },
	reportChoose: { zh: '从总览或数据质量页选择一份报告。', en: 'Pick a report from the overview or the quality page.' },
	provenance: { zh: '来源', en: 'Provenance' },
	findingsHere: { zh: '发现的问题', en: 'Findings' },
	reportTablesCsv: { zh: '报告数据', en: 'Report figures' },
	noFindings: { zh: '未发现勾稽关系问题。', en: 'No consistency problems found.' },
	sectionMissing: { zh: '本报告没有这一部分的数据（例如使用2019年版格式）。', en: 'This report has no data for this section (e.g. the 2019 layout).' },
	unknownCell: { zh: '原文缺失或无法确定', en: 'missing or undeterminable in the original' },
	readings: { zh: '可能的读法', en: 'Possible readings' },
	readingsAll: { zh: '共{n}种', en: '{n} in all' },
	absentCell: { zh: '该报告所用格式没有此项', en: 'not in the layout this report uses' },
	infoContent: { zh: '信息内容', en: 'Information' },
	otherReports: { zh: '该机关其他年度', en: 'Other years of this agency' },
	expected: { zh: '应为', en: 'expected' },
	found: { zh: '实为', en: 'found' },
	narrativeText: { zh: '正文', en: 'text' },
	narrativeTable: { zh: '表格', en: 'table' },

	qualityTitle: { zh: '数据质量：勾稽关系检查', en: 'Data quality: consistency checks' },
	qualityIntro: {
		zh: '年报统计表之间应满足《年度报告格式》规定的勾稽关系。下面列出当前筛选范围内每条规则的问题数、各报告的问题分布，以及每个问题所在的单元格和应为/实为的数值。',
		en: 'The tables of a report must agree with each other. Counts by rule, findings per report, and each finding’s cell with the expected and printed values, within the current filters.'
	},
	byRule: { zh: '按规则统计', en: 'Counts by rule' },
	matrix: { zh: '报告 × 规则', en: 'Reports × rules' },
	failing: { zh: '问题明细', en: 'Findings' },
	allRules: { zh: '全部规则', en: 'All rules' },
	allSeverities: { zh: '全部严重程度', en: 'All severities' },
	cell: { zh: '单元格', en: 'Cell' },
	shownFirstReports: { zh: '问题最多的前 {n} 份报告，完整表格请下载 CSV。', en: 'The {n} reports with the most findings; download the CSV for all.' },
	shownFirst: { zh: '仅显示前 {n} 条，完整列表请下载 CSV。', en: 'Showing the first {n}; download the CSV for all.' },
	noIssues: { zh: '当前筛选范围内没有发现问题。', en: 'No findings within these filters.' },
	otherSeverity: { zh: '该规则在当前筛选范围内有 {n} 条问题，但严重程度都不是“{severity}”。', en: 'This rule has {n} findings within these filters, none of them of severity “{severity}”.' },
	qualityScope: {
		zh: '筛选范围内共 {n} 份报告，其中 {p} 份有错误或警告（连同只有提示的，共 {m} 份有发现）。',
		en: '{n} reports within these filters: {p} with errors or warnings ({m} with any finding, notes included).'
	},
	error: { zh: '错误', en: 'Error' },
	warning: { zh: '警告', en: 'Warning' },
	info: { zh: '提示', en: 'Note' }
} satisfies Record<string, Label>;

export type StringKey = keyof typeof S;

export function t(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
	let s = S[key][lang];
	for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
	return s;
}

/** Level and kind labels live with the template (one source of truth). */
export { LEVEL_LABELS, KIND_LABELS } from '../template/template';
