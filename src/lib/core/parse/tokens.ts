/**
 * From the text between two row labels to the row's number tokens.
 *
 * The text after a label may start with the rest of the label (`(区分处理的, …)`, `、行政机关不再
 * 处理…`); the numbers follow, separated by tabs or spaces or glued together; then anything that
 * is not a number ends the row (the next group's label, a Markdown separator, prose).
 */
import { BLANK, type Token } from './split';

/**
 * Page furniture that can sit inside a table split over pages: `-4-`, `- 12 -`, `第3页 共8页`.
 * A dashed number counts only on a line of its own: in a row, `-	1	-` (or `- 1 -`) is three
 * cells, zero, one and zero (FORMAT.md: `-` for zero).
 */
const DASHED_PAGE_NUMBER = /(^|\n)[ \t]*[-—–] *\d{1,3} *[-—–][ \t]*(?=\r?\n|$)/g;
const PAGE_OF = /第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?/g;

export function stripPageMarks(text: string): string {
	// The dashed number keeps the space before it; the whole 第3页 共8页 goes.
	return text.replace(DASHED_PAGE_NUMBER, '$1 ').replace(PAGE_OF, ' ');
}

/**
 * A number: digits, perhaps grouped by thousands (`1,234`, `1，234`), perhaps signed when the
 * sign stands alone before it (`-2`, not the `-` of `2023-2024`), perhaps a decimal; then
 * perhaps a unit. `元` and `万` are kept on the token (they change its value, see split.ts);
 * the units a cell's own header gives (`万元` for fees, also broken across a line as `万 元`,
 * `件`…) are dropped.
 */
const NUMBER = String.raw`((?:(?<!\S)[-－−])?(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?)(?:\s*(万\s*元|元|件|条|起|万))?`;
const TOKEN = new RegExp(String.raw`${NUMBER}|(∅)|(^|\s)(—{1,2}|-|–)(?=\s|$)|(\S)`, 'g');

export function rowTokens(text: string): Token[] {
	const body = stripPageMarks(text);
	const tokens: Token[] = [];
	const re = new RegExp(TOKEN.source, 'g');
	let started = false;
	for (let m = re.exec(body); m; m = re.exec(body)) {
		if (m[1] !== undefined) {
			const unit = m[2] === '元' || m[2] === '万' ? m[2] : '';
			tokens.push(m[1].replace(/，/g, ',').replace(/^[－−]/, '-') + unit);
			started = true;
		} else if (m[3] !== undefined) {
			tokens.push(BLANK);
			started = true;
		} else if (m[5] !== undefined) {
			tokens.push(m[5]);
			started = true;
		} else if (started) {
			break;
		}
	}
	return tokens;
}
