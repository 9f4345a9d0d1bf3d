/** File bytes → source document, by format. */
import type { SourceDocument } from './document';
import { decodeBytes } from './decode';
import { readHtml } from './html';
import { readText } from './text';

export type ReadOutcome = { ok: true; doc: SourceDocument; encoding: string } | { ok: false; reason: string };

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<table|<div|<meta)/i;

export function readDocument(bytes: Uint8Array, fileName: string): ReadOutcome {
	if (bytes.length === 0) return { ok: false, reason: '文件为空 (empty file)' };
	const ext = fileName.toLowerCase().split('.').pop() ?? '';
	const magic = String.fromCharCode(...bytes.subarray(0, 8));
	if (magic.startsWith('%PDF')) return { ok: false, reason: 'PDF 文件暂不支持 (PDF input is not supported yet)' };
	if (magic.startsWith('PK\u0003\u0004')) return { ok: false, reason: 'DOCX/ZIP 文件暂不支持 (DOCX input is not supported yet)' };
	if (bytes.subarray(0, 8).every((b, i) => b === [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i]))
		return { ok: false, reason: '旧版 Word/WPS 二进制文件 (.doc/.wps) 不支持，请另存为 DOCX 或 PDF (old binary .doc/.wps is not supported)' };
	const { text, encoding } = decodeBytes(bytes);
	if (text.includes('\u0000')) return { ok: false, reason: '二进制文件，不是文本或网页 (binary file, not text or HTML)' };
	const isHtml = ext === 'html' || ext === 'htm' || HTML_START.test(text.slice(0, 1000));
	return { ok: true, doc: isHtml ? readHtml(text) : readText(text), encoding };
}
