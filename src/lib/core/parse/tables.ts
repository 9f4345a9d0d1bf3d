/**
 * Normalised report text → the values of tables 二, 三 and 四.
 *
 * One reader serves every text form (tab-separated, space-separated, flattened, and the text
 * the HTML/PDF readers lay out from their grids): it finds each row label of the template in
 * order, takes the numbers between that label and the next one, and cuts them into cells with
 * the template's sum rules (see split.ts).
 */
import {
	APPEAL_MEASURES,
	APPEAL_PARTS,
	APPLICANT_MEASURES,
	REQUEST_GROUPS,
	REQUEST_MEASURES,
	item,
	measure,
	section,
	type ItemDef,
	type Label,
	type SectionKey
} from '../../template/template';
import type { Finding, SectionValues, TemplateVersion } from '../report';
import { finding } from './findings';
import { looseWords } from './normalize';
import { resolveColumns } from './resolve';
import type { Span } from './sections';
import { locateSections } from './sections';
import { hasWan, hasYuan, readRow, tokenValue, type Reading, type SumRule } from './split';
import { rowTokens, stripPageMarks } from './tokens';

export interface Tables {
	template: TemplateVersion;
	active: SectionValues | null;
	requests: SectionValues;
	appeals: SectionValues;
	findings: Finding[];
}

interface LabelHit {
	item: ItemDef;
	start: number;
	end: number;
}

/** A row label: the item's own number (`2.`/`2、`) when it has one, then its words. */
function labelRegex(item: ItemDef, variant: 'numbered' | 'plain' = 'plain'): RegExp {
	const words = item.match.map(looseWords).join('|');
	const num = item.ordinal ? `(?:${item.ordinal}\\s*[.、]\\s*)${variant === 'numbered' ? '' : '?'}` : '';
	return new RegExp(`${num}(?:${words})`, 'g');
}

const OTHER_GROUP = REQUEST_GROUPS.find((g) => g.key === 'other')!.label;
const OTHER_SINGLE_ROW = new RegExp(looseWords(OTHER_GROUP.zh), 'g');
const OTHER = item('requests', 'other.other')!.label;
/** Items the 2019 layout (a single `(六) 其他处理` row) does not have: absent, not unknown. */
export const ABSENT_IN_SINGLE_OTHER_ROW = ['other.no_correction', 'other.unpaid_fee'];

/** Whether the parser read section 三 in the single `(六) 其他处理` row layout. */
export function hasSingleOtherRow(findings: Finding[]): boolean {
	return findings.some((f) => f.rule === 'template_2019' && f.section === 'requests');
}

/** Find each item's label in order inside `text` from `start`; an item whose label is absent is skipped. */
function findLabels(text: string, items: ItemDef[], singleOtherRow: boolean, start = 0): LabelHit[] {
	const hits: LabelHit[] = [];
	let from = start;
	for (const item of items) {
		let re: RegExp;
		if (item.key === 'other.other') {
			// `3. 其他` must carry its number, or it would match `其他处理`; the 2019 layout has a
			// single `(六) 其他处理` row instead.
			re = singleOtherRow ? OTHER_SINGLE_ROW : new RegExp(labelRegex(item, 'numbered').source + '(?!\\s*处\\s*理)', 'g');
		} else {
			re = labelRegex(item);
		}
		re.lastIndex = from;
		const m = re.exec(text);
		if (!m) continue;
		hits.push({ item, start: m.index, end: m.index + m[0].length });
		from = m.index + m[0].length;
	}
	return hits;
}

/** The text after each found label up to the next found label. */
function rowTexts(text: string, hits: LabelHit[]): Map<string, string> {
	const rows = new Map<string, string>();
	hits.forEach((h, i) => rows.set(h.item.key, text.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : text.length)));
	return rows;
}

const emptyItem = (measures: string[]) => Object.fromEntries(measures.map((m) => [m, null]));

export function readTables(text: string): Tables {
	const spans = locateSections(text);
	const findings: Finding[] = [];
	const active = readActive(text, spans.active, findings);
	const requests = readRequests(text, spans.requests, findings);
	const appeals = readAppeals(text, spans.appeals, findings);
	// The report's template is that of section 二, the section whose measures changed in 2021;
	// a single `(六) 其他处理` row in section 三 is noted on its own.
	const template: TemplateVersion = active === null ? '2019' : '2021';
	return { template, active, requests, appeals, findings };
}

/** A section with every cell unknown, and the finding saying its table was not found. */
function unknownSection(key: SectionKey): SectionValues {
	return Object.fromEntries(section(key).items.map((i) => [i.key, emptyItem(i.measures)]));
}

const PART: Record<'active' | 'requests', Label> = { active: { zh: '第二部分', en: 'Section II' }, requests: { zh: '第三部分', en: 'Section III' } };
/** A table row the report does not print. */
function missingRow(sectionKey: 'active' | 'requests', item: ItemDef): Finding {
	return finding('missing_item', {
		section: sectionKey,
		item: item.key,
		message: `${PART[sectionKey].zh}缺少“${item.label.zh}”一行`,
		message_en: `${PART[sectionKey].en} has no row “${item.label.en}”`
	});
}

function missingSection(key: SectionKey, findings: Finding[]): SectionValues {
	const label = section(key).label;
	findings.push(finding('missing_section', { section: key, message: `未找到“${label.zh}”表格`, message_en: `No “${label.en}” table was found` }));
	return unknownSection(key);
}

// ── 二 ────────────────────────────────────────────────────────────────────────────────

const ACTIVE_2019_MARKS = new RegExp(['本年新制作', '上一年项目数量', '对外公开总数量', '政府集中采购'].map(looseWords).join('|'));

function readActive(text: string, span: Span | undefined, findings: Finding[]): SectionValues | null {
	const def = section('active');
	if (!span) return missingSection('active', findings);
	const values = unknownSection('active');
	const body = text.slice(span.body, span.end);
	if (ACTIVE_2019_MARKS.test(body)) {
		findings.push(
			finding('template_2019', {
				section: 'active',
				message: '第二部分使用2019年版表格（本年新制作/新公开/对外公开总数量等），其指标与2021年版不同，未读取',
				message_en: 'Section II uses the 2019 table (made / published this year, total published, …), whose measures differ from the 2021 template: not read'
			})
		);
		return null;
	}
	const hits = findLabels(body, def.items, false);
	// A heading without its table (an image on the web page, say): one finding, not one per row.
	if (hits.length === 0) return missingSection('active', findings);
	const rows = rowTexts(body, hits);
	for (const item of def.items) {
		const row = rows.get(item.key);
		if (row === undefined) {
			findings.push(missingRow('active', item));
			continue;
		}
		const tokens = rowTokens(row);
		const reading = item.key === 'fees' ? readFee(tokens) : readRow(tokens, item.measures.length, []);
		values[item.key] = applyReading('active', rowTarget('active', item), reading, findings, tokens);
	}
	return values;
}

/** The fee is one cell, in 万元, and may be a decimal; glued digits cannot be split. */
function readFee(tokens: string[]): Reading {
	if (tokens.length === 0) return { kind: 'empty' };
	if (tokens.length !== 1) return { kind: 'partial', values: [null], candidates: [] };
	const [t] = tokens;
	// Written in 元 under a header in 万元 (`3940元`): converted, and a finding says so (unitNotes).
	return { kind: 'exact', values: [feeValue(t)] };
}

/**
 * A fee token's value in the column's 万元. A bare `万` there (`1.5万`) is the column's own unit
 * written short, 1.5万 yuan being 1.5 万元 anyway: the number stands, not ×10,000.
 */
const feeValue = (t: string) => (hasYuan(t) ? Number((tokenValue(t) / 10000).toFixed(6)) : hasWan(t) ? Number(t.replace(/[,万]/g, '')) : tokenValue(t));

const FEE_UNIT = measure('active', 'amount')!.unit!;

/** Cells written with a unit that changed their value (`1.2万`, a fee of `3940元`). */
function unitNotes(sectionKey: SectionKey, itemKey: string | null, label: Label, tokens: string[], findings: Finding[]) {
	const fee = sectionKey === 'active' && itemKey === 'fees';
	// A fee in 万 keeps its number (feeValue): nothing was converted.
	const scaled = tokens.filter((t) => (fee ? hasYuan(t) : hasWan(t)));
	if (!scaled.length) return;
	const as = (t: string) => `${fee ? feeValue(t) : tokenValue(t)}`;
	findings.push(
		finding('unit_converted', {
			section: sectionKey,
			item: itemKey,
			message: `“${label.zh}”写作${scaled.map((t) => `“${t}”，按${as(t)}${fee ? FEE_UNIT.zh : ''}计`).join('；')}`,
			message_en: `“${label.en}” is written ${scaled.map((t) => `“${t}”, read as ${as(t)}${fee ? ` (${FEE_UNIT.en})` : ''}`).join('; ')}`
		})
	);
}

// ── 三 ────────────────────────────────────────────────────────────────────────────────

const ROW_RULE: SumRule = {
	total: REQUEST_MEASURES.findIndex((m) => m.key === 'total'),
	parts: APPLICANT_MEASURES.map((k) => REQUEST_MEASURES.findIndex((m) => m.key === k))
};

function readRequests(text: string, span: Span | undefined, findings: Finding[]): SectionValues {
	const def = section('requests');
	if (!span) return missingSection('requests', findings);
	const values = unknownSection('requests');
	const body = text.slice(span.body, span.end);
	// The 2019 layout: a `(六) 其他处理` row, and none of the 2021 layout's sub-items under it.
	const singleOtherRow = !labelRegex(def.items.find((i) => i.key === 'other.no_correction')!).test(body) && new RegExp(OTHER_SINGLE_ROW.source).test(body);
	// From the header unless that finds fewer rows than the whole section does (a layout whose
	// header words come out after its rows).
	const start = tableStart(body);
	let hits = findLabels(body, def.items, singleOtherRow, start);
	if (start > 0) {
		const anywhere = findLabels(body, def.items, singleOtherRow);
		if (anywhere.length > hits.length) hits = anywhere;
	}
	// A heading without its table: one finding, not one per row.
	if (hits.length === 0) return missingSection('requests', findings);
	const rows = rowTexts(body, hits);
	const readings = new Map<string, Reading>();
	const tokensOf = new Map<string, string[]>();
	for (const item of def.items) {
		const row = rows.get(item.key);
		if (row === undefined) continue;
		const tokens = rowTokens(row);
		tokensOf.set(item.key, tokens);
		readings.set(item.key, readRow(tokens, REQUEST_MEASURES.length, [ROW_RULE]));
	}
	resolveColumns(readings);
	if (singleOtherRow) {
		findings.push(
			finding('template_2019', {
				section: 'requests',
				item: 'other.other',
				message: `“（六）${OTHER_GROUP.zh}”为单独一行（2019年版格式），计入“${OTHER.zh}”；另两小项无数据`,
				message_en: `“(6) ${OTHER_GROUP.en}” is a single row (the 2019 layout): counted as “${OTHER.en}”; its two other sub-items have no data`
			})
		);
	}
	for (const item of def.items) {
		const reading = readings.get(item.key);
		if (!reading) {
			if (singleOtherRow && ABSENT_IN_SINGLE_OTHER_ROW.includes(item.key)) continue;
			findings.push(missingRow('requests', item));
			continue;
		}
		values[item.key] = applyReading('requests', rowTarget('requests', item), reading, findings, tokensOf.get(item.key) ?? []);
	}
	return values;
}

/**
 * Table 三's applicant header: two of its column headings in a row (商业企业 科研机构), which a
 * sentence above the table that names one of them (收到商业企业申请0件) does not have.
 */
const REQUEST_HEADER = new RegExp(
	['commercial', 'research'].map((k) => looseWords(measure('requests', k)!.label.zh)).join(String.raw`[\s|｜]*`)
);

/**
 * Where table 三's rows can begin: at its applicant header, so that prose between the section's
 * title and its table that uses a row's words (`本年新收政府信息公开申请5件，上年结转…`) is not
 * taken for the row. From the section's start when the header is not found.
 */
function tableStart(body: string): number {
	return REQUEST_HEADER.exec(body)?.index ?? 0;
}

// ── 四 ────────────────────────────────────────────────────────────────────────────────

const APPEAL_WIDTH = APPEAL_MEASURES.length;
const APPEAL_RULES: SumRule[] = section('appeals').items.map((_, g) => ({
	total: g * APPEAL_WIDTH + APPEAL_MEASURES.findIndex((m) => m.key === 'total'),
	parts: APPEAL_PARTS.map((k) => g * APPEAL_WIDTH + APPEAL_MEASURES.findIndex((m) => m.key === k))
}));

const TOTAL_WORD = new RegExp(looseWords('总计'), 'g');
/** Header words of table 四: everything in the section that is not a number (signs and thousands commas kept). */
const APPEAL_HEADER = /[^\d\s.,，∅—–\-－−]+/g;
/** A comma that does not group a number's thousands: punctuation of the header. */
const LOOSE_COMMA = /(?<!\d)[,，]|[,，](?!\d{3}(?!\d))/g;

const HAN = /\p{Script=Han}/u;
const DIGIT = /\d/;

/**
 * Table 四's region up to the first line of Chinese text after its numbers began: where a note
 * follows the table. Only a fallback (readAppeals): numbers with 件, a row per item or a running
 * header between pages also put Chinese text between the numbers.
 */
function beforeProse(region: string): string {
	const lines = region.split('\n');
	let numbers = false;
	for (let i = 0; i < lines.length; i++) {
		if (numbers && HAN.test(lines[i])) return lines.slice(0, i).join('\n');
		if (DIGIT.test(lines[i])) numbers = true;
	}
	return region;
}

function readAppeals(text: string, span: Span | undefined, findings: Finding[]): SectionValues {
	const def = section('appeals');
	if (!span) return missingSection('appeals', findings);
	const values = unknownSection('appeals');
	// The fifteen numbers follow a header of several lines with no row labels, ending in 总计;
	// prose may stand between title and table (`2022年，未有…`). Read what follows the last
	// header word as one block.
	let region = stripPageMarks(text.slice(span.body, span.end));
	const lastTotal = [...region.matchAll(TOTAL_WORD)].pop();
	if (lastTotal) region = region.slice(lastTotal.index + lastTotal[0].length);
	const read = (text: string) => {
		const tokens = rowTokens(text.replace(LOOSE_COMMA, ' ').replace(APPEAL_HEADER, ' '));
		return { tokens, reading: readRow(tokens, APPEAL_WIDTH * def.items.length, APPEAL_RULES) };
	};
	let { tokens, reading } = read(region);
	// A note after the table (`注：统计时间截至2024年12月31日。`, `本年度行政复议案件1起。`) adds
	// its numbers to the block: read without it when the whole does not read as fifteen cells.
	if (reading.kind !== 'exact') {
		const cut = beforeProse(region);
		const without = cut === region ? null : read(cut);
		if (without?.reading.kind === 'exact') ({ tokens, reading } = without);
	}
	const cells = def.items.flatMap((i) => i.measures.map((m) => ({ item: i, m: measure('appeals', m)! })));
	const block: Target = {
		itemKey: null,
		label: def.label,
		keys: cells.map((c) => `${c.item.key}.${c.m.key}`),
		cellNames: cells.map((c) => ({ zh: `${c.item.label.zh}·${c.m.label.zh}`, en: `${c.item.label.en}: ${c.m.label.en}` }))
	};
	const flat = applyReading('appeals', block, reading, findings, tokens);
	def.items.forEach((item) => {
		for (const m of item.measures) values[item.key][m] = flat[`${item.key}.${m}`] ?? null;
	});
	return values;
}

// ── readings → values and findings ─────────────────────────────────────────────────────

/** What a reading is about: one row (item), or a whole block such as table 四 (item null). */
interface Target {
	itemKey: string | null;
	label: Label;
	/** The cell keys the reading's values fill, in order. */
	keys: string[];
	/** What a reader calls each of those cells. */
	cellNames: Label[];
}

const rowTarget = (sectionKey: SectionKey, item: ItemDef): Target => ({
	itemKey: item.key,
	label: item.label,
	keys: item.measures,
	cellNames: item.measures.map((m) => measure(sectionKey, m)?.label ?? { zh: m, en: m })
});

function applyReading(
	sectionKey: SectionKey,
	{ itemKey, label, keys, cellNames }: Target,
	reading: Reading,
	findings: Finding[],
	tokens: string[]
): Record<string, number | null> {
	const out: Record<string, number | null> = emptyItem(keys);
	const raw = tokens.join(' ');
	const set = (vals: (number | null)[]) => keys.forEach((k, i) => (out[k] = vals[i] ?? null));
	switch (reading.kind) {
		case 'exact':
			set(reading.values);
			break;
		case 'repaired_extra':
			set(reading.values);
			findings.push(
				finding('repair_extra_cell', {
					section: sectionKey,
					item: itemKey,
					message: `“${label.zh}”一行有${tokens.length}个数（${raw}），比模板多一个；${reading.dropped === null ? '按行、列勾稽关系' : `去掉第${reading.dropped + 1}个后各项符合勾稽关系，`}读作 ${reading.values.join(' ')}`,
					message_en: `Row “${label.en}” has ${tokens.length} numbers (${raw}), one more than the template; ${reading.dropped === null ? 'by the row and column rules' : `without number ${reading.dropped + 1} every rule holds, so`} it is read as ${reading.values.join(' ')}`
				})
			);
			break;
		case 'repaired_missing':
			set(reading.values);
			findings.push(
				finding('repair_missing_cell', {
					section: sectionKey,
					item: itemKey,
					message: reading.byColumns
						? `“${label.zh}”一行只有“${raw}”，少一个单元格；按行、列勾稽关系推算，只有一种补法各项都成立，读作 ${reading.values.join(' ')}`
						: `“${label.zh}”一行只有“${raw}”，少一个单元格；按勾稽关系推算，无论缺的是哪一格都读作 ${reading.values.join(' ')}`,
					message_en: reading.byColumns
						? `Row “${label.en}” has only “${raw}”, one cell short; by the row and column rules only one fill makes every rule hold: it reads ${reading.values.join(' ')}`
						: `Row “${label.en}” has only “${raw}”, one cell short; by the rules it reads ${reading.values.join(' ')} whichever cell is missing`
				})
			);
			break;
		case 'choices':
			set(new Array(keys.length).fill(null));
			findings.push(
				finding('ambiguous_split', {
					section: sectionKey,
					item: itemKey,
					message: `“${label.zh}”的数字“${raw}”有${reading.candidates.length}种拆分都符合规则，无法确定，未取值`,
					message_en: `The digits “${raw}” of “${label.en}” split ${reading.candidates.length} ways that all satisfy the rules: undecided, no value taken`,
					candidates: reading.candidates
				})
			);
			break;
		case 'partial': {
			set(reading.values);
			const unknown = keys.flatMap((k, i) => (reading.values[i] === null ? [{ key: k, name: cellNames[i] }] : []));
			// In a block (table 四), unknown cells all in one row are that row's finding, marked on it.
			const rows = new Set(unknown.map((u) => u.key.split('.')[0]));
			const item = itemKey ?? (rows.size === 1 && unknown[0].key.includes('.') ? [...rows][0] : null);
			findings.push(
				finding('unreadable_cells', {
					section: sectionKey,
					item,
					message:
						reading.candidates.length > 0
							? `“${label.zh}”的数字“${raw}”没有一种拆分能满足全部勾稽关系；${unknown.length}个单元格无法确定（${unknown.map((u) => u.name.zh).join('、')}）`
							: `“${label.zh}”的数字“${raw}”无法按模板读成${keys.length}个单元格`,
					message_en:
						reading.candidates.length > 0
							? `No split of the digits “${raw}” of “${label.en}” satisfies every rule; ${unknown.length} cells stay unknown (${unknown.map((u) => u.name.en).join(', ')})`
							: `The digits “${raw}” of “${label.en}” cannot be read as the template's ${keys.length} cells`,
					candidates: reading.candidates.length > 0 ? reading.candidates.slice(0, 50) : undefined
				})
			);
			break;
		}
		case 'empty':
			findings.push(
				finding('missing_item', { section: sectionKey, item: itemKey, message: `“${label.zh}”一行没有数字`, message_en: `Row “${label.en}” has no numbers` })
			);
			break;
	}
	if (reading.kind !== 'empty') unitNotes(sectionKey, itemKey, label, tokens, findings);
	const blanks = tokens.flatMap((t, i) => (t === '∅' ? [i] : []));
	if (blanks.length > 0 && reading.kind !== 'empty') {
		// Read one token per cell, a blank's place is its cell: named, and one blank is marked on its own cell.
		const placed = reading.kind === 'exact' && tokens.length === keys.length && itemKey !== null;
		const names = placed ? blanks.map((i) => cellNames[i]) : [];
		findings.push(
			finding('blank_cell', {
				section: sectionKey,
				item: itemKey,
				measure: placed && blanks.length === 1 ? keys[blanks[0]] : null,
				message: `“${label.zh}”一行有${blanks.length}个空白单元格${names.length ? `（${names.map((n) => n.zh).join('、')}）` : ''}，按0计`,
				message_en: `Row “${label.en}” has ${blanks.length} blank cells${names.length ? ` (${names.map((n) => n.en).join(', ')})` : ''}, counted as 0`
			})
		);
	}
	return out;
}
