import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/core/report';
import { mergeDuplicates } from '../../../src/lib/core/validate/duplicates';
import { zeroValues } from '../../helpers/report-text';

const report = (agency: string, year: number, newReceived: number | null): Report => {
	const requests = zeroValues('requests');
	requests.new_received.total = newReceived;
	return { agency, year, region_code: '350128', province: null, city: null, county: null, level: null, kind: null, template: '2021', active: zeroValues('active'), requests, appeals: zeroValues('appeals'), findings: [] };
};

const unplaced = (r: Report): Report => ({ ...r, region_code: null });
const placedIn = (r: Report, code: string, county: string): Report => ({ ...r, region_code: code, province: '福建省', city: '福州市', county, level: 'county' });

describe('mergeDuplicates', () => {
	it('takes a copy whose region could not be read for a copy of its agency’s report that year', () => {
		const { kept, merges } = mergeDuplicates([
			{ id: 'page', file: 'page.html', report: unplaced(report('某局', 2023, null)) },
			{ id: 'text', file: 'page.txt', report: report('某局', 2023, 4) }
		]);
		expect(kept.map((k) => k.id)).toEqual(['text']);
		expect(merges).toEqual([{ kept: 'text', dropped: 'page', file: 'page.html' }]);
	});

	it('keeps the region of the other copy when the copy kept for its cells had none', () => {
		const { kept } = mergeDuplicates([
			{ id: 'page', file: 'page.html', report: unplaced(report('某局', 2023, 4)) },
			{ id: 'text', file: 'page.txt', report: placedIn(report('某局', 2023, null), '350102', '鼓楼区') }
		]);
		expect(kept.map((k) => [k.id, k.report.region_code, k.report.county, k.report.level])).toEqual([['page', '350102', '鼓楼区', 'county']]);
	});

	it('does not join an unplaced copy whose name several regions could hold to the one region that has it', () => {
		// Review 11: 福州's 鼓楼区人民政府 with its region unread, and 南京's, one cell apart, are two bodies.
		const fuzhou = unplaced(report('鼓楼区人民政府', 2023, 4));
		const nanjing = { ...report('鼓楼区人民政府', 2023, 5), region_code: '320106' };
		const { kept, merges } = mergeDuplicates([
			{ id: 'fz', file: 'fz.html', report: fuzhou },
			{ id: 'nj', file: 'nj.txt', report: nanjing }
		]);
		expect(merges).toEqual([]);
		expect(kept.map((k) => k.id).sort()).toEqual(['fz', 'nj']);
		expect(kept.flatMap((k) => k.report.findings)).toEqual([]);
	});

	it('leaves an unplaced copy alone when two regions have a body of that name that year', () => {
		const { kept, merges } = mergeDuplicates([
			{ id: 'page', file: 'page.html', report: unplaced(report('鼓楼区人民政府', 2023, 4)) },
			{ id: 'fz', file: 'fz.txt', report: placedIn(report('鼓楼区人民政府', 2023, 4), '350102', '鼓楼区') },
			{ id: 'nj', file: 'nj.txt', report: { ...report('鼓楼区人民政府', 2023, 4), region_code: '320106' } }
		]);
		expect(merges).toEqual([]);
		expect(kept.map((k) => k.id).sort()).toEqual(['fz', 'nj', 'page']);
	});

	it('says what a truncated copy lacks, not only that the numbers both give agree', () => {
		// What the reader gives for a table it did not find: every cell unknown.
		const unknown = (key: 'requests' | 'appeals') => Object.fromEntries(Object.entries(zeroValues(key)).map(([i, row]) => [i, Object.fromEntries(Object.keys(row).map((m) => [m, null]))]));
		const cut: Report = { ...report('某局', 2023, 4), requests: unknown('requests'), appeals: unknown('appeals') };
		const { kept } = mergeDuplicates([
			{ id: 'whole', file: 'whole.txt', report: report('某局', 2023, 4) },
			{ id: 'cut', file: 'cut.txt', report: cut }
		]);
		expect(kept.map((k) => k.id)).toEqual(['whole']);
		const note = kept[0].report.findings.find((f) => f.rule === 'duplicate_report')!;
		expect(note.message).toMatch(/两版都读出的数字全部一致；该文件缺少第三、四部分的统计表$/);
		expect(note.message_en).toMatch(/that file lacks the tables of sections 三, 四$/);
		// A copy with more cells unread says how many more (review 13: 3 against the kept copy's 1).
		const holes = (n: number) => {
			const r = report('某局', 2023, null);
			for (const m of ['natural_person', 'commercial'].slice(0, n - 1)) r.requests.carried_over[m] = null;
			return r;
		};
		const { kept: k2 } = mergeDuplicates([
			{ id: 'one', file: 'one.txt', report: holes(1) },
			{ id: 'three', file: 'three.txt', report: holes(3) }
		]);
		expect(k2.map((k) => k.id)).toEqual(['one']);
		expect(k2[0].report.findings.find((f) => f.rule === 'duplicate_report')!.message).toMatch(/；该文件比本文件多2个单元格未读出$/);
	});

	it('keeps one report per body and year: the one with fewer unknown cells, noting the other', () => {
		const { kept, merges } = mergeDuplicates([
			{ id: 'a-text', file: 'a.txt', report: report('某局', 2023, null) },
			{ id: 'a-html', file: 'a.html', report: report('某局', 2023, 4) },
			{ id: 'a-2024', file: 'b.txt', report: report('某局', 2024, 1) }
		]);
		expect(kept.map((k) => k.id)).toEqual(['a-html', 'a-2024']);
		expect(merges).toEqual([{ kept: 'a-html', dropped: 'a-text', file: 'a.txt' }]);
		expect(kept[0].report.findings).toEqual([expect.objectContaining({ rule: 'duplicate_report', severity: 'info', message: expect.stringContaining('a.txt') })]);
	});

	it('warns, naming the cells, when the two copies disagree', () => {
		const { kept } = mergeDuplicates([
			{ id: 'x', file: 'x.txt', report: report('某局', 2023, 5) },
			{ id: 'y', file: 'y.html', report: report('某局', 2023, 6) }
		]);
		// The cell by its labels. Nothing tells the two apart, and the finding says so rather than give a reason.
		expect(kept[0].report.findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('本年新收政府信息公开申请数量 · 总计 5≠6') });
		expect(kept[0].report.findings[0].message).toContain('无从判断哪一版正确');
		expect(kept[0].report.findings[0].message).not.toContain('更少');
	});

	it('keeps the copy that holds the template’s sums over one with a typed error, whatever their names', () => {
		// QA pass 10: a GBK copy and a copy with 予以公开 自然人 typed as 4; they tie on unknown and
		// repaired cells, and the typo breaks rule 1. By name alone bad_… would come first.
		const typo = report('某局', 2023, 4);
		typo.findings.push({ rule: 'row_total', severity: 'error', section: 'requests', item: 'granted', measure: 'total', expected: 4, found: 3, message: '', message_en: '' });
		const { kept, merges } = mergeDuplicates([
			{ id: 'bad_sums', file: 'bad_sums.txt', report: typo },
			{ id: 'gbk', file: 'gbk.txt', report: report('某局', 2023, 3) }
		]);
		expect(kept.map((k) => k.id)).toEqual(['gbk']);
		expect(merges).toEqual([{ kept: 'gbk', dropped: 'bad_sums', file: 'bad_sums.txt' }]);
		const note = kept[0].report.findings.find((f) => f.rule === 'duplicate_report')!;
		expect(note.message).toContain('采用本文件（不符合勾稽关系之处更少）');
		expect(note.message).toContain('本年新收政府信息公开申请数量 · 总计 3≠4');
	});

	it('keeps both, each with an error, when two files for one body and year differ in many cells', () => {
		// Another year's report filed under 2023: every row of section 三 differs.
		const other = report('某局', 2023, 5);
		for (const row of Object.values(other.requests!)) for (const m of Object.keys(row)) row[m] = 9;
		const { kept, merges } = mergeDuplicates([
			{ id: 'x', file: 'x.txt', report: report('某局', 2023, 5) },
			{ id: 'y', file: 'y.txt', report: other }
		]);
		expect(merges).toEqual([]);
		expect(kept.map((k) => k.id).sort()).toEqual(['x', 'y']);
		const rows = Object.values(other.requests!).length * 7;
		for (const [k, twin] of [
			[kept.find((k) => k.id === 'x')!, 'y.txt'],
			[kept.find((k) => k.id === 'y')!, 'x.txt']
		] as const) {
			expect(k.report.findings).toEqual([
				expect.objectContaining({ rule: 'conflicting_reports', severity: 'error', message: expect.stringContaining(`还有报告 ${twin}，两者有${rows}处数字不同`) })
			]);
		}
	});

	it('still merges copies that differ in a few cells of many', () => {
		const a = report('某局', 2023, 5);
		const b = report('某局', 2023, 6);
		b.requests!.handled_total.total = 1;
		b.appeals!.review.total = 1;
		const { kept, merges } = mergeDuplicates([
			{ id: 'a', file: 'a.txt', report: a },
			{ id: 'b', file: 'b.html', report: b }
		]);
		expect(kept).toHaveLength(1);
		expect(merges).toHaveLength(1);
	});
});
