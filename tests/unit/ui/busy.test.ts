import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// busy.ts marks <html data-busy>; a bare stand-in for the document is enough here.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	(globalThis as Record<string, unknown>).document = { documentElement: { dataset: {} } };
	vi.resetModules();
});
afterEach(() => {
	vi.useRealTimers();
	delete (globalThis as Record<string, unknown>).document;
});

const flag = () => ((globalThis as unknown as { document: { documentElement: { dataset: { busy?: string } } } }).document.documentElement.dataset.busy);

describe('work in flight', () => {
	it('settles a task after the last piece of work ends, and wakes who waits for it', async () => {
		const { startWork, whenIdle } = await import('../../../src/lib/ui/busy');
		const a = startWork();
		const b = startWork();
		let woke = false;
		whenIdle().then(() => (woke = true));
		a();
		await vi.advanceTimersByTimeAsync(1);
		expect([flag(), woke]).toEqual(['true', false]);
		b();
		b(); // ending twice counts once
		expect(flag()).toBe('true'); // not in the same task
		await vi.advanceTimersByTimeAsync(1);
		expect([flag(), woke]).toEqual(['false', true]);
	});

	it('waits for a quiet stretch: new work in between starts the wait again', async () => {
		const { startWork, idleFor } = await import('../../../src/lib/ui/busy');
		vi.advanceTimersByTime(1000);
		const first = startWork();
		first();
		let at: number | null = null;
		idleFor(150).then(() => (at = performance.now()));
		const t0 = performance.now();
		await vi.advanceTimersByTimeAsync(100);
		expect(at).toBeNull();
		// A click 100 ms in: its redraw takes 40 ms, and the 150 ms count from its end.
		const click = startWork();
		await vi.advanceTimersByTimeAsync(40);
		click();
		await vi.advanceTimersByTimeAsync(149);
		expect(at).toBeNull();
		await vi.advanceTimersByTimeAsync(10);
		expect(at).not.toBeNull();
		expect(at! - t0).toBeGreaterThanOrEqual(290);
		expect(at! - t0).toBeLessThanOrEqual(300);
	});
});
