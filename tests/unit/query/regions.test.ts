// The region tree behind the filter and the drill-down breadcrumb.
import { describe, expect, it } from 'vitest';
import { buildRegionTree, regionPath } from '../../../src/lib/query/regions';

const tree = buildRegionTree([
	{ region_code: '110101', province: '北京市', city: null, county: '东城区' },
	{ region_code: '320800', province: '江苏省', city: '淮安市', county: null },
	{ region_code: '320813', province: '江苏省', city: '淮安市', county: '洪泽区' },
	{ region_code: '350000', province: '福建省', city: null, county: null },
	{ region_code: '350128', province: '福建省', city: '福州市', county: '平潭县' }
]);

describe('buildRegionTree', () => {
	it('nests counties under cities under provinces', () => {
		expect(regionPath(tree, '350128').map((n) => n.name)).toEqual(['福建省', '福州市', '平潭县']);
		expect(regionPath(tree, '320813').map((n) => n.code)).toEqual(['320000', '320800', '320813']);
		expect(tree.get('320800')!.children).toEqual(['320813']);
	});

	it('hangs a municipality’s districts off the province, and keeps province-level codes', () => {
		expect(regionPath(tree, '110101').map((n) => n.name)).toEqual(['北京市', '东城区']);
		expect(tree.get('350000')!.depth).toBe('province');
		expect(regionPath(tree, undefined)).toEqual([]);
		expect(regionPath(tree, '999999')).toEqual([]);
	});
});
