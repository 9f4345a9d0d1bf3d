import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/lib/core/manifest';

const HEAD = 'file,source,original_url,agency,year,region_code,level,kind,notes\n';

describe('manifest', () => {
	it('reads rows, with a BOM and CRLF line ends as Excel saves them', () => {
		const m = parseManifest('\uFEFF' + (HEAD + 'a.txt,somewhere,https://x.gov.cn/a.htm,,2024,640205,county,,"note, with comma"\n').replace(/\n/g, '\r\n'));
		expect(m).toEqual({
			ok: true,
			rows: [{ file: 'a.txt', source: 'somewhere', original_url: 'https://x.gov.cn/a.htm', agency: null, year: 2024, region_code: '640205', level: 'county', kind: null, notes: 'note, with comma' }]
		});
	});

	it('names every bad value with its line', () => {
		const m = parseManifest(HEAD + 'a.txt,s,javascript:alert(1),,20x4,999999,village,agency,\na.txt,s,,,,,,,\n');
		expect(m.ok).toBe(false);
		if (m.ok) return;
		expect(m.errors).toEqual([
			'manifest line 2: year "20x4" is not a year',
			'manifest line 2: region_code "999999" is not a GB/T 2260 code',
			'manifest line 2: level "village" is not one of national/province/city/county/township',
			'manifest line 2: original_url "javascript:alert(1)" is not an http(s) address',
			'manifest line 2: kind "agency" is not one of government/department',
			'manifest line 3: a.txt listed twice'
		]);
	});

	it('refuses a file without the required columns, and names unknown ones', () => {
		expect(parseManifest('name,url\na,b\n')).toEqual({ ok: false, errors: [expect.stringContaining('missing column(s) file, source')] });
		const m = parseManifest('file,source,colour\na.txt,s,red\n');
		expect(m.ok ? [] : m.errors).toEqual([expect.stringContaining('unknown column(s) colour')]);
	});

	it('blames a short row for being short, not the header (the delimiter is a comma, never guessed)', () => {
		const csv = 'file,source,original_url,agency,year,region_code,level,kind,notes\n002_a.pdf,x\n003_b.pdf,y,,,2024,,,,\n';
		expect(parseManifest(csv)).toEqual({ ok: false, errors: ['manifest line 2: Too few fields: expected 9 fields but parsed 2'] });
	});

	it('says which header names differ only in case or spaces', () => {
		const m = parseManifest('FILE, source\na.txt,x\n');
		expect(m.ok ? [] : m.errors[0]).toMatch(/missing column\(s\) file, source \(found "FILE", " source": names are lower case, with no spaces\)/);
	});
});
