/**
 * Answers already computed, by the state that asked for them. The dataset is read-only, so
 * an answer never goes stale: going back, or returning to a filter, costs no query. Handing
 * out the same object again also lets Svelte see that nothing changed, so charts whose data
 * is the same (the overview's, when only the drill-down metric changes) are not redrawn.
 */
export class Answers<T> {
	private readonly map = new Map<string, Promise<T>>();

	constructor(private readonly max = 50) {}

	/** An answer computed elsewhere (the precomputed summary), for `get` and `peek` to find. */
	seed(key: string, value: T): void {
		this.get(key, () => Promise.resolve(value));
	}

	/** The answer for `key` if there is one, without computing it. */
	peek(key: string): Promise<T> | undefined {
		return this.map.get(key);
	}

	get(key: string, compute: () => Promise<T>): Promise<T> {
		let hit = this.map.get(key);
		if (hit) this.map.delete(key); // re-inserted below: the map's order is recency
		else {
			hit = compute();
			hit.catch(() => this.map.delete(key)); // a failure is not remembered
		}
		this.map.set(key, hit);
		if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
		return hit;
	}
}
