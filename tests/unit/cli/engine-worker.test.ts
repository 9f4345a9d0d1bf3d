import { describe, expect, it } from 'vitest';
import { withoutProgressTap } from '../../../scripts/lib/engine-worker';
import { patchedEngineWorker } from '../../../scripts/lib/vite-engine';

// The shape of the code in DuckDB-WASM 1.32's eh worker, shortened by hand.
const SHAPE =
	'if(WebAssembly.instantiateStreaming)if(typeof TransformStream=="function"){tap()}' +
	'else{console.warn("instantiating without progress handler since transform streams are unavailable");direct()}';

describe('the eh worker without its progress tap', () => {
	it('takes the direct branch and drops its warning', () => {
		expect(withoutProgressTap(SHAPE)).toBe('if(WebAssembly.instantiateStreaming)if(false){tap()}else{direct()}');
	});

	it('refuses code where either snippet is missing or repeated, naming it', () => {
		expect(() => withoutProgressTap(SHAPE.replace('TransformStream', 'TS'))).toThrow(/typeof TransformStream.*found it 0 times/);
		expect(() => withoutProgressTap(SHAPE + SHAPE)).toThrow(/found it 2 times/);
		expect(() => withoutProgressTap(SHAPE.replace('console.warn', 'console.log'))).toThrow(/instantiating without progress handler.*0 times/);
	});

	it('patches the installed DuckDB-WASM worker in those two places only', () => {
		const { worker, original } = patchedEngineWorker();
		expect(worker).not.toContain('TransformStream=="function"');
		expect(worker).not.toContain('instantiating without progress handler');
		// The direct branch is still there: instantiate from fetch, without a stream in between.
		expect(worker).toMatch(/WebAssembly\.instantiateStreaming\(fetch\(\w+\),\w+\)/);
		const removed = 'typeof TransformStream=="function"'.length - 'false'.length +
			'console.warn("instantiating without progress handler since transform streams are unavailable");'.length;
		expect(original.length - worker.length).toBe(removed);
	});
});
