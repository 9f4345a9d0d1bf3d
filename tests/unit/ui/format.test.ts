// Numbers as Chinese readers expect them (zh-CN), and '—' for unknown rather than a blank.
import { describe, expect, it } from 'vitest';
import { formatPrinted, tickFormatter, formatValue, UNKNOWN } from '../../../src/lib/i18n/format';

describe('formatValue', () => {
	it('groups thousands and rounds as the format says', () => {
		expect(formatValue(1234567, 'int', 'zh')).toBe('1,234,567');
		expect(formatValue(5949.088667, 'decimal', 'zh')).toBe('5,949.09');
		expect(formatValue(0.57273, 'percent', 'zh')).toBe('57.3%');
		expect(formatValue(0, 'percent', 'zh')).toBe('0.0%');
		expect(formatValue(2023, 'year', 'zh')).toBe('2023年');
		expect(formatValue(2023, 'year', 'en')).toBe('2023');
	});

	it('gives percentage points one decimal, like the percentages they are the change of', () => {
		// QA pass 5 saw 27.12, 2.1 and 50 in one column.
		expect(formatValue(27.123, 'points', 'zh')).toBe('27.1');
		expect(formatValue(2.1, 'points', 'zh')).toBe('2.1');
		expect(formatValue(50, 'points', 'en')).toBe('50.0');
		expect(formatValue(-8.66, 'points', 'zh')).toBe('-8.7');
		expect(formatValue(1234.5, 'points', 'zh')).toBe('1,234.5');
	});

	it('marks unknown values', () => {
		expect(formatValue(null, 'int', 'zh')).toBe(UNKNOWN);
		expect(formatValue(undefined, 'percent', 'en')).toBe(UNKNOWN);
		expect(formatValue('平潭县', 'text', 'zh')).toBe('平潭县');
	});

	it('shows a report’s own decimal cells as printed, to six places', () => {
		expect(formatPrinted(5949.088667, 'zh')).toBe('5,949.088667');
		expect(formatPrinted(7730.28, 'zh')).toBe('7,730.28');
		expect(formatPrinted(null, 'zh')).toBe(UNKNOWN);
	});
});

describe('tickFormatter', () => {
	it('reads big counts the Chinese way (万, 亿), one unit per axis, and keeps the digits in English', () => {
		const ticks = (values: number[], lang: 'zh' | 'en', at: number[]) => at.map(tickFormatter(values, lang));
		// The overview's applications: millions, in 万.
		expect(ticks([3_779_955, 12], 'zh', [0, 1_000_000, 4_000_000])).toEqual(['0', '100万', '400万']);
		expect(ticks([150_000_000], 'zh', [50_000_000, 150_000_000])).toEqual(['0.5亿', '1.5亿']);
		// Up to 99,999: plain digits on every tick, never 8,000 beside 1万.
		expect(ticks([14_000, 3], 'zh', [0, 8_000, 10_000, 12_000, 14_000])).toEqual(['0', '8,000', '10,000', '12,000', '14,000']);
		expect(ticks([125_000], 'zh', [12_500, 50_000, 125_000])).toEqual(['1.25万', '5万', '12.5万']);
		expect(ticks([4_000_000], 'en', [4_000_000])).toEqual(['4,000,000']);
		// No values (an empty chart): plain.
		expect(ticks([], 'zh', [0, 1])).toEqual(['0', '1']);
	});
});
