/**
 * Pipeline benchmark: how fast reports are read, per input form, and how long ingest takes.
 * Prints JSON. Figures are medians of repeated runs on the embedded corpus (real reports).
 *   npx tsx scripts/bench-pipeline.ts [--runs 7]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { processFile } from '../src/lib/core/pipeline';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
	const dir = 'data/raw';
	const files = readdirSync(dir).sort();
	const byForm = new Map<string, number[]>();
	for (const f of files) {
		const bytes = readFileSync(join(dir, f));
		await processFile(bytes, f); // warm-up: module loading and JIT
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const t = performance.now();
			const out = await processFile(bytes, f);
			times.push(performance.now() - t);
			if (!out.ok) throw new Error(`${f}: ${out.reason}`);
		}
		const form = extname(f).slice(1);
		byForm.set(form, [...(byForm.get(form) ?? []), median(times)]);
	}
	const perForm = Object.fromEntries(
		[...byForm].map(([form, ms]) => [form, { files: ms.length, median_ms_per_report: round(median(ms)), max_ms: round(Math.max(...ms)) }])
	);
	const out = mkdtempSync(join(tmpdir(), 'gk-bench-'));
	const ingestTimes: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		const r = spawnSync('npx', ['tsx', 'scripts/ingest.ts', '--out', join(out, 'site'), '--export', join(out, 'export')], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(r.stderr);
		ingestTimes.push(performance.now() - t);
	}
	console.log(
		JSON.stringify(
			{
				benchmark: 'pipeline',
				data: `embedded corpus: ${files.length} real reports`,
				runs: RUNS,
				parse_and_validate: perForm,
				ingest_wall_ms_median: Math.round(median(ingestTimes)),
				note: 'ingest wall time includes starting Node and tsx (~1 s) and writing DuckDB, Parquet, CSV and summary.json'
			},
			null,
			2
		)
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
