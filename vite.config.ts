import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { engineWasm } from './scripts/lib/vite-engine-wasm.ts';

export default defineConfig({
	plugins: [engineWasm(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
