import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { engineFiles } from './scripts/lib/vite-engine.ts';
import { eagerCompile, isECharts } from './scripts/lib/vite-compile-hints.ts';

export default defineConfig({
	plugins: [engineFiles(), eagerCompile(isECharts), sveltekit()],
	build: {
		// The largest chunks are ECharts (~540 KB, fetched when the first chart comes alive) and the
		// import page's PDF reader: both loaded on demand, so Vite's 500 KB warning says nothing here.
		chunkSizeWarningLimit: 600,
		// Rolldown's report of slow plugins (SvelteKit's prerender, as expected) is noise in every build.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
