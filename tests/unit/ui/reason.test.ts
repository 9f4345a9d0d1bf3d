// A refusal `中文 (English)` shown in the reader's language.
import { describe, expect, it } from 'vitest';
import { reasonIn } from '../../../src/lib/i18n/reason';

describe('reasonIn', () => {
	it('takes the Chinese before the closing parentheses, or the English inside them', () => {
		const r = 'PDF 文件损坏：缺少 %PDF 文件头 (not a PDF: the %PDF header is missing)';
		expect(reasonIn(r, 'zh')).toBe('PDF 文件损坏：缺少 %PDF 文件头');
		expect(reasonIn(r, 'en')).toBe('not a PDF: the %PDF header is missing');
	});

	it('keeps parentheses inside the English (a library’s message)', () => {
		const r = '不是有效的 Word (DOCX) 文件 (not a readable DOCX file: end of central directory (EOCD) not found)';
		expect(reasonIn(r, 'zh')).toBe('不是有效的 Word (DOCX) 文件');
		expect(reasonIn(r, 'en')).toBe('not a readable DOCX file: end of central directory (EOCD) not found');
	});

	it('shows a message of another shape as it is', () => {
		for (const r of ['文件为空', '(only parentheses)', 'unbalanced)', '']) {
			expect(reasonIn(r, 'zh')).toBe(r);
			expect(reasonIn(r, 'en')).toBe(r);
		}
	});
});
