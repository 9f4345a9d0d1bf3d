/**
 * The page's two data sources: summary.json (loaded by the root layout, and already in the
 * prerendered overview's HTML) and the DuckDB-WASM engine (started by the page's head script,
 * adopted here; it runs in its worker while the first screen is read).
 */
import { asset } from '$app/paths';
import { takeBootedEngine } from '$lib/engine/engine-boot';
import { DATASET_PATH } from '$lib/engine/engine-files';
import type { Summary } from '$lib/query/summary';
import type { QueryRunner } from '$lib/query/runner';
import type { EngineProgress } from '$lib/engine/wasm-runner';
import { buildRegionTree, sharedRegionNames, type RegionTree } from '$lib/query/regions';
import type { Domain } from '$lib/query/filters';
import { queryAgencies, type AgencyRow } from '$lib/query/compare';
import { linkableAgencies, sharedNames } from '$lib/query/agency';
import { milestone, startWork } from './busy';
import { worthShowing } from './progress';

export type EngineState = 'idle' | 'loading' | 'ready' | 'error';

class DataStore {
	/** Not deeply reactive: set once, never changed in place, and read in hot loops. */
	summary = $state.raw<Summary | null>(null);
	summaryError = $state<string | null>(null);
	/** Set when summary.json could not be read and the engine computed the summary instead. */
	summaryRebuilt = $state(false);
	engine = $state<EngineState>('idle');
	progress = $state<EngineProgress | null>(null);
	engineError = $state<string | null>(null);
	/** Not deeply reactive: the runner is an opaque handle. */
	runner = $state.raw<QueryRunner | null>(null);

	/** Every agency with its report count, once something asked for them (`wantAgencies`). */
	agencies = $state.raw<AgencyRow[] | null>(null);
	/** Why the agency list could not be read: a page waiting for it says so instead of waiting on. */
	agenciesError = $state<string | null>(null);
	#agenciesAsked = false;

	tree: RegionTree = $derived(buildRegionTree(this.summary?.regions ?? []));
	/** Region names more than one region goes by: shown with where they are (regions.ts). */
	sharedRegionNames: ReadonlySet<string> = $derived(sharedRegionNames(this.tree));
	/** Names that agencies of more than one region go by (agency.ts): shown with their region. */
	sharedAgencyNames: ReadonlySet<string> = $derived(sharedNames(this.agencies ?? []));
	#agencyNames = $derived(this.agencies ? linkableAgencies(this.agencies) : undefined);
	domain: Domain | undefined = $derived(
		this.summary
			? { years: this.summary.rollup.years, regionCodes: new Set(this.tree.keys()), agencies: this.#agencyNames }
			: undefined
	);

	/**
	 * Loads the agency list once the engine is up (call again from an effect: it reads the
	 * runner). Asked for only by what needs it, a link naming an agency or the compare page,
	 * so that no other page's first answers wait behind it.
	 */
	wantAgencies(): void {
		const runner = this.runner;
		if (!runner || this.#agenciesAsked) return;
		this.#agenciesAsked = true;
		queryAgencies(runner).then(
			(a) => {
				this.agencies = a;
				this.agenciesError = null;
			},
			(e) => {
				this.#agenciesAsked = false;
				this.agenciesError = e instanceof Error ? e.message : String(e);
			}
		);
	}

	async startEngine(): Promise<void> {
		if (this.engine !== 'idle') return;
		this.engine = 'loading';
		let runner: QueryRunner;
		try {
			// Usually the page's head script has started the engine already (engine/engine-boot.ts);
			// taken here, before the engine's own module arrives, so that nothing else adopts it.
			const booted = takeBootedEngine();
			// The engine's code is imported dynamically, in the browser only.
			const { WasmRunner } = await import('$lib/engine/wasm-runner');
			runner = await WasmRunner.open(asset(DATASET_PATH), (p) => worthShowing(this.progress, p) && (this.progress = p), booted);
			this.runner = runner;
			this.engine = 'ready';
			milestone('gk:duckdb-ready');
		} catch (e) {
			this.engineError = e instanceof Error ? e.message : String(e);
			this.engine = 'error';
			return;
		}
		if (!this.summary) await this.rebuildSummary(runner);
	}

	/**
	 * Without summary.json, pages would lose the years and regions their filters offer, and the
	 * overview its first answers: the engine computes the same summary, as ingest does.
	 */
	private async rebuildSummary(runner: QueryRunner): Promise<void> {
		const done = startWork();
		try {
			const { buildSummary } = await import('$lib/query/summary');
			this.summary = await buildSummary(runner);
			this.summaryRebuilt = true;
		} catch {
			// The error already shown stands.
		} finally {
			done();
		}
	}
}

export const data = new DataStore();
