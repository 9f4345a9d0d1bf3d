/**
 * Text normalisation before any matching. NFKC folds full-width digits, letters, brackets and
 * the ideographic space (U+3000) to ASCII, so `（一）１２` and `(一)12` read alike.
 */
export function normalizeText(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.normalize('NFKC')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00A0\u2002-\u200B\u202F\u205F]/g, ' ');
}

/** Regex source that matches `words` with any whitespace between characters (`本年度办 理结果`). */
export function looseWords(words: string): string {
	return [...words]
		.filter((ch) => !/\s/.test(ch))
		.map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s*');
}

/** Drop all whitespace: for matching prose broken across lines (`受理依\n申请公开`). */
export function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}
