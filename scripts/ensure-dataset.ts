/**
 * Runs before `npm run build` and `npm run dev` (npm's pre-scripts): the site prerenders its
 * first screen from static/data/summary.json and serves static/data/gongkai.duckdb, which
 * `npm run ingest` writes and git does not keep. On a fresh clone, `npm run bench` or
 * `npm run build` would otherwise fail deep inside the prerender with "404 /data/summary.json".
 * A dataset already there is left alone: rebuilding it is `npm run ingest`'s job.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.GK_STATIC_DIR ?? 'static';
const missing = ['gongkai.duckdb', 'summary.json'].map((f) => join(dir, 'data', f)).filter((f) => !existsSync(f));
if (missing.length) {
	console.error(`${missing.join(' and ')} not found: building the embedded dataset first (npm run ingest)…`);
	const r = spawnSync('npm', ['run', '-s', 'ingest'], { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error('npm run ingest failed: the site cannot be built without its dataset (see the lines above).');
		process.exit(r.status ?? 1);
	}
}
