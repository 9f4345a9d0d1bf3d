/**
 * Counts work in flight (queries, chart draws). When the count returns to zero the page is
 * "settled": `<html data-busy="false">` and a `gk:idle` performance mark, which the e2e tests
 * and the benchmark wait for instead of sleeping.
 */
let pending = 0;
let check: ReturnType<typeof setTimeout> | undefined;
let waiting: (() => void)[] = [];
/** When work last started or ended (performance.now()). */
let lastActive = 0;

export function startWork(): () => void {
	pending++;
	lastActive = performance.now();
	document.documentElement.dataset.busy = 'true';
	let done = false;
	return () => {
		if (done) return;
		done = true;
		pending--;
		lastActive = performance.now();
		// Checked a task later: a chart can finish inside its own setOption, before the next
		// chart's effect has even started its work, so zero right now does not mean settled.
		clearTimeout(check);
		check = setTimeout(() => {
			if (pending !== 0) return;
			document.documentElement.dataset.busy = 'false';
			performance.mark('gk:idle');
			const go = waiting;
			waiting = [];
			for (const f of go) f();
		}, 0);
	};
}

/** Called once the app is up: a page with nothing to load (a report page without an id) is settled from the start. */
export function appStarted(): void {
	startWork()();
}

/** Resolves once no work is in flight (at once if none is). */
export function whenIdle(): Promise<void> {
	return pending === 0 ? Promise.resolve() : new Promise((ok) => waiting.push(ok));
}

/** Resolves once the page has had no work in flight for `ms` in a row. */
export async function idleFor(ms: number): Promise<void> {
	for (;;) {
		await whenIdle();
		const quiet = performance.now() - lastActive;
		if (quiet >= ms) return;
		await new Promise((ok) => setTimeout(ok, ms - quiet));
	}
}

/**
 * A first-time milestone (first numbers, all charts, engine ready) for the benchmark; `at`
 * dates it back when the thing was on screen before the script could say so.
 */
export function milestone(name: string, at?: number): void {
	if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name, at === undefined ? undefined : { startTime: at });
}

/**
 * When the page first painted content. Read through a buffered observer: at hydration the
 * entry often does not exist yet (the first frame can come after the scripts have run), and
 * `getEntriesByName` would then miss it.
 */
export function firstContentfulPaint(): Promise<number> {
	return new Promise((ok) => {
		const seen = (entries: PerformanceEntryList) => entries.find((e) => e.name === 'first-contentful-paint');
		const now = seen(performance.getEntriesByType('paint'));
		if (now) return ok(now.startTime);
		const observer = new PerformanceObserver((list) => {
			const fcp = seen(list.getEntries());
			if (!fcp) return;
			observer.disconnect();
			ok(fcp.startTime);
		});
		observer.observe({ type: 'paint', buffered: true });
	});
}
