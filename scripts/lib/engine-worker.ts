/**
 * DuckDB-WASM's eh worker, served so that it loads its WebAssembly with XMLHttpRequest.
 *
 * As shipped, the worker pipes the engine's WebAssembly through a JavaScript TransformStream,
 * to count bytes for its progress reports, before `WebAssembly.instantiateStreaming` compiles
 * it. Every chunk then passes through the worker's JavaScript thread, which is busy starting the
 * engine. The worker's own branch for browsers without streaming instantiation downloads with
 * XMLHttpRequest, whose progress events cost next to nothing, and compiles the whole buffer off
 * the worker's thread. In interleaved cold loads of the production build (8 rounds), the engine
 * was ready at 2095 ms as shipped, 1963 ms streaming without the progress tap and 1980 ms through
 * XMLHttpRequest. Only the last keeps the download's progress bar, which matters most to a reader
 * on a slow connection.
 *
 * The snippet must occur exactly once, or the build stops: a new DuckDB-WASM release must be
 * looked at, not patched blindly.
 */
const STREAMING_TEST = 'if(WebAssembly.instantiateStreaming)if(typeof TransformStream=="function")';

export function loadsWasmWithXhr(worker: string): string {
	const count = worker.split(STREAMING_TEST).length - 1;
	if (count !== 1) {
		throw new Error(`duckdb-browser-eh.worker.js: expected ${JSON.stringify(STREAMING_TEST)} once, found it ${count} times; check scripts/lib/engine-worker.ts against this DuckDB-WASM version`);
	}
	return worker.replace(STREAMING_TEST, 'if(false)if(typeof TransformStream=="function")');
}
