import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { engineFiles } from './scripts/lib/vite-engine.ts';

export default defineConfig({
	plugins: [engineFiles(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
