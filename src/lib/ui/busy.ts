/**
 * Counts work in flight (queries, chart draws). When the count returns to zero the page is
 * "settled": `<html data-busy="false">` and a `gk:idle` performance mark, which the e2e tests
 * and the benchmark wait for instead of sleeping.
 */
let pending = 0;

export function startWork(): () => void {
	pending++;
	document.documentElement.dataset.busy = 'true';
	let done = false;
	return () => {
		if (done) return;
		done = true;
		pending--;
		if (pending === 0) {
			document.documentElement.dataset.busy = 'false';
			performance.mark('gk:idle');
		}
	};
}

/** A first-time milestone (first numbers, all charts, engine ready) for the benchmark. */
export function milestone(name: string): void {
	if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name);
}
