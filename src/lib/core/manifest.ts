/**
 * The manifest (data/manifest.csv): one row per raw report file, recording where it came from
 * and, optionally, metadata that overrides what the parser read. An override always wins and
 * is recorded on the report, so nobody mistakes it for something the file said.
 */
import Papa from 'papaparse';
import type { Finding, Kind, Level, Metadata, Report } from './report';
import { regionByCode } from './region/regions';
import { KINDS, LEVELS, METADATA_LABELS } from '../template/template';
import { finding } from './parse/findings';
import { webUrl } from './input/document';

export interface ManifestRow {
	file: string;
	source: string | null;
	original_url: string | null;
	agency: string | null;
	year: number | null;
	region_code: string | null;
	level: Level | null;
	kind: Kind | null;
	notes: string | null;
}

export const MANIFEST_COLUMNS = ['file', 'source', 'original_url', 'agency', 'year', 'region_code', 'level', 'kind', 'notes'] as const;

export type ManifestOutcome = { ok: true; rows: ManifestRow[] } | { ok: false; errors: string[] };

/** Parse the manifest CSV; every problem is named with its line, none is skipped silently. */
export function parseManifest(csv: string): ManifestOutcome {
	const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', newline: '\n', delimiter: ',' });
	const errors = parsed.errors.map((e) => `manifest line ${(e.row ?? 0) + 2}: ${e.message}`);
	const header = parsed.meta.fields ?? [];
	const missing = ['file', 'source'].filter((c) => !header.includes(c));
	if (missing.length) {
		const near = missing.map((m) => header.find((h) => h.trim().toLowerCase() === m && h !== m)).filter(Boolean);
		const hint = near.length ? ` (found ${near.map((h) => JSON.stringify(h)).join(', ')}: names are lower case, with no spaces)` : '';
		return { ok: false, errors: [`manifest: missing column(s) ${missing.join(', ')}${hint}; expected ${MANIFEST_COLUMNS.join(',')}`, ...errors] };
	}
	const unknown = header.filter((c) => !(MANIFEST_COLUMNS as readonly string[]).includes(c));
	if (unknown.length) errors.push(`manifest: unknown column(s) ${unknown.join(', ')}; expected ${MANIFEST_COLUMNS.join(',')}`);
	const rows: ManifestRow[] = [];
	const seen = new Set<string>();
	parsed.data.forEach((r, i) => {
		const line = i + 2;
		const v = (k: string) => (r[k] ?? '').trim() || null;
		const file = v('file');
		if (!file) return errors.push(`manifest line ${line}: empty file name`);
		if (seen.has(file)) errors.push(`manifest line ${line}: ${file} listed twice`);
		seen.add(file);
		const year = v('year');
		if (year && !/^(19|20)\d{2}$/.test(year)) errors.push(`manifest line ${line}: year "${year}" is not a year`);
		const code = v('region_code');
		if (code && !regionByCode(code)) errors.push(`manifest line ${line}: region_code "${code}" is not a GB/T 2260 code`);
		const level = v('level');
		if (level && !(LEVELS as readonly string[]).includes(level)) errors.push(`manifest line ${line}: level "${level}" is not one of ${LEVELS.join('/')}`);
		const url = v('original_url');
		if (url && !webUrl(url)) errors.push(`manifest line ${line}: original_url "${url}" is not an http(s) address`);
		const kind = v('kind');
		if (kind && !(KINDS as readonly string[]).includes(kind)) errors.push(`manifest line ${line}: kind "${kind}" is not one of ${KINDS.join('/')}`);
		rows.push({
			file,
			source: v('source'),
			original_url: v('original_url'),
			agency: v('agency'),
			year: year ? Number(year) : null,
			region_code: code,
			level: level as Level | null,
			kind: kind as Kind | null,
			notes: v('notes')
		});
	});
	return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** Apply a manifest row's overrides; returns the fields that changed. */
export function applyOverrides(report: Report, row: ManifestRow): string[] {
	const changed: string[] = [];
	const set = <K extends keyof Metadata>(key: K, value: Metadata[K] | null) => {
		if (value === null || value === report[key]) return;
		report.findings.push(
			finding('metadata', {
				message: `清单(manifest)修订了${METADATA_LABELS[key].zh}：文件读出“${report[key] ?? '无'}”，采用“${value}”`,
				message_en: `The manifest overrides the ${METADATA_LABELS[key].en.toLowerCase()}: the file reads “${report[key] ?? 'nothing'}”, “${value}” is used`
			})
		);
		(report as Metadata)[key] = value;
		changed.push(key);
	};
	set('agency', row.agency);
	set('year', row.year);
	if (row.region_code && row.region_code !== report.region_code) {
		const r = regionByCode(row.region_code)!;
		set('region_code', r.code);
		report.province = r.province;
		report.city = r.city;
		report.county = r.county;
	}
	set('level', row.level);
	set('kind', row.kind);
	return changed;
}

export type { Finding };
