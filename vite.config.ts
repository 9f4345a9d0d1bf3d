import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { engineFiles } from './scripts/lib/vite-engine.ts';
import { eagerCompile, isECharts } from './scripts/lib/vite-compile-hints.ts';

export default defineConfig({
	plugins: [engineFiles(), eagerCompile(isECharts), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
