// The build's static server answers as a static host does, under a base path too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild, type Served } from '../../../scripts/serve-build';

let dir: string;
let site: Served;
let root: Served;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gk-serve-'));
	writeFileSync(join(dir, 'index.html'), 'home');
	writeFileSync(join(dir, 'quality.html'), 'quality');
	writeFileSync(join(dir, '404.html'), 'missing');
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'data', 'summary.json'), '{}');
	site = await serveBuild({ dir, base: '/gongkai' });
	root = await serveBuild({ dir });
});
afterAll(async () => {
	await site.close();
	await root.close();
	rmSync(dir, { recursive: true, force: true });
});

const get = async (served: Served, path: string) => {
	const res = await fetch(new URL(served.url).origin + path, { redirect: 'manual' });
	return { status: res.status, location: res.headers.get('location'), body: res.status === 200 || res.status === 404 ? await res.text() : '' };
};

describe('serveBuild', () => {
	it('sends the base path without its slash to the site’s root, keeping the query', async () => {
		expect(await get(site, '/gongkai?year=2024')).toMatchObject({ status: 301, location: '/gongkai/?year=2024' });
		expect(await get(site, '/gongkai/')).toMatchObject({ status: 200, body: 'home' });
		expect(await get(site, '/gongkai/quality')).toMatchObject({ status: 200, body: 'quality' });
		// Only the base itself: a path that merely starts with its letters is not the site.
		expect((await get(site, '/gongkaix/quality')).status).toBe(404);
		expect((await get(site, '/quality')).status).toBe(404);
	});

	it('sends a page with a trailing slash to the page', async () => {
		expect(await get(site, '/gongkai/quality/?rule=balance')).toMatchObject({ status: 301, location: '/gongkai/quality?rule=balance' });
		expect(await get(root, '/quality/')).toMatchObject({ status: 301, location: '/quality' });
		expect(await get(root, '/')).toMatchObject({ status: 200, body: 'home' });
		expect(await get(root, '/data/summary.json')).toMatchObject({ status: 200, body: '{}' });
		expect(await get(root, '/nothing')).toMatchObject({ status: 404, body: 'missing' });
	});
});
