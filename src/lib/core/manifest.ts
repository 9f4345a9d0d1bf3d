/**
 * The manifest (data/manifest.csv): one row per raw report file, recording where it came from
 * and, optionally, metadata that overrides what the parser read. An override always wins and
 * is recorded on the report, so nobody mistakes it for something the file said.
 */
import Papa from 'papaparse';
import type { Finding, Kind, Level, Metadata, Report } from './report';
import { regionByCode, type Region } from './region/regions';
import { kindOf, levelOf, placeAgency } from './parse/metadata';
import { KINDS, KIND_LABELS, LEVELS, LEVEL_LABELS, METADATA_LABELS } from '../template/template';
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

/**
 * Apply a manifest row's overrides; returns the fields that changed. Region, level and kind
 * follow from the agency's name and the region (readMetadata): an agency or region the manifest
 * gives brings what follows from it, unless the manifest gives that too. `context` is the
 * report's opening text (metadataContext), which can settle a county name several cities share.
 */
export function applyOverrides(report: Report, row: ManifestRow, context = ''): string[] {
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
	const placeTo = (r: Region) => {
		report.province = r.province;
		report.city = r.city;
		report.county = r.county;
	};
	set('agency', row.agency);
	set('year', row.year);
	const renamed = changed.includes('agency') && report.agency !== null;
	const placed = renamed ? placeAgency(report.agency!, context) : null;
	// How the new name was placed (or why it could not be), unless the manifest states the region.
	if (placed?.note && !row.region_code) report.findings.push(finding('metadata', { message: placed.note.zh, message_en: placed.note.en }));
	let region = report.region_code ? regionByCode(report.region_code) ?? null : null;
	if (row.region_code && row.region_code !== report.region_code) {
		region = regionByCode(row.region_code)!;
		set('region_code', region.code);
		placeTo(region);
	}
	// Worked out from the manifest's values, not given by it: said in one note of their own.
	const derived: { zh: string; en: string }[] = [];
	const shown = (key: 'region_code' | 'level' | 'kind', value: string | null, lang: 'zh' | 'en') => {
		if (value === null) return lang === 'zh' ? '无' : 'nothing';
		if (key === 'level') return LEVEL_LABELS[value as Level][lang];
		if (key === 'kind') return KIND_LABELS[value as Kind][lang];
		return value;
	};
	const derive = <K extends 'region_code' | 'level' | 'kind'>(key: K, value: Metadata[K]) => {
		if (value === null || value === report[key]) return;
		const was = report[key] as string | null;
		derived.push({
			zh: `${METADATA_LABELS[key].zh}“${shown(key, was, 'zh')}”→“${shown(key, value, 'zh')}”`,
			en: `${METADATA_LABELS[key].en.toLowerCase()} “${shown(key, was, 'en')}” → “${shown(key, value, 'en')}”`
		});
		// Not in `changed`: that lists what the manifest gave (the report page's 人工修订字段).
		(report as Metadata)[key] = value;
	};
	// A name that places itself moves the report there; one that does not keeps the file's region.
	if (!row.region_code && placed?.region && placed.region.code !== report.region_code) {
		region = placed.region;
		derive('region_code', region.code);
		placeTo(region);
	}
	if (row.level) set('level', row.level);
	else if (report.agency && (renamed || row.region_code)) derive('level', levelOf(report.agency, region?.level ?? null));
	if (row.kind) set('kind', row.kind);
	else if (renamed) derive('kind', kindOf(report.agency!, region?.name ?? null));
	if (derived.length) {
		report.findings.push(
			finding('metadata', {
				message: `按清单(manifest)修订后的机关名称或行政区划推得：${derived.map((d) => d.zh).join('，')}`,
				message_en: `Worked out from the agency or region the manifest gives: ${derived.map((d) => d.en).join(', ')}`
			})
		);
	}
	return changed;
}

export type { Finding };
