// Two reports pasted into one file: the first is read, and the second is said, not lost silently.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';

const RAW = join(__dirname, '../../../data/raw');
const read = (f: string) => readFileSync(join(RAW, f), 'utf8');
const parse = (text: string, name: string) => processFile(new TextEncoder().encode(text), name);

describe('a file holding two reports', () => {
	it.each([
		['022_pingtan_junshan_pianqu_2023.txt', '010_pingtan_junshan_pianqu_2022.txt'],
		// The second report's title and section 一 state figures of their own (收到申请81件…).
		['005_pingtan_2024.txt', '004_pingtan_2023.txt'],
		['011_pingtan_2019_oldformat.txt', '006_pingtan_2021.txt']
	])('reads %s as it reads it alone when %s follows, with a second_report warning', async (first, second) => {
		const alone = await parse(read(first), first);
		const both = await parse(read(first) + '\n\n' + read(second), first);
		expect(alone.ok && both.ok).toBe(true);
		if (!alone.ok || !both.ok) return;
		const { findings: f1, ...values1 } = alone.report;
		const { findings: f2, ...values2 } = both.report;
		// Its tables, metadata and the prose's figures: nothing of the second report is read.
		expect(values2).toEqual(values1);
		expect(f2.filter((f) => f.rule !== 'second_report')).toEqual(f1);
		expect(f2.filter((f) => f.rule === 'second_report')).toEqual([expect.objectContaining({ severity: 'warning' })]);
	});

	it('is not suspected when a later section quotes the titles of sections 二 and 三', async () => {
		const text = read('005_pingtan_2024.txt');
		const quoting = text.replace('2025年，将重点从以下方面做好改进：', '2025年，针对本报告二、主动公开政府信息情况和三、收到和处理政府信息公开申请情况中反映的问题，将重点从以下方面做好改进：');
		expect(quoting).not.toBe(text);
		const [alone, quoted] = await Promise.all([parse(text, 'a.txt'), parse(quoting, 'a.txt')]);
		expect(quoted).toEqual(alone);
	});

	it('is not suspected in any single corpus report', async () => {
		for (const file of readdirSync(RAW).filter((f) => /\.(txt|html|pdf)$/.test(f))) {
			const out = await processFile(new Uint8Array(readFileSync(join(RAW, file))), file);
			expect(out.ok && out.report.findings.some((f) => f.rule === 'second_report'), file).toBe(false);
		}
	});
});
