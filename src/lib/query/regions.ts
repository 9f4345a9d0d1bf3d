/**
 * The region tree (province → city → county) built from the region codes the reports carry,
 * with names from the reports' province/city/county columns.
 */
import type { QueryRunner } from './runner';
import type { RegionDepth } from './filters';

export interface RegionRow {
	region_code: string;
	province: string | null;
	city: string | null;
	county: string | null;
}

export interface RegionNode {
	code: string;
	name: string;
	depth: RegionDepth;
	parent: string | null;
	children: string[];
}

export type RegionTree = Map<string, RegionNode>;

export function queryRegionRows(runner: QueryRunner): Promise<RegionRow[]> {
	return runner.all<RegionRow>(
		`SELECT DISTINCT region_code, province, city, county FROM reports
		WHERE region_code IS NOT NULL ORDER BY region_code`
	);
}

export function buildRegionTree(rows: RegionRow[]): RegionTree {
	const tree: RegionTree = new Map();
	const add = (code: string, name: string, depth: RegionDepth, parent: string | null) => {
		if (!tree.has(code)) tree.set(code, { code, name, depth, parent, children: [] });
		if (parent) {
			const p = tree.get(parent)!;
			if (!p.children.includes(code)) p.children.push(code);
		}
	};
	for (const r of rows) {
		const code = r.region_code;
		const pCode = code.slice(0, 2) + '0000';
		const cCode = code.slice(0, 4) + '00';
		add(pCode, r.province ?? pCode, 'province', null);
		if (code === pCode) continue;
		// Municipalities' districts (e.g. 110101) have no city name: they hang off the province.
		const hasCity = r.city !== null && cCode !== pCode;
		if (hasCity) add(cCode, r.city!, 'city', pCode);
		if (code !== cCode) add(code, r.county ?? code, 'county', hasCity ? cCode : pCode);
	}
	return tree;
}

/** The path from the province down to `code`, for breadcrumbs. */
export function regionPath(tree: RegionTree, code: string | undefined): RegionNode[] {
	const path: RegionNode[] = [];
	let node = code ? tree.get(code) : undefined;
	while (node) {
		path.unshift(node);
		node = node.parent ? tree.get(node.parent) : undefined;
	}
	return path;
}
