// Two reports pasted into one file: the first is read, and the second is said, not lost silently.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';

const RAW = join(__dirname, '../../../data/raw');
const read = (f: string) => readFileSync(join(RAW, f), 'utf8');

describe('a file holding two reports', () => {
	it('reads the first as it reads it alone, with a second_report warning', async () => {
		const first = '022_pingtan_junshan_pianqu_2023.txt';
		const alone = await processFile(new TextEncoder().encode(read(first)), first);
		const both = await processFile(new TextEncoder().encode(read(first) + '\n\n' + read('010_pingtan_junshan_pianqu_2022.txt')), first);
		expect(alone.ok && both.ok).toBe(true);
		if (!alone.ok || !both.ok) return;
		const { findings: f1, ...values1 } = alone.report;
		const { findings: f2, ...values2 } = both.report;
		// Its tables, metadata and the prose's figures: nothing of the second report is read.
		expect(values2).toEqual(values1);
		expect(f2.filter((f) => f.rule !== 'second_report')).toEqual(f1);
		expect(f2.filter((f) => f.rule === 'second_report')).toEqual([expect.objectContaining({ severity: 'warning' })]);
	});

	it('is not suspected in any single corpus report', async () => {
		for (const file of readdirSync(RAW).filter((f) => /\.(txt|html|pdf)$/.test(f))) {
			const out = await processFile(new Uint8Array(readFileSync(join(RAW, file))), file);
			expect(out.ok && out.report.findings.some((f) => f.rule === 'second_report'), file).toBe(false);
		}
	});
});
