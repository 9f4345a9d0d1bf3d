/**
 * The same report can arrive twice (a portal's HTML page and its crawled text copy). Counting
 * both would double every figure, so one body-and-year keeps one report: the copy with fewer
 * unknown or repaired cells (an HTML table shows cells a flattened copy loses). The other copy is not
 * thrown away silently: the kept report carries a finding that names it and every cell on
 * which the two disagree. Two files for one body and year whose numbers mostly differ are two
 * reports (one has a wrong year, say): both are kept, with a finding each.
 */
import { SECTIONS, labelOf, type Label, type SectionKey } from '../../template/template';
import { rule } from '../../template/rules';
import { matchRegion } from '../region/regions';
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

/** The template's cells a copy does not give: unread ones, and every cell of a table it lacks (a truncated file). */
const unknownCells = (r: Report) =>
	SECTIONS.reduce((n, s) => {
		const table = r[s.key];
		if (!table) return n + s.items.reduce((m, i) => m + i.measures.length, 0);
		return n + Object.values(table).reduce((m, row) => m + Object.values(row).filter((v) => v === null).length, 0);
	}, 0);

/** A table the report does not give at all: not found (every cell unknown), or not read (2019 layout). */
const noneGiven = (r: Report, key: SectionKey) => {
	const table = r[key];
	return !table || Object.values(table).every((row) => Object.values(row).every((v) => v === null));
};

/** Cells the reader had to repair or could not settle: fewer means a more faithful copy. */
const repairs = (r: Report) => r.findings.filter((f) => /^(repair_|ambiguous_|unreadable_)/.test(f.rule)).length;

/** Breaks of the template's sums and ranges (rules 1–4, 6): a copy with a typed error breaks them where a faithful one holds. */
const TABLE_RULES = new Set([1, 2, 3, 4, 6]);
const ruleBreaks = (r: Report) => r.findings.filter((f) => TABLE_RULES.has(rule(f.rule).formatRule ?? 0)).length;

/** What makes one copy the better, in order; the finding says which one decided. */
const BETTER: { count: (r: Report) => number; why: Label }[] = [
	{ count: unknownCells, why: { zh: '未确定的单元格更少', en: 'fewer unknown cells' } },
	{ count: ruleBreaks, why: { zh: '不符合勾稽关系之处更少', en: 'fewer breaks of the template’s rules' } },
	{ count: repairs, why: { zh: '需修复的单元格更少', en: 'fewer repaired cells' } }
];
const byQuality = (a: Entry, b: Entry) => {
	for (const c of BETTER) {
		const d = c.count(a.report) - c.count(b.report);
		if (d) return d;
	}
	return a.id.localeCompare(b.id);
};

/**
 * Two copies of one report differ in a cell or two at most (a digit the flattened copy could not
 * split, a typo fixed on the portal); two different reports differ in most. Past this many
 * differing cells (and this share of the cells both give), they are not merged.
 */
const SAME_REPORT_MAX_DIFFS = 3;
const SAME_REPORT_MAX_SHARE = 0.05;

export function mergeDuplicates<E extends Entry>(entries: E[]): { kept: E[]; merges: Merge[] } {
	const groups = new Map<string, E[]>();
	for (const e of entries) {
		const r = e.report;
		// Without an agency and year there is nothing to match on: the report stands alone.
		const key = r.agency && r.year !== null ? `${r.region_code}|${r.agency}|${r.year}` : `#${e.id}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	joinUnplaced(groups);
	const kept: E[] = [];
	const merges: Merge[] = [];
	for (const group of groups.values()) {
		const [best, ...rest] = [...group].sort(byQuality);
		kept.push(best);
		for (const other of rest) {
			const { diffs, common } = compare(best.report, other.report);
			if (diffs.length > Math.max(SAME_REPORT_MAX_DIFFS, common * SAME_REPORT_MAX_SHARE)) {
				// Not two copies of one report: two reports claiming the same agency and year (a wrong
				// year in the title or the manifest, say). Both stay, each says so, and neither is lost.
				kept.push(other);
				for (const [self, twin] of [
					[best, other],
					[other, best]
				]) {
					self.report.findings.push(
						finding('conflicting_reports', {
							message: `同一机关同一年度还有报告 ${twin.file}，两者有${diffs.length}处数字不同（共同读出${common}处），不是同一报告的两个版本；请核对两份文件的年度和机关：${listDiffs(diffs, 'zh', self === other)}`,
							message_en: `The same agency and year also has the report ${twin.file}; the two differ in ${diffs.length} of the ${common} cells both give, so they are not copies of one report: check both files' year and agency: ${listDiffs(diffs, 'en', self === other)}`
						})
					);
				}
				continue;
			}
			merges.push({ kept: best.id, dropped: other.id, file: other.file });
			// The copy kept for its cells may be the one whose region could not be read; the level is
			// the region's (metadata.ts), so it comes along.
			if (best.report.region_code === null && other.report.region_code !== null) {
				const { region_code, province, city, county, level } = other.report;
				Object.assign(best.report, { region_code, province, city, county, level });
			}
			// Why this copy: the first measure on which it does better; none when the two tie on all.
			const why = BETTER.find((c) => c.count(best.report) < c.count(other.report))?.why;
			const chosen: Label = why
				? { zh: `采用本文件（${why.zh}）`, en: `this file is used (${why.en})` }
				: diffs.length
					? { zh: '两版同样完整、同样符合规则，无从判断哪一版正确，按文件名采用本文件，请核对', en: 'the two are equally complete and equally consistent, so which is right cannot be told: this file is used by its name; please check' }
					: { zh: '采用本文件', en: 'this file is used' };
			// What the other copy lacks (a truncated file, a page whose tables are images): "the numbers
			// read from both agree" alone would pass it for a whole copy.
			const lacking = SECTIONS.filter((x) => noneGiven(other.report, x.key) && !noneGiven(best.report, x.key));
			const unread = unknownCells(other.report) - unknownCells(best.report);
			const lacks: Label | null = lacking.length
				? {
						zh: `；该文件缺少第${lacking.map((x) => x.numeral).join('、')}部分的统计表`,
						en: `; that file lacks the table${lacking.length > 1 ? 's' : ''} of section${lacking.length > 1 ? 's' : ''} ${lacking.map((x) => x.numeral).join(', ')}`
					}
				: unread > 0
					? { zh: `；该文件比本文件多${unread}个单元格未读出`, en: `; that file leaves ${unread} more cell${unread > 1 ? 's' : ''} unread than this one` }
					: null;
			best.report.findings.push(
				finding('duplicate_report', {
					severity: diffs.length ? 'warning' : 'info',
					message:
						`同一机关同一年度还有文件 ${other.file}，视为同一报告，${chosen.zh}` +
						(diffs.length ? `；两版有${diffs.length}处不一致：${listDiffs(diffs, 'zh')}` : '；两版都读出的数字全部一致') +
						(lacks?.zh ?? ''),
					message_en:
						`The same agency and year also has the file ${other.file}: taken as the same report, and ${chosen.en}` +
						(diffs.length ? `; the two disagree in ${diffs.length} places: ${listDiffs(diffs, 'en')}` : '; every number read from both is the same') +
						(lacks?.en ?? '')
				})
			);
		}
	}
	return { kept, merges };
}

/**
 * A copy whose region could not be read (a web page with a shorter title than its text copy)
 * is still a copy: it joins its agency and year's group, when exactly one region has that
 * agency and year. The numbers then decide, as for any two copies, whether they are one report.
 * With two regions to choose from it stays on its own, and so does a name that several regions
 * could hold (鼓楼区人民政府: 福州, 南京…): its region is unknown because the name is ambiguous,
 * and the one region in the dataset that has it may be another body's.
 */
function joinUnplaced<E extends Entry>(groups: Map<string, E[]>): void {
	const placed = new Map<string, string[]>();
	for (const [key, [e]] of groups) {
		if (key.startsWith('#') || e.report.region_code === null) continue;
		const ay = `${e.report.agency}|${e.report.year}`;
		placed.set(ay, [...(placed.get(ay) ?? []), key]);
	}
	for (const [key, group] of [...groups]) {
		const r = group[0].report;
		if (key.startsWith('#') || r.region_code !== null || matchRegion(r.agency!).note !== null) continue;
		const homes = placed.get(`${r.agency}|${r.year}`) ?? [];
		if (homes.length !== 1) continue;
		groups.get(homes[0])!.push(...group);
		groups.delete(key);
	}
}

interface Diff {
	section: SectionKey;
	item: string;
	measure: string;
	/** The value in the report the finding is on, and in the other. */
	mine: number;
	theirs: number;
}

/** The first few differing cells, by their labels: `予以公开 · 自然人 4≠3`; `flip` when the finding is on the other copy. */
function listDiffs(diffs: Diff[], lang: 'zh' | 'en', flip = false): string {
	return diffs
		.slice(0, 8)
		.map((d) => `${labelOf(lang, d.section, d.item, d.measure).split(' · ').slice(1).join(' · ')} ${flip ? d.theirs : d.mine}≠${flip ? d.mine : d.theirs}`)
		.join(lang === 'zh' ? '；' : '; ');
}

/** The cells both copies give, and those on which they differ. */
function compare(a: Report, b: Report): { diffs: Diff[]; common: number } {
	const diffs: Diff[] = [];
	let common = 0;
	for (const s of SECTIONS) {
		for (const [item, row] of Object.entries(a[s.key] ?? {})) {
			for (const [m, v] of Object.entries(row)) {
				const w = b[s.key]?.[item]?.[m] ?? null;
				if (v === null || w === null) continue;
				common++;
				if (v !== w) diffs.push({ section: s.key, item, measure: m, mine: v, theirs: w });
			}
		}
	}
	return { diffs, common };
}
