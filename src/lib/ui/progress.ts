import type { EngineProgress } from '$lib/engine/wasm-runner';

/** The steps the progress bar moves in. */
const STEPS = 10;

/**
 * Whether a progress report changes what the loading bar should show: a new phase, or the
 * next tenth of it. DuckDB reports every few dozen KB of its 27 MB download, and each report
 * shown is a repaint while the engine's compile has both cores.
 */
export function worthShowing(shown: EngineProgress | null, next: EngineProgress): boolean {
	if (!shown || shown.phase !== next.phase) return true;
	const step = (f: number | null) => (f === null ? -1 : Math.floor(f * STEPS));
	return step(next.fraction) !== step(shown.fraction);
}
