/**
 * The import page: files read in the browser by the same parser as the ingest, with the
 * network limited to localhost (pdf.js's worker comes from the site). Expected values are the
 * hand-worked golden fixtures of the same corpus files.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { launch, milestoneAt, type Browser } from './browser';

const base = inject('baseUrl');
let b: Browser;
const pageErrors: string[] = [];
const golden = (stem: string) => JSON.parse(readFileSync(`tests/golden/expected/${stem}.json`, 'utf8'));

beforeAll(async () => {
	b = await launch();
	b.page.on('pageerror', (e) => pageErrors.push(e.message));
	await b.page.goto(new URL("import", base).href);
});
afterAll(async () => {
	await b?.close();
});

/** The raw value of a report table's cell `section|item|measure`. */
const cell = async (article: string, key: string) =>
	Number(await b.page.locator(`[data-imported="${article}"] [data-cell="${key}"]`).first().getAttribute('data-value'));

describe('import page', () => {
	it('reads a PDF, a flattened text and an HTML page in the browser, to the hand-worked values', async () => {
		const files = ['001_huaian_shi_2024.pdf', '004_pingtan_2023.txt', '033_pingtan_shehui_shiye_ju_2023.html'];
		// The files are picked before the page's script has run (its entry is held back), as on a
		// slow connection: they are read once it runs.
		let release!: () => void;
		const held = new Promise<void>((ok) => (release = ok));
		const hold = async (route: Route) => {
			await held;
			await route.continue();
		};
		await b.context.route(/\/entry\/app\./, hold);
		await b.page.reload();
		await b.page.locator('input[data-import]').setInputFiles(files.map((f) => `data/raw/${f}`));
		expect(await b.page.evaluate(() => performance.getEntriesByName('gk:idle', 'mark').length)).toBe(0);
		release();
		for (const f of files) await b.page.locator(`[data-imported="${f}"][data-ok=true]`).waitFor({ timeout: 30_000 });
		await b.context.unroute(/\/entry\/app\./, hold);

		const huaian = golden('001_huaian_shi_2024');
		expect(await b.page.locator('[data-imported="001_huaian_shi_2024.pdf"] .head h2').innerText()).toContain(huaian.agency);
		expect(await cell('001_huaian_shi_2024.pdf', 'requests|new_received|total')).toBe(huaian.requests.new_received.total);
		expect(await cell('001_huaian_shi_2024.pdf', 'appeals|review|corrected')).toBe(huaian.appeals.review.corrected);
		const pingtan = golden('004_pingtan_2023');
		expect(await cell('004_pingtan_2023.txt', 'requests|unable.not_held|natural_person')).toBe(pingtan.requests['unable.not_held'].natural_person);
		expect(await cell('004_pingtan_2023.txt', 'active|fees|amount')).toBe(pingtan.active.fees.amount);
		// The ambiguous glued run is listed as a finding, not guessed.
		await expect(b.page.locator('[data-imported="004_pingtan_2023.txt"] [data-rule=ambiguous_split]').count()).resolves.toBe(1);
		expect(pageErrors).toEqual([]);
		expect(b.blocked).toEqual([]);
	});

	it('links each report’s finding marks to its own findings, with several reports on the page', async () => {
		await b.page.goto(new URL('import', base).href);
		await b.page.waitForFunction(() => document.documentElement.dataset.busy === 'false');
		const files = ['008_pingtan_2020.txt', '010_pingtan_junshan_pianqu_2022.txt'];
		await b.page.locator('input[data-import]').setInputFiles(files.map((f) => `data/raw/${f}`));
		for (const f of files) await b.page.locator(`[data-imported="${f}"][data-ok=true]`).waitFor({ timeout: 30_000 });
		// Both reports have findings numbered from 1; each mark leads into its own report's list.
		for (const f of files) {
			const article = b.page.locator(`[data-imported="${f}"]`);
			const mark = article.locator('td a.mark').first();
			const target = (await mark.getAttribute('href'))!.slice(1);
			expect(await b.page.locator(`[id="${target}"]`).count()).toBe(1);
			expect(await article.locator(`[id="${target}"]`).count()).toBe(1);
		}
		// The results can be cleared, for a fresh start.
		await b.page.locator('[data-import-clear]').click();
		expect(await b.page.locator('[data-imported]').count()).toBe(0);
		// The button went with them: the keyboard is at the file picker, not thrown back to the top.
		expect(await b.page.evaluate(() => document.activeElement?.matches('input[data-import]'))).toBe(true);
	});

	it('shows a count printed with decimals as printed, beside the finding that flags it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gk-import-'));
		const text = readFileSync('data/raw/000_huinong_gov_office_2024.txt', 'utf8').replace(/^行政许可\t0\t/m, '行政许可\t2.5\t');
		expect(text).toContain('行政许可\t2.5');
		writeFileSync(join(dir, 'decimal.txt'), text);
		await b.page.locator('input[data-import]').setInputFiles([join(dir, 'decimal.txt')]);
		const td = b.page.locator('[data-imported="decimal.txt"] [data-cell="active|licensing|decisions"]');
		await td.waitFor();
		expect(await td.getAttribute('data-value')).toBe('2.5');
		expect((await td.innerText()).replace(/\[\d+\]/g, '').trim()).toBe('2.5');
		expect(await td.getAttribute('data-finding')).toBe('error');
	});

	it('says a section whose table was not found, rather than drawing it as dashes', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gk-import-'));
		const lines = readFileSync('data/raw/000_huinong_gov_office_2024.txt', 'utf8').split('\n');
		const from = lines.findIndex((l) => /^#+ 三、/.test(l));
		const to = lines.findIndex((l) => /^#+ 四、/.test(l));
		expect(from > 0 && to > from).toBe(true);
		writeFileSync(join(dir, 'no3.txt'), [...lines.slice(0, from), ...lines.slice(to)].join('\n'));
		await b.page.locator('input[data-import]').setInputFiles([join(dir, 'no3.txt')]);
		const section = b.page.locator('[data-imported="no3.txt"] [data-section=requests]');
		await section.locator('[data-lost-section]').waitFor();
		expect(await section.locator('td').count()).toBe(0);
		const href = await section.locator('[data-lost-section] a.mark').getAttribute('href');
		expect(await b.page.locator(`[data-imported="no3.txt"] li${href}`).getAttribute('data-rule')).toBe('missing_section');
		// The other sections are drawn as read.
		expect(await b.page.locator('[data-imported="no3.txt"] [data-section=appeals] td').count()).toBe(15);

		// Section 四 written as a sentence ("本年度未发生…"), no table: its cells are all unknown, and the
		// finding about the whole section says why, in place of fifteen dashes.
		const four = lines.findIndex((l) => /^#+ 四、/.test(l));
		const five = lines.findIndex((l) => /^#+ 五、/.test(l));
		const sentence = ['#### 四、政府信息公开行政复议、行政诉讼情况', '本年度未发生政府信息公开行政复议、行政诉讼案件。', ''];
		writeFileSync(join(dir, 'no4.txt'), [...lines.slice(0, four), ...sentence, ...lines.slice(five)].join('\n'));
		await b.page.locator('input[data-import]').setInputFiles([join(dir, 'no4.txt')]);
		const appeals = b.page.locator('[data-imported="no4.txt"] [data-section=appeals]');
		await appeals.locator('[data-lost-section]').waitFor();
		expect(await appeals.locator('td').count()).toBe(0);
	});

	it('says plainly what is wrong with a file it cannot read', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gk-import-'));
		writeFileSync(join(dir, 'list.txt'), 'Shopping list: rice, tea.');
		writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
		await b.page.locator('input[data-import]').setInputFiles([join(dir, 'list.txt'), join(dir, 'old.doc')]);
		const refusal = (name: string) => b.page.locator(`[data-imported="${name}"][data-ok=false] [role=alert]`).innerText();
		// In the page's language only: Chinese here, English under ?lang=en.
		expect(await refusal('list.txt')).toBe('未能读取：不是政府信息公开工作年度报告：没有标题，也没有第二、三、四部分的统计表');
		expect(await refusal('old.doc')).toMatch(/^未能读取：旧版 Word\/WPS 二进制文件 \(\.doc\/\.wps\) 不支持/);
		await b.page.goto(new URL('import?lang=en', base).href);
		await b.page.waitForFunction(() => document.documentElement.dataset.busy === 'false');
		await b.page.locator('input[data-import]').setInputFiles([join(dir, 'list.txt')]);
		expect(await refusal('list.txt')).toMatch(/: not an annual report: no title and no section 二\/三\/四 tables$/);
		expect(await refusal('list.txt')).not.toMatch(/不是/);
	});

	it('starts no engine for itself, and the engine starts when the user moves on to another view', async () => {
		expect(await b.page.evaluate(() => performance.getEntriesByName('gk:duckdb-ready').length)).toBe(0);
		await b.page.locator('nav.tabs a[href*="compare"]').click();
		expect(await milestoneAt(b.page, 'gk:duckdb-ready', 60_000)).toBeGreaterThan(0);
	});
});
