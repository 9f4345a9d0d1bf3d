// The production build's files, as `npm run test:e2e` has just built them (no browser needed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_HINT } from '../../scripts/lib/vite-compile-hints';

describe('the build', () => {
	it('marks the built ECharts chunk, and nothing a page loads before its charts come alive', () => {
		const root = 'build/_app/immutable';
		const read = (path: string) => readFileSync(join(root, path), 'utf8');
		const hinted = (path: string) => read(path).startsWith(EAGER_HINT);
		const chunks = readdirSync(join(root, 'chunks')).map((f) => `chunks/${f}`);
		// zrender's renderer, by a method name the minifier keeps.
		const echarts = chunks.filter((f) => read(f).includes('refreshHoverImmediately'));
		expect(echarts.length).toBeGreaterThan(0);
		for (const f of echarts) expect(hinted(f), f).toBe(true);
		// What the entry points and the pages import statically (not through import()).
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			for (const m of read(path).matchAll(/(?:from|import)\s*"\.\.?\/((?:chunks\/)?[\w.-]+\.js)"/g)) {
				const dir = path.slice(0, path.lastIndexOf('/'));
				visit(m[1].startsWith('chunks/') ? m[1] : `${dir}/${m[1]}`);
			}
		};
		for (const dir of ['entry', 'nodes']) for (const f of readdirSync(join(root, dir))) visit(`${dir}/${f}`);
		expect(seen.size).toBeGreaterThan(5);
		expect([...seen].filter(hinted)).toEqual([]);
	});
});
