/**
 * Runs before `npm run build` and `npm run dev` (npm's pre-scripts): the site prerenders its
 * first screen from static/data/summary.json and serves static/data/gongkai.duckdb, which
 * `npm run ingest` writes and git does not keep. On a fresh clone, `npm run bench` or
 * `npm run build` would otherwise fail deep inside the prerender with "404 /data/summary.json";
 * in a checkout whose dataset an earlier version wrote, every query of the page would fail.
 * A current dataset is left alone: rebuilding it is `npm run ingest`'s job.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_VERSION } from '../src/lib/query/summary';

const custom = process.env.GK_STATIC_DIR;
const dir = join(custom ?? 'static', 'data');
const files = ['gongkai.duckdb', 'summary.json'].map((f) => join(dir, f));
const missing = files.filter((f) => !existsSync(f));

/** The dataset format summary.json says it has; null when it cannot be read. */
function versionOf(path: string): number | null {
	try {
		const v = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
		return typeof v === 'number' ? v : null;
	} catch {
		return null;
	}
}

const version = missing.length ? null : versionOf(join(dir, 'summary.json'));
const why = missing.length
	? `${missing.join(' and ')} not found`
	: version !== SUMMARY_VERSION
		? `${dir} holds a dataset in format ${version ?? '(unreadable)'}, and this version of gongkai reads format ${SUMMARY_VERSION}`
		: null;
if (why) {
	// A folder of someone else's making (the scale benchmark's) is not rebuilt from data/raw here.
	if (custom) {
		console.error(`${why}: build that folder's dataset first (GK_STATIC_DIR=${custom}).`);
		process.exit(1);
	}
	console.error(
		`${why}: building the embedded dataset from data/raw first (npm run ingest)…` +
			(missing.length ? '' : ' A dataset of your own there is replaced: ingest it again with npm run ingest -- --raw <folder>.')
	);
	const r = spawnSync('npm', ['run', '-s', 'ingest'], { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error('npm run ingest failed: the site cannot be built without its dataset (see the lines above).');
		process.exit(r.status ?? 1);
	}
}
