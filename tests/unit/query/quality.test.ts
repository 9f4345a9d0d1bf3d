// The quality view's three queries must agree with each other and with the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRuleCounts, queryFindings, queryMatrix, queryScope } from '../../../src/lib/query/quality';
import { queryReport } from '../../../src/lib/query/report';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { RULES } from '../../../src/lib/template/rules';
import { bySeverity } from '../../../src/lib/ui/findings';
import { openGolden, type Golden } from './dataset';

let g: Golden;
beforeAll(async () => {
	g = await openGolden();
});
afterAll(() => g.runner.close());

/** Every finding, gathered report by report through the report view's query. */
async function allFindings(ids: string[]) {
	const out = [];
	for (const id of ids) out.push(...(await queryReport(g.runner, id))!.findings);
	return out;
}

/** The agencies with findings, ordered by hand in pinyin: huái'ān < huì < píng; then hǎi < jīn < jīng < jūn < shè < shì. */
const PINYIN = [
	'淮安市洪泽区人民政府',
	'惠农区人民政府办公室',
	'平潭综合实验区',
	'平潭综合实验区海坛片区管理局',
	'平潭综合实验区金井片区管理局',
	'平潭综合实验区经济发展局',
	'平潭综合实验区君山片区管理局',
	'平潭综合实验区社会事业局',
	'平潭综合实验区市场监督管理局'
];

describe('quality queries', () => {
	it('sorts a report’s findings in the import page (bySeverity) as the report page’s query does', async () => {
		let compared = 0;
		for (const r of g.reports) {
			const sql = (await queryReport(g.runner, r.report_id))!.findings;
			expect([...sql].reverse().sort(bySeverity), r.report_id).toEqual(sql);
			compared += sql.length;
		}
		expect(compared).toBeGreaterThan(10);
	});

	it('lists the matrix’s reports with the most findings first, equal ones by agency in pinyin order', async () => {
		const m = await queryMatrix(g.runner, NO_FILTERS);
		const totals = m.rows.map((r) => Number(r.findings));
		expect(totals).toEqual([...totals].sort((a, b) => b - a));
		// Among reports with one finding each, agencies as Chinese readers look them up.
		for (const n of new Set(totals)) {
			const agencies = [...new Set(m.rows.filter((r) => r.findings === n).map((r) => String(r.agency)))];
			expect(agencies, `${n} findings`).toEqual(PINYIN.filter((a) => agencies.includes(a)));
		}
	});

	it('lists the findings, within a severity, by agency in the same pinyin order', async () => {
		const list = await queryFindings(g.runner, NO_FILTERS, {});
		for (const severity of ['error', 'warning', 'info']) {
			const mine = list.filter((f) => f.severity === severity);
			// Each agency's findings together, the agencies in order: the distinct names in list order
			// are the hand-ordered list's, and no name comes back after another.
			const runs = mine.map((f) => f.agency).filter((a, i, xs) => i === 0 || a !== xs[i - 1]);
			expect(runs, severity).toEqual(PINYIN.filter((a) => runs.includes(a)));
		}
		expect(new Set(list.map((f) => f.agency))).toEqual(new Set(PINYIN));
		// Cut to the first few, the list keeps that order (the engine sorts before it cuts).
		const first = await queryFindings(g.runner, NO_FILTERS, {}, 5);
		expect(first).toEqual(list.slice(0, 5));
	});

	it('narrows the matrix to the rule and severity picked', async () => {
		const all = await allFindings(g.reports.map((r) => r.report_id));
		const rule = 'balance';
		const want = new Map<string, number>();
		for (const f of all.filter((f) => f.rule === rule)) want.set(f.report_id, (want.get(f.report_id) ?? 0) + 1);
		expect(want.size).toBeGreaterThan(0);
		const m = await queryMatrix(g.runner, NO_FILTERS, { rule });
		expect(m.columns.map((c) => c.key)).toEqual(['report_id', 'agency', 'region_code', 'year', 'findings', rule]);
		expect(new Map(m.rows.map((r) => [String(r.report_id), Number(r[rule])]))).toEqual(want);
		// Each row with its agency's region code, which tells two regions' same-named agencies apart.
		for (const r of m.rows) expect(r.region_code).toBe(g.reports.find((x) => x.report_id === r.report_id)!.region_code);
		// A severity the rule's findings do not have: no rows.
		const severities = new Set<string>(all.filter((f) => f.rule === rule).map((f) => f.severity));
		const other = ['error', 'warning', 'info'].find((s) => !severities.has(s))!;
		expect((await queryMatrix(g.runner, NO_FILTERS, { rule, severity: other })).rows).toEqual([]);
	});

	it('counts the reports in scope and those with findings', async () => {
		const all = await allFindings(g.reports.map((r) => r.report_id));
		const withFindings = new Set(all.map((f) => f.report_id));
		const withProblems = new Set(all.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.report_id));
		// Notes (info) alone do not make a report one with problems.
		expect(withProblems.size).toBeLessThan(withFindings.size);
		const agency = '平潭综合实验区财政金融局';
		for (const [f, mine] of [
			[NO_FILTERS, g.reports],
			[{ ...NO_FILTERS, agency }, g.reports.filter((r) => r.agency === agency)],
			[{ ...NO_FILTERS, q: '不存在的机关' }, []]
		] as const) {
			expect(await queryScope(g.runner, f)).toEqual({
				reports: mine.length,
				with_problems: mine.filter((r) => withProblems.has(r.report_id)).length,
				with_findings: mine.filter((r) => withFindings.has(r.report_id)).length
			});
		}
		// The agency the QA found: reports in scope, none with findings (so the page says so, not "no data").
		expect(await queryScope(g.runner, { ...NO_FILTERS, agency })).toEqual({ reports: 2, with_problems: 0, with_findings: 0 });
	});

	it('gives every finding its agency’s region code, and an English message beside the Chinese one', async () => {
		const findings = await queryFindings(g.runner, NO_FILTERS, {});
		expect(findings.length).toBeGreaterThan(10);
		for (const f of findings) {
			expect(f.region_code).toBe(g.reports.find((x) => x.report_id === f.report_id)!.region_code);
			expect(f.message, f.rule).toMatch(/\p{Script=Han}/u);
			// Outside the quoted labels and names it carries over, the English text has no Chinese.
			const unquoted = f.message_en.replace(/“[^”]*”/g, '');
			expect(unquoted, `${f.rule}: ${f.message_en}`).toMatch(/[a-z]{3}/);
			expect(unquoted, `${f.rule}: ${f.message_en}`).not.toMatch(/\p{Script=Han}/u);
		}
	});

	it('counts by rule what the reports hold, in the rules module’s order', async () => {
		const findings = await allFindings(g.reports.map((r) => r.report_id));
		const counts = await queryRuleCounts(g.runner, NO_FILTERS);
		expect(counts.reduce((a, c) => a + c.findings, 0)).toBe(findings.length);
		for (const c of counts) {
			const mine = findings.filter((f) => f.rule === c.rule && f.severity === c.severity);
			expect(c.findings).toBe(mine.length);
			expect(c.reports).toBe(new Set(mine.map((f) => f.report_id)).size);
			expect(RULES.some((r) => r.id === c.rule)).toBe(true);
		}
		const order = counts.map((c) => RULES.findIndex((r) => r.id === c.rule));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('lists, per report, as many findings as the matrix counts', async () => {
		const matrix = await queryMatrix(g.runner, NO_FILTERS);
		const list = await queryFindings(g.runner, NO_FILTERS, {});
		const ruleCols = matrix.columns.slice(5).map((c) => c.key);
		for (const row of matrix.rows) {
			const n = ruleCols.reduce((a, k) => a + (row[k] as number), 0);
			expect(n).toBe(list.filter((f) => f.report_id === row.report_id).length);
			expect(row.findings).toBe(n);
		}
		expect(new Set(list.map((f) => f.report_id)).size).toBe(matrix.rows.length);
	});

	it('narrows by rule, severity and the global filters', async () => {
		const errors = await queryFindings(g.runner, NO_FILTERS, { severity: 'error' });
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((f) => f.severity === 'error')).toBe(true);
		const rule = errors[0].rule;
		const byRule = await queryFindings(g.runner, NO_FILTERS, { rule });
		expect(byRule.every((f) => f.rule === rule)).toBe(true);
		const year = errors[0].year;
		const inYear = await queryFindings(g.runner, { ...NO_FILTERS, years: { from: year, to: year } }, {});
		const expectedIds = new Set(g.reports.filter((r) => r.year === year).map((r) => r.report_id));
		expect(inYear.every((f) => expectedIds.has(f.report_id))).toBe(true);
		expect(inYear.length).toBe((await allFindings([...expectedIds])).length);
	});
});
