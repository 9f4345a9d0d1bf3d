import { readFileSync } from 'node:fs';
import { parseManifest, type ManifestRow } from '../../src/lib/core/manifest';

/** Read and check a manifest file; throws one message naming every problem. */
export function loadManifest(path: string): ManifestRow[] {
	let csv: string;
	try {
		csv = readFileSync(path, 'utf8');
	} catch (e) {
		throw new Error(`cannot read manifest ${path}: ${(e as Error).message}`);
	}
	const m = parseManifest(csv);
	if (!m.ok) throw new Error(`${path}: ${m.errors.join('; ')}`);
	return m.rows;
}
