import { readFileSync } from 'node:fs';
import { parseManifest, type ManifestRow } from '../../src/lib/core/manifest';

/** Read and check a manifest file; throws one message naming every problem. */
export function loadManifest(path: string): ManifestRow[] {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		throw new Error(`cannot read manifest ${path}: ${(e as Error).message}`);
	}
	let csv: string;
	try {
		// Strict: a manifest saved as GBK would otherwise give agency names of replacement characters.
		csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Error(`${path} is not UTF-8 text (saved as GBK?): save the manifest as UTF-8`);
	}
	const m = parseManifest(csv);
	if (!m.ok) throw new Error(`${path}: ${m.errors.join('; ')}`);
	return m.rows;
}
