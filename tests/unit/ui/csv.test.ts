// CSV for spreadsheets: BOM, `中文 (key)` headers, raw numbers, formulas neutralised.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { tableToCsv, BOM } from '../../../src/lib/csv/csv';
import { csvFileName } from '../../../src/lib/csv/filename';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import type { Table } from '../../../src/lib/query/table';

const table: Table = {
	columns: [
		{ key: 'agency', label: { zh: '机关', en: 'Agency' }, format: 'text' },
		{ key: 'value', label: { zh: '数值', en: 'Value' }, format: 'int' }
	],
	rows: [
		{ agency: '=HYPERLINK("http://x","点我")', value: -3 },
		{ agency: '+1', value: 1234567 },
		{ agency: '-cmd', value: null },
		{ agency: '@SUM(A1)', value: 0.5 },
		{ agency: '\tTab', value: 1 },
		{ agency: '\rCR', value: 2 },
		{ agency: '平潭综合实验区, "管委会"\n第二行', value: 3 },
		// A line break after the formula: still run by a spreadsheet, still neutralised.
		{ agency: '=1+1\n第二行', value: 4 },
		{ agency: '@cmd\r\nx', value: 5 }
	]
};

describe('tableToCsv', () => {
	const csv = tableToCsv(table);
	const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

	it('starts with a BOM and labels columns `中文 (key)`', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(parsed[0]).toEqual(['机关 (agency)', '数值 (value)']);
	});

	it('puts a column’s unit in its header, as on screen', () => {
		const fees: Table = {
			columns: [{ key: 'fees.amount', label: { zh: '行政事业性收费', en: 'Fees' }, unit: { zh: '万元', en: '10k yuan' }, format: 'decimal' }],
			rows: [{ 'fees.amount': 96171.6 }]
		};
		const rows = Papa.parse<string[]>(tableToCsv(fees).slice(1), { skipEmptyLines: true }).data;
		expect(rows).toEqual([['行政事业性收费（万元） (fees.amount)'], ['96171.6']]);
	});

	it('gives rates in percent, with the unit in the header, and numbers without binary noise', () => {
		const t: Table = {
			columns: [
				{ key: 'disclosure_rate', label: { zh: '公开率', en: 'Disclosure rate' }, format: 'percent' },
				{ key: 'change', label: { zh: '增减（百分点）', en: 'Change (points)' }, format: 'points' },
				{ key: 'fees.amount', label: { zh: '收费', en: 'Fees' }, unit: { zh: '万元', en: '10k yuan' }, format: 'decimal' }
			],
			rows: [
				// 2/3 granted, 33.33 points down from 100%; fees summed in binary floating point.
				{ disclosure_rate: 2 / 3, change: (2 / 3 - 1) * 100, 'fees.amount': 13679.368666999999 },
				{ disclosure_rate: 1, change: null, 'fees.amount': 5949.088667 }
			]
		};
		const rows = Papa.parse<string[]>(tableToCsv(t).slice(1), { skipEmptyLines: true }).data;
		expect(rows).toEqual([
			['公开率（%） (disclosure_rate)', '增减（百分点） (change)', '收费（万元） (fees.amount)'],
			['66.666667', '-33.333333', '13679.368667'],
			['100', '', '5949.088667']
		]);
	});

	it('prefixes text that a spreadsheet would run, and leaves numbers alone', () => {
		const col = parsed.slice(1).map((r) => r[0]);
		expect(col.slice(0, 6)).toEqual(["'=HYPERLINK(\"http://x\",\"点我\")", "'+1", "'-cmd", "'@SUM(A1)", "'\tTab", "'\rCR"]);
		expect(parsed.slice(1).map((r) => r[1])).toEqual(['-3', '1234567', '', '0.5', '1', '2', '3', '4', '5']);
		expect(col.slice(7)).toEqual(["'=1+1\n第二行", "'@cmd\r\nx"]);
	});

	it('quotes commas, quotes and newlines so the row survives', () => {
		expect(parsed[7][0]).toBe('平潭综合实验区, "管委会"\n第二行');
		expect(parsed.length).toBe(table.rows.length + 1);
	});
});

describe('csvFileName', () => {
	it('says what and which filter, with nothing a file system refuses', () => {
		const name = csvFileName('申请办理结果', { ...NO_FILTERS, years: { from: 2021, to: 2023 }, region: '350128', levels: ['county'], q: 'a/b' }, () => '平潭县');
		expect(name).toBe('gongkai_申请办理结果_2021-2023_平潭县_县级_含a_b.csv');
		expect(csvFileName('明细', NO_FILTERS)).toBe('gongkai_明细_全部.csv');
	});
});
