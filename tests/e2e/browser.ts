/**
 * Debian Chromium driven by playwright-core, as the e2e tests and the benchmark use it:
 * a fresh profile per launch (cold cache), and no network beyond this machine — the browser
 * cannot resolve any other host, any request that is not to localhost goes to a proxy that does
 * not exist (so it fails), and every such request is recorded.
 *
 * Requests are watched, not intercepted: a route handler would hold every request, the site's
 * own included, for a round trip through this Node process, which no real visitor pays and
 * which made each of the page's ~20 scripts and its stylesheet arrive hundreds of ms late.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
	context: BrowserContext;
	page: Page;
	/** Requests that tried to leave localhost (must stay empty). */
	blocked: string[];
	close(): Promise<void>;
}

const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

export async function launch(opts: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: opts.viewport ?? { width: 1400, height: 1000 },
		locale: 'zh-CN',
		acceptDownloads: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
			// Nothing listens on the discard port; loopback always bypasses a proxy.
			'--proxy-server=http://127.0.0.1:9',
			// A newly launched Chromium 156 loads its own omnibox popup (a WebUI page, in a renderer of
			// its own) in the background for its first seconds: a whole core that the page under test
			// would otherwise have. A visitor's browser did that when it started, not when they opened
			// the site. (DuckDB ready 3.56 s median with it, 2.49 s without, 5 interleaved runs each;
			// GK_OMNIBOX_PRELOAD=1 keeps it, to compare.)
			...(process.env.GK_OMNIBOX_PRELOAD ? [] : ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI'])
		]
	});
	// Functions passed to page.evaluate are compiled by whichever tool runs this file; tsx's
	// esbuild wraps named functions in a `__name` helper that does not exist in the page.
	await context.addInitScript('globalThis.__name = (f) => f;');
	const blocked: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!LOCAL.test(url) && !url.startsWith('blob:') && !url.startsWith('data:')) blocked.push(url);
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		blocked,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/**
 * Loads `url` as a new document and waits until the engine is up and nothing is in flight.
 * (A new document restarts performance.now(), so `settle` is for in-page actions only.)
 */
export async function open(page: Page, url: string, timeout = 30_000): Promise<void> {
	await page.goto(url);
	await milestoneAt(page, 'gk:duckdb-ready', timeout);
	await page.waitForFunction(() => document.documentElement.dataset.busy === 'false', undefined, { timeout, polling: 100 });
}

/** Resolves when the page has settled after `action`: no query or chart draw in flight. */
export async function settle(page: Page, action: () => Promise<unknown>, timeout = 20_000): Promise<number> {
	const t0: number = await page.evaluate(() => performance.now());
	await action();
	return page.evaluate(
		({ t0, timeout }) =>
			new Promise<number>((ok, fail) => {
				const seen = () => performance.getEntriesByName('gk:idle', 'mark').find((m) => m.startTime > t0);
				const check = () => {
					const m = seen();
					if (m && document.documentElement.dataset.busy === 'false') return ok(m.startTime - t0);
					if (performance.now() - t0 > timeout) return fail(new Error('page did not settle'));
					setTimeout(check, 5);
				};
				check();
			}),
		{ t0, timeout }
	);
}

/**
 * Time (ms from navigation start) of a first-time milestone mark, waiting for it. Waits through a
 * PerformanceObserver, not by polling: Playwright's default polling runs on every animation
 * frame, which makes the page render frames non-stop for as long as it waits (measured: ~70 extra
 * frames during a cold start), work that no visitor's browser does.
 */
export async function milestoneAt(page: Page, name: string, timeout = 30_000): Promise<number> {
	return page.evaluate(
		([n, timeout]) =>
			new Promise<number>((ok, fail) => {
				const found = () => performance.getEntriesByName(n, 'mark')[0];
				const now = found();
				if (now) return ok(now.startTime);
				const observer = new PerformanceObserver(() => {
					const mark = found();
					if (!mark) return;
					observer.disconnect();
					clearTimeout(timer);
					ok(mark.startTime);
				});
				observer.observe({ type: 'mark' });
				const timer = setTimeout(() => {
					observer.disconnect();
					fail(new Error(`no ${n} mark within ${timeout} ms`));
				}, timeout);
			}),
		[name, timeout] as [string, number]
	);
}
