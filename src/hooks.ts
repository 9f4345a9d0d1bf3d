import type { Reroute } from '@sveltejs/kit';

/**
 * `/report.html` and `/index.html` are the files a static host serves for `/report` and `/`, and
 * the links people copy from a directory listing: routed as the pages they are, not as unknown
 * paths. (The path keeps the base, as SvelteKit expects of this hook.)
 */
export const reroute: Reroute = ({ url }) => {
	if (url.pathname.endsWith('.html')) return url.pathname.replace(/(\/index)?\.html$/, '') || '/';
};
