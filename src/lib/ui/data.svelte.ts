/**
 * The page's two data sources: summary.json (tiny, painted first) and the DuckDB-WASM engine
 * (started once the first chart is up, so its 34 MB do not compete with the first paint).
 */
import { asset } from '$app/paths';
import { checkSummary, type Summary } from '$lib/query/summary';
import type { QueryRunner } from '$lib/query/runner';
import type { EngineProgress } from '$lib/query/wasm-runner';
import { buildRegionTree, type RegionTree } from '$lib/query/regions';
import type { Domain } from '$lib/query/filters';
import { milestone } from './busy';

export type EngineState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Requested as soon as this module is evaluated — before any component mounts — because
 * the first numbers on screen wait for nothing else.
 */
const summaryRequest: Promise<Response> | null =
	typeof fetch === 'function' && typeof window === 'object' ? fetch(asset('/data/summary.json' as never)) : null;

class DataStore {
	summary = $state<Summary | null>(null);
	summaryError = $state<string | null>(null);
	engine = $state<EngineState>('idle');
	progress = $state<EngineProgress | null>(null);
	engineError = $state<string | null>(null);
	/** Not deeply reactive: the runner is an opaque handle. */
	runner = $state.raw<QueryRunner | null>(null);

	tree: RegionTree = $derived(buildRegionTree(this.summary?.regions ?? []));
	domain: Domain | undefined = $derived(
		this.summary
			? { years: this.summary.rollup.years, regionCodes: new Set(this.tree.keys()) }
			: undefined
	);

	private summaryStarted = false;

	async loadSummary(): Promise<void> {
		if (this.summaryStarted) return;
		this.summaryStarted = true;
		try {
			const res = await (summaryRequest ?? fetch(asset('/data/summary.json' as never)));
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			this.summary = checkSummary(await res.json());
		} catch (e) {
			this.summaryError = e instanceof Error ? e.message : String(e);
		}
	}

	async startEngine(): Promise<void> {
		if (this.engine !== 'idle') return;
		this.engine = 'loading';
		try {
			const { WasmRunner } = await import('$lib/query/wasm-runner');
			this.runner = await WasmRunner.open(asset('/data/gongkai.duckdb' as never), (p) => (this.progress = p));
			this.engine = 'ready';
			milestone('gk:duckdb-ready');
		} catch (e) {
			this.engineError = e instanceof Error ? e.message : String(e);
			this.engine = 'error';
		}
	}
}

export const data = new DataStore();
