/**
 * Vite plugin: serves DuckDB-WASM's eh engine without the exports its loader never reads
 * (see wasm-exports.ts for why; it saves about a second of every cold start).
 *
 * `import url from 'gongkai-engine/duckdb-eh.wasm?url'` resolves to a copy of
 * @duckdb/duckdb-wasm's duckdb-eh.wasm, trimmed against duckdb-browser-eh.worker.js, which is
 * written under node_modules/.cache when the dev server or the build starts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { emscriptenMainModuleKeep, keepExports } from './wasm-exports.ts';

export const ENGINE_WASM_ID = 'gongkai-engine/duckdb-eh.wasm';

export function trimmedEngineWasm(): { wasm: Uint8Array<ArrayBuffer>; original: Uint8Array<ArrayBuffer> } {
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const original = new Uint8Array(readFileSync(join(dist, 'duckdb-eh.wasm')));
	const loader = readFileSync(join(dist, 'duckdb-browser-eh.worker.js'), 'utf8');
	return { wasm: keepExports(original, emscriptenMainModuleKeep(original, loader)), original };
}

export function engineWasm(): Plugin {
	let file = '';
	return {
		name: 'gongkai-engine-wasm',
		enforce: 'pre',
		configResolved(config) {
			const dir = join(config.root, 'node_modules', '.cache', 'gongkai');
			mkdirSync(dir, { recursive: true });
			file = join(dir, 'duckdb-eh.wasm');
			writeFileSync(file, trimmedEngineWasm().wasm);
		},
		resolveId(id) {
			const [path, query] = id.split('?');
			if (path === ENGINE_WASM_ID) return query ? `${file}?${query}` : file;
		}
	};
}
