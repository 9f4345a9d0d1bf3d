/**
 * The same report can arrive twice (a portal's HTML page and its crawled text copy). Counting
 * both would double every figure, so one body-and-year keeps one report: the copy with fewer
 * unknown or repaired cells (an HTML table shows cells a flattened copy loses). The other copy is not
 * thrown away silently: the kept report carries a finding that names it and every cell on
 * which the two disagree.
 */
import { SECTIONS } from '../../template/template';
import type { Report } from '../report';
import { finding } from '../parse/findings';

export interface Entry {
	id: string;
	file: string;
	report: Report;
}

export interface Merge {
	kept: string;
	dropped: string;
	/** The dropped copy's file. */
	file: string;
}

const unknownCells = (r: Report) =>
	SECTIONS.reduce((n, s) => n + Object.values(r[s.key] ?? {}).reduce((m, row) => m + Object.values(row).filter((v) => v === null).length, 0), 0);

/** Cells the reader had to repair or could not settle: fewer means a more faithful copy. */
const repairs = (r: Report) => r.findings.filter((f) => /^(repair_|ambiguous_|unreadable_)/.test(f.rule)).length;

export function mergeDuplicates<E extends Entry>(entries: E[]): { kept: E[]; merges: Merge[] } {
	const groups = new Map<string, E[]>();
	for (const e of entries) {
		const r = e.report;
		// Without an agency and year there is nothing to match on: the report stands alone.
		const key = r.agency && r.year !== null ? `${r.region_code}|${r.agency}|${r.year}` : `#${e.id}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	const kept: E[] = [];
	const merges: Merge[] = [];
	for (const group of groups.values()) {
		const [best, ...rest] = [...group].sort(
			(a, b) => unknownCells(a.report) - unknownCells(b.report) || repairs(a.report) - repairs(b.report) || a.id.localeCompare(b.id)
		);
		kept.push(best);
		for (const other of rest) {
			merges.push({ kept: best.id, dropped: other.id, file: other.file });
			const diffs = disagreements(best.report, other.report);
			best.report.findings.push(
				finding('duplicate_report', {
					severity: diffs.length ? 'warning' : 'info',
					message:
						`同一机关同一年度还有文件 ${other.file}，视为同一报告，采用本文件（未确定或需修复的单元格更少）` +
						(diffs.length ? `；两版有${diffs.length}处不一致：${diffs.slice(0, 8).join('；')}` : '；两版已读出的数字全部一致'),
					message_en:
						`The same agency and year also has the file ${other.file}: taken as the same report, and this file is used (fewer unknown or repaired cells)` +
						(diffs.length ? `; the two disagree in ${diffs.length} places: ${diffs.slice(0, 8).join('; ')}` : '; every number read from both is the same')
				})
			);
		}
	}
	return { kept, merges };
}

function disagreements(a: Report, b: Report): string[] {
	const out: string[] = [];
	for (const s of SECTIONS) {
		for (const [item, row] of Object.entries(a[s.key] ?? {})) {
			for (const [m, v] of Object.entries(row)) {
				const w = b[s.key]?.[item]?.[m] ?? null;
				if (v !== null && w !== null && v !== w) out.push(`${s.key}.${item}.${m} ${v}≠${w}`);
			}
		}
	}
	return out;
}
