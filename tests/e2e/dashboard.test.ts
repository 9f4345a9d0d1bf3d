/**
 * The dashboard in Debian Chromium, against the production build on localhost, with the
 * network limited to localhost. Expected numbers are summed from the golden fixtures of the
 * reports in the built dataset.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { launch, settle, open, milestoneAt, type Browser } from './browser';
import { barPoint } from './chart';
import { openGolden, sum, add, cell, ratio, rateOf, totalBreaks, type Golden } from '../unit/query/dataset';
import { metricByKey } from '../../src/lib/query/metrics';
import { formatValue } from '../../src/lib/i18n/format';
import { t } from '../../src/lib/i18n/strings';
import { REQUEST_GROUPS, section } from '../../src/lib/template/template';
import { PALETTE, NEUTRAL_BAR, entityColor } from '../../src/lib/charts/palette';
import { SECOND_BAR } from '../../src/lib/charts/options';

const base = inject('baseUrl');
let g: Golden;
let b: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
	g = await openGolden('build/data/gongkai.duckdb');
	b = await launch();
	b.page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
	await b?.close();
	g?.runner.close();
});

/** A card's CSV download, parsed (BOM off). */
async function csvOf(card: string): Promise<Record<string, string>[]> {
	const [download] = await Promise.all([b.page.waitForEvent('download'), b.page.locator(`${card} button.csv`).click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}
/** The header of a CSV column by its key (headers read `中文 (key)`). */
const col = (row: Record<string, string>, key: string) => Object.keys(row).find((h) => h.endsWith(` (${key})`))!;

const ids = (pred: (r: Golden['reports'][number]) => boolean = () => true) => g.reports.filter(pred).map((r) => r.report_id);

/** The six cards' texts, as a reader sees them. */
async function cards(page = b.page) {
	const text = (card: string) => page.locator(`[data-card=${card}] [data-value]`).innerText();
	return {
		reports: await text('reports'),
		received: await text('received'),
		disclosure: await text('disclosure'),
		review: await text('review'),
		litigation: await text('litigation')
	};
}

function expectedCards(reportIds: string[]) {
	const req = (i: string) => sum(g, reportIds, 'requests', i, 'total');
	const litigation = add(sum(g, reportIds, 'appeals', 'litigation_direct', 'total'), sum(g, reportIds, 'appeals', 'litigation_after_review', 'total'));
	return {
		reports: formatValue(reportIds.length, 'int', 'zh'),
		received: formatValue(req('new_received'), 'int', 'zh'),
		disclosure: formatValue(rateOf(g, reportIds, 'disclosure_rate'), 'percent', 'zh'),
		review: formatValue(sum(g, reportIds, 'appeals', 'review', 'total'), 'int', 'zh'),
		litigation: formatValue(litigation, 'int', 'zh')
	};
}

describe('dashboard', () => {
	it('loads, paints the summary and starts the engine with no request leaving localhost', async () => {
		const fetched: string[] = [];
		const record = (r: { method(): string; url(): string }) => fetched.push(`${r.method()} ${r.url()}`);
		b.context.on('request', record);
		await open(b.page, base);
		await milestoneAt(b.page, 'gk:charts');
		await expect.poll(() => b.page.locator('[data-engine=ready]').count()).toBe(1);
		expect(b.blocked).toEqual([]);
		expect(pageErrors.join('\n')).toBe('');
		expect(await b.page.locator('[data-chart] canvas').count()).toBe(5);
		// One engine, started by the page's head script before the app's code and adopted by it:
		// its worker, its WebAssembly and the dataset were each fetched once, and only the eh pair
		// (the WebAssembly file is also asked for its headers, to notice when it is missing).
		b.context.off('request', record);
		const count = (re: RegExp) => fetched.filter((u) => re.test(u)).length;
		expect([count(/^GET .*duckdb-browser-eh\.worker\.[^/]*\.js$/), count(/^GET .*duckdb-eh\.[^/]*\.wasm$/), count(/^GET .*gongkai\.duckdb$/)]).toEqual([1, 1, 1]);
		expect(count(/mvp/)).toBe(0);
		expect(await b.page.evaluate(() => document.head.innerHTML.includes('__gkEngine'))).toBe(true);
		// Started by that script, not by the app: the one start mark is the head script's. (Which
		// comes first, its worker or the app's entry, is up to the browser: it starts after the
		// first frame.)
		const starts = await b.page.evaluate(() => performance.getEntriesByName('gk:engine-start', 'mark').map((m) => (m as PerformanceMark).detail));
		expect(starts).toEqual(['head']);
	});

	it('shows the overview numbers the fixtures add up to', async () => {
		expect(await cards()).toEqual(expectedCards(ids()));
		// Real data: no banner for generated data (the scale benchmark's builds have one).
		expect(await b.page.locator('[data-synthetic]').count()).toBe(0);
	});

	it('has those numbers in the prerendered HTML, before any script runs', async () => {
		const html = await (await fetch(base)).text();
		const card = (name: string) => new RegExp(`data-card="${name}"[\\s\\S]*?data-value[^>]*>([^<]*)<`).exec(html)?.[1];
		const want = expectedCards(ids());
		expect({ reports: card('reports'), received: card('received'), disclosure: card('disclosure') }).toEqual({
			reports: want.reports,
			received: want.received,
			disclosure: want.disclosure
		});
		// The app starts after that first screen is painted: SvelteKit's start script was found
		// and rewritten (hooks.server.ts), and the page still hydrates (every other test here).
		expect(html).toMatch(/requestAnimationFrame\(\(\) => setTimeout\(r, 0\)\)\)\.then\(\(\) => Promise\.all\(\[\s*import\(/);
		expect(html).not.toContain('modulepreload');
	});

	it('has its five charts in the prerendered HTML, drawn from the summary', async () => {
		const html = await (await fetch(base)).text();
		const charts = html.split('data-chart="').slice(1).map((s) => ({ id: s.slice(0, s.indexOf('"')), body: s }));
		expect(charts.map((c) => c.id)).toEqual(['drill', 'outcomes', 'active', 'applicants', 'appeals']);
		for (const c of charts) expect(c.body, c.id).toMatch(/data-served[^>]*>(<!---->)*<svg/);
		// Each drawing is one image to a screen reader, named as the live chart's aria names it.
		for (const c of charts) expect(c.body, c.id).toMatch(/data-served="" role="img" aria-label="[^"]{10,}"/);
		for (const c of charts) expect(c.body.slice(0, c.body.indexOf('</svg>')).match(/viewBox=/g), c.id).toHaveLength(1);
		// The drill-down's bars are the provinces' applications received, labelled with their values.
		const byProvince = new Map<string, string[]>();
		for (const r of g.reports) {
			const code = r.region_code ? r.region_code.slice(0, 2) + '0000' : 'none';
			byProvince.set(code, [...(byProvince.get(code) ?? []), r.report_id]);
		}
		const drillTexts = [...charts[0].body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		for (const ids of byProvince.values()) {
			const v = sum(g, ids, 'requests', 'new_received', 'total');
			if (v !== null) expect(drillTexts).toContain(formatValue(v, 'int', 'zh'));
		}
		// Once the engine is up, the live charts have replaced every served drawing.
		await open(b.page, base);
		expect(await b.page.locator('[data-chart] canvas').count()).toBe(5);
		expect(await b.page.locator('[data-served]').count()).toBe(0);
	});

	it('changes them when a filter is set, and puts the filter in the URL', async () => {
		await settle(b.page, () => b.page.selectOption('select[name=year-from]', '2023'));
		await settle(b.page, () => b.page.selectOption('select[name=year-to]', '2023'));
		expect(new URL(b.page.url()).searchParams.get('year')).toBe('2023');
		const want = expectedCards(ids((r) => r.year === 2023));
		expect(want).not.toEqual(expectedCards(ids()));
		expect(await cards()).toEqual(want);
	});

	it('says on a card how many reports leave its figure unread, and gives no change across them', async () => {
		// 020 (2024) leaves its lawsuits after review unread (an ambiguous digit run); lawsuits directly are read.
		const key = '平潭综合实验区社会事业局@350128';
		const mine = ids((r) => `${r.agency}@${r.region_code}` === key && r.year === 2024);
		const unread = mine.filter((id) => cell(g.fixture(id), 'appeals', 'litigation_after_review', 'total') === null).length;
		expect(unread).toBe(1);
		await open(b.page, `${base}?year=2024&agency=${encodeURIComponent(key)}`);
		expect((await cards()).litigation).toBe(expectedCards(mine).litigation);
		await b.page.locator('[data-card=litigation] [data-unread]', { hasText: t('unreadCard', 'zh', { n: '1' }) }).waitFor();
		expect(await b.page.locator('[data-card=received] [data-unread]').count()).toBe(0);
		await open(b.page, `${base}compare?e=${encodeURIComponent(`a:${key}`)}&metric=litigation`);
		const table = b.page.locator('[data-chart=change] table');
		const row2024 = table.locator('tr', { hasText: '2024' });
		await row2024.waitFor();
		await expect.poll(() => row2024.innerText()).toContain(t('unreadCard', 'zh', { n: '1' }));
	});

	it('makes a typed search one history entry, after the state it started from', async () => {
		await open(b.page, `${base}?year=2023`);
		const q = () => new URL(b.page.url()).searchParams.get('q');
		await b.page.locator('input[name=q]').fill('平');
		await expect.poll(q).toBe('平');
		await b.page.locator('input[name=q]').fill('平潭');
		await expect.poll(q).toBe('平潭');
		await settle(b.page, () => b.page.goBack());
		expect(new URL(b.page.url()).search).toBe('?year=2023');
		expect(await b.page.locator('input[name=q]').inputValue()).toBe('');
		expect(await cards()).toEqual(expectedCards(ids((r) => r.year === 2023)));
	});

	it('keeps a filter picked before the page’s script ran', async () => {
		const early = await launch();
		try {
			// The app's entry is held back, as on a slow connection, while the reader picks a year.
			let release!: () => void;
			const held = new Promise<void>((ok) => (release = ok));
			await early.context.route(/\/entry\/app\./, async (route) => {
				await held;
				await route.continue();
			});
			await early.page.goto(base);
			await early.page.selectOption('select[name=year-from]', '2021');
			expect(await early.page.evaluate(() => performance.getEntriesByName('gk:idle', 'mark').length)).toBe(0);
			release();
			const last = Math.max(...g.reports.map((r) => r.year));
			await expect.poll(() => new URL(early.page.url()).searchParams.get('year')).toBe(`2021-${last}`);
			await milestoneAt(early.page, 'gk:duckdb-ready', 60_000);
			await expect.poll(() => cards(early.page)).toEqual(expectedCards(ids((r) => r.year >= 2021)));
			expect(await early.page.locator('select[name=year-from]').inputValue()).toBe('2021');
		} finally {
			await early.close();
		}
	});

	it('answers a first year change before the engine is up, from the summary', async () => {
		const early = await launch();
		try {
			// The engine's WebAssembly never arrives: whatever the page shows comes from summary.json.
			await early.context.route('**/*.wasm', () => {});
			await early.page.goto(base);
			await early.page.locator('[data-engine=loading]').waitFor();
			// The engine's worker reports no download progress: the line names the step it is on.
			await expect.poll(() => early.page.locator('[data-engine=loading]').innerText()).toContain(`${t('engineEngine', 'zh')}（1/3）`);
			await settle(early.page, () => early.page.selectOption('select[name=year-from]', '2021'));
			const last = Math.max(...g.reports.map((r) => r.year));
			expect(new URL(early.page.url()).searchParams.get('year')).toBe(`2021-${last}`);
			expect(await cards(early.page)).toEqual(expectedCards(ids((r) => r.year >= 2021)));
			expect(await early.page.locator('[data-engine=ready]').count()).toBe(0);
			// A state further away waits for the engine, and says so.
			await early.page.selectOption('select[name=year-to]', '2023');
			await early.page.getByRole('status').filter({ hasText: '查询引擎' }).first().waitFor();
			expect(await cards(early.page)).toEqual(expectedCards(ids((r) => r.year >= 2021)));
		} finally {
			await early.close();
		}
	});

	it('keeps a click on a chart made before the chart was alive', async () => {
		const early = await launch();
		try {
			// No engine: the drill chart stays the served drawing until someone reaches for it.
			await early.context.route('**/*.wasm', () => {});
			await early.page.goto(base);
			await milestoneAt(early.page, 'gk:idle', 30_000);
			expect(await early.page.locator('[data-chart=drill] [data-served] svg').count()).toBe(1);
			// The longest bar in the drawing, clicked at once: the pointer arriving wakes the chart, and
			// the click lands before it is alive (a tap on a phone does the same).
			const box = await early.page.locator(`[data-chart=drill] [data-served] svg path[fill="${PALETTE[0]}"]`).evaluateAll((paths) =>
				paths.map((p) => p.getBoundingClientRect()).reduce((a, b) => (b.width > a.width ? b : a))
			);
			await early.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
			await early.page.waitForURL((u) => u.searchParams.has('region'), { timeout: 10_000 });
			// The largest province by new requests, from the fixtures.
			const byProvince = new Map<string, string[]>();
			for (const r of g.reports.filter((r) => r.region_code)) {
				const p = r.region_code!.slice(0, 2) + '0000';
				byProvince.set(p, [...(byProvince.get(p) ?? []), r.report_id]);
			}
			const [largest] = [...byProvince].sort((a, b) => (sum(g, b[1], 'requests', 'new_received', 'total') ?? 0) - (sum(g, a[1], 'requests', 'new_received', 'total') ?? 0));
			expect(new URL(early.page.url()).searchParams.get('region')).toBe(largest[0]);
		} finally {
			await early.close();
		}
	});

	it('drills into a region by clicking its bar, and back returns', async () => {
		await open(b.page, base);
		const before = await cards();
		// The drill-down's top bar is the province with the most applications.
		const byProvince = new Map<string, string[]>();
		for (const r of g.reports) {
			const code = r.region_code ? r.region_code.slice(0, 2) + '0000' : 'none';
			byProvince.set(code, [...(byProvince.get(code) ?? []), r.report_id]);
		}
		const [top] = [...byProvince].sort((a, b) => (sum(g, b[1], 'requests', 'new_received', 'total') ?? -1) - (sum(g, a[1], 'requests', 'new_received', 'total') ?? -1));
		const chart = b.page.locator('[data-chart=drill]');
		const point = await barPoint(chart, PALETTE[0], 'row');
		await settle(b.page, () => chart.locator('canvas').first().click({ position: point }));
		expect(new URL(b.page.url()).searchParams.get('region')).toBe(top[0]);
		expect(await cards()).toEqual(expectedCards(top[1]));
		const [{ province }] = await g.runner.all<{ province: string }>('SELECT province FROM reports WHERE report_id = ?', [top[1][0]]);
		expect(await chart.locator('.breadcrumb [aria-current]').innerText()).toBe(province);

		await settle(b.page, () => b.page.goBack());
		expect(new URL(b.page.url()).searchParams.get('region')).toBeNull();
		expect(await cards()).toEqual(before);
	});

	it('opens an outcome group’s reasons by clicking it', async () => {
		const chart = b.page.locator('[data-chart=outcomes]');
		// Granted is the first series: drawn at the bottom of each stack, in the first colour.
		const point = await barPoint(chart, PALETTE[0], 'column');
		await settle(b.page, () => chart.locator('canvas').first().click({ position: point }));
		expect(new URL(b.page.url()).searchParams.get('group')).toBe('granted');
		expect(await chart.locator('.breadcrumb [aria-current]').innerText()).toBe(REQUEST_GROUPS[0].label.zh);
		await settle(b.page, () => b.page.goBack());
	});

	it('drills and opens reasons from the keyboard too', async () => {
		const drill = b.page.locator('[data-chart=drill]');
		await drill.getByRole('button', { name: '数据表' }).click();
		// Every region row of the data table is a link one level down.
		const first = drill.locator('tbody tr').first();
		const codeAt = (await drill.locator('thead th').allInnerTexts()).findIndex((h) => h.startsWith('代码或编号'));
		const code = await first.locator('td').nth(codeAt).innerText();
		await first.getByRole('link').first().focus();
		await settle(b.page, () => b.page.keyboard.press('Enter'));
		expect(new URL(b.page.url()).searchParams.get('region')).toBe(code);
		await settle(b.page, () => b.page.goBack());
		await drill.getByRole('button', { name: '图表' }).click();

		const unable = REQUEST_GROUPS[3];
		await b.page.locator('select[name=group]').focus();
		await settle(b.page, () => b.page.selectOption('select[name=group]', unable.key));
		expect(new URL(b.page.url()).searchParams.get('group')).toBe(unable.key);
		// Inside a group, the same select leads to another group without going back up first.
		const other = REQUEST_GROUPS.find((x) => x.key !== unable.key)!;
		await settle(b.page, () => b.page.selectOption('select[name=group]', other.key));
		expect(new URL(b.page.url()).searchParams.get('group')).toBe(other.key);
		await settle(b.page, () => b.page.goBack());
		expect(await b.page.locator('[data-chart=outcomes] .breadcrumb [aria-current]').innerText()).toBe(unable.label.zh);
		await settle(b.page, () => b.page.goBack());
	});

	it('tells a city’s own agencies from its regions below, in colour and in the table, and leads each its own way', async () => {
		const city = '320800';
		await open(b.page, `${base}?region=${city}`);
		const drill = b.page.locator('[data-chart=drill]');
		// Worked out from the fixtures: a report filed at the city's own code is one of its agencies; one
		// filed below it belongs to a child region.
		const inCity = g.reports.filter((r) => r.region_code?.startsWith(city.slice(0, 4)));
		// An agency's key is its name with its region code (agency.ts).
		const own = [...new Set(inCity.filter((r) => r.region_code === city).map((r) => `${r.agency}@${city}`))];
		const below = [...new Set(inCity.filter((r) => r.region_code !== city).map((r) => r.region_code))];
		expect(own.length).toBeGreaterThan(0);
		expect(below.length).toBeGreaterThan(0);
		await drill.getByRole('button', { name: '数据表' }).click();
		const heads = await drill.locator('thead th').allInnerTexts();
		const [kindAt, keyAt] = ['类型', '代码或编号'].map((h) => heads.findIndex((x) => x.startsWith(h)));
		const rows = await drill.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		const kindOf = new Map(rows.map((r) => [r[keyAt], r[kindAt]]));
		expect(new Set([...kindOf.keys()])).toEqual(new Set([...own, ...below]));
		for (const a of own) expect(kindOf.get(a)).toBe('机关');
		for (const c of below) expect(kindOf.get(c ?? '')).toBe('地区');
		await drill.getByRole('button', { name: '图表' }).click();

		// The city's own agency is drawn in the second colour; clicking it opens its history, not children.
		const point = await barPoint(drill, SECOND_BAR, 'row');
		await settle(b.page, () => drill.locator('canvas').first().click({ position: point }));
		expect(own).toContain(new URL(b.page.url()).searchParams.get('agency'));
		await settle(b.page, () => b.page.goBack());
		const regionPoint = await barPoint(drill, PALETTE[0], 'row');
		await settle(b.page, () => drill.locator('canvas').first().click({ position: regionPoint }));
		expect(below).toContain(new URL(b.page.url()).searchParams.get('region'));
		await open(b.page, base);
	});

	it('lists the outcome groups in the chart’s legend, and hides a group’s bars when it is clicked', async () => {
		const chart = b.page.locator('[data-chart=outcomes]');
		const buttons = chart.locator('.legend button');
		expect(await buttons.allInnerTexts()).toEqual(REQUEST_GROUPS.map((g) => g.label.zh));
		// Each group is drawn in its own colour: the fourth (无法提供) has bars on the canvas...
		await barPoint(chart, PALETTE[3], 'column');
		await settle(b.page, () => buttons.nth(3).click());
		expect(await buttons.nth(3).getAttribute('aria-pressed')).toBe('false');
		// ...and none once it is switched off, while the others are still drawn.
		await expect(barPoint(chart, PALETTE[3], 'column')).rejects.toThrow(/no bar of colour/);
		await barPoint(chart, PALETTE[0], 'column');
		await settle(b.page, () => buttons.nth(3).click());
		expect(await buttons.nth(3).getAttribute('aria-pressed')).toBe('true');
		await barPoint(chart, PALETTE[3], 'column');
	});

	it('downloads a chart’s CSV whose rows are the expected aggregate', async () => {
		const [download] = await Promise.all([
			b.page.waitForEvent('download'),
			b.page.locator('[data-chart=outcomes] button.csv').click()
		]);
		expect(download.suggestedFilename()).toBe('gongkai_申请办理结果_全部.csv');
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
		const years = [...new Set(g.reports.map((r) => r.year))].sort();
		expect(rows.map((r) => Number(r['年份 (year)']))).toEqual(years);
		for (const row of rows) {
			const inYear = ids((r) => r.year === Number(row['年份 (year)']));
			for (const grp of REQUEST_GROUPS) {
				const items = section('requests').items.filter((i) => i.group === grp.key);
				const want = add(...items.map((i) => sum(g, inYear, 'requests', i.key, 'total')));
				expect(row[`${grp.label.zh} (${grp.key})`], `${grp.key} ${row['年份 (year)']}`).toBe(want === null ? '' : String(want));
			}
		}
	});

	it('switches to English with labels from the template, and back', async () => {
		await settle(b.page, () => b.page.locator('a.lang').click());
		expect(new URL(b.page.url()).searchParams.get('lang')).toBe('en');
		expect(await b.page.locator('html').getAttribute('lang')).toBe('en');
		expect(await b.page.locator('[data-card=reports] h2').innerText()).toBe('Reports');
		expect(await b.page.locator('[data-chart=outcomes] .breadcrumb li').first().innerText()).toBe('All outcomes');
		await settle(b.page, () => b.page.goBack());
		expect(await b.page.locator('[data-card=reports] h2').innerText()).toBe('报告');
	});

	it('ignores an unknown value in the link, and says so', async () => {
		await open(b.page, `${base}?level=planet&year=2023`);
		expect(await b.page.locator('[data-ignored]').innerText()).toContain('level=planet');
		expect(await cards()).toEqual(expectedCards(ids((r) => r.year === 2023)));
		// An agency is checked once the engine has the dataset's names.
		await open(b.page, `${base}?agency=${encodeURIComponent('没有这个机关')}`);
		await b.page.locator('[data-ignored]', { hasText: 'agency=没有这个机关' }).waitFor();
		await expect.poll(() => cards()).toEqual(expectedCards(ids()));
		// An agency the dataset has, keyed with another region (淮安市人民政府 is filed under 320800,
		// not its 洪泽区): the page says where it is, with a link there.
		await open(b.page, `${base}?agency=${encodeURIComponent('淮安市人民政府@320813')}`);
		const choice = b.page.locator('[data-agency-choices]');
		await choice.waitFor();
		expect(await choice.innerText()).toBe(t('agencyElsewhere', 'zh', { name: '淮安市人民政府', n: 1 }) + '江苏省淮安市');
		expect(await b.page.locator('[data-ignored]').count()).toBe(0);
		await settle(b.page, () => choice.locator('a').click());
		expect(new URL(b.page.url()).searchParams.get('agency')).toBe('淮安市人民政府@320800');
		expect(await cards()).toEqual(expectedCards(ids((r) => r.agency === '淮安市人民政府')));
		// The same by name, with a region that does not hold it: not that region's (empty) agency.
		await open(b.page, `${base}?region=320813&agency=${encodeURIComponent('淮安市人民政府')}`);
		await choice.waitFor();
		expect(await choice.innerText()).toBe(t('agencyElsewhere', 'zh', { name: '淮安市人民政府', n: 1 }) + '江苏省淮安市');

		// A year range reaching past the dataset keeps the years it has, and says so.
		const last = Math.max(...g.reports.map((r) => r.year));
		await open(b.page, `${base}?year=2021-2099`);
		expect(await b.page.locator('[data-adjusted]').innerText()).toBe(t('adjustedParam', 'zh', { used: `2021–${last}` }) + 'year=2021-2099');
		expect(await cards()).toEqual(expectedCards(ids((r) => r.year >= 2021)));
		expect(await b.page.locator('[data-ignored]').count()).toBe(0);
		// A range written backwards is read in order; a language the UI does not have is named.
		await open(b.page, `${base}?year=2023-2021&lang=fr`);
		expect(await b.page.locator('[data-adjusted]').innerText()).toBe(t('adjustedReversed', 'zh', { used: '2021–2023' }) + 'year=2023-2021');
		expect(await b.page.locator('[data-ignored]').innerText()).toContain('lang=fr');
		expect(await cards()).toEqual(expectedCards(ids((r) => r.year >= 2021 && r.year <= 2023)));

		// Valid values that cannot all be used are said so for what they are, not as unknown: a
		// report link naming two reports, an entity named twice, entities past the limit of 8.
		// The file a static host serves for a page, as a link copied from its listing, is that page.
		await open(b.page, `${base}report.html?id=005_pingtan_2024`);
		expect(await b.page.locator('[data-report]').getAttribute('data-report')).toBe('005_pingtan_2024');
		await open(b.page, `${base}report?id=004_pingtan_2023&id=005_pingtan_2024`);
		expect(await b.page.locator('[data-report]').getAttribute('data-report')).toBe('004_pingtan_2023');
		expect(await b.page.locator('[data-ignored]').innerText()).toContain('id=005_pingtan_2024');
		const agencies = [...new Set(g.reports.map((r) => r.agency))].sort().slice(0, 8);
		expect(agencies).toHaveLength(8);
		const e = ['r:350000', 'r:350000', ...agencies.map((a) => `a:${a}`)].map((x) => `e=${encodeURIComponent(x)}`).join('&');
		await open(b.page, `${base}compare?${e}`);
		await b.page.locator('[data-repeated]', { hasText: '福建省' }).waitFor();
		expect(await b.page.locator('[data-over-limit]').innerText()).toContain(agencies[7]);
		expect(await b.page.locator('[data-ignored]').count()).toBe(0);
		expect(new URL(b.page.url()).searchParams.getAll('e')).toHaveLength(10); // the link is left as it was
	});

	it('compares what is added on the page, and keeps its year inside the year filter', async () => {
		await open(b.page, `${base}compare?year=2021-2023`);
		const agency = '平潭综合实验区';
		const pick = (type: string, choose: () => Promise<unknown>) =>
			settle(b.page, async () => {
				await b.page.selectOption('select[name=type]', type);
				await choose();
				await b.page.click('form.compare-pick button[type=submit]');
			});
		await pick('agency', () => b.page.fill('input[name=agency]', agency));
		await pick('region', () => b.page.selectOption('select[name=region]', '320000'));
		// An agency's key in the link names its region too (two regions can have same-named agencies).
		const keyOf = (a: string) => `${a}@${g.reports.find((r) => r.agency === a)!.region_code}`;
		expect(new URL(b.page.url()).searchParams.getAll('e')).toEqual([`a:${keyOf(agency)}`, 'r:320000']);
		expect(pageErrors.join('\n')).toBe('');
		expect(await b.page.locator('[data-chart=lines] canvas').count()).toBe(1);

		// The change table: each entity's applications per year it reported, within 2021–2023.
		const inRange = (r: Golden['reports'][number]) => r.year >= 2021 && r.year <= 2023;
		const perYear = (name: string, pred: (r: Golden['reports'][number]) => boolean) =>
			[...new Set(g.reports.filter((r) => pred(r) && inRange(r)).map((r) => r.year))]
				.sort()
				.map((y) => [name, String(y), String(sum(g, ids((r) => pred(r) && r.year === y), 'requests', 'new_received', 'total') ?? '')]);
		const jiangsu = perYear('江苏省', (r) => r.region_code?.startsWith('32') ?? false);
		expect(jiangsu.length).toBeGreaterThan(0);
		const change = await csvOf('[data-chart=change]');
		expect(change.map((r) => [r[col(r, 'name')], r[col(r, 'year')], r[col(r, 'value')]])).toEqual([...perYear(agency, (r) => r.agency === agency), ...jiangsu]);

		// One year side by side and the ranking: the latest year in the filter, not the dataset's.
		expect(await b.page.locator('select[name=cy] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['2021', '2022', '2023']);
		expect(await b.page.locator('select[name=cy]').inputValue()).toBe('2023');
		const ranking = await csvOf('[data-chart=ranking]');
		const agencies2023 = [...new Set(g.reports.filter((r) => r.year === 2023).map((r) => r.agency))];
		const wantRanking = agencies2023
			.map((a) => sum(g, ids((r) => r.agency === a && r.year === 2023), 'requests', 'new_received', 'total'))
			.sort((x, y) => (y ?? -1) - (x ?? -1));
		expect(ranking.map((r) => r[col(r, 'year')])).toEqual(agencies2023.map(() => '2023'));
		expect(ranking.map((r) => r[col(r, 'value')])).toEqual(wantRanking.map((v) => (v === null ? '' : String(v))));

		// A name the dataset does not have: said beside the box, the link unchanged.
		const before = b.page.url();
		await b.page.selectOption('select[name=type]', 'agency');
		await b.page.fill('input[name=agency]', '没有这个机关');
		await b.page.click('form.compare-pick button[type=submit]');
		await b.page.locator('[data-unknown-agency]').waitFor();
		expect(b.page.url()).toBe(before);

		// Part of a name, as the box asks: several agencies hold it (a notice, nothing added), or
		// one does (added by its full name).
		const holding = (part: string) => [...new Set(g.reports.map((r) => r.agency).filter((a) => a.includes(part)))];
		expect(holding('片区').length).toBeGreaterThan(1);
		await b.page.fill('input[name=agency]', '片区');
		await b.page.click('form.compare-pick button[type=submit]');
		await b.page.locator('[data-many-agencies]').waitFor();
		expect(b.page.url()).toBe(before);
		const [one] = holding('社会事业');
		expect(holding('社会事业')).toEqual([one]);
		await b.page.fill('input[name=agency]', '社会事业');
		await settle(b.page, () => b.page.click('form.compare-pick button[type=submit]'));
		expect(new URL(b.page.url()).searchParams.getAll('e')).toContain(`a:${keyOf(one)}`);

		// A side-by-side year of the dataset that the year filter leaves out is not unknown: shown as
		// the filter's latest year, and said so. A year the dataset does not have is ignored.
		await open(b.page, `${base}compare?year=2021-2023&cy=2024`);
		expect(await b.page.locator('[data-adjusted]').innerText()).toBe(t('adjustedCompareYear', 'zh', { used: '2023年' }) + 'cy=2024');
		expect(await b.page.locator('[data-ignored]').count()).toBe(0);
		await open(b.page, `${base}compare?cy=1999`);
		expect(await b.page.locator('[data-ignored]').innerText()).toContain('cy=1999');
	});

	it('says beside the printed handled total what the outcomes charted add up to, where they differ', async () => {
		// Two township reports (010, 013) print a handled total of 0 above outcomes that are not 0.
		const township = ids((r) => r.level === 'township');
		const outcomes = section('requests').items.filter((x) => x.group).map((x) => sum(g, township, 'requests', x.key, 'total'));
		const parts = add(...outcomes);
		expect(parts).not.toBe(sum(g, township, 'requests', 'handled_total', 'total'));
		await open(b.page, `${base}?level=township`);
		const note = b.page.locator('[data-card=received] [data-parts]');
		await note.waitFor();
		expect(await note.innerText()).toBe(t('partsDiffer', 'zh', { n: formatValue(parts, 'int', 'zh') }));
		// A chart whose every figure is 0 says so, rather than passing for one that failed to load.
		const appeals = township.flatMap((id) => Object.values(g.fixture(id).appeals).flatMap((m) => Object.values(m)));
		expect(appeals.every((v) => v === 0 || v === null)).toBe(true);
		expect(await b.page.locator('[data-chart=appeals] [data-all-zero]').innerText()).toBe(t('allZero', 'zh'));
		expect(await b.page.locator('[data-chart=outcomes] [data-all-zero]').count()).toBe(0);
	});

	it('ranks from the bottom on request, each agency with its place among all', async () => {
		// 2024's applications received per agency, worked out from the fixtures.
		const values = [...new Set(g.reports.filter((r) => r.year === 2024).map((r) => r.agency))]
			.map((a) => sum(g, ids((r) => r.agency === a && r.year === 2024), 'requests', 'new_received', 'total'))
			.filter((v): v is number => v !== null);
		await open(b.page, `${base}compare?cy=2024`);
		await settle(b.page, () => b.page.selectOption('select[name=rank]', 'bottom'));
		expect(new URL(b.page.url()).searchParams.get('rank')).toBe('bottom');
		expect(await b.page.locator('#ranking-title').innerText()).toContain(t('compareRankingBottom', 'zh', { n: 20 }));
		const rows = await csvOf('[data-chart=ranking]');
		const lowest = [...values].sort((x, y) => x - y).slice(0, 20);
		expect(rows.map((r) => Number(r[col(r, 'value')]))).toEqual(lowest);
		expect(rows.map((r) => Number(r[col(r, 'rank')]))).toEqual(lowest.map((v) => 1 + values.filter((x) => x > v).length));
		// A compared agency's bar is in its own colour (the first entity's), the others in grey.
		// (The second largest: its bar is wide enough to find, and the largest stays grey beside it.)
		const row = [...rows].sort((x, y) => Number(y[col(y, 'value')]) - Number(x[col(x, 'value')]))[1];
		const agency = row[col(row, 'agency')];
		await open(b.page, `${base}compare?cy=2024&rank=bottom&e=${encodeURIComponent(`a:${agency}`)}`);
		const ranking = b.page.locator('[data-chart=ranking]');
		await barPoint(ranking, NEUTRAL_BAR, 'row');
		await barPoint(ranking, entityColor(0), 'row');
	});

	it('ranks a rate over the agencies whose base reaches the chosen minimum, and says how many it left out', async () => {
		// 2024's disclosure rate per agency and its base (handled total), pooled over the reports
		// giving the granted counts and a handled total above zero, worked out from the fixtures.
		const per = new Map<string, { num: number; den: number }>();
		for (const r of g.reports.filter((r) => r.year === 2024)) {
			const f = g.fixture(r.report_id);
			const num = add(cell(f, 'requests', 'granted', 'total'), cell(f, 'requests', 'partially_granted', 'total'));
			const den = cell(f, 'requests', 'handled_total', 'total');
			if (num === null || den === null || den <= 0 || totalBreaks(f, ['requests', 'handled_total', 'total'])) continue;
			const x = per.get(r.agency) ?? { num: 0, den: 0 };
			per.set(r.agency, { num: x.num + num, den: x.den + den });
		}
		const min = 10;
		const kept = [...per].filter(([, x]) => x.den >= min);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.length).toBeLessThan(per.size);
		await open(b.page, `${base}compare?cy=2024&metric=disclosure_rate`);
		await settle(b.page, () => b.page.selectOption('select[name=min]', String(min)));
		expect(new URL(b.page.url()).searchParams.get('min')).toBe(String(min));
		const rows = await csvOf('[data-chart=ranking]');
		const want = kept.sort(([, a], [, b]) => b.num / b.den - a.num / a.den);
		expect(rows.map((r) => [r[col(r, 'agency')], Number(r[col(r, 'base')])])).toEqual(want.map(([a, x]) => [a, x.den]));
		// The CSV gives a rate in percent, to six decimals.
		rows.forEach((r, i) => expect(Number(r[col(r, 'value')])).toBeCloseTo((100 * want[i][1].num) / want[i][1].den, 5));
		expect(await b.page.locator('[data-chart=ranking] .hint').first().innerText()).toContain(
			t('compareRankBelow', 'zh', { n: String(per.size - kept.length), base: metricByKey('disclosure_rate')!.base!.zh, min: String(min) })
		);
		const [download] = await Promise.all([b.page.waitForEvent('download'), b.page.locator('[data-chart=ranking] button.csv').click()]);
		expect(download.suggestedFilename()).toContain(`基数不小于${min}`);
		// A minimum no agency reaches (in a year whose bases are all small): said so, with how many
		// agencies have a value that year.
		const basesIn = (year: number) => {
			const out = new Map<string, number>();
			for (const r of g.reports.filter((r) => r.year === year)) {
				const f = g.fixture(r.report_id);
				const num = add(cell(f, 'requests', 'granted', 'total'), cell(f, 'requests', 'partially_granted', 'total'));
				const den = cell(f, 'requests', 'handled_total', 'total');
				if (num !== null && den !== null && den > 0) out.set(r.agency, (out.get(r.agency) ?? 0) + den);
			}
			return out;
		};
		const small = [...new Set(g.reports.map((r) => r.year))]
			.map((year) => ({ year, bases: basesIn(year) }))
			.find((x) => x.bases.size > 0 && Math.max(...x.bases.values()) < 100)!;
		expect(small).toBeDefined();
		await open(b.page, `${base}compare?cy=${small.year}&metric=disclosure_rate&min=100`);
		await b.page.locator('[data-chart=ranking] [data-empty]').waitFor();
		expect(await b.page.locator('[data-chart=ranking] [data-empty]').innerText()).toBe(
			t('compareRankNoneAtMin', 'zh', { n: String(small.bases.size), base: metricByKey('disclosure_rate')!.base!.zh, min: '100' })
		);
		// A count has no base: the choice is not offered.
		await open(b.page, `${base}compare?cy=2024&min=${min}`);
		expect(await b.page.locator('select[name=min]').count()).toBe(0);
		expect(await b.page.locator('[data-ignored]').count()).toBe(0);
	});

	it('breaks a region’s line where its agencies change, and says when one region holds another', async () => {
		// 淮安市 (3208) against its 洪泽区 (320813): worked out from the golden reports, each year's agencies.
		const years = new Map<number, string>();
		for (const r of g.reports.filter((r) => r.region_code?.startsWith('3208')).sort((a, b) => a.agency.localeCompare(b.agency))) {
			years.set(r.year, [years.get(r.year), r.agency].filter(Boolean).join('|'));
		}
		const sets = [...years].sort(([a], [b]) => a - b).map(([, agencies]) => agencies);
		const changed = [...years.keys()].sort().filter((_, i) => i > 0 && sets[i] !== sets[i - 1]);
		expect(changed.length).toBeGreaterThan(0);
		await open(b.page, `${base}compare?e=r:320800&e=r:320813`);
		await b.page.locator('[data-chart=lines] canvas').waitFor();
		expect(await b.page.locator('[data-chart=lines] .hint').innerText()).toBe(t('compareLinesBroken', 'zh'));
		expect(await b.page.locator('[data-nested]').innerText()).toBe(t('compareNested', 'zh', { outer: '淮安市', inner: '洪泽区' }));
		// Hovering along the chart: the tooltip names 淮安市 once a year, with the note in the years its agencies changed.
		const canvas = b.page.locator('[data-chart=lines] canvas').first();
		const box = (await canvas.boundingBox())!;
		const tips = new Set<string>();
		for (let x = box.x + 4; x < box.x + box.width; x += 12) {
			await b.page.mouse.move(x, box.y + box.height / 2);
			const tip = b.page.locator('[data-chart=lines] div[style*="z-index"]', { hasText: '淮安市' });
			if (await tip.count()) tips.add((await tip.first().innerText()).replace(/\s+/g, ' '));
		}
		const noted = [...tips].filter((x) => x.includes(t('compareOtherAgencies', 'zh'))).map((x) => Number(x.slice(0, 4)));
		expect(noted).toEqual(changed);
		for (const tip of tips) expect(tip.split('淮安市')).toHaveLength(2);
		await b.page.mouse.move(0, 0);
		// An agency filed in a compared region is inside it too.
		const cityGov = g.reports.find((r) => r.region_code === '320800')!.agency;
		await open(b.page, `${base}compare?e=r:320800&e=${encodeURIComponent(`a:${cityGov}`)}`);
		await b.page.locator('[data-nested]').waitFor();
		expect(await b.page.locator('[data-nested]').innerText()).toBe(t('compareNested', 'zh', { outer: '淮安市', inner: cityGov }));
		await open(b.page, `${base}compare?e=r:320800&e=r:320813`);
		// Side by side, each region's bar is in its line's colour: 洪泽区, second, in the second.
		await barPoint(b.page.locator('[data-chart=bars]'), PALETTE[1], 'row');
		expect(pageErrors.join('\n')).toBe('');
	});

	it('fits a phone’s width: nothing makes the page scroll sideways', async () => {
		const phone = await launch({ viewport: { width: 390, height: 844 } });
		try {
			// The overview drilled to a county in English (long names, long labels), the compare page, and
			// the quality page in English (its rule select's longest option is wider than a phone).
			for (const path of ['?lang=en&region=350128', `compare?e=r:350000&e=r:320000&e=a:${encodeURIComponent('平潭综合实验区')}`, 'quality?lang=en']) {
				await open(phone.page, base + path);
				const { scroll, client } = await phone.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
				expect(scroll, path).toBe(client);
			}
			// The quality page's issues: each row a card whose every cell is on screen, not a table
			// scrolled sideways past all but the report id.
			const cells = await phone.page.locator('.stacked tbody tr').first().locator('td').evaluateAll((tds) =>
				tds.map((td) => ({ label: td.dataset.label, right: td.getBoundingClientRect().right }))
			);
			expect(cells.map((c) => c.label)).toContain('Severity');
			for (const c of cells) expect(c.right, c.label).toBeLessThanOrEqual(390);
		} finally {
			await phone.close();
		}
	});

	it('lists a rule’s findings, says how many, and downloads every one of them', async () => {
		// Counted by DuckDB in Node, on the same file: a second engine.
		const [{ n }] = await g.runner.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM findings WHERE rule = 'balance'`);
		expect(n).toBeGreaterThan(0);
		await open(b.page, `${base}quality?rule=balance`);
		const list = b.page.locator('[data-table=findings]');
		expect(await list.locator('h2').innerText()).toBe(t('failing', 'zh') + `（${n}）`);
		const rows = await csvOf('[data-table=findings]');
		expect(rows).toHaveLength(n);
		expect(new Set(rows.map((r) => r[col(r, 'rule')]))).toEqual(new Set(['balance']));
		// Both downloads are named for the rule (and the severity) they hold.
		expect(await b.page.locator('[data-table=findings] button.csv').getAttribute('data-csv')).toBe('gongkai_问题明细_balance_全部.csv');
		// The matrix follows the rule: one column for it, as many reports as have its findings.
		const [{ reports }] = await g.runner.all<{ reports: number }>(`SELECT count(DISTINCT report_id)::INTEGER AS reports FROM findings WHERE rule = 'balance'`);
		expect(await b.page.locator('[data-table=matrix] tbody tr').count()).toBe(reports);
		await open(b.page, `${base}quality?rule=balance&severity=warning`);
		expect(await b.page.locator('[data-table=matrix] button.csv').getAttribute('data-csv')).toBe('gongkai_报告x规则_balance_warning_全部.csv');

		// A filter that matches no report: no facts to download either.
		expect(g.reports.some((r) => r.level === 'national')).toBe(false);
		await open(b.page, `${base}?level=national`);
		expect(await b.page.locator('button.csv[data-csv*="明细"]').isDisabled()).toBe(true);
	});

	it('says the reports in scope have no findings, rather than that nothing matches', async () => {
		// This agency's two reports have no findings at all (quality.test.ts checks it on the dataset).
		const agency = '平潭综合实验区财政金融局';
		const mine = ids((r) => r.agency === agency);
		expect(mine.length).toBeGreaterThan(0);
		await open(b.page, `${base}quality?agency=${encodeURIComponent(agency)}`);
		expect(await b.page.locator('[data-scope]').innerText()).toBe(t('qualityScope', 'zh', { n: mine.length, p: 0, m: 0 }));
		const empties = b.page.locator('[data-empty]');
		expect(await empties.count()).toBe(3);
		for (const text of await empties.allInnerTexts()) expect(text.trim()).toBe(t('noIssues', 'zh'));
	});

	it('shows severities in words in the rule table, and a path the site does not have in the reader’s language', async () => {
		await open(b.page, `${base}quality`);
		const rules = b.page.locator('[data-chart=rules]');
		await rules.getByRole('button', { name: t('showTable', 'zh') }).click();
		const shown = await rules.locator('tbody').innerText();
		expect(shown).toContain(t('error', 'zh'));
		expect(shown).not.toMatch(/\b(error|warning|info)\b/);
		expect(await b.page.title()).toBe(`${t('navQuality', 'zh')} · ${t('appTitle', 'zh')}`);

		// A rule picked with a severity its findings do not have: the list says so, rather than that there is nothing.
		const [{ n }] = await g.runner.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM findings WHERE rule = 'narrative' AND severity <> 'error'`);
		expect(n).toBeGreaterThan(0);
		await open(b.page, `${base}quality?rule=narrative&severity=error`);
		expect(await b.page.locator('[data-table=findings] [data-empty]').innerText()).toBe(t('otherSeverity', 'zh', { n, severity: t('error', 'zh') }));

		await b.page.goto(`${base}no-such-page?lang=en`);
		await b.page.locator('[data-error-page="404"]').waitFor();
		expect(await b.page.locator('[data-error-page] strong').innerText()).toBe(t('pageNotFound', 'en'));
		expect(await b.page.locator('nav.tabs [aria-current]').count()).toBe(0);
	});

	it('pools a share over the reports that give a handled total, so that inconsistent reports cannot push it past 100%', async () => {
		// Township reports, from the fixtures: summed over all of them, more "not held" answers than
		// requests handled (two reports give "not held" answers and a handled total of 0).
		const township = ids((r) => r.level === 'township');
		expect(ratio(sum(g, township, 'requests', 'unable.not_held', 'total'), sum(g, township, 'requests', 'handled_total', 'total'))).toBeGreaterThan(1);
		const share = rateOf(g, township, 'not_held_share');
		expect(share).toBeLessThanOrEqual(1);
		await open(b.page, `${base}?level=township`);
		const card = b.page.locator('[data-card=not-held]');
		expect(await card.locator('[data-value]').innerText()).toBe(formatValue(share, 'percent', 'zh'));
		expect(await card.locator('[data-over]').count()).toBe(0);
		expect(await b.page.locator('[data-card=disclosure] [data-over]').count()).toBe(0);
	});

	it('asks for a report when the link names none, and is settled', async () => {
		await open(b.page, `${base}report`);
		expect(await b.page.getByRole('status').filter({ hasText: '从总览或数据质量页选择一份报告' }).count()).toBe(1);
		expect(await b.page.locator('h1').allInnerTexts()).toEqual(['报告']);
	});

	it('draws a report’s tables with its findings on the cells', async () => {
		const [withError] = await g.runner.all<{ report_id: string }>(
			`SELECT report_id FROM findings WHERE severity = 'error' AND measure IS NOT NULL ORDER BY report_id LIMIT 1`
		);
		await open(b.page, `${base}report?id=${withError.report_id}`);
		expect(await b.page.locator('[data-report]').getAttribute('data-report')).toBe(withError.report_id);
		expect(await b.page.locator('td[data-finding=error]').count()).toBeGreaterThan(0);
		expect(pageErrors.join('\n')).toBe('');
	});

	it('names the report in its title, groups table 三’s rows under their headings, gives the fee’s unit in its CSV, and names an unknown link value', async () => {
		const [r] = await g.runner.all<{ report_id: string; agency: string; year: number; amount: number }>(
			`SELECT r.report_id, r.agency, r.year, f.value AS amount FROM reports r JOIN facts f USING (report_id)
			 WHERE f.section = 'active' AND f.item = 'fees' AND f.measure = 'amount' AND f.value > 0 ORDER BY r.report_id LIMIT 1`
		);
		await open(b.page, `${base}report?id=${r.report_id}&lang=fr`);
		expect(await b.page.title()).toBe(`${r.agency} ${r.year}年 · 报告 · 政府信息公开年报数据`);
		expect(await b.page.locator('[data-ignored]').innerText()).toContain('lang=fr');
		// One h1, the report's; the site's name is not a heading here.
		expect(await b.page.locator('h1').allInnerTexts()).toEqual([expect.stringContaining(r.agency)]);
		const groups = b.page.locator('[data-section=requests] tbody > tr.heading > th[scope=rowgroup]');
		expect(await groups.allInnerTexts()).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
		expect(await b.page.locator('[data-section=requests] thead th:empty').count()).toBe(0);
		// Each scrolling table is a region with a name of its own (section 二 has three).
		const regions = await b.page.locator('[role=region]').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
		expect(regions.length).toBe(5);
		expect(new Set(regions).size).toBe(5);
		// The first Tab offers a way past the header, to the view itself.
		await b.page.keyboard.press('Tab');
		expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
		await b.page.keyboard.press('Enter');
		await b.page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
		const rows = await csvOf('.report-head');
		const fee = rows.find((row) => row[col(row, 'item')] === 'fees')!;
		expect(fee[col(fee, 'item_label')]).toBe('主动公开政府信息情况 · 行政事业性收费 · 本年收费金额（万元）');
		expect(Number(fee[col(fee, 'value')])).toBe(r.amount);
	});

	it('gives each chart’s buttons names of their own, for a screen reader listing them', async () => {
		await open(b.page, base);
		const names = await b.page.locator('main button').evaluateAll((bs) => bs.map((x) => x.getAttribute('aria-label') ?? x.textContent!.trim()));
		const csv = names.filter((n) => n.startsWith('下载 CSV'));
		expect(csv.length).toBe(5);
		expect(new Set(csv).size).toBe(5);
		expect(csv).toContain('下载 CSV：申请办理结果（按年度）');
		const tables = names.filter((n) => n.startsWith('数据表'));
		expect(new Set(tables).size).toBe(5);
	});

	it('marks a finding about a whole row on each of its cells, with one link to it', async () => {
		const [r] = await g.runner.all<{ report_id: string; item: string }>(
			`SELECT report_id, item FROM findings WHERE section = 'requests' AND item IS NOT NULL AND measure IS NULL ORDER BY report_id LIMIT 1`
		);
		await open(b.page, `${base}report?id=${r.report_id}`);
		const row = b.page.locator(`[data-section=requests] tr[data-item="${r.item}"]`);
		expect(await row.locator('td[data-finding]').count()).toBe(7);
		const links = await row.locator('a.mark').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		expect(new Set(links).size).toBe(links.length);
		expect(await row.locator('td').first().locator('a.mark').count()).toBe(links.length);
	});

	it('leads a merged copy’s id to the report it was merged into, and says not found for an unknown id', async () => {
		// The corpus index: 019 (text) and 033 (HTML) are the same report; the HTML copy is kept.
		await open(b.page, `${base}report?id=019_pingtan_shehui_shiye_ju_2023`);
		const empty = b.page.locator('[data-empty]');
		expect(await empty.innerText()).toContain('019_pingtan_shehui_shiye_ju_2023.txt');
		await settle(b.page, () => b.page.locator('[data-merged-into]').click());
		expect(new URL(b.page.url()).searchParams.get('id')).toBe('033_pingtan_shehui_shiye_ju_2023');
		expect(await b.page.locator('[data-report]').getAttribute('data-report')).toBe('033_pingtan_shehui_shiye_ju_2023');
		await open(b.page, `${base}report?id=no_such_report&lang=en&year=2024`);
		expect(await empty.innerText()).toContain(t('reportNotFound', 'en'));
		expect(await b.page.locator('[data-merged-into]').count()).toBe(0);
		// The way on keeps the link's language and filters.
		const back = new URL((await b.page.locator('[data-back]').getAttribute('href'))!, base);
		expect([back.pathname, back.searchParams.get('lang'), back.searchParams.get('year'), back.searchParams.get('id')]).toEqual([new URL(base).pathname, 'en', '2024', null]);
	});
});

describe('a broken dataset file', () => {
	it('computes the summary with the engine when summary.json cannot be read', async () => {
		const broken = await launch();
		try {
			await broken.context.route('**/data/summary.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
			// The quality page fetches the summary (the overview has it in its HTML).
			await broken.page.goto(`${base}quality`);
			const alert = broken.page.locator('[data-summary-error]');
			await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain(t('summaryRebuilt', 'zh'));
			expect(await alert.innerText()).toContain('HTTP 404');
			// The filters offer the dataset's years again (from the fixtures).
			const years = [...new Set(g.reports.map((r) => r.year))].sort().map(String);
			const offered = await broken.page.locator('select[name=year-from] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
			expect(offered).toEqual(years);
			// And the overview, reached within the app, draws the fixtures' numbers.
			await settle(broken.page, () => broken.page.locator('nav.tabs a').first().click());
			expect(await cards(broken.page)).toEqual(expectedCards(ids()));
		} finally {
			await broken.close();
		}
	});

	it('says which engine file is missing, and still shows the summary', async () => {
		const broken = await launch();
		try {
			await broken.context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
			await broken.page.goto(base);
			const banner = broken.page.locator('[data-engine=error]');
			await banner.waitFor({ timeout: 30_000 });
			expect(await banner.innerText()).toMatch(/查询引擎的文件缺失或无法读取。（\S*duckdb-eh\.\S+\.wasm HTTP 404）/);
			expect(await broken.page.locator('[data-card=reports] [data-value]').innerText()).toBe(formatValue(g.reports.length, 'int', 'zh'));
		} finally {
			await broken.close();
		}
	});

	it('names the engine file whose download fails, with no uncaught error', async () => {
		const cut = await launch();
		const errors: string[] = [];
		cut.page.on('pageerror', (e) => errors.push(e.message));
		try {
			// The file is there (HEAD answers) but its download breaks off, as behind a proxy that cuts
			// large files: the worker's request fails inside the worker.
			await cut.context.route('**/*.wasm', (route) => (route.request().method() === 'GET' ? route.abort() : route.continue()));
			await cut.page.goto(base);
			const banner = cut.page.locator('[data-engine=error]');
			await banner.waitFor({ timeout: 30_000 });
			expect(await banner.innerText()).toMatch(/查询引擎的文件缺失或无法读取。（\S*duckdb-eh\.\S+\.wasm）/);
			// Blocked altogether (HEAD too): the HEAD request fails first, and the worker's own
			// failing download must not surface afterwards.
			await cut.context.unrouteAll();
			await cut.context.route('**/*.wasm', (route) => route.abort());
			await cut.page.reload();
			await banner.waitFor({ timeout: 30_000 });
			expect(await banner.innerText()).toMatch(/查询引擎的文件缺失或无法读取。（\S*duckdb-eh\.\S+\.wasm）/);
			await cut.page.waitForTimeout(1000);
			expect(errors).toEqual([]);
		} finally {
			await cut.close();
		}
	});

	it('says the engine cannot start, and still shows the summary', async () => {
		const broken = await launch();
		try {
			await broken.context.route('**/data/gongkai.duckdb', (route) =>
				route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('this is not a duckdb file'.repeat(100)) })
			);
			await broken.page.goto(base);
			const banner = broken.page.locator('[data-engine=error]');
			await banner.waitFor({ timeout: 30_000 });
			expect(await banner.innerText()).toContain('查询引擎无法启动');
			expect(await broken.page.locator('[data-card=reports] [data-value]').innerText()).toBe(formatValue(g.reports.length, 'int', 'zh'));
			// The notice says what this page can still show: here, the summary.
			expect(await broken.page.locator('[data-engine-hint]').innerText()).toBe(t('engineHintSummary', 'zh'));
			// A page that needs the engine says so, and links to the summary, which still draws.
			await broken.page.goto(`${base}report?id=${g.reports[0].report_id}`);
			await banner.waitFor({ timeout: 30_000 });
			const hint = broken.page.locator('[data-engine-hint]');
			expect(await hint.innerText()).toContain(t('engineHintPage', 'zh'));
			await hint.getByRole('link').click();
			await broken.page.waitForURL((u) => u.pathname === new URL(base).pathname && u.search === '');
			expect(await broken.page.locator('[data-card=reports] [data-value]').innerText()).toBe(formatValue(g.reports.length, 'int', 'zh'));
		} finally {
			await broken.close();
		}
	});
});
