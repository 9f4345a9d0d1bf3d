// A report's original address is shown as a link on the report page: only a web address may
// become one, whatever the file says.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/core/input/index';
import { webUrl } from '../../../src/lib/core/input/document';

const utf8 = (s: string) => new TextEncoder().encode(s);
const pageTxt = (url: string) => `标题: 某县人民政府2024年政府信息公开工作年度报告\n原文链接: ${url}\n==== 正文 ====\n某县人民政府2024年政府信息公开工作年度报告\n`;
const html = (head: string) => `<html><head>${head}<title>某县人民政府2024年政府信息公开工作年度报告</title></head><body><p>正文</p></body></html>`;

async function urlOf(text: string, name: string) {
	const out = await readDocument(utf8(text), name);
	if (!out.ok) throw new Error(out.reason);
	return out.doc.url;
}

describe('a report’s original address', () => {
	it('keeps http and https addresses', async () => {
		expect(await urlOf(pageTxt('https://www.pingtan.gov.cn/a/2024.htm'), 'page.txt')).toBe('https://www.pingtan.gov.cn/a/2024.htm');
		expect(await urlOf(html('<link rel="canonical" href="http://x.gov.cn/b.htm">'), 'b.html')).toBe('http://x.gov.cn/b.htm');
		expect(await urlOf(html('<meta property="og:url" content="https://x.gov.cn/c.htm">'), 'c.html')).toBe('https://x.gov.cn/c.htm');
	});

	it('drops script, data and relative addresses', async () => {
		expect(await urlOf(pageTxt('javascript:alert(document.domain)'), 'page.txt')).toBeNull();
		expect(await urlOf(pageTxt(' JavaScript:alert(1)'), 'page.txt')).toBeNull();
		expect(await urlOf(html('<link rel="canonical" href="data:text/html,<script>alert(1)</script>">'), 'd.html')).toBeNull();
		// A relative canonical link has no site to be relative to; the og:url beside it is used.
		expect(await urlOf(html('<link rel="canonical" href="/art/2024/1.htm"><meta property="og:url" content="https://x.gov.cn/art/2024/1.htm">'), 'e.html')).toBe(
			'https://x.gov.cn/art/2024/1.htm'
		);
	});

	it('webUrl answers for one address at a time', () => {
		expect(webUrl('https://a.gov.cn/')).toBe('https://a.gov.cn/');
		expect(webUrl('  http://a.gov.cn/x  ')).toBe('http://a.gov.cn/x');
		expect(webUrl('javascript:void(0)')).toBeNull();
		expect(webUrl('vbscript:x')).toBeNull();
		expect(webUrl('a.gov.cn/x')).toBeNull();
		expect(webUrl('')).toBeNull();
		expect(webUrl(null)).toBeNull();
	});
});
