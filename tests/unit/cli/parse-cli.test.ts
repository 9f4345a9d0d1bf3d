/** The `npm run -s parse` command, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('parse CLI', () => {
	it('prints the seed report as JSON with FORMAT.md keys and the repaired (七) 总计 finding', () => {
		const r = run('data/raw/000_huinong_gov_office_2024.txt');
		expect(r.status).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(Object.keys(j).slice(0, 13)).toEqual(['agency', 'year', 'region_code', 'province', 'city', 'county', 'level', 'kind', 'template', 'active', 'requests', 'appeals', 'findings']);
		expect(j).toMatchObject({ agency: '惠农区人民政府办公室', year: 2024, region_code: '640205', level: 'county', kind: 'government', template: '2021' });
		// Values read by hand from the report: 5 new requests, 3 granted, 2 not held.
		expect(j.requests.new_received.total).toBe(5);
		expect(j.requests.granted.natural_person).toBe(3);
		expect(j.requests['unable.not_held'].total).toBe(2);
		expect(j.requests.handled_total).toEqual({ natural_person: 5, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 5 });
		expect(j.appeals.review.corrected).toBe(0);
		expect(j.active.fees.amount).toBe(0);
		expect(j.findings).toContainEqual(expect.objectContaining({ rule: 'repair_extra_cell', section: 'requests', item: 'handled_total' }));
	});

	it('applies a manifest: provenance and overrides, visible in the output', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gk-'));
		const manifest = join(dir, 'm.csv');
		writeFileSync(manifest, 'file,source,original_url,agency,year,region_code,level,kind,notes\n000_huinong_gov_office_2024.txt,seed,https://example.gov.cn/r.htm,,,640205,,department,\n');
		const j = JSON.parse(run('data/raw/000_huinong_gov_office_2024.txt', '--manifest', manifest).stdout);
		expect(j).toMatchObject({ kind: 'department', source: 'seed', original_url: 'https://example.gov.cn/r.htm', overrides: ['kind'] });
	});

	it.each([
		['a missing file', ['no/such/file.txt'], /no\/such\/file\.txt: 不存在 \(not found\) \[ENOENT\]$/m],
		['a folder', ['data/raw'], /data\/raw: 是文件夹，不是文件 \(is a folder, not a file\) \[EISDIR\]; parse reads one file: for a folder, use npm run ingest -- --raw <folder>$/m],
		['an empty file', ['EMPTY'], /empty/],
		['a file that is not a report', ['NOTES'], /notes\.txt: .*not an annual report/],
		['a file missing from the manifest', ['data/raw/004_pingtan_2023.txt', '--manifest', 'MANIFEST'], /not listed in/]
	])('refuses %s: one line on stderr, exit 2, nothing on stdout', (_what, args, message) => {
		const dir = mkdtempSync(join(tmpdir(), 'gk-'));
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'm.csv'), 'file,source\nother.txt,x\n');
		writeFileSync(join(dir, 'notes.txt'), 'Shopping list: rice, 2 kg; tea.\n');
		const r = run(...args.map((a) => (a === 'EMPTY' ? join(dir, 'empty.txt') : a === 'MANIFEST' ? join(dir, 'm.csv') : a === 'NOTES' ? join(dir, 'notes.txt') : a)));
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});
});
