/**
 * Starts DuckDB-WASM from the HTML itself, before the app's JavaScript has arrived.
 *
 * Compiling the engine (27 MB of WebAssembly) is the longest wait on a cold load, and it does
 * not need the app: an inline script in the page's head creates the engine's worker, asks it to
 * instantiate and starts the dataset's download. The app adopts that worker when its code runs
 * (`takeBootedEngine`), by which time the compile is well under way. The script speaks the
 * worker's own message protocol (an INSTANTIATE request, answered by progress reports and OK or
 * ERROR), which is all AsyncDuckDB.instantiate does.
 *
 * It only starts where the eh bundle is the one to use (WebAssembly with exceptions; elsewhere
 * the app starts the mvp bundle itself) and never on the import page, which needs no engine.
 */

export interface InstantiateProgress {
	bytesLoaded: number;
	bytesTotal: number;
}

export interface BootedEngine {
	/** The engine's worker, once started. */
	worker: Promise<Worker>;
	/** Settles when the worker has instantiated the engine (or failed to). */
	instantiated: Promise<void>;
	/** The dataset's response, requested alongside. */
	dataset: Promise<Response>;
	/** The latest progress report, and who else wants them. */
	progress: InstantiateProgress | null;
	listeners: Set<(p: InstantiateProgress) => void>;
}

export interface BootUrls {
	worker: string;
	wasm: string;
	dataset: string;
}

export interface BootOptions {
	/**
	 * Start once the page's first frame is out (or after `AFTER_PAINT_LIMIT_MS`, for a page that
	 * is not drawn), not at once: for a page whose HTML has content to show, so that the
	 * engine's compile, which keeps both cores busy, does not compete with painting it. A page
	 * that paints only when its script has run loses nothing by starting at once.
	 */
	afterFirstPaint: boolean;
}

const GLOBAL = '__gkEngine';
/** Far above the ids AsyncDuckDB gives its own requests (it counts from 0). */
const REQUEST_ID = 2 ** 30;
/** A module with a try block: what duckdb's selectBundle probes to choose eh. */
/** A page that is not drawn (a background tab) starts its engine after this anyway. */
const AFTER_PAINT_LIMIT_MS = 1000;
const EXCEPTIONS_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11];
export const IMPORT_PAGE = /\/import(\.html)?\/?$/;

/** The engine started by the page's head script, once: later callers get undefined. */
export function takeBootedEngine(): BootedEngine | undefined {
	const g = globalThis as unknown as Record<string, BootedEngine | undefined>;
	const engine = g[GLOBAL];
	delete g[GLOBAL];
	return engine;
}

/** The head script. Its code is `boot` below, as written; the URLs go in as JSON. */
export function engineBootScript(urls: BootUrls, options: BootOptions): string {
	const args = [urls, options.afterFirstPaint ? AFTER_PAINT_LIMIT_MS : 0, GLOBAL, REQUEST_ID, EXCEPTIONS_PROBE, IMPORT_PAGE.source].map((a) => JSON.stringify(a)).join(',');
	// `<` escaped, so that no URL can close the script element.
	return `<script>(${boot.toString()})(${args.replace(/</g, '\\u003c')})</script>`;
}

/** Runs in the page as an inline script: nothing from outside its arguments and the page's globals. */
function boot(urls: BootUrls, paintLimit: number, global: string, id: number, probe: number[], importPage: string): void {
	try {
		if (new RegExp(importPage).test(location.pathname)) return;
		if (typeof Worker !== 'function' || typeof WebAssembly !== 'object') return;
		if (!WebAssembly.validate(new Uint8Array(probe))) return;
		const abs = (u: string) => new URL(u, location.href).href;
		// The app may take the engine before it has started: it awaits the same promises.
		let start: () => void = () => {};
		const started = new Promise<Worker>((ok) => (start = () => {
			start = () => {};
			// Says who started it, for the e2e test that checks the app adopted this engine.
			performance.mark('gk:engine-start', { detail: 'head' });
			ok(new Worker(abs(urls.worker)));
		}));
		const engine: BootedEngine = {
			worker: started,
			instantiated: Promise.resolve(),
			dataset: started.then(() => fetch(abs(urls.dataset))),
			progress: null,
			listeners: new Set()
		};
		engine.instantiated = started.then((worker) => new Promise<void>((ok, fail) => {
			let over = false;
			const done = () => {
				over = true;
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
			};
			// A worker that failed is stopped at once, so that nothing it was still doing (its
			// WebAssembly download, say) can fail again later as an uncaught error of the page. Once
			// the engine is up, a late answer to the HEAD request changes nothing.
			const failWith = (message: string) => {
				if (over) return;
				done();
				worker.terminate();
				fail(new Error(message));
			};
			const onMessage = (e: MessageEvent) => {
				const m = e.data;
				if (!m || m.requestId !== id) return;
				if (m.type === 'INSTANTIATE_PROGRESS') {
					engine.progress = m.data;
					engine.listeners.forEach((f) => f(m.data));
					return;
				}
				if (m.type !== 'OK') return failWith((m.data && m.data.message) || 'engine-instantiate');
				done();
				performance.mark('gk:engine-instantiated');
				ok();
			};
			// A worker script that cannot be loaded fires a plain error event. An exception thrown
			// inside the worker while it instantiates (its WebAssembly download failing, or the file not
			// compiling) arrives as an ErrorEvent with a message; handled here, it is not also reported
			// as an uncaught error of the page.
			const onError = (e: Event) => {
				const thrown = typeof (e as ErrorEvent).message === 'string';
				if (thrown) e.preventDefault();
				failWith(`engine-file ${thrown ? urls.wasm : urls.worker}`);
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage({ messageId: id, type: 'INSTANTIATE', data: [abs(urls.wasm), null] });
			// The worker never answers when its WebAssembly file is missing: asked separately.
			fetch(abs(urls.wasm), { method: 'HEAD' }).then(
				(r) => r.ok || failWith(`engine-file ${urls.wasm} HTTP ${r.status}`),
				() => failWith(`engine-file ${urls.wasm}`)
			);
		}));
		// Both are awaited by the app; until then a failure must not count as unhandled.
		engine.instantiated.catch(() => {});
		engine.dataset.catch(() => {});
		(window as unknown as Record<string, BootedEngine>)[global] = engine;
		if (!paintLimit) return start();
		setTimeout(() => start(), paintLimit);
		// A task queued from a frame's callback runs once that frame has been produced.
		requestAnimationFrame(() => setTimeout(() => start(), 0));
	} catch {
		// Anything unexpected: the app starts the engine itself, as it does without this script.
	}
}
