/**
 * How numbers are written in real copies besides plain digits: grouped by thousands, signed,
 * with a unit. Each is read as the number it is (or flagged), never cut at the comma or stripped
 * of its sign or unit. Expected values are the printed numbers, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';
import { rowTokens } from '../../../src/lib/core/parse/tokens';
import { tokenValue } from '../../../src/lib/core/parse/split';
import type { Finding } from '../../../src/lib/core/report';
import { reportText, type ReportSpec } from '../../helpers/report-text';

async function read(spec: ReportSpec) {
	const out = await processFile(new TextEncoder().encode(reportText(spec)), 'x.txt');
	if (!out.ok) throw new Error(out.reason);
	return out.report;
}
const rules = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('numbers grouped by thousands', () => {
	it('are one number each, with an ASCII or a full-width comma', () => {
		expect(rowTokens('\t1,234\t12，345\t7')).toEqual(['1,234', '12,345', '7']);
		expect(['1,234', '12,345', '1,234.56'].map(tokenValue)).toEqual([1234, 12345, 1234.56]);
		// Not a grouping: the comma is punctuation and ends the row.
		expect(rowTokens('12,34 5')).toEqual(['12']);
	});

	it('read whole in a report: section 二 counts and fee, and a row of section 三', async () => {
		const r = await read({
			rawRows: { licensing: '1,234', penalty: '12，345', fees: '1,234.56', new_received: '1,205\t0\t0\t0\t0\t0\t1,205' }
		});
		expect(r.active?.licensing.decisions).toBe(1234);
		expect(r.active?.penalty.decisions).toBe(12345);
		expect(r.active?.fees.amount).toBe(1234.56);
		expect(r.requests?.new_received).toMatchObject({ natural_person: 1205, total: 1205 });
		expect(rules(r.findings, 'unreadable_cells')).toEqual([]);
	});
});

describe('signed numbers', () => {
	it('keep their sign when it stands before the digits, and not the dash of a range', () => {
		expect(rowTokens('-2 0 0 0 0 0 -2')).toEqual(['-2', '0', '0', '0', '0', '0', '-2']);
		expect(rowTokens('－3')).toEqual(['-3']);
		expect(rowTokens('2023-2024年')).toEqual(['2023']);
		// A dash alone is still an empty cell.
		expect(rowTokens('5 - 0')).toEqual(['5', '-', '0']);
	});

	it('between two dashes are a cell, and a page number only on a line of their own', () => {
		// By hand: 7 cells, the dashes zeros (FORMAT.md), the 1 between them kept.
		expect(rowTokens('4\t-\t1\t-\t-\t-\t5')).toEqual(['4', '-', '1', '-', '-', '-', '5']);
		expect(rowTokens('4 - 1 - - - 5')).toEqual(['4', '-', '1', '-', '-', '-', '5']);
		expect(rowTokens('4\t—\t1\t—\t5')).toEqual(['4', '—', '1', '—', '5']);
		// Page furniture between a row's lines is left out.
		expect(rowTokens('1\t2\t3\n- 12 -\n4\t5')).toEqual(['1', '2', '3', '4', '5']);
		expect(rowTokens('1\t2\n  —7—  \n3')).toEqual(['1', '2', '3']);
	});

	it('are read as negative, and the range rule flags them', async () => {
		const r = await read({ rawRows: { licensing: '-12', fees: '-5', carried_over: '-2\t0\t0\t0\t0\t0\t-2' } });
		expect(r.active?.licensing.decisions).toBe(-12);
		expect(r.active?.fees.amount).toBe(-5);
		expect(r.requests?.carried_over).toMatchObject({ natural_person: -2, total: -2 });
		const flagged = rules(r.findings, 'value_range').map((f) => `${f.item}.${f.measure}`);
		expect(flagged).toEqual(expect.arrayContaining(['licensing.decisions', 'fees.amount', 'carried_over.natural_person', 'carried_over.total']));
	});
});

describe('numbers written with a unit', () => {
	it('convert a fee in 元 to the column’s 万元, and 万 to its value, each with a finding', async () => {
		const r = await read({ rawRows: { fees: '3940元', licensing: '1.2万', penalty: '7件' } });
		expect(r.active?.fees.amount).toBe(0.394);
		expect(r.active?.licensing.decisions).toBe(12000);
		expect(r.active?.penalty.decisions).toBe(7);
		const notes = rules(r.findings, 'unit_converted');
		expect(notes.map((f) => f.item).sort()).toEqual(['fees', 'licensing']);
		expect(notes.find((f) => f.item === 'fees')?.message).toBe('“行政事业性收费”写作“3940元”，按0.394万元计');
	});

	it('leave a fee written in the column’s own 万元 as it is, with no finding', async () => {
		const r = await read({ rawRows: { fees: '18.5万元' } });
		expect(r.active?.fees.amount).toBe(18.5);
		expect(rules(r.findings, 'unit_converted')).toEqual([]);
	});

	it('read a fee of 1.5万 or 1.5万 元 (broken across a line) as 1.5 万元, not 15,000 万元 (1.5亿元)', async () => {
		for (const fees of ['1.5万', '1.5万 元', '1.5 万\t元']) {
			const r = await read({ rawRows: { fees } });
			expect(r.active?.fees.amount, fees).toBe(1.5);
			expect(rules(r.findings, 'unit_converted'), fees).toEqual([]);
		}
		// Outside the fee column 万 still multiplies.
		expect(rowTokens('1.5万 元')).toEqual(['1.5']);
		expect(tokenValue(rowTokens('1.2万')[0])).toBe(12000);
	});
});

describe('a document with the headings and no numbers', () => {
	it('is refused, not turned into a report of unknown cells', async () => {
		const text = '关于做好2024年政府信息公开工作的通知\n二、主动公开政府信息情况\n请各单位按时报送。\n三、收到和处理政府信息公开申请情况\n按要求办理。\n四、政府信息公开行政复议、行政诉讼情况\n依法处理。\n';
		const out = await processFile(new TextEncoder().encode(text), 'notice.txt');
		expect(out).toEqual({ ok: false, reason: '第二、三、四部分的统计表中没有读出任何数字 (no figure could be read from the tables of sections 二/三/四)' });
	});
});
