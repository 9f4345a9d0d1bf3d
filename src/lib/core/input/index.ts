/** File bytes → source document, by what the bytes are (not only the file name). */
import type { SourceDocument } from './document';
import { decodeBytes, utf16Guess } from './decode';
import { readHtml } from './html';
import { readText } from './text';

export type ReadOutcome = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<table|<div|<meta)/i;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadOutcome> {
	if (bytes.length === 0) return { ok: false, reason: '文件为空 (empty file)' };
	const ext = fileName.toLowerCase().split('.').pop() ?? '';
	const magic = String.fromCharCode(...bytes.subarray(0, 5));
	// PDF and DOCX readers are loaded only when such a file arrives.
	if (magic === '%PDF-') return (await import('./pdf')).readPdf(bytes);
	if (magic.startsWith('PK\u0003\u0004')) return (await import('./docx')).readDocx(bytes);
	if (OLE2.every((b, i) => bytes[i] === b))
		return { ok: false, reason: '旧版 Word/WPS 二进制文件 (.doc/.wps) 不支持，请另存为 DOCX 或 PDF (old binary .doc/.wps is not supported: save it as DOCX or PDF)' };
	let { text } = decodeBytes(bytes);
	if (text.includes('\u0000')) text = utf16Guess(bytes)?.text ?? text;
	if (text.includes('\u0000')) {
		if (ext === 'pdf') return { ok: false, reason: 'PDF 文件损坏：缺少 %PDF 文件头 (not a PDF: the %PDF header is missing)' };
		if (ext === 'docx') return { ok: false, reason: 'DOCX 文件损坏：不是 ZIP 包 (not a DOCX: it is not a ZIP package)' };
		return { ok: false, reason: '二进制文件，不是文本或网页 (binary file, not text or HTML)' };
	}
	// Text under a .pdf or .docx name (a copy saved with the wrong extension) is read as the text it is.
	const isHtml = ext === 'html' || ext === 'htm' || HTML_START.test(text.slice(0, 1000));
	return { ok: true, doc: isHtml ? readHtml(text) : readText(text) };
}
