/** Findings placed on the cells of a report's tables, numbered as in the list below them. */
import type { Finding } from '$lib/query/report';
import { cellKey } from '$lib/query/rollup';
import { rule } from '$lib/template/rules';
import type { Lang } from '$lib/template/template';

/** A rule's label; an id the template does not know (an older dataset) shows as itself. */
export function ruleLabel(id: string, lang: Lang): string {
	try {
		return rule(id).label[lang];
	} catch {
		return id;
	}
}

export interface NumberedFinding extends Finding {
	n: number;
}

export interface PlacedFindings {
	all: NumberedFinding[];
	/** `section|item|measure`, or `section|item|*` for a whole row; report- and section-wide ones only in `all`. */
	byCell: Map<string, NumberedFinding[]>;
}

export function placeFindings(findings: Finding[]): PlacedFindings {
	const all = findings.map((f, i) => ({ ...f, n: i + 1 }));
	const byCell = new Map<string, NumberedFinding[]>();
	for (const f of all) {
		if (!f.section || !f.item) continue;
		const key = cellKey(f.section, f.item, f.measure ?? '*');
		byCell.set(key, [...(byCell.get(key) ?? []), f]);
	}
	return { all, byCell };
}

/** The findings marked on one cell: its own and those about its whole row. */
export function findingsAt(p: PlacedFindings, section: string, item: string, measure: string): NumberedFinding[] {
	return [...(p.byCell.get(cellKey(section, item, measure)) ?? []), ...(p.byCell.get(cellKey(section, item, '*')) ?? [])];
}
