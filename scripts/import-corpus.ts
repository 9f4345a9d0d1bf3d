/**
 * One-off: copy the shared corpus (../shared/corpus) into data/raw and write data/manifest.csv
 * from its index.tsv. Run again only when the corpus grows; the repository then stands alone.
 *   npx tsx scripts/import-corpus.ts [path/to/corpus]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { MANIFEST_COLUMNS } from '../src/lib/core/manifest';

const corpus = process.argv[2] ?? '../shared/corpus';
const REGION_CODES: Record<string, string> = {
	宁夏回族自治区石嘴山市惠农区: '640205',
	江苏省淮安市: '320800',
	江苏省淮安市洪泽区: '320813',
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
const rows = index.map((r) => {
	const file = basename(r.file);
	copyFileSync(join(corpus, r.file), join('data/raw', file));
	const raw = readFileSync(join(corpus, r.file));
	const header = /原文链接:\s*(\S+)/.exec(raw.subarray(0, 2000).toString('utf8'));
	const inSource = /original (https?:\/\/\S+)/.exec(r.source);
	const code = REGION_CODES[r.region];
	if (!code) throw new Error(`no region code for ${r.region}`);
	return {
		file,
		source: r.source.replace(/;\s*original https?:\/\/\S+/, ''),
		original_url: header?.[1] ?? inSource?.[1] ?? '',
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
