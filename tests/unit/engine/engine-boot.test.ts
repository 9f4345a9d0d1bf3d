import { afterEach, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { engineBootScript, takeBootedEngine, type BootedEngine } from '../../../src/lib/engine/engine-boot';

/** A stand-in for the engine's worker: records what it is sent; the test plays its replies. */
class FakeWorker {
	static made: FakeWorker[] = [];
	sent: { messageId: number; type: string; data: unknown }[] = [];
	terminated = false;
	private listeners: Record<string, ((e: unknown) => void)[]> = {};
	constructor(readonly url: string) {
		FakeWorker.made.push(this);
	}
	postMessage(m: { messageId: number; type: string; data: unknown }) {
		this.sent.push(m);
	}
	addEventListener(type: string, f: (e: unknown) => void) {
		(this.listeners[type] ??= []).push(f);
	}
	removeEventListener(type: string, f: (e: unknown) => void) {
		this.listeners[type] = (this.listeners[type] ?? []).filter((g) => g !== f);
	}
	emit(type: string, e: unknown) {
		for (const f of [...(this.listeners[type] ?? [])]) f(e);
	}
	listening(type: string) {
		return (this.listeners[type] ?? []).length;
	}
	terminate() {
		this.terminated = true;
	}
}

const URLS = { worker: '/_app/w.js', wasm: '/_app/e.wasm', dataset: './data/gongkai.duckdb' };

/** Runs the head script as a page at `href` would, with `frames` collecting its frame callbacks. */
function runBoot(href: string, opts: { afterFirstPaint: boolean; exceptions?: boolean; wasmStatus?: number; headLate?: boolean } = { afterFirstPaint: false }) {
	FakeWorker.made = [];
	const frames: (() => void)[] = [];
	const timers: (() => void)[] = [];
	const fetched: string[] = [];
	const marks: string[] = [];
	const window: Record<string, unknown> = {
		location: new URL(href),
		URL,
		Promise,
		Error,
		RegExp,
		Uint8Array,
		Worker: FakeWorker,
		WebAssembly: { validate: () => opts.exceptions ?? true },
		performance: { mark: (name: string) => marks.push(name) },
		fetch: (url: string, init?: { method?: string }) => {
			fetched.push(`${init?.method ?? 'GET'} ${url}`);
			const status = init?.method === 'HEAD' ? (opts.wasmStatus ?? 200) : 200;
			const response = { url, ok: status === 200, status };
			// headLate: the HEAD answer arrives after the test's next macrotask.
			return init?.method === 'HEAD' && opts.headLate ? new Promise((ok) => setTimeout(() => ok(response), 0)) : Promise.resolve(response);
		},
		requestAnimationFrame: (f: () => void) => frames.push(f),
		setTimeout: (f: () => void) => timers.push(f)
	};
	window.window = window;
	const script = engineBootScript(URLS, { afterFirstPaint: opts.afterFirstPaint });
	runInNewContext(script.replace(/^<script>|<\/script>$/g, ''), window);
	return { engine: window.__gkEngine as BootedEngine | undefined, frames, timers, fetched, marks, window };
}

const settled = (p: Promise<unknown>) => p.then(() => 'ok', (e: Error) => `failed: ${e.message}`);

afterEach(() => {
	delete (globalThis as Record<string, unknown>).__gkEngine;
});

describe('the engine boot script', () => {
	it('asks a new worker to instantiate the engine from absolute URLs, and resolves on its OK', async () => {
		const { engine, fetched, marks } = runBoot('http://127.0.0.1:4173/gk/compare?y=2023');
		expect(engine).toBeDefined();
		const worker = (await engine!.worker) as unknown as FakeWorker;
		expect(worker.url).toBe('http://127.0.0.1:4173/_app/w.js');
		// The dataset, and a look at whether the WebAssembly file is there at all.
		expect(fetched).toEqual(['GET http://127.0.0.1:4173/gk/data/gongkai.duckdb', 'HEAD http://127.0.0.1:4173/_app/e.wasm']);
		expect(worker.sent).toEqual([{ messageId: 2 ** 30, type: 'INSTANTIATE', data: ['http://127.0.0.1:4173/_app/e.wasm', null] }]);

		const seen: number[] = [];
		engine!.listeners.add((p) => seen.push(p.bytesLoaded));
		// Replies to other requests are not the boot script's business.
		worker.emit('message', { data: { requestId: 7, type: 'OK' } });
		worker.emit('message', { data: { requestId: 2 ** 30, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 10, bytesTotal: 100 } } });
		expect(engine!.progress).toEqual({ bytesLoaded: 10, bytesTotal: 100 });
		worker.emit('message', { data: { requestId: 2 ** 30, type: 'OK', data: null } });
		expect(await settled(engine!.instantiated)).toBe('ok');
		expect(seen).toEqual([10]);
		expect(marks).toEqual(['gk:engine-start', 'gk:engine-instantiated']);
		// It lets go of the worker, which AsyncDuckDB then takes over.
		expect(worker.listening('message') + worker.listening('error')).toBe(0);
	});

	it('rejects with the worker’s message on ERROR, and when the worker itself fails', async () => {
		const a = runBoot('http://localhost/');
		const wa = (await a.engine!.worker) as unknown as FakeWorker;
		wa.emit('message', { data: { requestId: 2 ** 30, type: 'ERROR', data: { message: 'bad magic number' } } });
		expect(await settled(a.engine!.instantiated)).toBe('failed: bad magic number');

		// The worker script itself not loading: a plain error event.
		const b = runBoot('http://localhost/');
		const wb = (await b.engine!.worker) as unknown as FakeWorker;
		wb.emit('error', { preventDefault: () => {} });
		expect(await settled(b.engine!.instantiated)).toBe('failed: engine-file /_app/w.js');
	});

	it('names the WebAssembly file when the worker throws while instantiating, and keeps the throw from the page', async () => {
		// What DuckDB's worker throws when its XMLHttpRequest for the WebAssembly fails.
		const { engine } = runBoot('http://localhost/');
		const worker = (await engine!.worker) as unknown as FakeWorker;
		let prevented = false;
		worker.emit('error', { message: 'Uncaught Error: [object ProgressEvent]', preventDefault: () => (prevented = true) });
		expect(await settled(engine!.instantiated)).toBe('failed: engine-file /_app/e.wasm');
		expect(prevented).toBe(true);
	});

	it('rejects when the WebAssembly file is missing, which the worker never reports', async () => {
		const { engine } = runBoot('http://localhost/', { afterFirstPaint: false, wasmStatus: 404 });
		const worker = (await engine!.worker) as unknown as FakeWorker;
		expect(await settled(engine!.instantiated)).toBe('failed: engine-file /_app/e.wasm HTTP 404');
		expect(worker.listening('message')).toBe(0);
		// Stopped, so that its own failing download cannot surface later as an uncaught error.
		expect(worker.terminated).toBe(true);
	});

	it('leaves an engine that is up alone when the HEAD request fails afterwards', async () => {
		const { engine } = runBoot('http://localhost/', { afterFirstPaint: false, wasmStatus: 404, headLate: true });
		const worker = (await engine!.worker) as unknown as FakeWorker;
		worker.emit('message', { data: { requestId: 2 ** 30, type: 'OK', data: null } });
		expect(await settled(engine!.instantiated)).toBe('ok');
		await new Promise((r) => setTimeout(r, 0));
		expect(worker.terminated).toBe(false);
	});

	it('waits for the first frame on a page with content, or for the time limit', async () => {
		const { engine, frames, timers } = runBoot('http://localhost/', { afterFirstPaint: true });
		expect(FakeWorker.made).toHaveLength(0);
		expect(frames).toHaveLength(1);
		frames[0]();
		expect(FakeWorker.made).toHaveLength(0); // the frame's own task, not yet
		timers[timers.length - 1]();
		expect(FakeWorker.made).toHaveLength(1);
		// The limit firing afterwards starts nothing more.
		timers[0]();
		expect(FakeWorker.made).toHaveLength(1);
		expect(((await engine!.worker) as unknown as FakeWorker).sent).toHaveLength(1);
	});

	it('starts nothing on the import page, or where the browser lacks WebAssembly exceptions', () => {
		expect(runBoot('http://localhost/import').engine).toBeUndefined();
		expect(runBoot('http://localhost/gk/import.html').engine).toBeUndefined();
		expect(runBoot('http://localhost/', { afterFirstPaint: false, exceptions: false }).engine).toBeUndefined();
		expect(FakeWorker.made).toHaveLength(0);
	});

	it('is handed to the app once', () => {
		const engine = { listeners: new Set() } as unknown as BootedEngine;
		(globalThis as Record<string, unknown>).__gkEngine = engine;
		expect(takeBootedEngine()).toBe(engine);
		expect(takeBootedEngine()).toBeUndefined();
	});

	it('cannot be closed early by what goes into it', () => {
		const script = engineBootScript({ ...URLS, dataset: '/x</script><script>alert(1)//' }, { afterFirstPaint: false });
		expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
	});
});
