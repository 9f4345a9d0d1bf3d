/**
 * Each finding type, from a minimal report that triggers it and one that does not. The reports
 * are written as text from stated values (tests/helpers/report-text.ts), then parsed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';
import type { Finding, Report } from '../../../src/lib/core/report';
import { checkReport } from '../../../src/lib/core/validate/report-rules';
import { checkAcrossYears } from '../../../src/lib/core/validate/cross-year';
import { applyOverrides, type ManifestRow } from '../../../src/lib/core/manifest';
import { consistentRequests, reportText, zeroValues, type ReportSpec } from '../../helpers/report-text';

async function findings(spec: ReportSpec, style: 'tabs' | 'flat' = 'tabs', file = 'r.txt'): Promise<Finding[]> {
	const out = await processFile(new TextEncoder().encode(reportText(spec, style)), file);
	if (!out.ok) throw new Error(out.reason);
	return out.report.findings;
}
const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const requests = () => consistentRequests([[5, 1, 0, 0, 0, 2]]);

describe('a consistent report', () => {
	it('has no rule findings, in either text style', async () => {
		for (const style of ['tabs', 'flat'] as const) {
			expect(rules(await findings({ requests: requests() }, style)).filter((r) => r !== 'metadata')).toEqual([]);
		}
	});
});

describe('rule 1 row_total', () => {
	it('flags a row whose total is not its six columns summed', async () => {
		const r = requests();
		r.granted.total = 7; // 5+1+2 = 8
		const f = (await findings({ requests: r })).find((x) => x.rule === 'row_total');
		expect(f).toMatchObject({ section: 'requests', item: 'granted', measure: 'total', expected: 8, found: 7 });
	});
});

describe('rule 2 column_total', () => {
	it('flags a column whose (七) 总计 is not the outcomes summed', async () => {
		const r = requests();
		r['unable.not_held'] = { ...r['unable.not_held'], natural_person: 1, total: 1 };
		const fs = (await findings({ requests: r })).filter((x) => x.rule === 'column_total');
		expect(fs.map((f) => [f.measure, f.expected, f.found])).toEqual([
			['natural_person', 6, 5],
			['total', 9, 8]
		]);
	});
});

describe('rule 3 balance', () => {
	it('flags new + carried over ≠ handled + carried forward', async () => {
		const r = requests();
		r.carried_forward = { ...r.carried_forward, commercial: 1, total: 1 };
		const f = (await findings({ requests: r })).filter((x) => x.rule === 'balance');
		expect(f.map((x) => [x.measure, x.expected, x.found])).toEqual([
			['commercial', 0, 1],
			['total', 7, 8]
		]);
	});
});

describe('rule 4 appeal_total', () => {
	it('flags an appeal row whose total is not its outcomes summed (洪泽区 2023 style)', async () => {
		const a = zeroValues('appeals');
		a.review = { upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 };
		expect((await findings({ appeals: a })).find((x) => x.rule === 'appeal_total')).toMatchObject({ item: 'review', expected: 11, found: 0 });
		a.review.total = 11;
		expect(rules(await findings({ appeals: a }))).not.toContain('appeal_total');
	});
});

describe('rule 6 value_range', () => {
	const report = (): Report => ({
		agency: 'x', year: 2024, region_code: null, province: null, city: null, county: null, level: null, kind: null,
		template: '2021', active: zeroValues('active'), requests: zeroValues('requests'), appeals: zeroValues('appeals'), findings: []
	});
	it('flags a negative value and a fractional count, not a fractional fee', async () => {
		const r = report();
		r.active!.licensing.decisions = -3;
		r.requests.granted.natural_person = 1.5;
		r.active!.fees.amount = 7730.28;
		expect(checkReport(r).filter((f) => f.rule === 'value_range').map((f) => `${f.item}.${f.measure}`)).toEqual([
			'licensing.decisions',
			'granted.natural_person'
		]);
	});
	it('reads a decimal printed in a count cell and flags it', async () => {
		const r = requests();
		expect(rules(await findings({ requests: r, rawRows: { granted: '5\t1\t0\t0\t0\t2\t8.5' } }))).toContain('value_range');
	});
});

describe('rule 7 narrative', () => {
	it('warns when the prose states another number of requests than the table', async () => {
		const fs = await findings({ requests: requests(), prose: '本年度共收到政府信息公开申请9件，办结8件。' });
		expect(fs.filter((f) => f.rule === 'narrative').map((f) => [f.item, f.expected, f.found])).toEqual([['new_received', 9, 8]]);
	});
	it('is silent when they agree', async () => {
		expect(rules(await findings({ requests: requests(), prose: '本年度共收到政府信息公开申请8件，办结8件。' }))).not.toContain('narrative');
	});
	it('checks review and litigation counts against table 四', async () => {
		const a = zeroValues('appeals');
		a.review = { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 };
		a.litigation_direct = { upheld: 3, corrected: 0, other: 0, pending: 0, total: 3 };
		const fs = await findings({ appeals: a, prose: '因政府信息公开引起的行政复议案件2件、行政诉讼案件4件。' });
		expect(fs.filter((f) => f.rule === 'narrative').map((f) => [f.item, f.expected, f.found])).toEqual([['litigation_direct', 4, 3]]);
	});
});

describe('rule 5 across years', () => {
	const year = (y: number, carriedOver: number, carriedForward: number, inForce: number): Report => {
		const req = zeroValues('requests');
		req.carried_over = { ...req.carried_over, natural_person: carriedOver, total: carriedOver };
		req.carried_forward = { ...req.carried_forward, natural_person: carriedForward, total: carriedForward };
		const act = zeroValues('active');
		act.normative_docs = { issued: 3, repealed: 1, in_force: inForce };
		return { agency: '某局', year: y, region_code: '350128', province: null, city: null, county: null, level: null, kind: null, template: '2021', active: act, requests: req, appeals: zeroValues('appeals'), findings: [] };
	};
	it('flags carried_over ≠ last year’s carried_forward and in-force drift, on the later report', async () => {
		const out = checkAcrossYears([
			{ id: 'a2023', report: year(2023, 0, 2, 10) },
			{ id: 'a2024', report: year(2024, 1, 0, 11) }
		]);
		expect(out.has('a2023')).toBe(false);
		expect(out.get('a2024')!.map((f) => [f.rule, f.measure, f.expected, f.found])).toEqual([
			['carry_over', 'natural_person', 2, 1],
			['carry_over', 'total', 2, 1],
			['in_force_drift', 'in_force', 12, 11]
		]);
	});
	it('checks a report against each of two reports claiming the year before, not one at random', async () => {
		// Both 2023 files stay (conflicting_reports); the 2024 report agrees with one and not the other.
		const out = checkAcrossYears([
			{ id: 'a2023', report: year(2023, 0, 2, 10) },
			{ id: 'b2023', report: year(2023, 0, 5, 12) },
			{ id: 'a2024', report: year(2024, 2, 0, 12) }
		]);
		expect(out.get('a2024')!.map((f) => [f.rule, f.measure, f.expected, f.found])).toEqual([
			['carry_over', 'natural_person', 5, 2],
			['carry_over', 'total', 5, 2],
			['in_force_drift', 'in_force', 14, 12]
		]);
		expect(out.get('a2024')![0].message).toBe('“自然人”列：2023年报告“结转下年度继续办理”5，2024年报告“上年结转政府信息公开申请数量”2');
	});
	it('is silent for a consistent pair and for non-consecutive years', async () => {
		expect(checkAcrossYears([{ id: 'a', report: year(2023, 0, 2, 10) }, { id: 'b', report: year(2024, 2, 0, 12) }]).size).toBe(0);
		expect(checkAcrossYears([{ id: 'a', report: year(2022, 0, 2, 10) }, { id: 'b', report: year(2024, 1, 0, 1) }]).size).toBe(0);
	});
});

describe('reading findings', () => {
	it('repair_extra_cell: eight numbers for seven columns', async () => {
		const r = requests();
		expect(rules(await findings({ requests: r, rawRows: { handled_total: '5\t0\t1\t0\t0\t0\t2\t8' } }))).toContain('repair_extra_cell');
		expect(rules(await findings({ requests: r }))).not.toContain('repair_extra_cell');
	});
	it('repair_missing_cell: a glued row one digit short', async () => {
		expect(rules(await findings({ requests: zeroValues('requests'), rawRows: { carried_forward: '000000' } }, 'flat'))).toContain('repair_missing_cell');
	});
	it('repair_missing_cell: a non-zero row one cell short, settled by the column rules', async () => {
		// QA pass 11: 5 new requests from natural persons, one of the row's zeros dropped. By hand:
		// the row rule alone allows 0 5 0 0 0 0 5 (the 5 a company's) or 5 0 0 0 0 5 10 (a total of
		// 10); only 5 0 0 0 0 0 5 makes new + carried over = handled + carried forward in every column.
		const r = consistentRequests([[5, 0, 0, 0, 0, 0]]);
		const out = await processFile(new TextEncoder().encode(reportText({ requests: r, rawRows: { new_received: '5\t0\t0\t0\t0\t5' } })), 'r.txt');
		if (!out.ok) throw new Error(out.reason);
		expect(out.report.requests.new_received).toEqual({ natural_person: 5, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 5 });
		expect(out.report.findings.filter((f) => f.rule === 'repair_missing_cell')).toEqual([
			expect.objectContaining({ item: 'new_received', message: expect.stringContaining('按行、列勾稽关系推算，只有一种补法各项都成立，读作 5 0 0 0 0 0 5') })
		]);
		expect(out.report.findings.filter((f) => f.rule === 'unreadable_cells')).toEqual([]);
		// Where the columns cannot tell either (no handled total to check against), the cells stay unknown.
		const loose = await processFile(new TextEncoder().encode(reportText({ requests: r, rawRows: { new_received: '5\t0\t0\t0\t0\t5', handled_total: '', carried_forward: '' } })), 'r.txt');
		expect(loose.ok && loose.report.requests.new_received.natural_person).toBeNull();
	});
	it('ambiguous_split: a glued section 二 run with several cuts, and not one with a single cut', async () => {
		const a = zeroValues('active');
		const fs = await findings({ active: a, rawRows: { normative_docs: '2120' } }, 'flat');
		expect(fs.find((f) => f.rule === 'ambiguous_split')).toMatchObject({ item: 'normative_docs', candidates: [[2, 1, 20], [2, 12, 0], [21, 2, 0]] });
		expect(rules(await findings({ active: a, rawRows: { normative_docs: '007' } }, 'flat'))).not.toContain('ambiguous_split');
	});
	it('ambiguous_split is settled by the prose’s stated figure', async () => {
		const out = await processFile(
			new TextEncoder().encode(reportText({ rawRows: { normative_docs: '8855698' }, prose: '动态更新本年度制发的规范性文件88件，集中公开现行有效行政规范性文件698件。' }, 'flat')),
			'r.txt'
		);
		expect(out.ok && out.report.active?.normative_docs).toEqual({ issued: 88, repealed: 55, in_force: 698 });
		// Read, so no longer an open ambiguity: a finding that says the prose decided it.
		const fs = out.ok ? out.report.findings : [];
		expect(rules(fs)).not.toContain('ambiguous_split');
		expect(fs.find((f) => f.rule === 'split_by_narrative')).toMatchObject({ item: 'normative_docs', severity: 'warning', candidates: [[88, 55, 698]] });
	});
	it('ambiguous_split stays open for the cells the prose does not settle', async () => {
		const out = await processFile(
			new TextEncoder().encode(reportText({ rawRows: { normative_docs: '6233440' }, prose: '本年度制发规范性文件62件。' }, 'flat')),
			'r.txt'
		);
		expect(out.ok && out.report.active?.normative_docs).toEqual({ issued: 62, repealed: null, in_force: null });
		const f = out.ok ? out.report.findings.find((x) => x.rule === 'ambiguous_split') : undefined;
		expect(f?.candidates).toEqual([[62, 3, 3440], [62, 33, 440], [62, 334, 40], [62, 3344, 0]]);
		expect(f?.message).toContain('6233440');
		expect(f?.message_en).toContain('4 splits remain');
	});
	it('unreadable_cells: table 四 digits no split can make consistent', async () => {
		const f = (await findings({ rawRows: { appeals: '00202000001324015' } }, 'flat')).find((x) => x.rule === 'unreadable_cells');
		// Its unknown cells are all in one row: the finding is that row's, so the report marks it there.
		expect(f).toMatchObject({ section: 'appeals', item: 'litigation_after_review', measure: null });
		// Cells are named as a reader knows them, not by their keys.
		expect(f?.message).not.toMatch(/[a-z_]+\.[a-z_]+/);
		expect(f?.message_en).toContain('Upheld');
	});
	it('missing_item and missing_section', async () => {
		const fs = await findings({ omitRows: ['rules'], appeals: null });
		expect(fs.find((f) => f.rule === 'missing_item')).toMatchObject({ section: 'active', item: 'rules' });
		expect(fs.find((f) => f.rule === 'missing_section')).toMatchObject({ section: 'appeals' });
		expect(rules(await findings({}))).not.toContain('missing_item');
	});
	it('template_2019: section 二 in the 2019 layout is refused, not misread', async () => {
		const text = reportText({}).replace('本年制发件数\t本年废止件数\t现行有效件数', '本年新制作数量\t本年新公开数量\t对外公开总数量');
		const out = await processFile(new TextEncoder().encode(text), 'r.txt');
		expect(out.ok && out.report.active).toBeNull();
		expect(out.ok && out.report.template).toBe('2019');
		expect(out.ok && rules(out.report.findings)).toContain('template_2019');
	});
	it('metadata: a manifest override wins and is recorded', async () => {
		const out = await processFile(new TextEncoder().encode(reportText({})), 'r.txt');
		if (!out.ok) throw new Error(out.reason);
		const row: ManifestRow = { file: 'r.txt', source: 's', original_url: null, agency: '另一个名字', year: null, region_code: '320813', level: null, kind: 'department', notes: null };
		const changed = applyOverrides(out.report, row);
		// The level is the region's (a county): worked out, not given, and said so apart.
		// Only what the manifest gave counts as its override (the report page's 人工修订字段).
		expect(changed).toEqual(['agency', 'region_code', 'kind']);
		expect(out.report).toMatchObject({ agency: '另一个名字', region_code: '320813', province: '江苏省', city: '淮安市', county: '洪泽区', level: 'county', kind: 'department' });
		expect(out.report.findings.filter((f) => f.rule === 'metadata').map((f) => f.message)).toEqual([
			'清单(manifest)修订了机关：文件读出“测试县人民政府办公室”，采用“另一个名字”',
			'清单(manifest)修订了行政区划代码：文件读出“无”，采用“320813”',
			'清单(manifest)修订了类型：文件读出“government”，采用“department”',
			'按清单(manifest)修订后的机关名称或行政区划推得：层级“无”→“县级”'
		]);
	});
	it('metadata: an agency from the manifest brings its region, level and kind, as from a title', async () => {
		const untitled = reportText({}).replace(/^# .*$/m, '');
		const row: ManifestRow = { file: 'r.txt', source: 's', original_url: null, agency: '惠农区人民政府办公室', year: 2024, region_code: null, level: null, kind: null, notes: null };
		const out = await processFile(new TextEncoder().encode(untitled), 'r.txt', row);
		if (!out.ok) throw new Error(out.reason);
		expect(out.report).toMatchObject({ agency: '惠农区人民政府办公室', region_code: '640205', province: '宁夏回族自治区', city: '石嘴山市', county: '惠农区', level: 'county', kind: 'government' });
		expect(out.report.overrides).toEqual(['agency', 'year']);
		// The file's own name said nothing of a region; the manifest's name is placed without a guess.
		expect(out.report.findings.filter((f) => f.rule === 'metadata').map((f) => f.message)).toEqual([
			'清单(manifest)修订了机关：文件读出“无”，采用“惠农区人民政府办公室”',
			'清单(manifest)修订了年份：文件读出“无”，采用“2024”',
			'按清单(manifest)修订后的机关名称或行政区划推得：行政区划代码“无”→“640205”，层级“无”→“县级”，类型“无”→“政府（办公室）”'
		]);
		// A renamed agency drops the note about the file's name, and says how the new name was placed.
		const guessed = await processFile(new TextEncoder().encode(reportText({ title: '平潭综合实验区经济发展局2024年政府信息公开工作年度报告' })), 'r.txt', { ...row, agency: '鼓楼区人民政府' });
		expect(guessed.ok && guessed.report.findings.filter((f) => f.rule === 'metadata').map((f) => f.message)).toEqual([
			'清单(manifest)修订了机关：文件读出“平潭综合实验区经济发展局”，采用“鼓楼区人民政府”',
			expect.stringMatching(/^名称“鼓楼区”对应多个行政区划/),
			'按清单(manifest)修订后的机关名称或行政区划推得：类型“政府部门”→“政府（办公室）”'
		]);
		// What the manifest states wins over what its agency's name would give.
		const stated = await processFile(new TextEncoder().encode(untitled), 'r.txt', { ...row, level: 'township', kind: 'department' });
		expect(stated.ok && [stated.report.level, stated.report.kind, stated.report.region_code]).toEqual(['township', 'department', '640205']);
	});
	it('metadata: a region from the manifest brings its level', async () => {
		const text = new TextEncoder().encode(reportText({ title: '鼓楼区人民政府 2024年政府信息公开工作年度报告' }));
		const unsettled = await processFile(text, 'r.txt');
		expect(unsettled.ok && [unsettled.report.region_code, unsettled.report.level]).toEqual([null, null]);
		const row: ManifestRow = { file: 'r.txt', source: 's', original_url: null, agency: null, year: null, region_code: '350102', level: null, kind: null, notes: null };
		const placed = await processFile(text, 'r.txt', row);
		expect(placed.ok && [placed.report.region_code, placed.report.county, placed.report.level, placed.report.kind]).toEqual(['350102', '鼓楼区', 'county', 'government']);
	});
});

describe('region notes and the manifest', () => {
	it('keeps the parser’s region guess as a note unless the manifest states the region', async () => {
		const text = new TextEncoder().encode(reportText({ title: '平潭综合实验区经济发展局2022年度政府信息公开工作年度报告' }));
		const guessed = await processFile(text, 'r.txt');
		expect(guessed.ok && guessed.report.findings.filter((f) => f.rule === 'metadata').map((f) => f.message)).toEqual([expect.stringContaining('平潭县（350128）')]);
		const row: ManifestRow = { file: 'r.txt', source: 's', original_url: null, agency: null, year: null, region_code: '350128', level: null, kind: null, notes: null };
		const stated = await processFile(text, 'r.txt', row);
		expect(stated.ok && stated.report.findings.filter((f) => f.rule === 'metadata')).toEqual([]);
		expect(stated.ok && stated.report.region_code).toBe('350128');
	});
});
