/**
 * Putting a new dataset in place: all outputs or none, and what a killed run left behind is
 * cleaned up (or, for an output it had moved aside, put back).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DuckDBInstance } from '@duckdb/node-api';
import { recoverInterrupted, swapIntoPlace, writeDataset, type Dataset } from '../../../scripts/lib/write-dataset';

function folder() {
	const dir = mkdtempSync(join(tmpdir(), 'gk-swap-'));
	writeFileSync(join(dir, 'db'), 'old db');
	writeFileSync(join(dir, 'summary.json'), 'old summary');
	mkdirSync(join(dir, 'export'));
	writeFileSync(join(dir, 'export', 'facts.csv'), 'old facts');
	writeFileSync(join(dir, 'db.tmp-1'), 'new db');
	writeFileSync(join(dir, 'summary.json.tmp-1'), 'new summary');
	mkdirSync(join(dir, 'export.tmp-1'));
	writeFileSync(join(dir, 'export.tmp-1', 'facts.csv'), 'new facts');
	return dir;
}
const pairs = (dir: string) => ['db', 'summary.json', 'export'].map((f) => ({ next: join(dir, `${f}.tmp-1`), live: join(dir, f) }));
const contents = (dir: string) => [readFileSync(join(dir, 'db'), 'utf8'), readFileSync(join(dir, 'summary.json'), 'utf8'), readFileSync(join(dir, 'export', 'facts.csv'), 'utf8')];

describe('swapIntoPlace', () => {
	it('puts every new output in place and leaves nothing beside them', () => {
		const dir = folder();
		swapIntoPlace(pairs(dir), '.tmp-1');
		expect(contents(dir)).toEqual(['new db', 'new summary', 'new facts']);
		expect(readdirSync(dir).sort()).toEqual(['db', 'export', 'summary.json']);
	});

	it('puts the previous outputs back when a step fails, so that old and new never mix', () => {
		const dir = folder();
		const broken = pairs(dir);
		broken[2] = { ...broken[2], next: join(dir, 'missing.tmp-1') };
		expect(() => swapIntoPlace(broken, '.tmp-1')).toThrow(/ENOENT/);
		expect(contents(dir)).toEqual(['old db', 'old summary', 'old facts']);
		expect(readdirSync(dir).filter((f) => f.includes('.old-'))).toEqual([]);
	});
});

describe('recoverInterrupted', () => {
	it('removes a killed run’s temporary files and puts back an output it had moved aside', () => {
		const dir = folder();
		// Killed between moving the old database aside and putting the new one in place.
		writeFileSync(join(dir, 'db.old-7'), 'old db');
		writeFileSync(join(dir, 'db.tmp-7.wal'), '');
		for (const f of ['db', 'db.tmp-1']) rmSync(join(dir, f));
		recoverInterrupted(join(dir, 'db'));
		recoverInterrupted(join(dir, 'summary.json'));
		recoverInterrupted(join(dir, 'export'));
		expect(contents(dir)).toEqual(['old db', 'old summary', 'old facts']);
		expect(readdirSync(dir).sort()).toEqual(['db', 'export', 'summary.json']);
		expect(existsSync(join(dir, 'db.old-7'))).toBe(false);
	});
});

describe('writeDataset’s CSV exports', () => {
	// An agency name as a title could give it: a formula in front of the name.
	const FORMULA = '=HYPERLINK("http://x.example","点我")某某局';
	const data: Dataset = {
		reports: [
			{
				report_id: 'r1',
				file: 'r1.txt',
				agency: FORMULA,
				year: 2024,
				region_code: '640205',
				province: '宁夏回族自治区',
				city: '石嘴山市',
				county: '惠农区',
				level: 'county',
				kind: 'government',
				template: '2021',
				source: '@somewhere',
				original_url: null,
				overrides: ''
			}
		],
		facts: [{ report_id: 'r1', section: 'requests', item: 'new_received', measure: 'total', value: -3 }],
		findings: [],
		merged_reports: []
	};

	it('neutralise text cells a spreadsheet would run, and leave numbers and the Parquet alone', async () => {
		const out = mkdtempSync(join(tmpdir(), 'gk-export-'));
		try {
			await writeDataset(data, { database: join(out, 'gongkai.duckdb'), summary: join(out, 'summary.json'), exportDir: join(out, 'export') });
			const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, 'export', 'reports.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
			expect(rows[0].agency).toBe(`'${FORMULA}`);
			expect(rows[0].source).toBe(`'@somewhere`);
			expect(rows[0].report_id).toBe('r1');
			const facts = Papa.parse<Record<string, string>>(readFileSync(join(out, 'export', 'facts.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
			expect(facts[0].value).toBe('-3.0');
			// The Parquet file is for programs: the name as the report gave it.
			const instance = await DuckDBInstance.create(':memory:');
			const conn = await instance.connect();
			const parquet = join(out, 'export', 'reports.parquet').replaceAll("'", "''");
			const read = await conn.runAndReadAll(`SELECT agency FROM '${parquet}'`);
			expect(read.getRowObjects()[0].agency).toBe(FORMULA);
			conn.closeSync();
			instance.closeSync();
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
