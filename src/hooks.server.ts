/**
 * Every prerendered page gets the engine's boot script in its head (see engine/engine-boot.ts):
 * DuckDB-WASM starts compiling while the page's own JavaScript is still on its way. The
 * overview, whose HTML has its whole first screen, starts its app after that screen is painted.
 */
import type { Handle } from '@sveltejs/kit';
import { asset } from '$app/paths';
import { engineBootScript } from '$lib/engine/engine-boot';
import { ENGINE_EH, DATASET_PATH } from '$lib/engine/engine-files';
import { startAfterFirstFrame } from '$lib/server/start-after-first-frame';

export const handle: Handle = ({ event, resolve }) => {
	// Only the overview has content in its HTML (the other pages render in the browser).
	const painted = event.route.id === '/';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace(
				'%gongkai.engine%',
				engineBootScript({ ...ENGINE_EH, dataset: asset(DATASET_PATH) }, { afterFirstPaint: painted })
			);
			return painted ? startAfterFirstFrame(page) : page;
		}
	});
};
