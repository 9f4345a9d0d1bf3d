import { describe, expect, it } from 'vitest';
import { startAfterFirstFrame } from '../../../src/lib/server/start-after-first-frame';

// SvelteKit 2.70's head links and start script, as it writes them into a prerendered page.
const HEAD = `<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
		<link rel="icon" href="./favicon.svg" />`;
const KIT = `<script>
				{
					__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null,null], form: null, error: null });
					});
				}
			</script>`;

/** Runs a start script with the browser's pieces played by the test. */
function run(script: string) {
	const frames: (() => void)[] = [];
	const timers: (() => void)[] = [];
	const loaded: string[] = [];
	const started: unknown[] = [];
	const body = script.replace(/^<script>|<\/script>$/g, '').replaceAll('import(', 'load(');
	new Function('requestAnimationFrame', 'setTimeout', 'load', 'document', 'location', body)(
		(f: () => void) => frames.push(f),
		(f: () => void) => timers.push(f),
		(url: string) => (loaded.push(url), Promise.resolve({ start: (...a: unknown[]) => started.push(a) })),
		{ currentScript: { parentElement: 'BODY' } },
		'http://localhost/'
	);
	return { frames, timers, loaded, started };
}

describe('startAfterFirstFrame', () => {
	it('fetches and starts the app only after the first frame', async () => {
		const out = startAfterFirstFrame(KIT);
		expect(out).not.toBe(KIT);
		const { frames, timers, loaded, started } = run(out.replace(/^[\s\S]*?(?=<script>)/, ''));
		await Promise.resolve();
		expect(loaded).toEqual([]);
		frames.forEach((f) => f());
		await Promise.resolve();
		expect(loaded).toEqual([]); // not inside the frame either
		timers.forEach((f) => f());
		await new Promise((ok) => setImmediate(ok));
		expect(loaded).toEqual(['./_app/immutable/entry/start.A.js', './_app/immutable/entry/app.B.js']);
		expect(started).toHaveLength(1);
		expect((started[0] as unknown[])[1]).toBe('BODY');
	});

	it('drops the module preloads, and nothing else from the head', () => {
		const out = startAfterFirstFrame(HEAD + KIT);
		expect(out.startsWith('<link rel="icon" href="./favicon.svg" />')).toBe(true);
		expect(out).not.toContain('modulepreload');
	});

	it('leaves a page whose start script has another shape as it is, preloads included', async () => {
		const other = HEAD + KIT.replace('Promise.all([', 'Promise.allSettled([');
		expect(startAfterFirstFrame(other)).toBe(other);
		// …which starts at once, as SvelteKit meant.
		const original = run(KIT);
		expect(original.loaded).toHaveLength(2);
	});
});
