/**
 * One file through the stages: bytes → source document → parsed report → validated report.
 * Used by the CLI, the ingest and (later) the browser's import; no Node or DOM imports.
 */
import { readDocument } from './input/index';
import { parseDocument, type ParsedReport } from './parse/index';
import { checkReport } from './validate/report-rules';
import { applyOverrides, type ManifestRow } from './manifest';
import { metadataContext } from './parse/metadata';
import { finding } from './parse/findings';

export interface ProcessedReport extends ParsedReport {
	/** The original page, from the manifest or the file itself. */
	original_url: string | null;
	source: string | null;
	/** Metadata fields the manifest overrode. */
	overrides: string[];
}

export type ProcessOutcome = { ok: true; report: ProcessedReport } | { ok: false; reason: string };

/**
 * Never throws: whatever a reader library throws on a file it cannot handle becomes that file's
 * refusal, so that one bad file cannot stop a batch. A refusal is one line (library messages
 * can span several).
 */
export async function processFile(bytes: Uint8Array, fileName: string, manifestRow?: ManifestRow): Promise<ProcessOutcome> {
	let out: ProcessOutcome;
	try {
		out = await readAndCheck(bytes, fileName, manifestRow);
	} catch (e) {
		out = { ok: false, reason: `读取时出错 (unexpected error while reading: ${(e as Error)?.message ?? String(e)})` };
	}
	return out.ok ? out : { ok: false, reason: out.reason.replace(/\s*[\r\n]+\s*/g, ' ').trim() };
}

async function readAndCheck(bytes: Uint8Array, fileName: string, manifestRow?: ManifestRow): Promise<ProcessOutcome> {
	const read = await readDocument(bytes, fileName);
	if (!read.ok) return read;
	const parsed = parseDocument(read.doc);
	if (!parsed.ok) return parsed;
	const report: ProcessedReport = {
		...parsed.report,
		original_url: manifestRow?.original_url ?? read.doc.url,
		source: manifestRow?.source ?? null,
		overrides: []
	};
	if (manifestRow) {
		// The parser's only metadata notes are about how it guessed the region from the agency's
		// name. When the manifest states the region, the guess is moot: a different code is an
		// override, and applyOverrides records that. When it names another agency, the guess was
		// about a name no longer used: applyOverrides guesses again from the new one.
		const renamed = manifestRow.agency !== null && manifestRow.agency !== report.agency;
		if (manifestRow.region_code || renamed) report.findings = report.findings.filter((f) => f.rule !== 'metadata');
		report.overrides = applyOverrides(report, manifestRow, metadataContext(read.doc.text));
	}
	// Said where the report is shown (import); the ingest refuses a report without a year.
	const missing = [report.agency === null && { zh: '机关名称', en: 'the agency' }, report.year === null && { zh: '年度', en: 'the year' }].filter((x) => !!x);
	if (missing.length) {
		report.findings.push(
			finding('metadata_missing', {
				message: `标题和正文都没有写明${missing.map((m) => m.zh).join('和')}，无法与其他报告比较（加入数据集时可在清单 manifest 中填写）`,
				message_en: `Neither the title nor the text states ${missing.map((m) => m.en).join(' or ')}, so the report cannot be compared with others (when adding it to the dataset, set it in the manifest)`
			})
		);
	}
	report.findings.push(...checkReport(report));
	return { ok: true, report };
}
