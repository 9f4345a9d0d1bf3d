/**
 * The national annual-report template (国办公开办函〔2021〕30号) as data.
 *
 * This is the single source of truth for sections, items, measures, Chinese labels and
 * chart groups: the parser, validator, SQL, charts and CSV headers all read it.
 * Keys are the project's contract (see FORMAT.md) — never rename one.
 */
import { paren } from '../i18n/punct';

export type SectionKey = 'active' | 'requests' | 'appeals';

export interface Label {
	zh: string;
	en: string;
}

export interface MeasureDef {
	key: string;
	label: Label;
	/** Only `fees.amount` may hold a decimal (rule 6). */
	decimal?: boolean;
	unit?: Label;
}

export interface ItemDef {
	key: string;
	/** The row's words as the template prints them. */
	label: Label;
	/** What to call the item away from its printed table, where the label alone is unclear (`总计` → `办理结果总计`). */
	name?: Label;
	/** Chart / drill-down group (requests only): granted, partially_granted, denied, … */
	group?: string;
	/** Position of the item inside its printed group (the `2.` in `2. 其他法律…`). */
	ordinal?: number;
	/**
	 * The distinctive words of the printed row label, matched after normalisation with any
	 * whitespace allowed between characters (labels get broken across lines and cells).
	 * Alternatives cover the variants found in real reports.
	 */
	match: string[];
	measures: string[];
}

export interface SectionDef {
	key: SectionKey;
	/** The section's number in the report (二, 三, 四). */
	numeral: string;
	label: Label;
	/** Title words after the numeral, with variants (`行政法复议` is a real typo). */
	title: string[];
	measures: MeasureDef[];
	items: ItemDef[];
}

const m = (key: string, zh: string, en: string, extra: Partial<MeasureDef> = {}): MeasureDef => ({
	key,
	label: { zh, en },
	...extra
});

export const ACTIVE_MEASURES: MeasureDef[] = [
	m('issued', '本年制发件数', 'Issued this year'),
	m('repealed', '本年废止件数', 'Repealed this year'),
	m('in_force', '现行有效件数', 'In force'),
	m('decisions', '本年处理决定数量', 'Decisions this year'),
	m('amount', '本年收费金额', 'Fees collected', {
		decimal: true,
		unit: { zh: '万元', en: '10k yuan' }
	})
];

export const REQUEST_MEASURES: MeasureDef[] = [
	m('natural_person', '自然人', 'Natural persons'),
	m('commercial', '商业企业', 'Businesses'),
	m('research', '科研机构', 'Research institutions'),
	m('social_welfare', '社会公益组织', 'Public-interest organisations'),
	m('legal_service', '法律服务机构', 'Legal service providers'),
	m('other_org', '其他', 'Other organisations'),
	m('total', '总计', 'Total')
];

export const APPEAL_MEASURES: MeasureDef[] = [
	m('upheld', '结果维持', 'Upheld'),
	m('corrected', '结果纠正', 'Corrected'),
	m('other', '其他结果', 'Other outcome'),
	m('pending', '尚未审结', 'Pending'),
	m('total', '总计', 'Total')
];

/** The six applicant columns whose sum is `total` (rule 1). */
export const APPLICANT_MEASURES = REQUEST_MEASURES.filter((x) => x.key !== 'total').map((x) => x.key);
/** The four appeal outcomes whose sum is `total` (rule 4). */
export const APPEAL_PARTS = APPEAL_MEASURES.filter((x) => x.key !== 'total').map((x) => x.key);

const ACTIVE_COUNTS = ['issued', 'repealed', 'in_force'];

/**
 * The official tables' header groupings that are neither items nor measures: what the report
 * view's table headings and the cards show.
 */
export const TABLE_HEADINGS = {
	applicants: { zh: '申请人情况', en: 'Applicants' },
	legal_persons: { zh: '法人或其他组织', en: 'Legal persons and other organisations' },
	results: { zh: '三、本年度办理结果', en: 'III. Outcomes this year' },
	litigation: { zh: '行政诉讼', en: 'Litigation' }
} satisfies Record<string, Label>;

export const SECTIONS: SectionDef[] = [
	{
		key: 'active',
		numeral: '二',
		label: { zh: '主动公开政府信息情况', en: 'Proactive disclosure' },
		title: ['主动公开政府信息情况', '主动公开政府信息'],
		measures: ACTIVE_MEASURES,
		items: [
			{ key: 'rules', label: { zh: '规章', en: 'Rules' }, match: ['规章'], measures: ACTIVE_COUNTS },
			{
				key: 'normative_docs',
				label: { zh: '行政规范性文件', en: 'Normative documents' },
				match: ['行政规范性文件', '规范性文件'],
				measures: ACTIVE_COUNTS
			},
			{ key: 'licensing', label: { zh: '行政许可', en: 'Licensing' }, match: ['行政许可'], measures: ['decisions'] },
			{ key: 'penalty', label: { zh: '行政处罚', en: 'Penalties' }, match: ['行政处罚'], measures: ['decisions'] },
			{ key: 'coercion', label: { zh: '行政强制', en: 'Coercive measures' }, match: ['行政强制'], measures: ['decisions'] },
			{
				key: 'fees',
				label: { zh: '行政事业性收费', en: 'Administrative fees' },
				match: ['行政事业性收费'],
				measures: ['amount']
			}
		]
	},
	{
		key: 'requests',
		numeral: '三',
		label: { zh: '收到和处理政府信息公开申请情况', en: 'Disclosure requests' },
		title: ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请'],
		measures: REQUEST_MEASURES,
		items: requestItems()
	},
	{
		key: 'appeals',
		numeral: '四',
		label: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'Administrative review and litigation' },
		title: ['政府信息公开行政复议', '政府信息公开行政法复议', '行政复议、行政诉讼', '行政复议与行政诉讼', '行政复议和行政诉讼'],
		measures: APPEAL_MEASURES,
		items: [
			{ key: 'review', label: { zh: '行政复议', en: 'Administrative review' }, match: [], measures: APPEAL_MEASURES.map((x) => x.key) },
			{
				key: 'litigation_direct',
				label: { zh: `${TABLE_HEADINGS.litigation.zh}·未经复议直接起诉`, en: `${TABLE_HEADINGS.litigation.en}, direct` },
				match: [],
				measures: APPEAL_MEASURES.map((x) => x.key)
			},
			{
				key: 'litigation_after_review',
				label: { zh: `${TABLE_HEADINGS.litigation.zh}·复议后起诉`, en: `${TABLE_HEADINGS.litigation.en} after review` },
				match: [],
				measures: APPEAL_MEASURES.map((x) => x.key)
			}
		]
	}
];

function requestItems(): ItemDef[] {
	const cols = REQUEST_MEASURES.map((x) => x.key);
	const it = (
		key: string,
		zh: string,
		en: string,
		match: string[],
		group?: string,
		ordinal?: number
	): ItemDef => ({ key, label: { zh, en }, match, group, ordinal, measures: cols });
	return [
		it('new_received', '本年新收政府信息公开申请数量', 'New requests this year', ['本年新收']),
		it('carried_over', '上年结转政府信息公开申请数量', 'Carried over from last year', ['上年结转']),
		it('granted', '予以公开', 'Granted', ['予以公开'], 'granted'),
		it('partially_granted', '部分公开', 'Partially granted', ['部分公开'], 'partially_granted'),
		it('denied.state_secret', '属于国家秘密', 'State secret', ['属于国家秘密'], 'denied', 1),
		it('denied.prohibited_by_law', '其他法律行政法规禁止公开', 'Prohibited by other law', ['其他法律行政法规禁止公开', '其他法律行政止公开', '其他法律'], 'denied', 2),
		it('denied.security_stability', '危及“三安全一稳定”', 'Endangers security or stability', ['危及'], 'denied', 3),
		it('denied.third_party', '保护第三方合法权益', 'Third-party rights', ['保护第三方合法权益', '第三方合法权益'], 'denied', 4),
		it('denied.internal_affairs', '属于三类内部事务信息', 'Internal affairs', ['属于三类内部事务信息', '内部事务信息'], 'denied', 5),
		it('denied.process_info', '属于四类过程性信息', 'Process information', ['属于四类过程性信息', '过程性信息'], 'denied', 6),
		it('denied.enforcement_file', '属于行政执法案卷', 'Enforcement file', ['属于行政执法案卷', '行政执法案卷'], 'denied', 7),
		it('denied.inquiry', '属于行政查询事项', 'Inquiry matter', ['属于行政查询事项', '行政查询事项'], 'denied', 8),
		it('unable.not_held', '本机关不掌握相关政府信息', 'Not held', ['本机关不掌握相关政府信息', '不掌握相关政府信息', '本机关不掌握'], 'unable', 1),
		it('unable.needs_creation', '没有现成信息需要另行制作', 'Needs creating', ['没有现成信息需要另行制作', '没有现成信息', '另行制作'], 'unable', 2),
		it('unable.unclear', '补正后申请内容仍不明确', 'Still unclear after correction', ['补正后申请内容仍不明确', '仍不明确'], 'unable', 3),
		it('rejected.complaint', '信访举报投诉类申请', 'Petition or complaint', ['信访举报投诉类申请', '信访举报投诉'], 'rejected', 1),
		it('rejected.duplicate', '重复申请', 'Duplicate request', ['重复申请'], 'rejected', 2),
		it('rejected.publication', '要求提供公开出版物', 'Asks for a publication', ['要求提供公开出版物', '公开出版物'], 'rejected', 3),
		it('rejected.excessive', '无正当理由大量反复申请', 'Excessive repeated requests', ['无正当理由大量反复申请', '大量反复申请', '大量反复'], 'rejected', 4),
		it('rejected.confirmation', '要求行政机关确认或重新出具已获取信息', 'Asks to confirm obtained information', ['要求行政机关确认或重新出具已获取信息', '要求行政机关确认', '重新出具'], 'rejected', 5),
		it('other.no_correction', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'No correction in time', ['申请人无正当理由逾期不补正', '逾期不补正'], 'other', 1),
		it('other.unpaid_fee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'Fee not paid in time', ['申请人逾期未按收费通知要求缴纳费用', '逾期未按收费通知', '缴纳费用'], 'other', 2),
		{ ...it('other.other', '其他', 'Other', ['其他'], 'other', 3), name: { zh: '其他处理·其他', en: 'Other handling: other' } },
		{ ...it('handled_total', '总计', 'Total handled', ['总计']), name: { zh: '办理结果总计', en: 'Total handled' } },
		it('carried_forward', '结转下年度继续办理', 'Carried forward', ['结转下年度继续办理', '结转下年度'])
	];
}

/** Outcome groups of section 三, in the template's order (chart series, drill-down). */
export const REQUEST_GROUPS: { key: string; label: Label }[] = [
	{ key: 'granted', label: { zh: '予以公开', en: 'Granted' } },
	{ key: 'partially_granted', label: { zh: '部分公开', en: 'Partially granted' } },
	{ key: 'denied', label: { zh: '不予公开', en: 'Denied' } },
	{ key: 'unable', label: { zh: '无法提供', en: 'Unable to provide' } },
	{ key: 'rejected', label: { zh: '不予处理', en: 'Not processed' } },
	{ key: 'other', label: { zh: '其他处理', en: 'Other handling' } }
];

/** The items whose sum is `handled_total` (rule 2): every item that has a group. */
export const RESULT_ITEMS = requestItems()
	.filter((x) => x.group)
	.map((x) => x.key);

export function section(key: SectionKey): SectionDef {
	const s = SECTIONS.find((x) => x.key === key);
	if (!s) throw new Error(`unknown section ${key}`);
	return s;
}

export function item(sectionKey: SectionKey, itemKey: string): ItemDef | undefined {
	return section(sectionKey).items.find((x) => x.key === itemKey);
}

export function measure(sectionKey: SectionKey, measureKey: string): MeasureDef | undefined {
	return section(sectionKey).measures.find((x) => x.key === measureKey);
}

/** Every (section, item, measure) cell of the template, in printed order. */
export function cells(): { section: SectionKey; item: string; measure: string }[] {
	return SECTIONS.flatMap((s) =>
		s.items.flatMap((i) => i.measures.map((mk) => ({ section: s.key, item: i.key, measure: mk })))
	);
}

type CellRef = { section?: unknown; item?: unknown; measure?: unknown };
let printedOrder: Map<string, number> | undefined;
/** Sorts cells as the template prints them (section, item, measure); a cell it lacks goes last. */
export function byPrintedOrder(a: CellRef, b: CellRef): number {
	printedOrder ??= new Map(cells().map((c, i) => [`${c.section}|${c.item}|${c.measure}`, i]));
	const at = (c: typeof a) => printedOrder!.get(`${c.section}|${c.item}|${c.measure}`) ?? Infinity;
	const d = at(a) - at(b);
	return Number.isNaN(d) ? 0 : d;
}

/** Report metadata fields (FORMAT.md's keys), as users read them. */
export const METADATA_LABELS = {
	agency: { zh: '机关', en: 'Agency' },
	year: { zh: '年份', en: 'Year' },
	region_code: { zh: '行政区划代码', en: 'Region code' },
	province: { zh: '省', en: 'Province' },
	city: { zh: '市', en: 'City' },
	county: { zh: '县', en: 'County' },
	level: { zh: '层级', en: 'Level' },
	kind: { zh: '类型', en: 'Kind' }
} satisfies Record<string, Label>;

/** Report metadata enumerations (FORMAT.md), with the labels users see. */
export const LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, Label> = {
	national: { zh: '国家级', en: 'National' },
	province: { zh: '省级', en: 'Province' },
	city: { zh: '市级', en: 'City' },
	county: { zh: '县级', en: 'County' },
	township: { zh: '乡镇级', en: 'Township' }
};

export const KINDS = ['government', 'department'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, Label> = {
	government: { zh: '政府（办公室）', en: 'Government' },
	department: { zh: '政府部门', en: 'Department' }
};

export type Lang = 'zh' | 'en';

/** Display label of a cell coordinate, e.g. `收到和处理… · 予以公开 · 自然人`. */
export function labelOf(
	lang: Lang,
	sectionKey: SectionKey,
	itemKey?: string | null,
	measureKey?: string | null,
	/** With the measure's unit (`本年收费金额（万元）`): where a number stands without the table's header. */
	opts: { unit?: boolean } = {}
): string {
	const s = section(sectionKey);
	const parts = [s.label[lang]];
	if (itemKey) parts.push(itemName(sectionKey, itemKey)?.[lang] ?? groupLabel(itemKey, lang) ?? itemKey);
	if (measureKey) {
		const m = measure(sectionKey, measureKey);
		parts.push((m?.label[lang] ?? measureKey) + (opts.unit && m?.unit ? paren(m.unit[lang], lang) : ''));
	}
	return parts.join(' · ');
}

/** An item's name away from its printed table (ItemDef.name, else its printed label). */
export function itemName(sectionKey: SectionKey, itemKey: string): Label | undefined {
	const d = item(sectionKey, itemKey);
	return d && (d.name ?? d.label);
}

export function groupLabel(key: string, lang: Lang): string | undefined {
	return REQUEST_GROUPS.find((g) => g.key === key)?.label[lang];
}
