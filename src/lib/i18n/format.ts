/** Numbers for Chinese readers (zh-CN grouping, 1-decimal percentages), or English ones. */
import type { Lang } from '../template/template';
import type { Cell, Format } from '../query/table';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, kind: 'int' | 'decimal' | 'exact' | 'percent'): Intl.NumberFormat {
	const key = `${lang}:${kind}`;
	let f = cache.get(key);
	if (!f) {
		const opts: Intl.NumberFormatOptions =
			kind === 'int'
				? { maximumFractionDigits: 0 }
				: kind === 'decimal'
					? { maximumFractionDigits: 2 }
					: kind === 'exact'
						? { maximumFractionDigits: 6 }
						: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };
		f = new Intl.NumberFormat(LOCALE[lang], opts);
		cache.set(key, f);
	}
	return f;
}

/** '—' for unknown: a blank would read as zero. */
export const UNKNOWN = '—';

export function formatValue(v: Cell | undefined, format: Format, lang: Lang): string {
	if (v === null || v === undefined || v === '') return UNKNOWN;
	if (typeof v === 'string') return v;
	switch (format) {
		case 'int':
			return nf(lang, 'int').format(v);
		case 'decimal':
			return nf(lang, 'decimal').format(v);
		case 'percent':
			return nf(lang, 'percent').format(v);
		case 'year':
			return lang === 'zh' ? `${v}年` : String(v);
		default:
			return String(v);
	}
}

/**
 * An axis tick of counts for Chinese readers: 4,000,000 reads 400万 and 150,000,000 reads 1.5亿,
 * as Chinese statistics print them; English keeps the digits. (Data labels, tooltips and tables
 * keep the exact number.)
 */
export function formatTick(v: number, lang: Lang): string {
	if (lang === 'zh') {
		const a = Math.abs(v);
		if (a >= 1e8) return `${nf('zh', 'decimal').format(v / 1e8)}亿`;
		if (a >= 1e4) return `${nf('zh', 'decimal').format(v / 1e4)}万`;
	}
	return formatValue(v, Number.isInteger(v) ? 'int' : 'decimal', lang);
}

/** A report's own cell as it printed it (fees carry up to six decimals: 5949.088667 万元). */
export function formatPrinted(v: number | null | undefined, lang: Lang): string {
	return v === null || v === undefined ? UNKNOWN : nf(lang, 'exact').format(v);
}
