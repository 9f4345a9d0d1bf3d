/**
 * npm start [-- --port 4180]: builds the embedded dataset and the site, then serves it. The port
 * is checked first: taken, it would fail only after the ingest and the build (about 40 s), with
 * the preview server's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const HOST = '127.0.0.1';
const i = process.argv.indexOf('--port');
const port = i >= 0 ? Number(process.argv[i + 1]) : 4173;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
	console.error(`npm start: --port needs a port number, not “${process.argv[i + 1] ?? ''}”`);
	process.exit(1);
}

const free = await new Promise<boolean>((ok) => {
	const probe = createServer();
	probe.once('error', () => ok(false));
	probe.listen(port, HOST, () => probe.close(() => ok(true)));
});
if (!free) {
	console.error(`npm start: port ${port} on ${HOST} is in use (another npm start?). Stop it, or serve on another port: npm start -- --port ${port + 7}`);
	process.exit(1);
}

const run = (cmd: string, args: string[]) => {
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
};
// The embedded dataset, rebuilt from data/raw: a dataset of your own in static/data is replaced (say so first).
console.log('npm start: building the embedded dataset from data/raw into static/data (to serve a dataset you ingested yourself: npm run build && npm run serve)');
run('npm', ['run', '-s', 'ingest']);
// Warnings and errors only: the list of built chunks buried the address printed after it.
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'preview', '--host', HOST, '--port', String(port), '--strictPort']);
