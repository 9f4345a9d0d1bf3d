/**
 * Every prerendered page gets the engine's boot script in its head (see query/engine-boot.ts):
 * DuckDB-WASM starts compiling while the page's own JavaScript is still on its way.
 */
import type { Handle } from '@sveltejs/kit';
import { asset } from '$app/paths';
import { engineBootScript } from '$lib/query/engine-boot';
import { ENGINE_EH, DATASET_PATH } from '$lib/query/engine-files';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(
				'%gongkai.engine%',
				// Only the overview has content in its HTML (the other pages render in the browser).
				engineBootScript({ ...ENGINE_EH, dataset: asset(DATASET_PATH) }, { afterFirstPaint: event.route.id === '/' })
			)
	});
