/**
 * QueryRunner over DuckDB-WASM, served from the site's own files (no CDN, no extensions).
 * Import this module dynamically, in the browser only: evaluated during prerender, the
 * worker-based bundle crashes the build.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { ENGINE_EH, ENGINE_MVP } from './engine-files';
import type { BootedEngine } from './engine-boot';
import { plainRow, type QueryRunner } from '../query/runner';
import { setupStatements } from '../query/views';
// Phase marks (first time only), which the benchmark reports as the engine's breakdown.
import { milestone } from '../ui/busy';

export interface EngineProgress {
	phase: 'engine' | 'data' | 'attach';
	/** 0..1, or null while the size is unknown. */
	fraction: number | null;
}

const DATASET_FILE = 'gongkai.duckdb';

export class WasmRunner implements QueryRunner {
	private readonly statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

	private constructor(
		private readonly db: duckdb.AsyncDuckDB,
		private readonly conn: duckdb.AsyncDuckDBConnection
	) {}

	/**
	 * Starts the engine (eh bundle, mvp where WebAssembly exceptions are missing) and attaches the
	 * dataset, or adopts the engine the page's head script started already (engine-boot.ts).
	 */
	static async open(datasetUrl: string, onProgress: (p: EngineProgress) => void, booted?: BootedEngine): Promise<WasmRunner> {
		const engineProgress = (p: { bytesLoaded: number; bytesTotal: number }) =>
			onProgress({ phase: 'engine', fraction: p.bytesTotal > 0 ? p.bytesLoaded / p.bytesTotal : null });
		let db: duckdb.AsyncDuckDB | undefined;
		// The step is known before the first byte count is.
		onProgress({ phase: 'engine', fraction: null });
		try {
			let engineUp = false;
			// The dataset download runs while the engine compiles: they do not depend on each other.
			// Progress shows the engine (the long part) until it is up, then the dataset if still loading.
			const bytes = readBytes(booted ? booted.dataset : fetch(datasetUrl), (f) => engineUp && onProgress({ phase: 'data', fraction: f }));
			bytes.catch(() => {}); // observed by the await below; avoids an unhandled rejection meanwhile
			if (booted) {
				if (booted.progress) engineProgress(booted.progress);
				booted.listeners.add(engineProgress);
				const worker = await booted.worker;
				try {
					await booted.instantiated;
				} catch (e) {
					worker.terminate();
					throw e;
				} finally {
					booted.listeners.delete(engineProgress);
				}
				// Attached only now, so that it never sees the boot script's replies.
				db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
			} else {
				if (typeof WebAssembly !== 'object') throw new Error('no-webassembly');
				const bundle = await duckdb.selectBundle({
					mvp: { mainModule: ENGINE_MVP.wasm, mainWorker: ENGINE_MVP.worker },
					eh: { mainModule: ENGINE_EH.wasm, mainWorker: ENGINE_EH.worker }
				});
				milestone('gk:engine-start');
				db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
				// The worker never answers when its WebAssembly file is missing: asked separately.
				await Promise.all([db.instantiate(bundle.mainModule, bundle.pthreadWorker, engineProgress), assertServed(bundle.mainModule)]);
			}
			engineUp = true;
			milestone('gk:engine-instantiated');
			await db.registerFileBuffer(DATASET_FILE, await bytes);
			onProgress({ phase: 'attach', fraction: null });
			const conn = await db.connect();
			for (const sql of setupStatements(DATASET_FILE)) await conn.query(sql);
			milestone('gk:engine-attached');
			return new WasmRunner(db, conn);
		} catch (e) {
			await db?.terminate();
			throw e;
		}
	}

	async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		let stmt = this.statements.get(sql);
		if (!stmt) {
			stmt = this.conn.prepare(sql);
			this.statements.set(sql, stmt);
			stmt.catch(() => this.statements.delete(sql));
		}
		const table = await (await stmt).query(...params);
		return table.toArray().map((row) => plainRow(row.toJSON()) as T);
	}
}

async function assertServed(url: string): Promise<void> {
	const res = await fetch(url, { method: 'HEAD' }).catch(() => null);
	if (!res?.ok) throw new Error(`engine-file ${url}${res ? ` HTTP ${res.status}` : ''}`);
}

async function readBytes(response: Promise<Response>, onProgress: (fraction: number | null) => void): Promise<Uint8Array> {
	const res = await response;
	if (!res.ok || !res.body) throw new Error(`dataset-http-${res.status}`);
	const total = Number(res.headers.get('content-length')) || 0;
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		onProgress(total ? Math.min(1, loaded / total) : null);
	}
	const out = new Uint8Array(loaded);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
