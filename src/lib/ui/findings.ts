/** Findings placed on the cells of a report's tables, numbered as in the list below them. */
import type { Finding } from '$lib/query/report';
import { cellKey } from '$lib/query/report-cells';
import { rule } from '$lib/template/rules';
import type { Lang } from '$lib/template/template';
import { t } from '$lib/i18n/strings';
import { formatValue } from '$lib/i18n/format';
import { colon, comma, paren } from '$lib/i18n/punct';

/** A rule's label; an id the template does not know (an older dataset) shows as itself. */
export function ruleLabel(id: string, lang: Lang): string {
	try {
		return rule(id).label[lang];
	} catch {
		return id;
	}
}

/** `应为 3，实为 0` / `expected 3, found 0`, or '' when the finding compares no values. */
export function expectedFound(f: Pick<Finding, 'rule' | 'expected' | 'found'>, lang: Lang): string {
	if (f.expected === null && f.found === null) return '';
	// Rule 7 compares the prose with the tables: neither is "right", so each is named for where it stands.
	const [was, is] = f.rule === 'narrative' ? (['narrativeText', 'narrativeTable'] as const) : (['expected', 'found'] as const);
	return `${t(was, lang)} ${formatValue(f.expected, 'decimal', lang)}${comma(lang)}${t(is, lang)} ${formatValue(f.found, 'decimal', lang)}`;
}

/** The finding's message in the reader's language, with that language's tag for the element that shows it. */
export function messageOf(f: Pick<Finding, 'message' | 'message_en'>, lang: Lang): { text: string; tag: 'en' | 'zh-CN' } {
	// A dataset written before the English messages has the Chinese one only.
	return lang === 'en' && f.message_en ? { text: f.message_en, tag: 'en' } : { text: f.message, tag: 'zh-CN' };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const nullsLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0);
/** Errors first, then warnings and notes, each by rule and cell: the order of the report page's query. */
export function bySeverity(a: Omit<Finding, 'report_id'>, b: Omit<Finding, 'report_id'>): number {
	return (
		SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
		nullsLast(a.rule, b.rule) ||
		nullsLast(a.section, b.section) ||
		nullsLast(a.item, b.item) ||
		nullsLast(a.measure, b.measure)
	);
}

const READINGS_SHOWN = 6;
/** The readings of an ambiguous run, for the list: `88 55 698；8 85 5698…（共15种）`, or '' when it has none. */
export function readingsOf(f: Pick<Finding, 'candidates'>, lang: Lang): string {
	let all: number[][] = [];
	try {
		all = f.candidates ? JSON.parse(f.candidates) : [];
	} catch {
		return '';
	}
	if (!Array.isArray(all) || !all.length) return '';
	const shown = all.slice(0, READINGS_SHOWN).map((c) => c.join(' ')).join(lang === 'en' ? '; ' : '；');
	return t('readings', lang) + colon(lang) + shown + (all.length > READINGS_SHOWN ? '…' : '') + paren(t('readingsAll', lang, { n: all.length }), lang);
}

export interface NumberedFinding extends Finding {
	n: number;
}

export interface PlacedFindings {
	all: NumberedFinding[];
	/** `section|item|measure`, or `section|item|*` for a whole row; report- and section-wide ones only in `all`. */
	byCell: Map<string, NumberedFinding[]>;
}

export function placeFindings(findings: Finding[]): PlacedFindings {
	const all = findings.map((f, i) => ({ ...f, n: i + 1 }));
	const byCell = new Map<string, NumberedFinding[]>();
	for (const f of all) {
		if (!f.section || !f.item) continue;
		const key = cellKey(f.section, f.item, f.measure ?? '*');
		byCell.set(key, [...(byCell.get(key) ?? []), f]);
	}
	return { all, byCell };
}

/** The findings marked on one cell: its own and those about its whole row. */
export function findingsAt(p: PlacedFindings, section: string, item: string, measure: string): NumberedFinding[] {
	return [...(p.byCell.get(cellKey(section, item, measure)) ?? []), ...(p.byCell.get(cellKey(section, item, '*')) ?? [])];
}

/**
 * The findings a cell links to: its own, and a whole row's in the row's first cell only (the
 * row's other cells are coloured by it, but seven identical links would be seven Tab stops).
 */
export function marksAt(p: PlacedFindings, section: string, item: string, measure: string, firstInRow: boolean): NumberedFinding[] {
	return firstInRow ? findingsAt(p, section, item, measure) : (p.byCell.get(cellKey(section, item, measure)) ?? []);
}
