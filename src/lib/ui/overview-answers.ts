/**
 * The overview's answers by state (its rollup and its drill-down bars): the summary's
 * precomputed ones, then whatever the engine has answered. The dataset is read-only, so an
 * answer never goes stale and a state seen before is drawn without a query.
 *
 * While the reader looks at a state, the answers for the states one click away are computed,
 * one query at a time, each once the page has been idle for a moment: a real change then
 * waits behind one query at most, and a reader still clicking through states does not share
 * the two cores between their redraws and the engine. A new state's neighbours go to the front
 * of the queue; older ones stay behind them (a quick reader who moved on may still come back
 * to them), up to a bound.
 */
import { Answers } from '../query/answers';
import { filterKey, type Filters } from '../query/filters';
import { keyedNeighbours } from '../query/neighbours';
import { queryRollup, type Rollup } from '../query/rollup';
import { queryDrill, type DrillBar } from '../query/drill';
import { DEFAULT_METRIC, type Metric } from '../query/metrics';
import type { QueryRunner } from '../query/runner';
import type { RegionTree } from '../query/regions';
import type { Summary } from '../query/summary';
import { idleFor } from './busy';

/** States kept answered; far more than a session visits, and each answer is a few KB. */
const KEPT = 200;
const PREFETCH_MAX = 30;
const PREFETCH_AFTER_IDLE_MS = 150;

export interface OverviewQueries {
	rollup(runner: QueryRunner, f: Filters): Promise<Rollup>;
	drill(runner: QueryRunner, f: Filters, m: Metric): Promise<DrillBar[]>;
}

const ENGINE: OverviewQueries = { rollup: queryRollup, drill: queryDrill };

export class OverviewAnswers {
	readonly #rollups = new Answers<Rollup>(KEPT);
	readonly #drills = new Answers<DrillBar[]>(KEPT);
	#queue: { f: Filters; m: Metric; key: string }[] = [];
	#prefetching = false;

	/**
	 * `idle` resolves when the page may use the engine for an answer nobody has asked for yet
	 * (by default: once no work has been in flight for a moment).
	 */
	constructor(
		summary: Summary | null,
		private readonly queries: OverviewQueries = ENGINE,
		private readonly idle: () => Promise<void> = () => idleFor(PREFETCH_AFTER_IDLE_MS)
	) {
		// The states one click away from the unfiltered one come answered with the summary.
		for (const [key, answer] of Object.entries(summary?.nearby ?? {})) {
			this.#rollups.seed(key, answer.rollup);
			this.#drills.seed(drillKey(key, DEFAULT_METRIC), answer.drill);
		}
	}

	/** A state's answers, computed by the engine unless known. */
	get(runner: QueryRunner, f: Filters, m: Metric): Promise<[Rollup, DrillBar[]]> {
		return Promise.all([this.#rollup(runner, f), this.#drill(runner, f, m)]);
	}

	/** A state's answers if both are known (or on their way), without the engine; else null. */
	peek(f: Filters, m: Metric): Promise<[Rollup, DrillBar[]]> | null {
		const key = filterKey(f);
		const rollup = this.#rollups.peek(key);
		const drill = this.#drills.peek(drillKey(key, m));
		return rollup && drill ? Promise.all([rollup, drill]) : null;
	}

	/** Queues the states one click away from `f` (whose drill-down shows `bars`) to be answered ahead. */
	prefetchAround(runner: QueryRunner, f: Filters, m: Metric, bars: readonly DrillBar[] | null, years: number[], tree: RegionTree): void {
		const next = keyedNeighbours(f, years, bars, tree).map((n) => ({ f: n.filters, m, key: drillKey(n.key, m) }));
		const fresh = new Set(next.map((x) => x.key));
		this.#queue = [...next, ...this.#queue.filter((x) => !fresh.has(x.key))].slice(0, PREFETCH_MAX);
		if (!this.#prefetching) void this.#prefetch(runner);
	}

	async #prefetch(runner: QueryRunner): Promise<void> {
		this.#prefetching = true;
		try {
			for (let x = this.#queue.shift(); x; x = this.#queue.shift()) {
				// A failed answer is not kept: a real request for that state reports the error, and the
				// queue goes on with the others.
				await this.idle();
				await this.#rollup(runner, x.f).catch(() => {});
				await this.idle();
				await this.#drill(runner, x.f, x.m).catch(() => {});
			}
		} finally {
			this.#prefetching = false;
		}
	}

	#rollup(runner: QueryRunner, f: Filters): Promise<Rollup> {
		return this.#rollups.get(filterKey(f), () => this.queries.rollup(runner, f));
	}

	#drill(runner: QueryRunner, f: Filters, m: Metric): Promise<DrillBar[]> {
		return this.#drills.get(drillKey(filterKey(f), m), () => this.queries.drill(runner, f, m));
	}
}

/** A drill-down answer's key: the metric, then the filters' URL form (filterKey). */
const drillKey = (filters: string, m: Metric) => `${m.key} ${filters}`;
