/** The UI language lives in the URL (`lang=en`), like every other state: links carry it. */
import type { Lang } from '../template/template';

export function langOf(params: URLSearchParams): Lang {
	return params.get('lang') === 'en' ? 'en' : 'zh';
}
