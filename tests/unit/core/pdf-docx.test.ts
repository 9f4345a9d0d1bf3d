/**
 * PDF and DOCX input. The corpus PDFs have golden tests of their own (tests/golden); here: a
 * DOCX the test writes from the seed report's hand-worked values, with merged cells as Word
 * makes them; an image-only PDF; damaged files.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';
import { REQUEST_GROUPS, section } from '../../../src/lib/template/template';

const fixture = JSON.parse(readFileSync(join(__dirname, '../../golden/expected/000_huinong_gov_office_2024.json'), 'utf8'));

const p = (text: string) => new Paragraph({ text, alignment: AlignmentType.CENTER });
const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [p(text)], ...span });
const values = (row: Record<string, number>) => Object.values(row).map((v) => cell(String(v)));

/** Section 三 as Word draws it: the 三、本年度办理结果 and group cells merged vertically. */
function requestsTable(): Table {
	const items = section('requests').items;
	const rows: TableRow[] = [
		new TableRow({ children: [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowSpan: 3, columnSpan: 3 }), cell('申请人情况', { columnSpan: 7 })] }),
		new TableRow({ children: [cell('自然人', { rowSpan: 2 }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { rowSpan: 2 })] }),
		new TableRow({ children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)) })
	];
	const resultCount = items.filter((i) => i.group).length + 1;
	let lastGroup = '';
	for (const item of items) {
		const v = values(fixture.requests[item.key]);
		if (item.key === 'new_received' || item.key === 'carried_over' || item.key === 'carried_forward') {
			const n = { new_received: '一、', carried_over: '二、', carried_forward: '四、' }[item.key];
			rows.push(new TableRow({ children: [cell(n + item.label.zh, { columnSpan: 3 }), ...v] }));
			continue;
		}
		const lead = item.key === 'granted' ? [cell('三、本年度办理结果', { rowSpan: resultCount })] : [];
		if (item.key === 'handled_total') {
			rows.push(new TableRow({ children: [cell('（七）总计', { columnSpan: 2 }), ...v] }));
			continue;
		}
		const g = REQUEST_GROUPS.findIndex((x) => x.key === item.group);
		const groupLabel = `（${'一二三四五六'[g]}）${REQUEST_GROUPS[g].label.zh}`;
		if (!item.ordinal) {
			rows.push(new TableRow({ children: [...lead, cell(groupLabel, { columnSpan: 2 }), ...v] }));
			continue;
		}
		const size = items.filter((i) => i.group === item.group).length;
		const groupCell = item.group !== lastGroup ? [cell(groupLabel, { rowSpan: size })] : [];
		lastGroup = item.group!;
		rows.push(new TableRow({ children: [...lead, ...groupCell, cell(`${item.ordinal}.${item.label.zh}`), ...v] }));
	}
	return new Table({ rows });
}

async function docxOfSeed(): Promise<Uint8Array> {
	const doc = new Document({
		sections: [
			{
				children: [
					p('惠农区人民政府办公室2024年政府信息公开工作年度报告'),
					p('二、主动公开政府信息情况'),
					new Table({
						rows: [
							new TableRow({ children: [cell('第二十条第（一）项', { columnSpan: 4 })] }),
							new TableRow({ children: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((t) => cell(t)) }),
							new TableRow({ children: [cell('规章'), ...values(fixture.active.rules)] }),
							new TableRow({ children: [cell('行政规范性文件'), ...values(fixture.active.normative_docs)] }),
							...(['licensing', 'penalty', 'coercion', 'fees'] as const).map(
								(k) => new TableRow({ children: [cell(section('active').items.find((i) => i.key === k)!.label.zh), cell(String(Object.values(fixture.active[k])[0]), { columnSpan: 3 })] })
							)
						]
					}),
					p('三、收到和处理政府信息公开申请情况'),
					requestsTable(),
					p('四、政府信息公开行政复议、行政诉讼情况'),
					new Table({
						rows: [
							new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
							new TableRow({ children: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => cell(t, { rowSpan: 2 })).concat([cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })]) }),
							new TableRow({ children: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => cell(t)) }),
							new TableRow({ children: ['review', 'litigation_direct', 'litigation_after_review'].flatMap((k) => values(fixture.appeals[k])) })
						]
					}),
					p('五、存在的主要问题及改进情况'),
					p('无。')
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** A valid one-page PDF whose page has no text: what a scanner produces, minus the image. */
function pdfWithoutText(stamp = ''): Uint8Array {
	const content = stamp ? `BT /F1 10 Tf 72 40 Td (${stamp}) Tj ET` : '';
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

describe('DOCX', () => {
	it('reads a Word report with merged cells to the values it was written from', async () => {
		const out = await processFile(await docxOfSeed(), 'seed.docx');
		if (!out.ok) throw new Error(out.reason);
		expect(out.report.agency).toBe('惠农区人民政府办公室');
		expect(out.report.year).toBe(2024);
		expect(out.report.active).toEqual(fixture.active);
		expect(out.report.requests).toEqual(fixture.requests);
		expect(out.report.appeals).toEqual(fixture.appeals);
		expect(out.report.findings.filter((f) => f.rule !== 'metadata')).toEqual([]);
	});

	it('refuses a damaged DOCX and an old binary .doc, naming the format', async () => {
		const broken = await processFile(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), 'r.docx');
		expect(broken).toEqual({ ok: false, reason: expect.stringMatching(/DOCX/) });
		const doc = await processFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'r.doc');
		expect(doc).toEqual({ ok: false, reason: expect.stringMatching(/\.doc\/\.wps/) });
	});
});

describe('PDF', () => {
	it('refuses a PDF without a text layer, saying so', async () => {
		const out = await processFile(pdfWithoutText(), 'scan.pdf');
		expect(out).toEqual({ ok: false, reason: expect.stringMatching(/no text layer/) });
	});

	it('refuses a scan whose text layer holds only a stamp, as a scan and not as "not a report"', async () => {
		const out = await processFile(pdfWithoutText('Scanned 2024-03-01 page 1 of 1'), 'scan.pdf');
		expect(out).toEqual({ ok: false, reason: expect.stringMatching(/^PDF 的文字层几乎没有文字（1页共25字）.*a scan, and OCR is not supported\)$/) });
	});

	it('refuses a corrupt PDF and a truncated corpus PDF with a message, never a crash', async () => {
		expect(await processFile(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), 'bad.pdf')).toEqual({ ok: false, reason: expect.stringMatching(/PDF/) });
		const real = readFileSync(join(__dirname, '../../../data/raw/003_huaian_hongze_qu_2024.pdf'));
		const cut = await processFile(new Uint8Array(real.subarray(0, 4000)), 'cut.pdf');
		expect(cut.ok).toBe(false);
		// Binary bytes under a .pdf name that are no PDF.
		expect(await processFile(new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]), 'fake.pdf')).toEqual({ ok: false, reason: expect.stringMatching(/%PDF/) });
	});

	it('reads a text report saved under a .pdf name as the text it is, not as a damaged PDF', async () => {
		// QA pass 10: the reverse (a PDF named .txt) was already read by its bytes.
		const text = readFileSync(join(__dirname, '../../../data/raw/000_huinong_gov_office_2024.txt'));
		const out = await processFile(new Uint8Array(text), '000_huinong_gov_office_2024.pdf');
		if (!out.ok) throw new Error(out.reason);
		const fixture = JSON.parse(readFileSync(join(__dirname, '../../golden/expected/000_huinong_gov_office_2024.json'), 'utf8'));
		expect(out.report.requests).toEqual(fixture.requests);
		// Plain text that is no report is refused as such.
		expect(await processFile(new TextEncoder().encode('hello'), 'fake.pdf')).toEqual({ ok: false, reason: expect.stringMatching(/not an annual report|不是/) });
	});

	it('refuses a PDF whose page tree is damaged, naming the page, where pdf.js throws on the page', async () => {
		const real = readFileSync(join(__dirname, '../../../data/raw/003_huaian_hongze_qu_2024.pdf'));
		// The first page's entry in the page tree points at an object that is not a page.
		const text = real.toString('latin1');
		expect(text.split('/Kids [6 0 R').length).toBe(2);
		const damaged = Buffer.from(text.replace('/Kids [6 0 R', '/Kids [99 0 R'), 'latin1');
		const out = await processFile(new Uint8Array(damaged), 'damaged.pdf');
		expect(out).toEqual({ ok: false, reason: expect.stringMatching(/^PDF 文件损坏，第1页无法读取 \(damaged PDF: page 1 cannot be read: .+\)$/) });
	});
});
