/**
 * The parser's refusals are written once, for the CLI's log and the import page alike, as
 * `中文 (English)`: the Chinese first, the English in the closing parentheses (which may hold
 * parentheses of their own, from a library's error message). The import page shows one of them.
 */
import type { Lang } from '../template/template';

export function reasonIn(reason: string, lang: Lang): string {
	const text = reason.trim();
	if (!text.endsWith(')')) return text;
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		if (text[i] === ')') depth++;
		else if (text[i] === '(' && --depth === 0) {
			const zh = text.slice(0, i).trim();
			// Not of that shape (the whole message in parentheses, say): shown as it is.
			if (!zh || text[i - 1] !== ' ') return text;
			return lang === 'zh' ? zh : text.slice(i + 1, -1).trim();
		}
	}
	return text;
}
