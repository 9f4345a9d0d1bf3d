// A rate pools only the reports that give every cell of it: a report with one cell unread is
// left out, not read as if that cell were 0. Worked on a copy of the real dataset in which one
// real report's 部分公开 total is made unknown (as when the parser cannot read that row).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { NodeRunner } from '../../../src/lib/engine/node-runner';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { queryRollup, rateTotal } from '../../../src/lib/query/rollup';
import { overviewFrom } from '../../../src/lib/query/overview';
import { queryDrill } from '../../../src/lib/query/drill';
import { metricByKey } from '../../../src/lib/query/metrics';
import { DATASET } from './dataset';

/** 平潭综合实验区 2024: granted 71, partially granted 29, handled 218 (tests/golden/expected). */
const UNREAD = '005_pingtan_2024';
const CELL = 'requests|partially_granted|total';

let dir: string;
let runner: NodeRunner;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gk-rates-'));
	const path = join(dir, 'unread.duckdb');
	copyFileSync(DATASET, path);
	const instance = await DuckDBInstance.create(path);
	const conn = await instance.connect();
	await conn.run(`UPDATE report_cells SET "${CELL}" = NULL WHERE report_id = ?`, [UNREAD]);
	await conn.run(`UPDATE facts SET value = NULL WHERE report_id = ? AND section = 'requests' AND item = 'partially_granted' AND measure = 'total'`, [UNREAD]);
	conn.closeSync();
	instance.closeSync();
	runner = await NodeRunner.open(path);
});
afterAll(() => {
	runner?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a rate with a cell unread', () => {
	it('leaves the report out of the pooled disclosure rate', async () => {
		const r = await queryRollup(runner, { ...NO_FILTERS, years: { from: 2024, to: 2024 } });
		// The other 2024 reports, by hand from their golden files, (granted + partially granted) / handled:
		// 000 (3+0)/5, 001 (1362+454)/3050, 003 (50+9)/95, 020 (2+0)/2, 024 (0+0)/2, 026 (1+0)/2.
		// Read as 0, the unread cell would have added 71/218 instead (1952/3374).
		expect(r.years).toEqual([2024]);
		expect(r.rates.disclosure_rate.num).toEqual([1881]);
		expect(r.rates.disclosure_rate.den).toEqual([3156]);
	});

	it('gives the report itself no rate, rather than 71/218', async () => {
		const bars = await queryDrill(runner, { ...NO_FILTERS, agency: '平潭综合实验区@350128' }, metricByKey('disclosure_rate')!);
		const bar = bars.find((b) => b.key === UNREAD);
		expect(bar).toBeDefined();
		expect(bar!.value).toBeNull();
		// Its other years still have theirs (2023: (22+20)/81).
		expect(bars.find((b) => b.key === '004_pingtan_2023')!.value).toBeCloseTo(42 / 81, 12);
	});
});

describe('a rate beside a report whose own sums break', () => {
	it('leaves that report out: 2020’s disclosure rate is 021’s alone', async () => {
		// tests/golden/expected: 008_pingtan_2020 prints a handled total of 21 beside outcomes that add
		// up to 27 (granted 7, partially granted 6); 021 gives granted 0, partially granted 2 of 5,
		// its outcomes adding up to its total. Pooled with 008 the rate read (13 + 2) / (21 + 5) = 57.7%.
		const real = await NodeRunner.open(DATASET);
		try {
			const r = await queryRollup(real, { ...NO_FILTERS, years: { from: 2020, to: 2020 } });
			expect(r.reports).toEqual([2]);
			expect(rateTotal(r, 'disclosure_rate')).toBe(2 / 5);
			// …and the card says it left one report out.
			expect(overviewFrom(r).cards.leftOut.disclosureRate).toBe(1);
			expect(rateTotal(r, 'not_held_share')).not.toBeNull();
		} finally {
			real.close();
		}
	});
});
