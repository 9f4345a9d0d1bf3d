/**
 * The punctuation and numbering that differ between the languages: full-width in Chinese,
 * ASCII with spaces in English. Headings are numbered as the official template prints them.
 */
import type { Lang } from '../template/template';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export const colon = (lang: Lang): string => (lang === 'en' ? ': ' : '：');
export const comma = (lang: Lang): string => (lang === 'en' ? ', ' : '，');
/** An aside after a text: `标题（5）`, `Title (5)`. */
export const paren = (text: string | number, lang: Lang): string => (lang === 'en' ? ` (${text})` : `（${text}）`);
/** A section's number, from 1: `二、`, `II. `. */
export const sectionNo = (n: number, lang: Lang): string => (lang === 'en' ? `${ROMAN[n - 1]}. ` : `${CN[n - 1]}、`);
/** A group's number within a section, from 1: `（一）`, `(1) `. */
export const groupNo = (n: number, lang: Lang): string => (lang === 'en' ? `(${n}) ` : `（${CN[n - 1]}）`);
