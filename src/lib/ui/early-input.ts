/**
 * Filter choices made before the page's script ran. The overview's HTML holds a working-looking
 * filter bar from the first paint, but its handlers arrive with the app (later still on a slow
 * connection), and hydration sets the controls back to the link's state. A small inline script
 * (`EARLY_INPUT_SCRIPT`, in the overview's head) keeps a snapshot of the form after each change
 * until the app takes it (`takeEarlyInput`), and the filter bar then applies it.
 */
const GLOBAL = '__gkEarlyFilters';
const TAKEN = '__gkEarlyTaken';

/** The head script: records `[name, value][]` of `form.filters` on each change or input. */
export const EARLY_INPUT_SCRIPT = `{const r=(e)=>{const f=e.target&&e.target.form;if(!window.${TAKEN}&&f&&f.classList.contains('filters'))window.${GLOBAL}=[...new FormData(f)].map(([k,v])=>[k,String(v)])};addEventListener('change',r,true);addEventListener('input',r,true)}`;

/** The form as the reader left it before the app ran, once; undefined if they did not touch it. */
export function takeEarlyInput(): [string, string][] | undefined {
	const g = globalThis as unknown as Record<string, unknown>;
	const early = g[GLOBAL] as [string, string][] | undefined;
	g[TAKEN] = true;
	delete g[GLOBAL];
	return early;
}
