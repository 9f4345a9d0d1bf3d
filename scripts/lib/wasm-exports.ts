/**
 * Removes the exports a WebAssembly module's own loader never uses.
 *
 * DuckDB-WASM's engine is built as an Emscripten MAIN_MODULE so that extensions can be linked
 * in at run time, which exports 75,011 symbols. At start-up the loader then wraps every export,
 * creates a GOT entry for each and adds every exported function to the function table: about a
 * second of a cold start on a 2-core machine. gongkai loads no extension (they would come from
 * the network), so the only names that matter are the ones the loader's JavaScript reads and
 * the ones the module itself imports through its GOT. Everything else (the code, the tables,
 * the data, the other sections) is copied byte for byte.
 */

const SECTION_IMPORT = 2;
const SECTION_EXPORT = 7;

export interface WasmExport {
	name: string;
	kind: number;
	index: number;
}

export interface WasmImport {
	module: string;
	name: string;
}

interface Section {
	id: number;
	/** Offset of the section's id byte, and of its contents. */
	start: number;
	body: number;
	end: number;
}

class Reader {
	constructor(
		readonly bytes: Uint8Array,
		public at = 0
	) {}
	byte(): number {
		if (this.at >= this.bytes.length) throw new Error('wasm: unexpected end of module');
		return this.bytes[this.at++];
	}
	u32(): number {
		let result = 0;
		let scale = 1;
		for (let i = 0; i < 5; i++) {
			const b = this.byte();
			result += (b & 0x7f) * scale;
			if (!(b & 0x80)) return result;
			scale *= 128;
		}
		throw new Error('wasm: malformed LEB128 integer');
	}
	name(): string {
		const length = this.u32();
		const s = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.at, this.at + length));
		this.at += length;
		return s;
	}
}

function u32(n: number): number[] {
	const out: number[] = [];
	do {
		let b = n & 0x7f;
		n = Math.floor(n / 128);
		if (n) b |= 0x80;
		out.push(b);
	} while (n);
	return out;
}

function sections(bytes: Uint8Array): Section[] {
	const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
	if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new Error('wasm: not a version-1 WebAssembly module');
	const r = new Reader(bytes, 8);
	const out: Section[] = [];
	while (r.at < bytes.length) {
		const start = r.at;
		const id = r.byte();
		const size = r.u32();
		const body = r.at;
		if (body + size > bytes.length) throw new Error(`wasm: section ${id} runs past the end of the module`);
		out.push({ id, start, body, end: body + size });
		r.at = body + size;
	}
	return out;
}

function limits(r: Reader): void {
	const flags = r.byte();
	r.u32();
	if (flags & 1) r.u32();
}

/** The entries of a section that is a vector (imports, exports), each read by `entry`. */
function vector<T>(bytes: Uint8Array, id: number, entry: (r: Reader) => T): T[] {
	const section = sections(bytes).find((s) => s.id === id);
	if (!section) return [];
	const r = new Reader(bytes, section.body);
	const out: T[] = [];
	for (let i = r.u32(); i > 0; i--) out.push(entry(r));
	return out;
}

export function readImports(bytes: Uint8Array): WasmImport[] {
	return vector(bytes, SECTION_IMPORT, (r) => {
		const module = r.name();
		const name = r.name();
		const kind = r.byte();
		if (kind === 0) r.u32(); // function: type index
		else if (kind === 1) (r.byte(), limits(r)); // table: element type, limits
		else if (kind === 2) limits(r); // memory
		else if (kind === 3) (r.byte(), r.byte()); // global: value type, mutability
		else if (kind === 4) (r.byte(), r.u32()); // tag: attribute, type index
		else throw new Error(`wasm: unknown import kind ${kind}`);
		return { module, name };
	});
}

export function readExports(bytes: Uint8Array): WasmExport[] {
	return vector(bytes, SECTION_EXPORT, (r) => {
		const name = r.name();
		const kind = r.byte();
		return { name, kind, index: r.u32() };
	});
}

/** The module with only the exports `keep` accepts; every other byte unchanged. */
export function keepExports(bytes: Uint8Array<ArrayBuffer>, keep: (name: string) => boolean): Uint8Array<ArrayBuffer> {
	const all = sections(bytes);
	const exportSection = all.find((s) => s.id === SECTION_EXPORT);
	if (!exportSection) return bytes;
	const encoder = new TextEncoder();
	const body: number[] = [];
	const kept = readExports(bytes).filter((e) => keep(e.name));
	body.push(...u32(kept.length));
	for (const e of kept) {
		const name = encoder.encode(e.name);
		body.push(...u32(name.length), ...name, e.kind, ...u32(e.index));
	}
	const head = [SECTION_EXPORT, ...u32(body.length)];
	const out = new Uint8Array(bytes.length - (exportSection.end - exportSection.start) + head.length + body.length);
	out.set(bytes.subarray(0, exportSection.start), 0);
	out.set(head, exportSection.start);
	out.set(body, exportSection.start + head.length);
	out.set(bytes.subarray(exportSection.end), exportSection.start + head.length + body.length);
	return out;
}

/**
 * The exports an Emscripten dynamic-linking main module needs when nothing else is linked in:
 * the names its loader reads (`wasmExports.name`), its GOT imports (filled from its own exports,
 * under `orig$name` where the signature was legalised) and the `dynCall_` helpers the loader
 * collects by prefix.
 */
export function emscriptenMainModuleKeep(bytes: Uint8Array, loaderJs: string): (name: string) => boolean {
	const read = new Set([...loaderJs.matchAll(/wasmExports\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
	if (read.size === 0) throw new Error('wasm: the loader reads no export by name; is this an Emscripten loader?');
	const got = new Set(readImports(bytes).filter((i) => i.module.startsWith('GOT.')).map((i) => i.name));
	return (name) =>
		read.has(name) || got.has(name) || name.startsWith('dynCall_') || (name.startsWith('orig$') && got.has(name.slice(5)));
}
