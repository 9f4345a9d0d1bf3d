// Findings are marked on the cells they concern, and numbered like the list below the tables.
import { describe, expect, it } from 'vitest';
import { placeFindings, findingsAt, marksAt, messageOf, readingsOf, expectedFound } from '../../../src/lib/ui/findings';
import type { Finding } from '../../../src/lib/query/report';

const f = (rule: string, section: string | null, item: string | null, measure: string | null): Finding => ({
	report_id: 'r',
	rule,
	severity: 'error',
	section,
	item,
	measure,
	expected: null,
	found: null,
	message: rule,
	message_en: `${rule} (en)`,
	candidates: null
});

describe('placeFindings', () => {
	const placed = placeFindings([
		f('column_total', 'requests', 'handled_total', 'total'),
		f('missing_item', 'requests', 'other.other', null),
		f('missing_section', 'active', null, null),
		f('metadata', null, null, null)
	]);

	it('puts cell findings on their cell and row findings on every cell of the row', () => {
		expect(findingsAt(placed, 'requests', 'handled_total', 'total').map((x) => x.n)).toEqual([1]);
		expect(findingsAt(placed, 'requests', 'handled_total', 'natural_person')).toEqual([]);
		expect(findingsAt(placed, 'requests', 'other.other', 'commercial').map((x) => x.rule)).toEqual(['missing_item']);
	});

	it('links a row finding from the row’s first cell only, and a cell finding from its cell', () => {
		expect(marksAt(placed, 'requests', 'other.other', 'natural_person', true).map((x) => x.rule)).toEqual(['missing_item']);
		expect(marksAt(placed, 'requests', 'other.other', 'commercial', false)).toEqual([]);
		expect(marksAt(placed, 'requests', 'handled_total', 'total', false).map((x) => x.n)).toEqual([1]);
	});

	it('numbers every finding, and puts section and report findings on no cell', () => {
		expect(placed.all.map((x) => x.n)).toEqual([1, 2, 3, 4]);
		expect([...placed.byCell.values()].flat().map((x) => x.rule)).toEqual(['column_total', 'missing_item']);
	});
});

describe('messageOf', () => {
	it('gives the message in the reader’s language, tagged with it', () => {
		const one = { message: '“总计”列：各项办理结果合计5，(七)总计为6', message_en: 'Column “Total”: the outcomes add up to 5, (7) Total says 6' };
		expect(messageOf(one, 'zh')).toEqual({ text: one.message, tag: 'zh-CN' });
		expect(messageOf(one, 'en')).toEqual({ text: one.message_en, tag: 'en' });
	});

	it('falls back to the Chinese message, tagged as Chinese, when a dataset has no English one', () => {
		expect(messageOf({ message: '未找到表格', message_en: '' }, 'en')).toEqual({ text: '未找到表格', tag: 'zh-CN' });
	});
});

describe('readingsOf', () => {
	it('lists the first readings of an ambiguous run and how many there are', () => {
		const eight = JSON.stringify([[6, 0, 45], [60, 4, 5], [1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18]]);
		expect(readingsOf({ candidates: JSON.stringify([[6, 0, 45], [60, 4, 5]]) }, 'zh')).toBe('可能的读法：6 0 45；60 4 5（共2种）');
		expect(readingsOf({ candidates: eight }, 'en')).toBe('Possible readings: 6 0 45; 60 4 5; 1 2 3; 4 5 6; 7 8 9; 10 11 12… (8 in all)');
	});
	it('says nothing for a finding without readings, or with a broken list', () => {
		expect(readingsOf({ candidates: null }, 'zh')).toBe('');
		expect(readingsOf({ candidates: '[[1,2' }, 'zh')).toBe('');
	});
});

describe('expectedFound', () => {
	it('names a rule’s two values as expected and found, and rule 7’s as the text’s and the table’s', () => {
		expect(expectedFound({ rule: 'balance', expected: 10, found: 12 }, 'zh')).toBe('应为 10，实为 12');
		expect(expectedFound({ rule: 'narrative', expected: 17, found: 95 }, 'zh')).toBe('正文 17，表格 95');
		expect(expectedFound({ rule: 'narrative', expected: 17, found: 95 }, 'en')).toBe('text 17, table 95');
		expect(expectedFound({ rule: 'blank_cell', expected: null, found: null }, 'zh')).toBe('');
	});
});
