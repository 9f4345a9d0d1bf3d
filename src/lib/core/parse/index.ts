/**
 * Source document → report: tables, metadata and the prose's own figures. Validation (the
 * consistency rules) is a separate stage, see ../validate.
 */
import type { Finding, Report } from '../report';
import type { SourceDocument } from '../input/document';
import { readMetadata } from './metadata';
import { readNarrative, type NarrativeFigures } from './narrative';
import { lastBody, locateSections, repeatedSectionsAt, reportStartBefore, type SectionSpans } from './sections';
import { finding } from './findings';
import { readTables } from './tables';
import { agree } from './split';
import { item, type Label } from '../../template/template';
import { rule } from '../../template/rules';

export interface ParsedReport extends Report {
	narrative: NarrativeFigures;
}

export type ParseOutcome = { ok: true; report: ParsedReport } | { ok: false; reason: string };

export function parseDocument(doc: SourceDocument): ParseOutcome {
	if (doc.text.trim() === '') return { ok: false, reason: '文件为空 (empty file)' };
	const whole = locateSections(doc.text);
	const cut = secondReportAt(doc.text, whole);
	const text = cut === null ? doc.text : doc.text.slice(0, cut);
	const spans = cut === null ? whole : locateSections(text);
	const looksLikeReport = /政府信息公开/.test((doc.title ?? '') + text.slice(0, 3000));
	if (!spans.active && !spans.requests && !spans.appeals) {
		return {
			ok: false,
			reason: looksLikeReport
				? '找不到第二、三、四部分的统计表 (no tables of sections 二/三/四 found)'
				: '不是政府信息公开工作年度报告：没有标题，也没有第二、三、四部分的统计表 (not an annual report: no title and no section 二/三/四 tables)'
		};
	}
	const tables = readTables(text);
	// Headings and no numbers at all (a notice that names the sections, a page whose tables were
	// images): such a "report" would only add an empty row to every count. Numbers that are there
	// but cannot be read are a report with findings that say so.
	const digitsFound = tables.findings.some((f) => f.rule === 'unreadable_cells' || f.rule === 'ambiguous_split');
	if (!digitsFound && ![tables.active, tables.requests, tables.appeals].some(hasValue)) {
		return {
			ok: false,
			reason: '第二、三、四部分的统计表中没有读出任何数字 (no figure could be read from the tables of sections 二/三/四)'
		};
	}
	const { meta, findings: metaFindings } = readMetadata(doc.title, text);
	const narrative = readNarrative(text);
	const findings: Finding[] = [...metaFindings, ...tables.findings];
	if (tables.active) settleNormativeDocs(tables.active, narrative, findings);
	if (cut !== null) {
		findings.push(
			finding('second_report', {
				message: '第四部分之后又有第二、三部分的统计表，似乎是另一份报告：只读取了第一份，请把另一份另存为单独的文件',
				message_en: 'Sections 二 and 三 start again after section 四, apparently another report: only the first one was read; save the other as a file of its own'
			})
		);
	}
	return {
		ok: true,
		report: {
			...meta,
			template: tables.template,
			active: tables.active,
			requests: tables.requests,
			appeals: tables.appeals,
			findings,
			narrative
		}
	};
}

/**
 * Where a second report pasted after the first begins: its sections 二 and 三 come again, with
 * tables that hold figures (a later section merely quoting the titles has none). The text is cut
 * there, so that none of its figures (tables, title, prose) is read as the first one's; a
 * finding says so.
 */
function secondReportAt(text: string, spans: SectionSpans): number | null {
	const at = repeatedSectionsAt(text, spans);
	if (at === null) return null;
	const rest = readTables(text.slice(at));
	if (![rest.active, rest.requests, rest.appeals].some(hasValue)) return null;
	return reportStartBefore(text, lastBody(spans)!, at);
}

function hasValue(section: Record<string, Record<string, number | null>> | null): boolean {
	return !!section && Object.values(section).some((cells) => Object.values(cells).some((v) => v !== null));
}

/**
 * `规范性文件77132470` has no sum rule; when the prose states how many were issued or are in
 * force, keep only the splits that agree with it. A cell on which the survivors all agree is read.
 */
function settleNormativeDocs(active: NonNullable<Report['active']>, narrative: NarrativeFigures, findings: Finding[]) {
	const f = findings.find((x) => x.rule === 'ambiguous_split' && x.section === 'active' && x.item === 'normative_docs');
	if (!f?.candidates) return;
	// No part of a split has a leading zero (split.ts), so any split joined is the digit run itself.
	const run = f.candidates[0].join('');
	const ways = f.candidates.length;
	let candidates = f.candidates;
	const used: Label[] = [];
	const keep = (index: number, value: number | undefined, words: Label) => {
		if (value === undefined) return;
		const left = candidates.filter((c) => c[index] === value);
		if (left.length > 0) {
			candidates = left;
			used.push({ zh: `${words.zh}${value}件`, en: `${words.en} ${value}` });
		}
	};
	keep(0, narrative.normative_issued, { zh: '本年制发', en: 'issued' });
	keep(2, narrative.normative_in_force, { zh: '现行有效', en: 'in force' });
	if (used.length === 0) return;
	const values = agree(candidates);
	['issued', 'repealed', 'in_force'].forEach((m, i) => (active.normative_docs[m] = values[i]));
	f.candidates = candidates;
	const label = item('active', 'normative_docs')!.label;
	const stated = { zh: used.map((u) => u.zh).join('、'), en: used.map((u) => u.en).join(' and ') };
	if (candidates.length === 1) {
		// Read after all: not an ambiguity left open, but a reading the reader should know rests on the prose.
		f.rule = 'split_by_narrative';
		f.severity = rule('split_by_narrative').severity;
		f.message = `“${label.zh}”的数字“${run}”有${ways}种拆分都符合规则；正文称${stated.zh}，据此读作 ${candidates[0].join(' ')}`;
		f.message_en = `The digits “${run}” of “${label.en}” split ${ways} ways that satisfy the rules; the text states ${stated.en}, so they are read as ${candidates[0].join(' ')}`;
	} else {
		f.message = `“${label.zh}”的数字“${run}”有${ways}种拆分都符合规则；正文称${stated.zh}，据此只确定了与之相符的单元格，其余仍有${candidates.length}种拆分，未取值`;
		f.message_en = `The digits “${run}” of “${label.en}” split ${ways} ways that satisfy the rules; the text states ${stated.en}, which settles the cells it names; ${candidates.length} splits remain for the others, which are left unknown`;
	}
}
