/**
 * A static site: every page is prerendered. The overview is rendered at build time with the
 * summary's numbers in its HTML, so they are on screen before any script runs; the other
 * pages render in the browser only (their +page.ts sets ssr = false: they need the URL's
 * query string and the engine). DuckDB-WASM never runs on the server: it is imported
 * dynamically, from effects. (ssr stays on here: SvelteKit leaves the universal load of an
 * ssr = false layout out of the server build, and the overview needs it.)
 */
import { asset } from '$app/paths';
import { browser } from '$app/environment';
import { setSvgRenderer } from '$lib/charts/served';
import { checkSummary, type Summary } from '$lib/query/summary';

export const prerender = true;

/**
 * summary.json, for every page. When the overview is prerendered, SvelteKit inlines this
 * response into its HTML, so the browser does not fetch it again.
 */
export async function load({ fetch }): Promise<{ summary: Summary | null; summaryError: string | null }> {
	// Prerendering draws the overview's charts as SVG into its HTML (see charts/svg.ts).
	if (!browser) setSvgRenderer((await import('$lib/charts/svg')).renderSvg);
	try {
		const res = await fetch(asset('/data/summary.json' as never));
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		return { summary: checkSummary(await res.json()), summaryError: null };
	} catch (e) {
		return { summary: null, summaryError: e instanceof Error ? e.message : String(e) };
	}
}
