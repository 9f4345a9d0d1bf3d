import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The scale benchmark (scripts/bench-scale.ts) builds a second site from generated data into
		// folders of its own, so that neither static/data nor build/ (the real dataset) is touched.
		adapter: adapter({ pages: process.env.GK_BUILD_DIR ?? 'build', assets: process.env.GK_BUILD_DIR ?? 'build', fallback: '404.html' }),
		files: { assets: process.env.GK_STATIC_DIR ?? 'static' },
		paths: { base: process.env.BASE_PATH ?? '' },
		// The stylesheets are a few KB: inlined into the HTML, the prerendered numbers paint
		// without waiting for a render-blocking request.
		inlineStyleThreshold: 16_384
	}
};

export default config;
