import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html' }),
		paths: { base: process.env.BASE_PATH ?? '' },
		// The stylesheets are a few KB: inlined into the HTML, the prerendered numbers paint
		// without waiting for a render-blocking request.
		inlineStyleThreshold: 16_384
	}
};

export default config;
