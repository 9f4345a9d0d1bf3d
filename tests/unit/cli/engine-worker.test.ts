import { describe, expect, it } from 'vitest';
import { loadsWasmWithXhr } from '../../../scripts/lib/engine-worker';
import { patchedEngineWorker } from '../../../scripts/lib/vite-engine';

// The shape of the code in DuckDB-WASM 1.32's eh worker, shortened by hand.
const SHAPE =
	'if(WebAssembly.instantiateStreaming)if(typeof TransformStream=="function"){tap()}else{direct()}' +
	'else if(typeof XMLHttpRequest=="function"){xhr()}else{manual()}';

describe('the eh worker loading its WebAssembly with XMLHttpRequest', () => {
	it('skips both streaming branches', () => {
		expect(loadsWasmWithXhr(SHAPE)).toBe(
			'if(false)if(typeof TransformStream=="function"){tap()}else{direct()}else if(typeof XMLHttpRequest=="function"){xhr()}else{manual()}'
		);
	});

	it('refuses code where the test is missing or repeated, naming it', () => {
		expect(() => loadsWasmWithXhr(SHAPE.replace('TransformStream', 'TS'))).toThrow(/instantiateStreaming.*found it 0 times/);
		expect(() => loadsWasmWithXhr(SHAPE + SHAPE)).toThrow(/found it 2 times/);
	});

	it('patches the installed DuckDB-WASM worker in that place only, whose XHR branch reports progress', () => {
		const { worker, original } = patchedEngineWorker();
		expect(worker).not.toContain('if(WebAssembly.instantiateStreaming)');
		expect(worker).toContain('if(false)if(typeof TransformStream=="function")');
		expect(original.length - worker.length).toBe('WebAssembly.instantiateStreaming'.length - 'false'.length);
		// The branch taken: XHR into an ArrayBuffer, progress from its events, then instantiate.
		expect(worker).toMatch(/else if\(typeof XMLHttpRequest=="function"\)\{let \w+=new XMLHttpRequest/);
		expect(worker).toMatch(/\w+\.onprogress=\w+=>\{\w+\.bytesTotal=\w+\.total,\w+\.bytesLoaded=\w+\.loaded/);
		expect(worker).toMatch(/\w+\.onload=\(\)=>\{WebAssembly\.instantiate\(\w+\.response,\w+\)/);
	});
});
