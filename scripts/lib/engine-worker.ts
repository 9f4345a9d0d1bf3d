/**
 * DuckDB-WASM's eh worker, served without its download-progress tap.
 *
 * To report download progress, the worker pipes the engine's WebAssembly through a JavaScript
 * TransformStream before handing it to `WebAssembly.instantiateStreaming`. The streaming
 * compiler then gets every chunk through the worker's JavaScript thread, which is busy starting
 * the engine, instead of straight from the network. In 8 interleaved cold loads of the
 * production build, the engine was instantiated 135 ms earlier without the tap (median
 * 1745 → 1610 ms; ready 2046 → 1913 ms), and earlier in every pair. Reading a clone of the
 * response for the progress instead cost about as much as the tap, so the page shows the
 * engine's step without a byte count (ui/EngineStatus.svelte).
 *
 * The patch takes the worker's own fallback for browsers without TransformStream (which
 * instantiates from `fetch` directly) and drops the warning that fallback prints. Both
 * snippets must occur exactly once, or the build stops: a new DuckDB-WASM release must be
 * looked at, not patched blindly.
 */
const TAP_TEST = 'typeof TransformStream=="function"';
const FALLBACK_WARNING = 'console.warn("instantiating without progress handler since transform streams are unavailable");';

export function withoutProgressTap(worker: string): string {
	for (const snippet of [TAP_TEST, FALLBACK_WARNING]) {
		const count = worker.split(snippet).length - 1;
		if (count !== 1) {
			throw new Error(`duckdb-browser-eh.worker.js: expected ${JSON.stringify(snippet)} once, found it ${count} times; check scripts/lib/engine-worker.ts against this DuckDB-WASM version`);
		}
	}
	return worker.replace(TAP_TEST, 'false').replace(FALLBACK_WARNING, '');
}
