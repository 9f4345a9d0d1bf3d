/**
 * Reports a user drops into the page, read in the browser by the same core the CLI uses.
 * Nothing leaves the machine: files are read with File.arrayBuffer and parsed here.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { processFile, type ProcessedReport } from '../core/pipeline';

export type Imported = { name: string; ok: true; report: ProcessedReport } | { name: string; ok: false; reason: string };

/** Larger files are not annual reports (the corpus's largest is 0.4 MB); refuse before reading. */
export const MAX_BYTES = 50 * 1024 * 1024;

let pdfWorker: Promise<void> | null = null;

/** pdf.js runs its parser in a worker; the worker script is served by this site, not a CDN. */
function preparePdf(): Promise<void> {
	pdfWorker ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
		pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
	});
	return pdfWorker;
}

export async function readFile(file: File): Promise<Imported> {
	if (file.size > MAX_BYTES) {
		return { name: file.name, ok: false, reason: `文件过大（${(file.size / 1048576).toFixed(0)} MB，上限 50 MB） (file too large: ${(file.size / 1048576).toFixed(0)} MB, at most 50 MB)` };
	}
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (bytes[0] === 0x25 && bytes[1] === 0x50) await preparePdf();
		const out = await processFile(bytes, file.name);
		return out.ok ? { name: file.name, ok: true, report: out.report } : { name: file.name, ok: false, reason: out.reason };
	} catch (e) {
		return { name: file.name, ok: false, reason: `无法读取 (cannot read): ${(e as Error).message}` };
	}
}
