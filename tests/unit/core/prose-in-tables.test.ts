// Prose next to a table must not be read as its rows: a sentence above table 三 that uses a
// row's words, a note below table 四 with a date or a count in it. Each variant is the real
// report 000_huinong_gov_office_2024 with one sentence added; its expected cells are the
// hand-read golden fixture's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';

const SEED = readFileSync('data/raw/000_huinong_gov_office_2024.txt', 'utf8');
const EXPECTED = JSON.parse(readFileSync('tests/golden/expected/000_huinong_gov_office_2024.json', 'utf8'));
/** The copy without its Markdown separator rows, as text from a PDF or a web page comes. */
const PLAIN = SEED.replace(/^---(\t---)+\n/gm, '');
const NEXT_SECTION = '## 五、存在的主要问题';
const FIFTEEN_ZEROS = Array(15).fill('0').join('\t') + '\n';

async function read(text: string) {
	const out = await processFile(new TextEncoder().encode(text), '000_huinong_gov_office_2024.txt');
	if (!out.ok) throw new Error(out.reason);
	return out.report;
}
const rulesOf = (r: Awaited<ReturnType<typeof read>>, section: string) => r.findings.filter((f) => f.section === section).map((f) => f.rule);

describe('prose beside the statistical tables', () => {
	it('above table 三, naming two of its rows, leaves the rows to the table', async () => {
		// Naming one of the header's columns too (review 11).
		const text = SEED.replace(
			'## 三、收到和处理政府信息公开申请情况\n',
			'## 三、收到和处理政府信息公开申请情况\n\n2024年，本年度收到商业企业申请0件。本年新收政府信息公开申请5件，上年结转政府信息公开申请0件。\n'
		);
		expect(text).not.toBe(SEED);
		const r = await read(text);
		expect(r.requests).toEqual(EXPECTED.requests);
		expect(rulesOf(r, 'requests')).not.toContain('unreadable_cells');
	});

	it('below table 四, a dated note adds no numbers to its fifteen cells', async () => {
		const text = PLAIN.replace(NEXT_SECTION, `注：统计时间截至2024年12月31日。\n\n${NEXT_SECTION}`);
		expect(text).not.toBe(PLAIN);
		const r = await read(text);
		expect(r.appeals).toEqual(EXPECTED.appeals);
		expect(rulesOf(r, 'appeals')).toEqual([]);
	});

	it('below table 四, a sentence with a count is not taken for a sixteenth cell', async () => {
		// One upheld review: the table's first cell and its total.
		const text = PLAIN.replace(FIFTEEN_ZEROS, '1\t0\t0\t0\t1\t' + Array(10).fill('0').join('\t') + '\n').replace(NEXT_SECTION, `本年度行政复议案件1起。\n\n${NEXT_SECTION}`);
		expect(text).toContain('1\t0\t0\t0\t1\t');
		const r = await read(text);
		expect(r.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
		expect(r.appeals.litigation_direct).toEqual(EXPECTED.appeals.litigation_direct);
		expect(r.appeals.litigation_after_review).toEqual(EXPECTED.appeals.litigation_after_review);
		expect(rulesOf(r, 'appeals')).toEqual([]);
	});
});

describe('Chinese text among table 四’s numbers that is not a note after it', () => {
	// Review 11: each read right before the note fix, and must still. One upheld review, two direct lawsuits upheld.
	const REVIEW = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
	const DIRECT = { upheld: 2, corrected: 0, other: 0, pending: 0, total: 2 };
	const withAppeals = (block: string) => {
		const start = PLAIN.indexOf('#### 四、');
		const end = PLAIN.indexOf(NEXT_SECTION);
		return `${PLAIN.slice(0, start)}#### 四、政府信息公开行政复议、行政诉讼情况\n\n${block}\n${PLAIN.slice(end)}`;
	};
	const HEADER = '行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n';

	it('numbers written with 件, wrapped over two lines', async () => {
		const r = await read(withAppeals(`${HEADER}1件\t0件\t0件\t0件\t1件\t2件\t0件\t0件\n0件\t2件\t0件\t0件\t0件\t0件\t0件\n`));
		expect([r.appeals.review, r.appeals.litigation_direct]).toEqual([REVIEW, DIRECT]);
	});

	it('a row per item, each with its label', async () => {
		const rows = '项目\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t1\t0\t0\t0\t1\n行政诉讼（未经复议直接起诉）\t2\t0\t0\t0\t2\n行政诉讼（复议后起诉）\t0\t0\t0\t0\t0\n';
		const r = await read(withAppeals(rows));
		expect([r.appeals.review, r.appeals.litigation_direct]).toEqual([REVIEW, DIRECT]);
		expect(rulesOf(r, 'appeals')).toEqual([]);
	});

	it('a page mark 第3页 共8页 between its lines', async () => {
		const r = await read(withAppeals(`${HEADER}1\t0\t0\t0\t1\t2\t0\t0\n第3页 共8页\n0\t2\t0\t0\t0\t0\t0\n`));
		expect([r.appeals.review, r.appeals.litigation_direct]).toEqual([REVIEW, DIRECT]);
		expect(rulesOf(r, 'appeals')).toEqual([]);
	});
});

describe('a heading whose table is missing', () => {
	it('gives one missing_section error, not a warning per row and a 2019-layout note', async () => {
		// As when the table is an image on the web page (QA pass 10).
		const start = SEED.indexOf('## 三、收到和处理政府信息公开申请情况');
		const end = SEED.indexOf('#### 四、');
		expect(start).toBeGreaterThan(0);
		const text = `${SEED.slice(0, start)}## 三、收到和处理政府信息公开申请情况\n\n（表格见附件）\n\n${SEED.slice(end)}`;
		const r = await read(text);
		expect(r.findings.filter((f) => f.section === 'requests').map((f) => [f.rule, f.severity])).toEqual([['missing_section', 'error']]);
		expect(r.template).toBe('2021');
		expect(Object.values(r.requests).every((row) => Object.values(row).every((v) => v === null))).toBe(true);
		// The other tables are read as before.
		expect(r.appeals).toEqual(EXPECTED.appeals);
	});
});
