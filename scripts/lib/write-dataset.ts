/**
 * Writes the dataset: a DuckDB database (what the site attaches), Parquet and CSV exports, and
 * summary.json. Everything is written under a temporary name and renamed into place only when
 * complete, so a failed run never leaves a half-written dataset behind.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FactRow } from '../../src/lib/core/facts';
import type { Finding, Metadata } from '../../src/lib/core/report';
import { NodeRunner } from '../../src/lib/engine/node-runner';
import { buildSummary } from '../../src/lib/query/summary';
import { REPORT_CELLS_SQL } from '../../src/lib/query/report-cells';
import { agencyOrder } from '../../src/lib/query/agency';

export interface ReportRow extends Metadata {
	report_id: string;
	file: string;
	template: string;
	source: string | null;
	original_url: string | null;
	overrides: string;
}

export interface FindingRow extends Omit<Finding, 'candidates'> {
	report_id: string;
	/** JSON array of the readings an ambiguous cell could have; null when none. */
	candidates: string | null;
}

/** A copy of a report merged into another (validate/duplicates.ts), so that its id still leads somewhere. */
export interface MergedRow {
	report_id: string;
	kept_id: string;
	file: string;
}

export interface Dataset {
	reports: ReportRow[];
	facts: FactRow[];
	findings: FindingRow[];
	merged_reports: MergedRow[];
}

const SCHEMA = [
	`CREATE TABLE reports (report_id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, agency VARCHAR, year INTEGER,
		region_code VARCHAR, province VARCHAR, city VARCHAR, county VARCHAR, level VARCHAR, kind VARCHAR,
		template VARCHAR NOT NULL, source VARCHAR, original_url VARCHAR, overrides VARCHAR NOT NULL, agency_order INTEGER)`,
	`CREATE TABLE facts (report_id VARCHAR NOT NULL, section VARCHAR NOT NULL, item VARCHAR NOT NULL,
		measure VARCHAR NOT NULL, value DOUBLE)`,
	`CREATE TABLE findings (report_id VARCHAR NOT NULL, rule VARCHAR NOT NULL, severity VARCHAR NOT NULL,
		section VARCHAR, item VARCHAR, measure VARCHAR, expected DOUBLE, found DOUBLE, message VARCHAR NOT NULL,
		message_en VARCHAR NOT NULL, candidates VARCHAR)`,
	`CREATE TABLE merged_reports (report_id VARCHAR PRIMARY KEY, kept_id VARCHAR NOT NULL, file VARCHAR NOT NULL)`
];

const TABLE_COLUMNS = {
	reports: ['report_id', 'file', 'agency', 'year', 'region_code', 'province', 'city', 'county', 'level', 'kind', 'template', 'source', 'original_url', 'overrides', 'agency_order'],
	facts: ['report_id', 'section', 'item', 'measure', 'value'],
	findings: ['report_id', 'rule', 'severity', 'section', 'item', 'measure', 'expected', 'found', 'message', 'message_en', 'candidates'],
	merged_reports: ['report_id', 'kept_id', 'file']
} as const;

/** Sort orders for scanning: facts by cell then report, so a filter on an item reads little. */
const ORDER = {
	reports: 'year, region_code, agency, report_id',
	facts: 'section, item, measure, report_id',
	findings: 'report_id, rule, section, item, measure',
	merged_reports: 'report_id'
};

async function fill(conn: DuckDBConnection, table: keyof typeof TABLE_COLUMNS, rows: object[]) {
	const cols = TABLE_COLUMNS[table];
	await conn.run(`CREATE TABLE staging_${table} AS SELECT * FROM ${table} LIMIT 0`);
	const appender = await conn.createAppender(`staging_${table}`);
	for (const row of rows) {
		for (const c of cols) {
			const v = (row as Record<string, unknown>)[c];
			if (v === null || v === undefined) appender.appendNull();
			else if (typeof v === 'number') {
				if (table === 'reports') appender.appendInteger(v);
				else appender.appendDouble(v);
			} else appender.appendVarchar(String(v));
		}
		appender.endRow();
	}
	appender.closeSync();
	await conn.run(`INSERT INTO ${table} SELECT * FROM staging_${table} ORDER BY ${ORDER[table]}`);
	await conn.run(`DROP TABLE staging_${table}`);
}

/**
 * A table as its CSV export writes it: text cells that start with = + - @ tab or CR get a leading
 * ' (as the dashboard's downloads do, csv.ts), since report text reaches them (an agency read from
 * a title `=HYPERLINK(…)某某局…` would otherwise run in a spreadsheet). Numbers stay numbers; the
 * Parquet export keeps the text as it is.
 */
async function csvSelect(conn: DuckDBConnection, table: keyof typeof TABLE_COLUMNS): Promise<string> {
	const reader = await conn.runAndReadAll('SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position', [table]);
	const cols = reader.getRowObjects().map((r) => {
		const c = `"${String(r.column_name)}"`;
		return r.data_type === 'VARCHAR' ? `CASE WHEN left(${c}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${c} ELSE ${c} END AS ${c}` : c;
	});
	return `SELECT ${cols.join(', ')} FROM ${table}`;
}

/**
 * The file's block size. DuckDB's default, 256 KB, left the embedded dataset's seven small tables
 * and their columns in 1.85 MB of mostly empty blocks; at 16 KB it is 0.42 MB, which the browser
 * downloads while the engine compiles. In interleaved cold loads (7 rounds) DuckDB was ready
 * 2351 → 2098 ms. DuckDB-WASM reads either size.
 */
const BLOCK_SIZE = 16_384;

export interface Outputs {
	database: string;
	summary: string;
	exportDir: string;
}

export async function writeDataset(data: Dataset, out: Outputs): Promise<void> {
	const stamp = `.tmp-${process.pid}`;
	const dbTmp = out.database + stamp;
	const exportTmp = out.exportDir + stamp;
	const summaryTmp = out.summary + stamp;
	mkdirSync(dirname(out.database), { recursive: true });
	for (const live of [out.database, out.summary, out.exportDir]) recoverInterrupted(live);
	rmSync(dbTmp, { force: true });
	rmSync(exportTmp, { recursive: true, force: true });
	mkdirSync(exportTmp, { recursive: true });
	try {
		const instance = await DuckDBInstance.create(dbTmp, { default_block_size: String(BLOCK_SIZE) });
		const conn = await instance.connect();
		for (const sql of SCHEMA) await conn.run(sql);
		const order = agencyOrder(data.reports.map((r) => r.agency));
		await fill(
			conn,
			'reports',
			data.reports.map((r) => ({ ...r, agency_order: r.agency === null ? null : order.get(r.agency) }))
		);
		await fill(conn, 'facts', data.facts);
		await fill(conn, 'findings', data.findings);
		await fill(conn, 'merged_reports', data.merged_reports);
		// Derived from facts, for the overview's query (rollup.ts); not exported.
		await conn.run(REPORT_CELLS_SQL);
		for (const table of Object.keys(TABLE_COLUMNS) as (keyof typeof TABLE_COLUMNS)[]) {
			const base = join(exportTmp, table).replaceAll("'", "''");
			await conn.run(`COPY ${table} TO '${base}.parquet' (FORMAT parquet)`);
			await conn.run(`COPY (${await csvSelect(conn, table)}) TO '${base}.csv' (FORMAT csv, HEADER)`);
			// A BOM so that Excel opens the Chinese text as UTF-8.
			writeFileSync(`${base}.csv`, '\uFEFF' + readFileSync(`${base}.csv`, 'utf8'));
		}
		await conn.run('CHECKPOINT');
		conn.closeSync();
		instance.closeSync();

		const runner = await NodeRunner.open(dbTmp);
		try {
			writeFileSync(summaryTmp, JSON.stringify(await buildSummary(runner)));
		} finally {
			runner.close();
		}
		swapIntoPlace(
			[
				{ next: dbTmp, live: out.database },
				{ next: summaryTmp, live: out.summary },
				{ next: exportTmp, live: out.exportDir }
			],
			stamp
		);
	} finally {
		rmSync(dbTmp, { force: true });
		rmSync(dbTmp + '.wal', { force: true });
		rmSync(summaryTmp, { force: true });
		rmSync(exportTmp, { recursive: true, force: true });
	}
}

const LEFTOVER = /^\.(tmp|old)-\d+(\.wal)?$/;

/**
 * Puts every new output in place, or none: the previous outputs are moved aside first and put
 * back if any step fails, so that a failed run never leaves a new database beside an old summary.
 */
export function swapIntoPlace(pairs: { next: string; live: string }[], stamp: string): void {
	const aside = (live: string) => live + stamp.replace('.tmp-', '.old-');
	const moved: string[] = [];
	const placed: string[] = [];
	try {
		for (const { live } of pairs) {
			if (!existsSync(live)) continue;
			renameSync(live, aside(live));
			moved.push(live);
		}
		for (const { next, live } of pairs) {
			renameSync(next, live);
			placed.push(live);
		}
	} catch (e) {
		for (const live of placed) rmSync(live, { recursive: true, force: true });
		for (const live of moved) renameSync(aside(live), live);
		throw e;
	}
	for (const live of moved) rmSync(aside(live), { recursive: true, force: true });
}

/**
 * What a run killed while writing left beside an output: its temporary files are removed, and
 * an output it had moved aside and not yet replaced is put back.
 */
export function recoverInterrupted(live: string): void {
	const dir = dirname(live);
	const name = basename(live);
	if (!existsSync(dir)) return;
	const leftovers = readdirSync(dir).filter((f) => f.startsWith(name) && LEFTOVER.test(f.slice(name.length)));
	for (const f of leftovers) {
		const path = join(dir, f);
		if (/^\.old-\d+$/.test(f.slice(name.length)) && !existsSync(live)) renameSync(path, live);
		else rmSync(path, { recursive: true, force: true });
	}
}
