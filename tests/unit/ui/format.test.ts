// Numbers as Chinese readers expect them (zh-CN), and '—' for unknown rather than a blank.
import { describe, expect, it } from 'vitest';
import { formatPrinted, formatTick, formatValue, UNKNOWN } from '../../../src/lib/i18n/format';

describe('formatValue', () => {
	it('groups thousands and rounds as the format says', () => {
		expect(formatValue(1234567, 'int', 'zh')).toBe('1,234,567');
		expect(formatValue(5949.088667, 'decimal', 'zh')).toBe('5,949.09');
		expect(formatValue(0.57273, 'percent', 'zh')).toBe('57.3%');
		expect(formatValue(0, 'percent', 'zh')).toBe('0.0%');
		expect(formatValue(2023, 'year', 'zh')).toBe('2023年');
		expect(formatValue(2023, 'year', 'en')).toBe('2023');
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

describe('formatTick', () => {
	it('reads big counts the Chinese way (万, 亿), and keeps the digits in English and below 10,000', () => {
		expect(formatTick(4_000_000, 'zh')).toBe('400万');
		expect(formatTick(150_000_000, 'zh')).toBe('1.5亿');
		expect(formatTick(12_500, 'zh')).toBe('1.25万');
		expect(formatTick(3_500, 'zh')).toBe('3,500');
		expect(formatTick(0, 'zh')).toBe('0');
		expect(formatTick(4_000_000, 'en')).toBe('4,000,000');
	});
});
