/**
 * Vite plugin: serves DuckDB-WASM's eh engine without the exports its loader never reads (see
 * wasm-exports.ts for why; it saves about a second of every cold start), and its worker loading
 * that with XMLHttpRequest rather than through a JavaScript stream (engine-worker.ts; ~110 ms).
 *
 * `import url from 'gongkai-engine/duckdb-eh.wasm?url'` resolves to a copy of
 * @duckdb/duckdb-wasm's duckdb-eh.wasm, trimmed against duckdb-browser-eh.worker.js, and
 * `gongkai-engine/duckdb-browser-eh.worker.js?url` to the patched worker. Both copies are written
 * under node_modules/.cache when the dev server or the build starts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { emscriptenMainModuleKeep, keepExports } from './wasm-exports.ts';
import { loadsWasmWithXhr } from './engine-worker.ts';

const ENGINE_WASM = 'duckdb-eh.wasm';
const ENGINE_WORKER = 'duckdb-browser-eh.worker.js';
const PREFIX = 'gongkai-engine/';

function duckdbDist(): string {
	return dirname(createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${ENGINE_WASM}`));
}

export function trimmedEngineWasm(): { wasm: Uint8Array<ArrayBuffer>; original: Uint8Array<ArrayBuffer> } {
	const dist = duckdbDist();
	const original = new Uint8Array(readFileSync(join(dist, ENGINE_WASM)));
	const loader = readFileSync(join(dist, ENGINE_WORKER), 'utf8');
	return { wasm: keepExports(original, emscriptenMainModuleKeep(original, loader)), original };
}

export function patchedEngineWorker(): { worker: string; original: string } {
	const original = readFileSync(join(duckdbDist(), ENGINE_WORKER), 'utf8');
	return { worker: loadsWasmWithXhr(original), original };
}

export function engineFiles(): Plugin {
	const files = new Map<string, string>();
	return {
		name: 'gongkai-engine',
		enforce: 'pre',
		configResolved(config) {
			const dir = join(config.root, 'node_modules', '.cache', 'gongkai');
			mkdirSync(dir, { recursive: true });
			const contents: [string, Uint8Array | string][] = [
				[ENGINE_WASM, trimmedEngineWasm().wasm],
				[ENGINE_WORKER, patchedEngineWorker().worker]
			];
			for (const [name, content] of contents) {
				files.set(PREFIX + name, join(dir, name));
				writeFileSync(join(dir, name), content);
			}
		},
		resolveId(id) {
			const [path, query] = id.split('?');
			const file = files.get(path);
			if (file) return query ? `${file}?${query}` : file;
		}
	};
}
