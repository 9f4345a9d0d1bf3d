/**
 * The overview's prerendered HTML holds everything its first screen shows, yet SvelteKit has the
 * browser fetch and compile the app's modules (its `modulepreload` links) and start the app while
 * that screen is still being laid out and painted. On two cores that held the first paint back:
 * in 10 interleaved cold loads, the median first paint was 636 ms as SvelteKit writes the page,
 * 464 ms without the preload links, and 452 ms with no script at all. Here the app starts once
 * the first frame is out, and its modules are fetched then (the browser finds them from the two
 * entry modules' imports).
 *
 * The start script is SvelteKit's own (2.x: `Promise.all([import(start), import(app)]).then(([kit,
 * app]) => kit.start(…))`); should its shape change, the page is served as SvelteKit wrote it.
 */
const START = /Promise\.all\(\[(\s*import\([^()]*\),\s*import\([^()]*\)\s*)\]\)\.then\(\(\[kit, app\]\) =>/;
const MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g;

export function startAfterFirstFrame(html: string): string {
	if (!START.test(html)) return html;
	return html
		.replace(
			START,
			(_, imports: string) =>
				`new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))).then(() => Promise.all([${imports}])).then(([kit, app]) =>`
		)
		.replace(MODULEPRELOAD, '');
}
