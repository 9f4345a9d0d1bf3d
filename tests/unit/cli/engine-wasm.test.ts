import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepExports, readExports, readImports } from '../../../scripts/lib/wasm-exports';
import { trimmedEngineWasm } from '../../../scripts/lib/vite-engine';

/**
 * A module written out by hand: imports env.base (i32 global) and env.log (a function),
 * exports three functions returning 1, 2 and base + 3, and a memory.
 */
const TINY = new Uint8Array([
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
	// type section: 0 = () -> i32, 1 = (i32) -> ()
	0x01, 0x09, 0x02, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x00,
	// import section: env.log (func, type 1), env.base (global i32, immutable)
	0x02, 0x17, 0x02,
	0x03, 0x65, 0x6e, 0x76, 0x03, 0x6c, 0x6f, 0x67, 0x00, 0x01,
	0x03, 0x65, 0x6e, 0x76, 0x04, 0x62, 0x61, 0x73, 0x65, 0x03, 0x7f, 0x00,
	// function section: three functions of type 0 (indices 1, 2, 3 after the import)
	0x03, 0x04, 0x03, 0x00, 0x00, 0x00,
	// memory section: one memory, min 1 page
	0x05, 0x03, 0x01, 0x00, 0x01,
	// export section: one, two, three, mem
	0x07, 0x1b, 0x04,
	0x03, 0x6f, 0x6e, 0x65, 0x00, 0x01,
	0x03, 0x74, 0x77, 0x6f, 0x00, 0x02,
	0x05, 0x74, 0x68, 0x72, 0x65, 0x65, 0x00, 0x03,
	0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00,
	// code section
	0x0a, 0x13, 0x03,
	0x04, 0x00, 0x41, 0x01, 0x0b, // i32.const 1
	0x04, 0x00, 0x41, 0x02, 0x0b, // i32.const 2
	0x07, 0x00, 0x23, 0x00, 0x41, 0x03, 0x6a, 0x0b // global.get 0; i32.const 3; i32.add
]);

const names = (m: WebAssembly.Module) => WebAssembly.Module.exports(m).map((e) => `${e.kind}:${e.name}`);

describe('keepExports', () => {
	it('reads the hand-written module as V8 does', () => {
		const m = new WebAssembly.Module(TINY);
		expect(readExports(TINY).map((e) => e.name)).toEqual(WebAssembly.Module.exports(m).map((e) => e.name));
		expect(readImports(TINY)).toEqual(WebAssembly.Module.imports(m).map(({ module, name }) => ({ module, name })));
	});

	it('drops the other exports and leaves the kept ones working', async () => {
		const out = keepExports(TINY, (name) => name === 'three' || name === 'mem');
		const m = new WebAssembly.Module(out);
		expect(names(m)).toEqual(['function:three', 'memory:mem']);
		const { exports } = await WebAssembly.instantiate(m, { env: { log: () => {}, base: 39 } });
		expect((exports.three as () => number)()).toBe(42);
		// Only the export section changed: 'one' and 'two' are 12 bytes of it.
		expect(out.length).toBe(TINY.length - 12);
	});

	it('keeps every byte when every export is kept, and refuses what is not a module', () => {
		expect(keepExports(TINY, () => true)).toEqual(TINY);
		expect(() => keepExports(new TextEncoder().encode('<html>not wasm</html>'), () => true)).toThrow(/not a version-1/);
		expect(() => keepExports(TINY.subarray(0, 40), () => true)).toThrow(/past the end/);
	});
});

describe('the engine served to the browser', () => {
	it('exports what its loader reads, imports what the original imports, and drops the rest', () => {
		const { wasm, original } = trimmedEngineWasm();
		const m = new WebAssembly.Module(wasm);
		const exported = new Set(WebAssembly.Module.exports(m).map((e) => e.name));
		// Names the loader (duckdb-browser-eh.worker.js) calls, checked by hand against its source.
		for (const name of ['duckdb_web_open', 'duckdb_web_connect', 'duckdb_web_prepared_run', 'malloc', 'free', '__wasm_call_ctors', '__wasm_apply_data_relocs']) {
			expect(exported, name).toContain(name);
		}
		// Everything else that stayed is a dynCall_ helper or named in the loader's source.
		const loader = readFileSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'), 'utf8');
		for (const name of exported) if (!name.startsWith('dynCall_')) expect(loader, name).toContain(name);
		expect(exported.size).toBeLessThan(1000);
		expect(readExports(original).length).toBeGreaterThan(70_000);
		// Imports are the same, in the same order.
		expect(WebAssembly.Module.imports(m).map(({ module, name }) => `${module}.${name}`)).toEqual(
			readImports(original).map(({ module, name }) => `${module}.${name}`)
		);
		const removed = readExports(original).length - exported.size;
		expect(wasm.length).toBeLessThan(original.length - removed * 8);
	});
});
