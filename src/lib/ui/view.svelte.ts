/**
 * What the URL says: language and global filters (validated against the data once the
 * summary is in). Every component reads state from here, and changes it only by navigating.
 */
import { page } from '$app/state';
import { langOf } from '$lib/i18n/lang';
import { parseFilters } from '$lib/query/filters';
import { data } from './data.svelte';

class View {
	params = $derived(page.url.searchParams);
	lang = $derived(langOf(page.url.searchParams));
	parsed = $derived(parseFilters(page.url.searchParams, data.domain));
	filters = $derived(this.parsed.value);
}

export const view = new View();
