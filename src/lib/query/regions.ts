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

/** The names that come more than once. */
export function repeatedNames(names: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const n of names) (seen.has(n) ? repeated : seen).add(n);
	return repeated;
}

/** Region names that more than one region goes by (鼓楼区 of 福州 and of 南京). */
export const sharedRegionNames = (tree: RegionTree): Set<string> => repeatedNames([...tree.values()].map((n) => n.name));

/**
 * Where a region is, in one name: its path from the province, the province left out below a
 * city (福州市鼓楼区, 北京市朝阳区, 江苏省). A code not in the tree is itself.
 */
export function placeName(tree: RegionTree, code: string): string {
	const path = regionPath(tree, code).map((n) => n.name);
	return (path.length > 2 ? path.slice(1) : path).join('') || code;
}

/** A region's name, as placeName where another region has the same one. */
export function regionLabel(tree: RegionTree, code: string, shared: ReadonlySet<string>): string {
	const name = tree.get(code)?.name;
	return name === undefined ? code : shared.has(name) ? placeName(tree, code) : name;
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
