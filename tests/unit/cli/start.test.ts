// npm start checks its port before the ingest and the build (QA pass 10: a taken port failed
// only after both, with the preview server's stack trace).
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

describe('npm start', () => {
	it('says at once that its port is taken, and how to pick another', async () => {
		const taken = createServer();
		await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
		const port = (taken.address() as AddressInfo).port;
		try {
			const r = spawnSync('npx', ['tsx', 'scripts/start.ts', '--port', String(port)], { cwd: ROOT, encoding: 'utf8' });
			expect(r.status).toBe(1);
			expect(r.stderr).toContain(`npm start: port ${port} on 127.0.0.1 is in use`);
			expect(r.stderr).toContain(`npm start -- --port ${port + 7}`);
			// Nothing was built: no ingest output.
			expect(r.stdout).not.toMatch(/ingest:/);
		} finally {
			taken.close();
		}
	}, 40_000);

	it('refuses a port that is not a number', () => {
		const r = spawnSync('npx', ['tsx', 'scripts/start.ts', '--port', 'abc'], { cwd: ROOT, encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--port needs a port number, not “abc”');
	}, 40_000);
});
