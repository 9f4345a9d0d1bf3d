import { describe, expect, it } from 'vitest';
import { worthShowing } from '../../../src/lib/ui/progress';
import type { EngineProgress } from '../../../src/lib/engine/wasm-runner';

const at = (phase: EngineProgress['phase'], fraction: number | null): EngineProgress => ({ phase, fraction });

describe('which engine progress reports the loading bar shows', () => {
	it('shows the first report, a new phase, and each new tenth', () => {
		expect(worthShowing(null, at('engine', 0.01))).toBe(true);
		expect(worthShowing(at('engine', 0.01), at('engine', 0.09))).toBe(false);
		expect(worthShowing(at('engine', 0.09), at('engine', 0.1))).toBe(true);
		expect(worthShowing(at('engine', 0.95), at('engine', 1))).toBe(true);
		expect(worthShowing(at('engine', 1), at('data', 0))).toBe(true);
		expect(worthShowing(at('data', 1), at('attach', null))).toBe(true);
		expect(worthShowing(at('attach', null), at('attach', null))).toBe(false);
		expect(worthShowing(at('engine', null), at('engine', 0.05))).toBe(true);
	});

	it('shows eleven of a download reported every 64 KB of 27 MB', () => {
		const total = 27 * 2 ** 20;
		let shown: EngineProgress | null = null;
		let count = 0;
		for (let loaded = 64 * 1024; loaded <= total; loaded += 64 * 1024) {
			const p = at('engine', loaded / total);
			if (worthShowing(shown, p)) {
				shown = p;
				count++;
			}
		}
		// The first report, then one at each of 0.1 … 1.0.
		expect(count).toBe(11);
	});
});
