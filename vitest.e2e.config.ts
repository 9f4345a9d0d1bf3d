// End-to-end tests: the production build in Debian Chromium (see tests/e2e/). Run through
// `npm run test:e2e`, which builds first. One file at a time: the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// expect.poll waits on the browser: its default of 1 s is shorter than the app's start-up on
		// a busy two-core machine (a filter picked before the app ran showed up in the URL later
		// than that in one CI-like run). A state that never comes still fails, after 15 s.
		expect: { poll: { timeout: 15_000 } }
	}
});
