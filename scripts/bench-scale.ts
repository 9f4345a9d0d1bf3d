/**
 * npm run bench:scale — the dashboard with thousands of agencies: generates a SYNTHETIC dataset
 * (scripts/lib/synthetic-dataset.ts: real GB/T 2260 counties, each report's cells copied from a
 * real 2021-template report and scaled), builds the site from it into .bench-scale/ and runs the
 * same benchmark as `npm run bench` against that build. The real dataset and build/ are not
 * touched. Every figure it prints is about generated data, and the JSON says so.
 *
 *   tsx scripts/bench-scale.ts [--agencies 2000] [--runs 3]
 *
 * Needs the embedded dataset (npm run ingest) for the seed reports.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FactRow } from '../src/lib/core/facts';
import { NodeRunner } from '../src/lib/engine/node-runner';
import { syntheticDataset } from './lib/synthetic-dataset';
import { writeDataset } from './lib/write-dataset';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const AGENCIES = arg('agencies', 2000);
const RUNS = arg('runs', 3);
const OUT = '.bench-scale';
const YEARS = [2021, 2022, 2023, 2024, 2025];

async function seeds(): Promise<FactRow[][]> {
	const db = 'static/data/gongkai.duckdb';
	if (!existsSync(db)) throw new Error(`${db} is missing: run \`npm run ingest\` first (the synthetic reports copy the real reports' cells)`);
	const runner = await NodeRunner.open(db);
	try {
		const rows = await runner.all<FactRow>(
			`SELECT f.report_id, f.section, f.item, f.measure, f.value FROM facts f JOIN reports r USING (report_id)
			WHERE r.template = ? ORDER BY f.report_id, f.section, f.item, f.measure`,
			['2021']
		);
		const by = new Map<string, FactRow[]>();
		for (const r of rows) (by.get(r.report_id) ?? by.set(r.report_id, []).get(r.report_id)!).push(r);
		return [...by.values()];
	} finally {
		runner.close();
	}
}

async function main() {
	const t0 = performance.now();
	const data = syntheticDataset({ agencies: AGENCIES, years: YEARS, seeds: await seeds() });
	rmSync(OUT, { recursive: true, force: true });
	const staticDir = join(OUT, 'static');
	mkdirSync(staticDir, { recursive: true });
	cpSync('static', staticDir, { recursive: true, filter: (src) => !src.startsWith(join('static', 'data')) });
	await writeDataset(data, { database: join(staticDir, 'data', 'gongkai.duckdb'), summary: join(staticDir, 'data', 'summary.json'), exportDir: join(OUT, 'export') });
	process.stderr.write(
		`bench:scale: SYNTHETIC dataset of ${data.reports.length} reports (${AGENCIES} agencies × ${YEARS.length} years), ${data.facts.length} facts, ${data.findings.length} findings, written in ${Math.round((performance.now() - t0) / 1000)} s; building the site from it…\n`
	);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GK_STATIC_DIR: staticDir, GK_BUILD_DIR: join(OUT, 'build') } });
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--dir', join(OUT, 'build'), '--runs', String(RUNS)], { stdio: 'inherit' });
}

main().catch((e) => {
	console.error(`bench:scale failed: ${(e as Error).message}`);
	process.exit(1);
});
