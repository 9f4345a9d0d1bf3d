// The compile-hint plugin, on the chunks Rollup would hand it (the production build: tests/e2e/build-output.test.ts).
import { describe, expect, it } from 'vitest';
import { eagerCompile, isECharts, EAGER_HINT } from '../../../scripts/lib/vite-compile-hints';

type Chunk = { type: 'chunk' | 'asset'; moduleIds: string[]; code: string };
type Hook = (options: unknown, bundle: Record<string, Chunk>) => void;
/** The code of a chunk holding `moduleIds` after the plugin's hook. */
function render(code: string, chunk: { moduleIds: string[] }, type: Chunk['type'] = 'chunk'): string {
	const bundle = { 'a.js': { type, code, moduleIds: chunk.moduleIds } };
	(eagerCompile(isECharts).generateBundle as unknown as Hook)({}, bundle);
	return bundle['a.js'].code;
}

describe('eagerCompile', () => {
	it('puts the hint first in a chunk holding ECharts or zrender, once', () => {
		const out = render('var a=1;', { moduleIds: ['/x/src/app.ts', '/x/node_modules/echarts/lib/core/echarts.js'] });
		expect(out).toBe(`${EAGER_HINT}\nvar a=1;`);
		expect(render(out, { moduleIds: ['/x/node_modules/zrender/lib/zrender.js'] })).toBe(out);
		expect(render('var a=1;', { moduleIds: ['C:\\x\\node_modules\\zrender\\lib\\zrender.js'] })).toBe(`${EAGER_HINT}\nvar a=1;`);
	});

	it('leaves other chunks alone', () => {
		expect(render('var a=1;', { moduleIds: ['/x/src/lib/charts/echarts.ts', '/x/node_modules/echarts-like/index.js'] })).toBe('var a=1;');
	});
});
