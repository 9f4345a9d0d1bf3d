/**
 * DOCX → HTML (mammoth keeps tables, with merged cells as rowspan/colspan) → the HTML reader.
 */
import mammoth from 'mammoth';
import type { SourceDocument } from './document';
import { readHtml } from './html';

export type DocxOutcome = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

export async function readDocx(bytes: Uint8Array): Promise<DocxOutcome> {
	let html: string;
	try {
		// Node's mammoth reads `buffer`, the browser build `arrayBuffer`.
		const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		html = (await mammoth.convertToHtml({ buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer })).value;
	} catch (e) {
		return { ok: false, reason: `不是有效的 Word (DOCX) 文件 (not a readable DOCX file: ${(e as Error).message})` };
	}
	const doc = readHtml(`<html><body>${html}</body></html>`);
	return { ok: true, doc: { ...doc, format: 'docx' } };
}
