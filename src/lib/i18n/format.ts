/** Numbers for Chinese readers (zh-CN grouping, 1-decimal percentages), or English ones. */
import type { Lang } from '../template/template';
import type { Cell, Format } from '../query/table';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, kind: 'int' | 'decimal' | 'exact' | 'percent' | 'points'): Intl.NumberFormat {
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
						: kind === 'points'
							? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
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
		case 'points':
			return nf(lang, 'points').format(v);
		case 'year':
			return lang === 'zh' ? `${v}年` : String(v);
		default:
			return String(v);
	}
}

/**
 * Axis ticks of counts for Chinese readers, all in one unit chosen from the axis's largest value:
 * 亿 from a hundred million, 万 from a hundred thousand (4,000,000 reads 400万), plain digits
 * below — never 8,000 beside 1万 on one axis. English keeps the digits. (Data labels, tooltips
 * and tables keep the exact number.)
 */
export function tickFormatter(values: readonly (number | null | undefined)[], lang: Lang): (v: number) => string {
	const max = values.reduce<number>((m, v) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
	const [div, unit] = lang !== 'zh' ? [1, ''] : max >= 1e8 ? [1e8, '亿'] : max >= 1e5 ? [1e4, '万'] : [1, ''];
	return (v) => (div === 1 || v === 0 ? formatValue(v, Number.isInteger(v) ? 'int' : 'decimal', lang) : `${nf('zh', 'decimal').format(v / div)}${unit}`);
}

/** A report's own cell as it printed it (fees carry up to six decimals: 5949.088667 万元). */
export function formatPrinted(v: number | null | undefined, lang: Lang): string {
	return v === null || v === undefined ? UNKNOWN : nf(lang, 'exact').format(v);
}
