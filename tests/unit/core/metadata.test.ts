import { describe, expect, it } from 'vitest';
import { agencyFromTitle, readMetadata } from '../../../src/lib/core/parse/metadata';
import { matchRegion } from '../../../src/lib/core/region/regions';
import { processFile } from '../../../src/lib/core/pipeline';
import type { ManifestRow } from '../../../src/lib/core/manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('agency and year from the title', () => {
	it.each([
		['惠农区人民政府办公室 2024年政府信息公开工作年度报告', '惠农区人民政府办公室', 2024],
		['平潭综合实验区海坛片区管理局 关于2021年度政府信息公开工作年度报告', '平潭综合实验区海坛片区管理局', 2021],
		['淮安市人民政府2024年政府信息公开工作年度报告', '淮安市人民政府', 2024],
		['江苏省财政厅政府信息公开工作年度报告（2022年）', '江苏省财政厅', 2022],
		// The year first, or between the report's words: not part of the name.
		['2024年惠农区人民政府办公室政府信息公开工作年度报告', '惠农区人民政府办公室', 2024],
		['2024年度惠农区人民政府办公室政府信息公开工作年度报告', '惠农区人民政府办公室', 2024],
		['（2024年）惠农区人民政府办公室政府信息公开工作年度报告', '惠农区人民政府办公室', 2024],
		['惠农区人民政府办公室政府信息公开工作2024年度报告', '惠农区人民政府办公室', 2024],
		['惠农区人民政府办公室关于政府信息公开工作2024年度报告', '惠农区人民政府办公室', 2024],
		// …and a name that holds those words or digits keeps them (review 13).
		['某市政府信息公开办公室2023年政府信息公开工作年度报告', '某市政府信息公开办公室', 2023],
		['1949公司2023年政府信息公开工作年度报告', '1949公司', 2023]
	])('%s', (title, agency, year) => {
		const { meta } = readMetadata(title, '');
		expect(meta.year).toBe(year);
		expect(meta.agency).toBe(agency);
	});

	it('reads the same agency, region and kind whichever the title form', () => {
		const forms = ['惠农区人民政府办公室2024年政府信息公开工作年度报告', '2024年惠农区人民政府办公室政府信息公开工作年度报告', '惠农区人民政府办公室政府信息公开工作2024年度报告'];
		for (const title of forms) expect(readMetadata(title, '').meta).toMatchObject({ agency: '惠农区人民政府办公室', region_code: '640205', level: 'county', kind: 'government' });
	});

	it('takes the year from the statistics period when the title has none', () => {
		expect(readMetadata('某局政府信息公开工作年度报告', '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止').meta.year).toBe(2023);
		expect(agencyFromTitle('某局政府信息公开工作年度报告')).toBe('某局');
	});

	it('keeps the title’s year when the statistics period says another, and says so', () => {
		const period = '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止';
		const { meta, findings } = readMetadata('某局2023年政府信息公开工作年度报告', period);
		expect(meta.year).toBe(2023);
		expect(findings).toEqual([expect.objectContaining({ rule: 'year_mismatch', severity: 'warning', message: '标题写2023年度，正文的统计期限为2024年：采用标题的年度，请核对' })]);
		expect(readMetadata('某局2024年政府信息公开工作年度报告', period).findings.filter((f) => f.rule === 'year_mismatch')).toEqual([]);
	});
});

describe('region, level and kind', () => {
	it.each([
		['惠农区人民政府办公室', '640205', 'county', 'government', '宁夏回族自治区', '石嘴山市', '惠农区'],
		['淮安市人民政府', '320800', 'city', 'government', '江苏省', '淮安市', null],
		['淮安市洪泽区人民政府', '320813', 'county', 'government', '江苏省', '淮安市', '洪泽区'],
		['江苏省财政厅', '320000', 'province', 'department', '江苏省', null, null],
		['平潭综合实验区海坛片区管理局', '350128', 'township', 'government', '福建省', '福州市', '平潭县'],
		['平潭综合实验区经济发展局', '350128', 'county', 'department', '福建省', '福州市', '平潭县'],
		// National bodies, and their branches at the level of the region they serve.
		['国家税务总局', null, 'national', 'department', null, null, null],
		['国家税务总局江苏省税务局', '320000', 'province', 'department', '江苏省', null, null],
		['国家税务总局石嘴山市惠农区税务局', '640205', 'county', 'department', '宁夏回族自治区', '石嘴山市', '惠农区']
	])('%s', (agency, code, level, kind, province, city, county) => {
		const { meta } = readMetadata(`${agency}2024年政府信息公开工作年度报告`, '');
		expect(meta).toMatchObject({ region_code: code, level, kind, province, city, county });
	});

	it('leaves an ambiguous county name unknown unless the text names its city', () => {
		expect(matchRegion('鼓楼区人民政府').region).toBeNull();
		expect(matchRegion('鼓楼区人民政府', '南京市鼓楼区2023年').region?.code).toBe('320106');
	});
});

describe('a report whose agency or year cannot be read', () => {
	const text = readFileSync(join(__dirname, '../../../data/raw/000_huinong_gov_office_2024.txt'), 'utf8');
	// Without its title line, and with every year written out of the text.
	const untitled = text.replace(/^.*年度报告\s*$/m, '').replace(/20\d\d年/g, '本年');

	it('is read, with a warning that names what is missing', async () => {
		const out = await processFile(new TextEncoder().encode(untitled), 'x.txt');
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect([out.report.agency, out.report.year]).toEqual([null, null]);
		expect(out.report.findings.filter((f) => f.rule === 'metadata_missing')).toEqual([
			expect.objectContaining({ severity: 'warning', message: '标题和正文都没有写明机关名称和年度，无法与其他报告比较（加入数据集时可在清单 manifest 中填写）' })
		]);
	});

	it('has no such warning once the manifest gives both, nor when the report states them', async () => {
		const row: ManifestRow = { file: 'x.txt', source: 'test', original_url: null, agency: '惠农区人民政府办公室', year: 2024, region_code: null, level: null, kind: null, notes: null };
		const given = await processFile(new TextEncoder().encode(untitled), 'x.txt', row);
		const stated = await processFile(new TextEncoder().encode(text), 'x.txt');
		for (const out of [given, stated]) {
			expect(out.ok && out.report.year).toBe(2024);
			expect(out.ok && out.report.findings.some((f) => f.rule === 'metadata_missing')).toBe(false);
		}
	});
});
