/** File names that say what was downloaded and under which filter, e.g. `gongkai_申请办理结果_2023_福建省.csv`. */
import type { Filters } from '../query/filters';
import { LEVEL_LABELS, KIND_LABELS } from '../i18n/strings';
import { parseAgencyKey } from '../query/agency';

/** Characters that file systems or browsers refuse in a download name. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

export function csvFileName(what: string, filters: Filters, regionName?: (code: string) => string): string {
	const parts = ['gongkai', what];
	if (filters.years) {
		parts.push(filters.years.from === filters.years.to ? `${filters.years.from}` : `${filters.years.from}-${filters.years.to}`);
	}
	if (filters.region) parts.push(regionName?.(filters.region) ?? filters.region);
	if (filters.levels.length) parts.push(filters.levels.map((l) => LEVEL_LABELS[l].zh).join('+'));
	if (filters.kinds.length) parts.push(filters.kinds.map((k) => KIND_LABELS[k].zh).join('+'));
	if (filters.agency) parts.push(parseAgencyKey(filters.agency).name);
	if (filters.q) parts.push(`含${filters.q}`);
	if (parts.length === 2) parts.push('全部');
	return parts.map((p) => p.replace(UNSAFE, '_')).join('_').slice(0, 150) + '.csv';
}
