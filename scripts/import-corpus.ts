/**
 * Copy a corpus folder (index.tsv and the files it lists, as ../shared/corpus holds them) into
 * data/raw and write data/manifest.csv from its index. Run again when the corpus grows; the
 * repository then stands alone.
 *   npx tsx scripts/import-corpus.ts [path/to/corpus]
 * The index's agency names are the curator's and are not copied: the parser reads each from its
 * report (AGENCY below names the exceptions). A region the index names is looked up in the
 * GB/T 2260 tables; one that cannot be is left to the parser, with a warning.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { MANIFEST_COLUMNS } from '../src/lib/core/manifest';
import { matchRegion } from '../src/lib/core/region/regions';
import { webUrl } from '../src/lib/core/input/document';

const corpus = process.argv[2] ?? '../shared/corpus';
function fail(message: string): never {
	console.error(`import-corpus: ${message}`);
	process.exit(1);
}
if (!existsSync(join(corpus, 'index.tsv'))) fail(`${join(corpus, 'index.tsv')} not found: give the folder that holds index.tsv and the files it lists`);

/** A region the code tables do not name as the index does: 平潭综合实验区 is filed as 平潭县. */
const REGION_CODES: Record<string, string> = {
	福建省平潭综合实验区: '350128'
};

/** The same body titled differently across years: one name so its reports form a series. */
const AGENCY: Record<string, string> = {
	'002_huaian_hongze_qu_2023.pdf': '淮安市洪泽区人民政府' // titled 洪泽区人民政府; 2024's title adds 淮安市
};

const index = Papa.parse<Record<string, string>>(readFileSync(join(corpus, 'index.tsv'), 'utf8'), {
	header: true,
	delimiter: '\t',
	quoteChar: '\u0001', // index.tsv is plain TSV: quotes in notes are text
	skipEmptyLines: true
}).data;

mkdirSync('data/raw', { recursive: true });
const missing = index.filter((r) => !existsSync(join(corpus, r.file))).map((r) => r.file);
if (missing.length) fail(`index.tsv lists files that are not in ${corpus}: ${missing.join(', ')}`);
const rows = index.map((r) => {
	const file = basename(r.file);
	copyFileSync(join(corpus, r.file), join('data/raw', file));
	const raw = readFileSync(join(corpus, r.file));
	// Only a web address goes into the manifest (which refuses anything else); an empty 原文链接
	// line must not lend it the next header line.
	const header = webUrl(/原文链接:[ \t]*(\S+)/.exec(raw.subarray(0, 2000).toString('utf8'))?.[1]);
	const inSource = /original (https?:\/\/\S+)/.exec(r.source);
	const code = REGION_CODES[r.region] ?? matchRegion(r.region).region?.code ?? '';
	if (!code) console.warn(`  ${file}: region “${r.region}” not found in the GB/T 2260 tables; left to the parser`);
	return {
		file,
		source: r.source.replace(/;\s*original https?:\/\/\S+/, ''),
		original_url: header ?? webUrl(inSource?.[1]) ?? '',
		agency: AGENCY[file] ?? '',
		year: r.report_year,
		region_code: code,
		level: r.level === 'department' ? 'county' : r.level,
		kind: r.level === 'department' ? 'department' : '',
		notes: r.notes
	};
});
writeFileSync('data/manifest.csv', Papa.unparse(rows, { columns: [...MANIFEST_COLUMNS], newline: '\n' }) + '\n');
console.log(`copied ${rows.length} files to data/raw, wrote data/manifest.csv`);
// Files of an earlier import are not deleted (nothing is lost), but ingest would read them too.
const listed = new Set(rows.map((r) => r.file));
const stale = readdirSync('data/raw').filter((f) => !f.startsWith('.') && !listed.has(f));
if (stale.length) console.warn(`  in data/raw but not in this index (ingest will read them, without provenance): ${stale.join(', ')}`);
