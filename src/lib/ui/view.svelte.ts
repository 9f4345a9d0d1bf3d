/**
 * What the URL says: language and global filters (validated against the data once the
 * summary is in). Every component reads state from here, and changes it only by navigating.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { langOf } from '$lib/i18n/lang';
import { parseFilters } from '$lib/query/filters';
import { data } from './data.svelte';

/** Prerendering has no query string (and SvelteKit forbids reading it then). */
const NONE = new URLSearchParams();

class View {
	params = $derived(browser ? page.url.searchParams : NONE);
	lang = $derived(langOf(this.params));
	parsed = $derived(parseFilters(this.params, data.domain));
	filters = $derived(this.parsed.value);
}

export const view = new View();
