/** The UI language lives in the URL (`lang=en`), like every other state: links carry it. */
import type { Lang } from '../template/template';

export function langOf(params: URLSearchParams): Lang {
	return params.get('lang') === 'en' ? 'en' : 'zh';
}

/** A `lang` the UI does not have (`lang=fr`): named in the page's notice of ignored values. */
export function ignoredLang(params: URLSearchParams): string[] {
	return params.getAll('lang').filter((v, i) => i > 0 || (v !== 'en' && v !== 'zh')).map((v) => `lang=${v}`);
}
