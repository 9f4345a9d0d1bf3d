/**
 * QueryRunner over @duckdb/node-api (same engine version as the browser's DuckDB-WASM).
 * Used by the unit tests and by ingest to write summary.json; never imported by the site.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { plainRow, type QueryRunner } from '../query/runner';
import { setupStatements } from '../query/views';

export class NodeRunner implements QueryRunner {
	private constructor(
		private readonly instance: DuckDBInstance,
		private readonly conn: DuckDBConnection
	) {}

	/** Attaches the dataset file read-only and creates the app's views, as the browser does. */
	static async open(datasetPath: string): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		for (const sql of setupStatements(datasetPath)) await conn.run(sql);
		return new NodeRunner(instance, conn);
	}

	/** One connection runs one statement at a time: callers (Promise.all) are queued. */
	private queue: Promise<unknown> = Promise.resolve();

	all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		const run = this.queue.then(() => this.run<T>(sql, params));
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async run<T>(sql: string, params: unknown[]): Promise<T[]> {
		const stmt = await this.conn.prepare(sql);
		try {
			if (params.length) stmt.bind(params as DuckDBValue[]);
			const reader = await stmt.runAndReadAll();
			return reader.getRowObjectsJS().map((r) => plainRow(r) as T);
		} finally {
			stmt.destroySync();
		}
	}

	close(): void {
		this.conn.closeSync();
		this.instance.closeSync();
	}
}
