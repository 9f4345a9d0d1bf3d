/**
 * PDF → text with table rows rebuilt from glyph positions (pdf.js, which runs in Node and in
 * the browser). Text items are grouped into lines by baseline; on a line, items far apart
 * become tab-separated cells and items that touch are joined. Labels that wrap onto two lines
 * around their row's numbers, or stand one character per line (a merged cell's vertical text),
 * come out as lines the text reader already skips. Scanned PDFs (no text layer) are refused.
 */
import type { SourceDocument } from './document';
import { normalizeText } from '../parse/normalize';

interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

export type PdfOutcome = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

/** Fewer visible characters than this on every page together: an image-only (scanned) PDF. */
const MIN_TEXT_CHARS = 20;
/**
 * Fewer than this per page on average: a scan whose text layer holds only page numbers or a
 * stamp. A report's pages carry hundreds of characters each.
 */
const MIN_CHARS_PER_PAGE = 50;

export async function readPdf(bytes: Uint8Array): Promise<PdfOutcome> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	let pdf;
	try {
		// pdf.js takes ownership of the buffer it is given: pass a copy.
		pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
	} catch (e) {
		return { ok: false, reason: `PDF 文件损坏或无法打开 (cannot open PDF: ${(e as Error).message})` };
	}
	let p = 0;
	try {
		const pages: string[][] = [];
		let chars = 0;
		for (p = 1; p <= pdf.numPages; p++) {
			const page = await pdf.getPage(p);
			const content = await page.getTextContent();
			const items: Item[] = [];
			for (const it of content.items) {
				if (!('str' in it) || it.str.trim() === '') continue;
				const [a, b, , d, x, y] = it.transform as number[];
				items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || 10 });
				chars += it.str.replace(/\s/g, '').length;
			}
			pages.push(lines(items));
			page.cleanup();
		}
		if (chars < MIN_TEXT_CHARS) {
			return { ok: false, reason: `PDF 没有文字层（扫描件），无法读取；本工具不做OCR (the PDF has no text layer: it is a scanned image, and OCR is not supported)` };
		}
		if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) {
			return {
				ok: false,
				reason: `PDF 的文字层几乎没有文字（${pdf.numPages}页共${chars}字），应为扫描件，无法读取；本工具不做OCR (the PDF's text layer has almost no text, ${chars} characters on ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}: a scan, and OCR is not supported)`
			};
		}
		const text = normalizeText(pages.map((l) => l.join('\n')).join('\n'));
		return { ok: true, doc: { title: titleOf(pages[0] ?? []), text, url: null, format: 'pdf' } };
	} catch (e) {
		// A damaged page tree or content stream: the whole file is refused, not read in part, since
		// a missing page would leave its rows silently unknown.
		return { ok: false, reason: `PDF 文件损坏，第${p}页无法读取 (damaged PDF: page ${p} cannot be read: ${(e as Error).message})` };
	} finally {
		await pdf.destroy();
	}
}

/** One string per visual line, top to bottom; cells separated by tabs. */
function lines(items: Item[]): string[] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const rows: Item[][] = [];
	for (const it of sorted) {
		const row = rows[rows.length - 1];
		// Same line when the baselines are closer than a third of the glyph size: numbers sit
		// a little below their row label, but the next row is a whole line away.
		if (row && Math.abs(row[0].y - it.y) <= Math.max(2, row[0].size * 0.35)) row.push(it);
		else rows.push([it]);
	}
	return rows.map((row) => {
		row.sort((a, b) => a.x - b.x);
		let out = '';
		let end = -Infinity;
		for (const it of row) {
			const gap = it.x - end;
			if (out !== '') out += gap > it.size * 0.6 ? '\t' : gap > it.size * 0.15 && /\d$/.test(out) && /^\d/.test(it.str) ? ' ' : '';
			out += it.str;
			end = it.x + it.width;
		}
		return out;
	});
}

/** The title line; a title printed on two lines (agency, then `2024年…年度报告`) is joined. */
function titleOf(pageLines: string[]): string | null {
	const i = pageLines.findIndex((l) => /年度报告/.test(l));
	if (i < 0) return null;
	const line = pageLines[i].trim();
	if (i > 0 && /^\d{4}\s*年/.test(line) && pageLines[i - 1].trim().length <= 30) return normalizeText(pageLines[i - 1].trim() + line);
	return normalizeText(line);
}
