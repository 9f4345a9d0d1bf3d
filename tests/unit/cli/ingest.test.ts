/**
 * `npm run ingest` into a scratch folder: the tables it writes hold what the hand-worked
 * fixtures say, it is idempotent, and a failed run leaves the previous dataset in place.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { SUMMARY_VERSION } from '../../../src/lib/query/summary';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/golden/expected');
const out = mkdtempSync(join(tmpdir(), 'gk-ingest-'));
const ingest = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/ingest.ts', '--out', join(out, 'site'), '--export', join(out, 'export'), ...args], { cwd: ROOT, encoding: 'utf8' });

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const db = await DuckDBInstance.create(join(out, 'site/gongkai.duckdb'), { access_mode: 'READ_ONLY' });
	const conn = await db.connect();
	const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
	conn.closeSync();
	db.closeSync();
	return rows;
}

let first: ReturnType<typeof ingest>;
beforeAll(() => {
	first = ingest();
}, 120_000);

describe('ingest', () => {
	it('reads every corpus report (text, HTML, PDF)', () => {
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/read 30 of 30 files in data\/raw → 28 reports/);
		expect(first.stdout).not.toMatch(/not read/);
		expect(first.stdout).toMatch(/findings by rule:/);
	});

	it('holds, per report, the totals worked out by hand; a report found twice counts once', async () => {
		const facts = await query(`SELECT report_id, item, value FROM facts WHERE section = 'requests' AND measure = 'total' AND item IN ('new_received', 'handled_total')`);
		const merged = await query(`SELECT report_id, message FROM findings WHERE rule = 'duplicate_report'`);
		const fixtures = readdirSync(FIXTURES).map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
		const stored = new Set(facts.map((r) => r.report_id));
		let sum = 0;
		for (const fx of fixtures) {
			let id = fx.file.replace(/\.[^.]+$/, '');
			if (!stored.has(id)) {
				// Its twin holds the report, and says so.
				id = merged.find((m) => String(m.message).includes(fx.file))?.report_id as string;
				expect(id, `${fx.file} is neither stored nor merged`).toBeDefined();
			} else sum += fx.requests.new_received.total;
			for (const item of ['new_received', 'handled_total']) {
				expect(facts.find((r) => r.report_id === id && r.item === item)?.value, `${id} ${item}`).toBe(fx.requests[item].total);
			}
		}
		expect(merged.map((m) => m.report_id).sort()).toEqual(['032_pingtan_jinjing_pianqu_2023', '033_pingtan_shehui_shiye_ju_2023']);
		const [{ n }] = await query(`SELECT sum(value)::DOUBLE AS n FROM facts WHERE section='requests' AND item='new_received' AND measure='total'`);
		expect(n).toBe(sum);
	});

	it('writes reports with metadata and provenance, and findings with rule ids', async () => {
		const [r] = await query(`SELECT * FROM reports WHERE report_id = '004_pingtan_2023'`);
		expect(r).toMatchObject({ agency: '平潭综合实验区', year: 2023, region_code: '350128', province: '福建省', city: '福州市', county: '平潭县', template: '2021' });
		expect(r.original_url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm');
		const rules = await query(`SELECT DISTINCT report_id, rule FROM findings WHERE rule IN ('column_total', 'carry_over', 'appeal_total', 'repair_extra_cell')`);
		expect(rules).toContainEqual({ report_id: '010_pingtan_junshan_pianqu_2022', rule: 'column_total' });
		expect(rules).toContainEqual({ report_id: '000_huinong_gov_office_2024', rule: 'repair_extra_cell' });
	});

	it('writes Parquet, CSV with a BOM, and the summary', () => {
		for (const t of ['reports', 'facts', 'findings']) {
			expect(statSync(join(out, 'export', `${t}.parquet`)).size).toBeGreaterThan(0);
			expect(readFileSync(join(out, 'export', `${t}.csv`), 'utf8').charCodeAt(0)).toBe(0xfeff);
		}
		expect(JSON.parse(readFileSync(join(out, 'site/summary.json'), 'utf8')).version).toBe(SUMMARY_VERSION);
	});

	it('writes the database in 16 KB blocks, so the browser downloads little more than the data', async () => {
		const [{ block_size }] = await query('SELECT block_size FROM pragma_database_size()');
		expect(Number(block_size)).toBe(16_384);
		// With DuckDB's default 256 KB blocks the same tables took 1.85 MB.
		expect(statSync(join(out, 'site/gongkai.duckdb')).size).toBeLessThan(1_000_000);
	});

	it('is idempotent: a second run writes the same tables', async () => {
		const before = await query(`SELECT * FROM facts ORDER BY ALL`);
		expect(ingest().status).toBe(0);
		expect(await query(`SELECT * FROM facts ORDER BY ALL`)).toEqual(before);
	}, 120_000);

	it('fails with a message and keeps the previous dataset when nothing can be read', () => {
		const raw = join(out, 'raw-bad');
		mkdirSync(raw, { recursive: true });
		writeFileSync(join(raw, 'x.txt'), 'not a report');
		writeFileSync(join(out, 'm.csv'), 'file,source\nx.txt,test\n');
		const before = readFileSync(join(out, 'site/gongkai.duckdb'));
		const r = ingest('--raw', raw, '--manifest', join(out, 'm.csv'));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/no report could be read/);
		// Why, file by file, even though nothing was written.
		expect(r.stdout).toMatch(/^ {4}x\.txt: .*不是政府信息公开工作年度报告/m);
		expect(readFileSync(join(out, 'site/gongkai.duckdb')).equals(before)).toBe(true);
		expect(readdirSync(join(out, 'site')).filter((f) => f.includes('.tmp'))).toEqual([]);
	}, 60_000);

	it('reads the good files of a raw folder with bad entries, and lists each bad one with its reason', async () => {
		const raw = join(out, 'raw-mixed');
		mkdirSync(join(raw, 'old_versions'), { recursive: true });
		const good = ['000_huinong_gov_office_2024.txt', '004_pingtan_2023.txt'];
		for (const f of good) copyFileSync(join(ROOT, 'data/raw', f), join(raw, f));
		// Two more files that would be report 000_huinong_gov_office_2024 too: one that is not a report
		// (it does not take the id from the one that is), and a second copy that is.
		writeFileSync(join(raw, '000_huinong_gov_office_2024.html'), '<p>copy</p>');
		copyFileSync(join(ROOT, 'data/raw', good[0]), join(raw, '000_huinong_gov_office_2024.text'));
		symlinkSync(join(raw, 'gone.txt'), join(raw, '300_broken.txt'));
		const pdf = readFileSync(join(ROOT, 'data/raw/003_huaian_hongze_qu_2024.pdf')).toString('latin1').replace('/Kids [6 0 R', '/Kids [99 0 R');
		writeFileSync(join(raw, '301_damaged.pdf'), Buffer.from(pdf, 'latin1'));
		// Two reports in one file: the first is read, the second is named in the output.
		writeFileSync(join(raw, '303_two.txt'), readFileSync(join(ROOT, 'data/raw/022_pingtan_junshan_pianqu_2023.txt'), 'utf8') + '\n\n' + readFileSync(join(ROOT, 'data/raw/010_pingtan_junshan_pianqu_2022.txt'), 'utf8'));
		writeFileSync(join(raw, '302_notice.txt'), '二、主动公开政府信息情况\n按时报送。\n三、收到和处理政府信息公开申请情况\n依法办理。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n');
		writeFileSync(join(out, 'm-mixed.csv'), 'file,source\n');
		const r = ingest('--raw', raw, '--manifest', join(out, 'm-mixed.csv'), '--out', join(out, 'site-mixed'), '--export', join(out, 'export-mixed'));
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/read 3 of 7 files in \S+raw-mixed → 3 reports/);
		expect(r.stdout).toMatch(/another report after the first in 303_two\.txt: not read/);
		expect(r.stdout).toMatch(/not read \(6\):/);
		const reasons = Object.fromEntries([...r.stdout.matchAll(/^ {4}(\S+): (.+)$/gm)].map((m) => [m[1], m[2]]));
		expect(reasons).toEqual({
			'000_huinong_gov_office_2024.html': expect.stringMatching(/不是政府信息公开工作年度报告/),
			'000_huinong_gov_office_2024.txt': 'same report id “000_huinong_gov_office_2024” as 000_huinong_gov_office_2024.text: rename one of the two files',
			old_versions: 'a folder: only the files directly in the raw folder are read',
			'300_broken.txt': 'cannot read: 不存在 (not found) [ENOENT]',
			'301_damaged.pdf': expect.stringMatching(/^PDF 文件损坏，第1页无法读取/),
			'302_notice.txt': expect.stringMatching(/没有读出任何数字/)
		});
		// --strict writes the same dataset, and says by its status that files were left out.
		const strict = ingest('--strict', '--raw', raw, '--manifest', join(out, 'm-mixed.csv'), '--out', join(out, 'site-strict'), '--export', join(out, 'export-strict'));
		expect(strict.status).toBe(3);
		expect(strict.stderr).toMatch(/ingest --strict: 6 not read, 1 with a second report not read \(listed above\); the dataset was written from the 3 files read/);
		expect(readFileSync(join(out, 'site-strict/summary.json'), 'utf8')).toBe(readFileSync(join(out, 'site-mixed/summary.json'), 'utf8'));
	}, 60_000);

	it('reads a folder of one’s own without the embedded corpus’s manifest, unless one is named', () => {
		const raw = join(out, 'raw-own');
		mkdirSync(raw, { recursive: true });
		copyFileSync(join(ROOT, 'data/raw/004_pingtan_2023.txt'), join(raw, 'mine.txt'));
		const r = ingest('--raw', raw, '--out', join(out, 'site-own'), '--export', join(out, 'export-own'));
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/read 1 of 1 files in \S+raw-own → 1 reports/);
		// QA pass 10: against data/manifest.csv, each of its files was "listed but not found".
		expect(r.stdout).not.toMatch(/listed in|not in the manifest|not read/);
		// An option where a value should be is no value (review 11: --manifest --raw x read --raw as the manifest).
		const novalue = ingest('--manifest', '--raw', raw);
		expect(novalue.status).toBe(1);
		expect(novalue.stderr).toMatch(/^ingest: --manifest needs a value$/m);
		const missing = ingest('--raw', join(out, 'no-such-folder'), '--out', join(out, 'site-none'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/^ingest failed: cannot read the raw folder \S+no-such-folder: 不存在 \(not found\) \[ENOENT\]$/m);
	}, 60_000);

	it('refuses a manifest that is not UTF-8, where its names would be garbled', () => {
		const gbk = iconv.encode('file,source,agency\nx.txt,test,平潭综合实验区社会事业局\n', 'gbk');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
		writeFileSync(join(out, 'gbk.csv'), gbk);
		const r = ingest('--manifest', join(out, 'gbk.csv'));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/gbk\.csv is not UTF-8 text/);
	});

	it('refuses a broken manifest, naming the problem', () => {
		writeFileSync(join(out, 'bad.csv'), 'name,url\n');
		const r = ingest('--manifest', join(out, 'bad.csv'));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/missing column\(s\) file, source/);
	});
});
