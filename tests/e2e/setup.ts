/**
 * Global setup of the e2e run: Chromium present (installed with apt if not), the production
 * build present, and served on a free localhost port for the whole run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve-build';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	execFileSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
	for (const f of ['build/index.html', 'build/data/gongkai.duckdb', 'build/data/summary.json']) {
		if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run ingest\` and \`npm run build\` (npm run test:e2e builds)`);
	}
	const served = await serveBuild({ dir: 'build' });
	project.provide('baseUrl', served.url);
	return () => served.close();
}
