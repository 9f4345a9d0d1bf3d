import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/core/input/decode';
import { readDocument } from '../../../src/lib/core/input/index';
import { processFile } from '../../../src/lib/core/pipeline';

/** A CMS page: navigation and footer around the report, tables with merged cells. */
function page(charsetMeta: string) {
	const row = (label: string, vals: string[]) => `<tr><td colspan="2">${label}&nbsp;</td>${vals.map((v) => `<td><p>${v}</p></td>`).join('')}</tr>`;
	return `<!DOCTYPE html><html><head>${charsetMeta}<title>某县人民政府2023年政府信息公开工作年度报告_政府信息公开年报_某县人民政府网</title></head>
<body><div class="nav">首页 | 政务公开 | 2023 | 12345</div>
<div class="TRS_Editor">
<p>某县人民政府2023年政府信息公开工作年度报告</p><p>本年度共收到政府信息公开申请3件。</p>
<p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>2</td><td>12</td><td>—</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>行政许可</td><td colspan="3">1396</td></tr>
<tr><td>行政处罚</td><td colspan="3">14</td></tr><tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">12.5</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br/>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
${row('一、本年新收政府信息公开申请数量', ['2', '1', '0', '0', '0', '0', '3'])}
${row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0'])}
<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>${['2', '1', '0', '0', '0', '0', '3'].map((v) => `<td>${v}</td>`).join('')}</tr>
${['（二）部分公开'].map((l) => `<tr><td colspan="2">${l}</td>${'<td>0</td>'.repeat(7)}</tr>`).join('')}
<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>${'<td>0</td>'.repeat(7)}</tr>
${['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => `<tr><td>${l}</td>${'<td>0</td>'.repeat(7)}</tr>`).join('')}
<tr><td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>${'<td>0</td>'.repeat(7)}</tr>
${['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => `<tr><td>${l}</td>${'<td>0</td>'.repeat(7)}</tr>`).join('')}
<tr><td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>${'<td>0</td>'.repeat(7)}</tr>
${['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => `<tr><td>${l}</td>${'<td>0</td>'.repeat(7)}</tr>`).join('')}
<tr><td rowspan="3">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>${'<td>0</td>'.repeat(7)}</tr>
${['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].map((l) => `<tr><td>${l}</td>${'<td>0</td>'.repeat(7)}</tr>`).join('')}
<tr><td colspan="2">（七）总计</td>${['2', '1', '0', '0', '0', '0', '3'].map((v) => `<td>${v}</td>`).join('')}</tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>0</td><td><br/></td>${'<td>0</td>'.repeat(5)}</tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果<br/>维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((l) => `<td>${l}</td>`).join('').repeat(2)}</tr>
<tr>${['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'].map((v) => `<td>${v}</td>`).join('')}</tr></table>
<p>五、存在的主要问题及改进情况</p><p>无。</p></div>
<div class="footer">主办：某县人民政府办公室 电话：0591-12345678 网站标识码 3501280001</div></body></html>`;
}

describe('HTML reports', () => {
	for (const [name, meta, encode] of [
		['UTF-8 with meta charset', '<meta charset="UTF-8">', (s: string) => new TextEncoder().encode(s)],
		['GB2312 declared in meta', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', (s: string) => iconv.encode(s, 'gbk')],
		['GBK with no declaration', '', (s: string) => iconv.encode(s, 'gbk')],
		// A CMS template's tag over text saved as GBK: the bytes are not UTF-8, whatever the tag says.
		['GBK under a meta tag that says UTF-8', '<meta charset="UTF-8">', (s: string) => iconv.encode(s, 'gbk')]
	] as const) {
		it(`reads merged-cell tables from a CMS page: ${name}`, async () => {
			const out = await processFile(new Uint8Array(encode(page(meta))), 'page.html');
			if (!out.ok) throw new Error(out.reason);
			const r = out.report;
			expect(r.agency).toBe('某县人民政府');
			expect(r.year).toBe(2023);
			expect(r.active).toEqual({
				rules: { issued: 0, repealed: 0, in_force: 0 },
				normative_docs: { issued: 2, repealed: 12, in_force: 0 },
				licensing: { decisions: 1396 },
				penalty: { decisions: 14 },
				coercion: { decisions: 0 },
				fees: { amount: 12.5 }
			});
			expect(r.requests.new_received).toEqual({ natural_person: 2, commercial: 1, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 3 });
			expect(r.requests.granted.total).toBe(3);
			expect(r.requests.carried_forward).toEqual({ natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 0 });
			expect(r.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
			expect(r.findings.map((f) => f.rule).sort()).toEqual(['blank_cell']);
			// The one blank (结转下年度 · 商业企业, a <td><br/></td>) is marked on its own cell and named.
			expect(r.findings[0]).toMatchObject({ section: 'requests', item: 'carried_forward', measure: 'commercial' });
			expect(r.findings[0].message).toContain('（商业企业）');
			expect(r.narrative.received).toBe(3);
		});
	}

	it('detects the encoding: BOM, meta, valid UTF-8, else a GB guess (also under a meta tag that says UTF-8)', async () => {
		const text = '政府信息公开工作年度报告，本年度共收到申请';
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).text).toBe(text);
		expect(decodeBytes(new Uint8Array(iconv.encode(`<meta charset="gbk">${text}`, 'gbk'))).text).toContain(text);
		expect(decodeBytes(new Uint8Array(iconv.encode(text.repeat(5), 'gbk'))).text).toBe(text.repeat(5));
		const mislabelled = decodeBytes(new Uint8Array(iconv.encode(`<meta charset="utf-8">${text.repeat(5)}`, 'gbk')));
		expect(mislabelled.text).toContain(text.repeat(5));
		expect(mislabelled.encoding).not.toBe('utf-8');
		expect(decodeBytes(new TextEncoder().encode(`<meta charset="utf-8">${text}`))).toEqual({ text: `<meta charset="utf-8">${text}`, encoding: 'utf-8' });
		// A page re-saved as UTF-8 under its old GBK tag.
		expect(decodeBytes(new TextEncoder().encode(`<meta charset="gb2312">${text}`))).toEqual({ text: `<meta charset="gb2312">${text}`, encoding: 'utf-8' });
	});

	it('reads a corpus page saved as UTF-16 without a byte-order mark to the same report', async () => {
		const page = readFileSync(join(__dirname, '../../../data/raw/033_pingtan_shehui_shiye_ju_2023.html'), 'utf8');
		const utf16 = new Uint8Array(Buffer.from(page, 'utf16le'));
		expect([utf16[0], utf16[1]]).not.toEqual([0xff, 0xfe]);
		const [a, b] = await Promise.all([processFile(new TextEncoder().encode(page), 'p.html'), processFile(utf16, 'p.html')]);
		expect(b.ok && a.ok && b.report).toEqual(a.ok && a.report);
		// Random bytes are still not text.
		expect(await processFile(new Uint8Array(4096).map((_, i) => (i * 7919) % 256), 'r.txt')).toEqual({ ok: false, reason: expect.stringMatching(/binary file/) });
	});

	it('reads a mostly Chinese text saved as UTF-16 (either byte order) without a byte-order mark', async () => {
		const text = readFileSync(join(__dirname, '../../../data/raw/000_huinong_gov_office_2024.txt'), 'utf8');
		const le = new Uint8Array(Buffer.from(text, 'utf16le'));
		const be = new Uint8Array(le.length).map((_, i) => le[i ^ 1]);
		// Too few ASCII characters for the zero-byte test alone: under 30% of the pairs have a zero byte.
		const zeros = le.subarray(0, 4096).filter((b, i) => i % 2 === 1 && b === 0).length;
		expect(zeros).toBeLessThan(2048 * 0.3);
		const utf8 = await processFile(new TextEncoder().encode(text), 'r.txt');
		expect(utf8.ok).toBe(true);
		for (const bytes of [le, be]) expect(await processFile(bytes, 'r.txt')).toEqual(utf8);
		// ASCII letters pair into CJK code points ("th" → U+6874): with a stray NUL, still binary.
		const ascii = new TextEncoder().encode('thequickbrownfoxjumpsoverthelazydog'.repeat(40));
		ascii[100] = 0;
		expect(await processFile(ascii, 'r.txt')).toEqual({ ok: false, reason: expect.stringMatching(/binary file/) });
	});

	it('refuses formats it cannot read with a message naming them', async () => {
		const refusal = async (bytes: number[], name: string) => {
			const out = await readDocument(new Uint8Array(bytes), name);
			return out.ok ? null : out.reason;
		};
		expect(await refusal([], 'a.txt')).toMatch(/empty/);
		expect(await refusal([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'a.doc')).toMatch(/\.doc/);
		expect(await refusal([0, 1, 2, 0, 0, 0, 0, 0, 0], 'a.bin')).toMatch(/binary/);
	});
});
