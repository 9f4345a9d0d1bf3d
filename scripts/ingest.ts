/**
 * npm run ingest — every raw report under data/raw with data/manifest.csv → the embedded dataset
 * (static/data/gongkai.duckdb + summary.json, data/export/*.parquet|csv). Idempotent: the same
 * inputs give the same tables. Prints what was read, what failed and why, findings by rule.
 * Files that cannot be read do not stop the others; with --strict they (and a second report in
 * a file, which is not read) make the exit status 3, after the dataset has been written from the
 * rest, so that a script or CI notices them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, parse as parsePath } from 'node:path';
import { factRows } from '../src/lib/core/facts';
import { pickMetadata } from '../src/lib/core/report';
import { processFile, type ProcessedReport } from '../src/lib/core/pipeline';
import { checkAcrossYears } from '../src/lib/core/validate/cross-year';
import { mergeDuplicates } from '../src/lib/core/validate/duplicates';
import { RULES } from '../src/lib/template/rules';
import { loadManifest } from './lib/manifest-file';
import { writeDataset, type Dataset } from './lib/write-dataset';
import { fsReason } from './lib/fs-error';

/** An option's value; given twice, the last one counts. An option right after it is no value. */
const arg = (name: string, fallback: string) => {
	const i = process.argv.lastIndexOf(`--${name}`);
	if (i < 0) return fallback;
	const value = process.argv[i + 1];
	if (!value || value.startsWith('--')) {
		console.error(`ingest: --${name} needs a value`);
		process.exit(1);
	}
	return value;
};
const rawDir = arg('raw', 'data/raw');
/**
 * The embedded corpus's manifest goes with the embedded corpus: a folder of one's own (--raw) is
 * read without one unless --manifest names one, rather than against a list of other files.
 */
const manifestPath = ((): string | null => {
	if (process.argv.includes('--manifest')) return arg('manifest', '');
	return process.argv.includes('--raw') ? null : 'data/manifest.csv';
})();
const outDir = arg('out', 'static/data');
const exportDir = arg('export', 'data/export');
const strict = process.argv.includes('--strict');

async function main() {
	const manifest = manifestPath ? loadManifest(manifestPath) : [];
	const byFile = new Map(manifest.map((r) => [r.file, r]));
	const { files, failed } = listRawFiles(rawDir);
	const unlisted = files.filter((f) => !byFile.has(f));
	const present = new Set([...files, ...failed.map((f) => f.file)]);
	for (const row of manifest) if (!present.has(row.file)) failed.push({ file: row.file, reason: `listed in ${manifestPath} but not found in ${rawDir}` });

	const parsed: { id: string; file: string; report: ProcessedReport }[] = [];
	for (const file of files) {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(join(rawDir, file));
		} catch (e) {
			failed.push({ file, reason: cannotRead(e) });
			continue;
		}
		const out = await processFile(bytes, file, byFile.get(file));
		const id = parsePath(file).name;
		const owner = parsed.find((p) => p.id === id);
		if (!out.ok) failed.push({ file, reason: out.reason });
		// The id is the name without its extension: 200_x.txt and 200_x.pdf would both be 200_x.
		else if (owner) failed.push({ file, reason: `same report id “${id}” as ${owner.file}: rename one of the two files` });
		else if (out.report.year === null) failed.push({ file, reason: '年度不详：标题和正文都没有写明年度，可在清单(manifest)的 year 列填写 (year unknown: neither title nor text states it; set it in the manifest’s year column)' });
		else parsed.push({ id, file, report: out.report });
	}
	const { kept, merges } = mergeDuplicates(parsed);
	for (const [id, findings] of checkAcrossYears(kept)) kept.find((p) => p.id === id)!.report.findings.push(...findings);

	const data: Dataset = {
		reports: kept.map(({ id, file, report: r }) => ({
			report_id: id,
			file,
			...pickMetadata(r),
			template: r.template,
			source: r.source,
			original_url: r.original_url,
			overrides: r.overrides.join(',')
		})),
		facts: kept.flatMap(({ id, report }) => factRows(id, report)),
		findings: kept.flatMap(({ id, report }) =>
			report.findings.map(({ candidates, ...f }) => ({ report_id: id, ...f, candidates: candidates ? JSON.stringify(candidates) : null }))
		),
		merged_reports: merges.map((m) => ({ report_id: m.dropped, kept_id: m.kept, file: m.file }))
	};
	if (data.reports.length === 0) {
		printFailures(failed);
		throw new Error(`no report could be read from ${rawDir}; the dataset was not written`);
	}
	await writeDataset(data, { database: join(outDir, 'gongkai.duckdb'), summary: join(outDir, 'summary.json'), exportDir });

	console.log(
		`ingest: read ${parsed.length} of ${files.length} files in ${rawDir} → ${kept.length} reports in ${join(outDir, 'gongkai.duckdb')} (${data.facts.length} facts, ${data.findings.length} findings)`
	);
	for (const m of merges) console.log(`  same report twice: kept ${m.kept}, merged ${m.dropped} into it (see its duplicate_report finding)`);
	// Listed from every file read, merged or not: a merged copy's findings go with it.
	const withSecond = parsed.filter((p) => p.report.findings.some((f) => f.rule === 'second_report'));
	for (const p of withSecond) console.log(`  another report after the first in ${p.file}: not read (save it as a file of its own)`);
	if (unlisted.length && manifestPath) console.log(`  not in the manifest (no provenance): ${unlisted.join(', ')}`);
	printFailures(failed);
	console.log('  findings by rule:');
	for (const r of RULES) {
		const n = data.findings.filter((f) => f.rule === r.id);
		if (n.length) console.log(`    ${r.id.padEnd(20)} ${String(n.length).padStart(4)}  in ${new Set(n.map((f) => f.report_id)).size} reports — ${r.label.zh}`);
	}
	if (strict && (failed.length || withSecond.length)) {
		const second = withSecond.length ? `, ${withSecond.length} with a second report not read` : '';
		console.error(`ingest --strict: ${failed.length} not read${second} (listed above); the dataset was written from the ${parsed.length} files read`);
		process.exitCode = 3;
	}
}

interface Failure {
	file: string;
	reason: string;
}

const cannotRead = (e: unknown) => `cannot read: ${fsReason(e)}`;

function printFailures(failed: Failure[]) {
	if (!failed.length) return;
	console.log(`  not read (${failed.length}):`);
	for (const f of failed) console.log(`    ${f.file}: ${f.reason}`);
}

/**
 * The raw folder's files, by name. What is not a file is listed as not read, never a reason to
 * stop: a sub-folder, a broken link.
 */
function listRawFiles(dir: string): { files: string[]; failed: Failure[] } {
	const files: string[] = [];
	const failed: Failure[] = [];
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch (e) {
		throw new Error(`cannot read the raw folder ${dir}: ${fsReason(e)}`);
	}
	for (const name of names.filter((f) => !f.startsWith('.')).sort()) {
		let info;
		try {
			info = statSync(join(dir, name));
		} catch (e) {
			failed.push({ file: name, reason: cannotRead(e) });
			continue;
		}
		if (!info.isFile()) {
			failed.push({ file: name, reason: info.isDirectory() ? 'a folder: only the files directly in the raw folder are read' : 'not a regular file' });
			continue;
		}
		files.push(name);
	}
	return { files, failed };
}

// `npm run ingest | head` closes the pipe early: the dataset is written by then, and that is not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});

main().catch((e) => {
	console.error(`ingest failed: ${(e as Error).message}`);
	if (process.env.DEBUG) console.error(e);
	process.exit(1);
});
