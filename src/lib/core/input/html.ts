/**
 * HTML pages (government CMS pages, saved or exported reports) → text in which each table row
 * is one line of tab-separated cells, so the one text reader serves HTML too.
 *
 * Merged cells: a rowspan/colspan cell's text is written once, where the cell starts, as a
 * person reading the table would; the rows below it start one cell later. A cell left blank
 * after the row's first number is written `∅` (read as 0 and reported).
 */
import { parseDocument } from 'htmlparser2';
import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { normalizeText } from '../parse/normalize';
import { BLANK } from '../parse/split';
import { webUrl, type SourceDocument } from './document';
import { firstTitleLine } from './text';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'select', 'button', 'head']);
const BLOCK = new Set([
	'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article',
	'header', 'footer', 'nav', 'table', 'tr', 'dd', 'dt', 'dl', 'blockquote', 'pre', 'hr', 'form'
]);
/** CMS containers that hold the report body (TRS = the TRS WCM editor used by many portals). */
const BODY_CLASS = /TRS_Editor|TRS_UEDITOR|article|content|zoom|detail|main/i;

export function readHtml(html: string): SourceDocument {
	const dom = parseDocument(html, { decodeEntities: true });
	const root = reportRoot(dom.children);
	const text = normalizeText(render(root).replace(/[ \t]*\n[ \t\n]*/g, '\n'));
	return { title: titleOf(dom.children) ?? firstTitleLine(text), text, url: canonicalUrl(dom.children), format: 'html' };
}

/** The smallest CMS content element that still holds every table of the page; else the page. */
function reportRoot(nodes: AnyNode[]): AnyNode[] {
	const tables = findAll((e) => e.name === 'table', nodes);
	if (tables.length === 0) return nodes;
	const containers = findAll((e) => BODY_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`), nodes).filter(
		(c) => tables.every((t) => contains(c, t))
	);
	if (containers.length === 0) return nodes;
	containers.sort((a, b) => textContent(a).length - textContent(b).length);
	return [containers[0]];
}

function contains(outer: Element, inner: AnyNode): boolean {
	for (let n: AnyNode | null = inner; n; n = n.parent as AnyNode | null) if (n === outer) return true;
	return false;
}

function render(nodes: AnyNode[]): string {
	let out = '';
	for (const n of nodes) {
		if (isText(n)) out += n.data;
		else if (isTag(n)) {
			if (SKIP.has(n.name)) continue;
			if (n.name === 'table') {
				out += '\n' + tableText(n) + '\n';
				continue;
			}
			const block = BLOCK.has(n.name);
			if (block) out += '\n';
			out += render(n.children);
			if (block) out += '\n';
		}
	}
	return out;
}

const cellText = (cell: Element) =>
	normalizeText(render(cell.children)).replace(/\s+/g, ' ').trim();

/** Rows of the table's grid, merged cells expanded to the positions they cover. */
export function tableGrid(table: Element): { text: string; origin: boolean }[][] {
	const rows = findAll((e) => e.name === 'tr', [table]).filter((tr) => nearestTable(tr) === table);
	const grid: { text: string; origin: boolean }[][] = [];
	rows.forEach((tr, r) => {
		grid[r] ??= [];
		let c = 0;
		for (const cell of tr.children.filter((x): x is Element => isTag(x) && (x.name === 'td' || x.name === 'th'))) {
			while (grid[r][c]) c++;
			const rowspan = clampSpan(cell.attribs.rowspan);
			const colspan = clampSpan(cell.attribs.colspan);
			const text = cellText(cell);
			for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
				grid[r + dr] ??= [];
				for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = { text, origin: dr === 0 && dc === 0 };
			}
			c += colspan;
		}
	});
	return grid.map((row) => Array.from(row, (x) => x ?? { text: '', origin: true }));
}

function clampSpan(v: string | undefined): number {
	const n = Number.parseInt(v ?? '1', 10);
	return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

function nearestTable(n: AnyNode): Element | null {
	for (let p = n.parent as AnyNode | null; p; p = p.parent as AnyNode | null) if (isTag(p) && p.name === 'table') return p;
	return null;
}

function tableText(table: Element): string {
	return tableGrid(table)
		.map((row) => {
			let seenNumber = false;
			const cells: string[] = [];
			for (const cell of row) {
				if (!cell.origin) continue;
				if (cell.text === '') {
					if (seenNumber) cells.push(BLANK);
					continue;
				}
				if (/\d/.test(cell.text)) seenNumber = true;
				cells.push(cell.text);
			}
			return cells.join('\t');
		})
		.join('\n');
}

function titleOf(nodes: AnyNode[]): string | null {
	const metas = findAll((e) => e.name === 'meta', nodes);
	const meta = metas.find((m) => /^(ArticleTitle|title|og:title)$/i.test(m.attribs.name ?? m.attribs.property ?? ''));
	const candidates = [meta?.attribs.content, ...findAll((e) => e.name === 'title' || e.name === 'h1', nodes).map(textContent)];
	for (const c of candidates) {
		if (!c) continue;
		const part = normalizeText(c)
			.split(/[_|]| - /)
			.map((s) => s.trim())
			.find((s) => /年度报告/.test(s.replace(/\s+/g, '')));
		if (part) return part;
	}
	return null;
}

function canonicalUrl(nodes: AnyNode[]): string | null {
	const link = findAll((e) => e.name === 'link' && /canonical/i.test(e.attribs.rel ?? ''), nodes)[0];
	const og = findAll((e) => e.name === 'meta' && /og:url/i.test(e.attribs.property ?? ''), nodes)[0];
	return webUrl(link?.attribs.href) ?? webUrl(og?.attribs.content);
}
