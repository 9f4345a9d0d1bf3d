/**
 * A copy of the embedded dataset with one made-up report added: a second agency of the same
 * name as a real one, filed under another region, its figures the real report's doubled. It is
 * test data only (source says so) and stands for what the real corpus lacks so far: two regions'
 * same-named bodies (鼓楼区人民政府 of 福州 and of 南京).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DATASET } from './dataset';
import { NodeRunner } from '../../../src/lib/engine/node-runner';

export const ORIGINAL = '000_huinong_gov_office_2024';
export const TWIN = 'test_twin_huinong_gov_office_2024';
export const TWIN_REGION = { code: '350102', province: '福建省', city: '福州市', county: '鼓楼区' } satisfies TwinPlace;
export const NO_PLACE: TwinPlace = { code: null, province: null, city: null, county: null };

/** Where the twin is filed; all null for a report whose region could not be read. */
export interface TwinPlace {
	code: string | null;
	province: string | null;
	city: string | null;
	county: string | null;
}

/**
 * Writes the copy and returns its path, and a function that removes it. By default the twin is
 * filed in 福州市鼓楼区 in the same year; `place` and `year` put it elsewhere.
 */
export async function twinDataset(place: TwinPlace = TWIN_REGION, year?: number): Promise<{ path: string; remove: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'gk-twin-'));
	const path = join(dir, 'twin.duckdb');
	copyFileSync(DATASET, path);
	const instance = await DuckDBInstance.create(path);
	const conn = await instance.connect();
	const r = place;
	await conn.run(
		`INSERT INTO reports SELECT * REPLACE (? AS report_id, ? AS region_code, ? AS province, ? AS city, ? AS county,
			coalesce(?::INTEGER, year) AS year, 'test data: a made-up twin' AS source)
		FROM reports WHERE report_id = ?`,
		[TWIN, r.code, r.province, r.city, r.county, year ?? null, ORIGINAL]
	);
	await conn.run(`INSERT INTO facts SELECT * REPLACE (? AS report_id, value * 2 AS value) FROM facts WHERE report_id = ?`, [TWIN, ORIGINAL]);
	// The metrics read the same figures one row per report.
	await conn.run(
		`INSERT INTO report_cells SELECT ? AS report_id, COLUMNS(c -> c <> 'report_id' AND NOT starts_with(c, 'unread|') AND NOT starts_with(c, 'breaks|')) * 2,
			COLUMNS(c -> starts_with(c, 'unread|')), COLUMNS(c -> starts_with(c, 'breaks|'))
		FROM report_cells WHERE report_id = ?`,
		[TWIN, ORIGINAL]
	);
	conn.closeSync();
	instance.closeSync();
	return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The copy opened for queries; `close` also removes it. */
export async function openTwin(place?: TwinPlace, year?: number): Promise<{ runner: NodeRunner; close: () => void }> {
	const t = await twinDataset(place, year);
	const runner = await NodeRunner.open(t.path);
	return {
		runner,
		close: () => {
			runner.close();
			t.remove();
		}
	};
}
