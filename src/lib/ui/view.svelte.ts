/**
 * What the URL says: language and global filters (validated against the data once the
 * summary is in). Every component reads state from here, and changes it only by navigating.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { ignoredLang, langOf } from '$lib/i18n/lang';
import { parseFilters, type Filters, type Parsed } from '$lib/query/filters';
import { data } from './data.svelte';

/** Prerendering has no query string (and SvelteKit forbids reading it then). */
const NONE = new URLSearchParams();

class View {
	params = $derived(browser ? page.url.searchParams : NONE);
	lang = $derived(langOf(this.params));
	#last: { parsed: Parsed<Filters>; json: string } | undefined;
	/**
	 * The same object while the filters read the same: the domain grows once the engine has
	 * the agency names, and that alone must not make every view query and draw again.
	 */
	parsed = $derived.by(() => {
		const next = parseFilters(this.params, data.domain);
		next.ignored.push(...ignoredLang(this.params));
		const json = JSON.stringify(next);
		if (this.#last?.json !== json) this.#last = { parsed: next, json };
		return this.#last.parsed;
	});
	filters = $derived(this.parsed.value);
}

export const view = new View();
