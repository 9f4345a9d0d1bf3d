/**
 * npm run -s parse -- <file> [--manifest <csv>]
 * Prints one report as JSON on stdout. A file that cannot be read or is not a report: one line
 * on stderr naming the file and what is wrong, exit status 2, nothing on stdout.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { processFile } from '../src/lib/core/pipeline';
import { pickMetadata } from '../src/lib/core/report';
import { loadManifest } from './lib/manifest-file';
import { fsReason } from './lib/fs-error';

function fail(message: string): never {
	process.stderr.write(`gongkai parse: ${message}\n`);
	process.exit(2);
}

const args = process.argv.slice(2);
const mi = args.indexOf('--manifest');
const manifestPath = mi >= 0 ? args[mi + 1] : undefined;
if (mi >= 0 && !manifestPath) fail('--manifest needs a CSV path');
const files = args.filter((a, i) => a !== '--manifest' && (mi < 0 || i !== mi + 1));
if (files.length !== 1) fail('usage: npm run -s parse -- <file> [--manifest <csv>]');
const file = files[0];

let bytes: Uint8Array;
try {
	bytes = readFileSync(file);
} catch (e) {
	const folder = (e as NodeJS.ErrnoException).code === 'EISDIR' ? '; parse reads one file: for a folder, use npm run ingest -- --raw <folder>' : '';
	fail(`${file}: ${fsReason(e)}${folder}`);
}

let row;
if (manifestPath) {
	try {
		row = loadManifest(manifestPath).find((r) => r.file === basename(file));
	} catch (e) {
		fail((e as Error).message);
	}
	if (!row) fail(`${file}: not listed in ${manifestPath}`);
}

const out = await processFile(bytes, basename(file), row);
if (!out.ok) fail(`${file}: ${out.reason}`);
const r = out.report;
const json = {
	...pickMetadata(r),
	template: r.template,
	active: r.active,
	requests: r.requests,
	appeals: r.appeals,
	findings: r.findings,
	narrative: r.narrative,
	source: r.source,
	original_url: r.original_url,
	overrides: r.overrides
};
process.stdout.write(JSON.stringify(json, null, 2) + '\n');
