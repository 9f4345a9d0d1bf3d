/** Building links and navigating by URL: every state change is a history entry. */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';

export type PagePath = '/' | '/compare' | '/report' | '/quality' | '/import';

/** `resolve` with the base path; none of these routes has parameters. */
const routeUrl = resolve as unknown as (path: PagePath) => string;

export function hrefFor(path: PagePath, params: URLSearchParams): string {
	const q = params.toString();
	return routeUrl(path) + (q ? `?${q}` : '');
}

/** Sets (string) or deletes (null/undefined) parameters on a copy of `current`. */
export function patch(current: URLSearchParams, changes: Record<string, string | null | undefined>): URLSearchParams {
	const p = new URLSearchParams(current);
	for (const [k, v] of Object.entries(changes)) {
		if (v === null || v === undefined || v === '') p.delete(k);
		else p.set(k, v);
	}
	return p;
}

export function go(path: PagePath, params: URLSearchParams, replace = false): Promise<void> {
	return goto(hrefFor(path, params), { keepFocus: true, noScroll: true, replaceState: replace });
}
