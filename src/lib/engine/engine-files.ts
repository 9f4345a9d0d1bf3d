/**
 * The engine's files, served by the site itself (no CDN): the eh bundle, and the mvp bundle
 * for browsers without WebAssembly exceptions. Only URLs: importing this module loads nothing.
 */
// The eh engine without the 64k exports only extensions would use, and its worker loading it with
// XMLHttpRequest (both from scripts/lib/vite-engine.ts).
import ehWasm from 'gongkai-engine/duckdb-eh.wasm?url';
import ehWorker from 'gongkai-engine/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

export const ENGINE_EH = { wasm: ehWasm, worker: ehWorker };
export const ENGINE_MVP = { wasm: mvpWasm, worker: mvpWorker };
/** The embedded dataset, under static/ (give it to `asset`). */
export const DATASET_PATH = '/data/gongkai.duckdb' as never;
