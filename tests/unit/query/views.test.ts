/**
 * The connection set-up both engines run (views.ts), checked through DuckDB's Node engine, the
 * same version as the browser's.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { setupStatements } from '../../../src/lib/query/views';
import { DATASET } from './dataset';

const dir = mkdtempSync(join(tmpdir(), 'gk-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function setUp(file: string) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const sql of setupStatements(file)) await conn.run(sql);
	const one = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS()[0];
	return { one, close: () => conn.closeSync() };
}

describe('setupStatements', () => {
	it('keeps extensions off, the file is attached read-only, the views give region paths', async () => {
		// A quote in the path must not end the ATTACH's string.
		const file = join(dir, "it's.duckdb");
		copyFileSync(DATASET, file);
		const db = await setUp(file);
		expect(await db.one(`SELECT current_setting('autoload_known_extensions') AS a, current_setting('autoinstall_known_extensions') AS i`)).toEqual({ a: false, i: false });
		// 320813 (淮安市洪泽区) lies in city 320800 (淮安市) of province 320000 (江苏省).
		const codes = await db.one(`SELECT province_code, city_code FROM reports WHERE region_code = '320813' LIMIT 1`);
		expect(codes).toEqual({ province_code: '320000', city_code: '320800' });
		await expect(db.one('CREATE TABLE g.x (a INTEGER)')).rejects.toThrow(/read-only/i);
		db.close();
	});

	it('stops at a file that is not a database, with DuckDB naming the file', async () => {
		const file = join(dir, 'broken.duckdb');
		copyFileSync(join(process.cwd(), 'package.json'), file);
		await expect(setUp(file)).rejects.toThrow(/broken\.duckdb/);
	});
});
