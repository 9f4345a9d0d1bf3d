// Static site: every page is prerendered as a shell and rendered in the browser only, because
// the data engine (DuckDB-WASM) cannot run during prerendering and filters live in the URL.
export const prerender = true;
export const ssr = false;
