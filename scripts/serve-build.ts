/**
 * A tiny static server for the production build (`build/`), used by `npm run serve`, the e2e
 * tests and the benchmark. It does what a plain static host does: extension-less routes map to
 * their prerendered `.html`, a trailing slash (and a base path without one) is redirected, unknown paths get 404.html, text and the dataset are gzipped
 * (cached in memory). The WASM engine is sent uncompressed: on localhost compressing 34 MB would
 * cost more than it saves, and it is fetched only after the first charts are drawn.
 *
 *   tsx scripts/serve-build.ts [--dir build] [--port 4173] [--host 127.0.0.1]
 * BASE_PATH (as for the build) mounts the site under that path.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream'
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.duckdb']);

export interface Served {
	url: string;
	close(): Promise<void>;
}

export async function serveBuild(opts: { dir?: string; port?: number; host?: string; base?: string } = {}): Promise<Served> {
	const root = resolve(opts.dir ?? 'build');
	const base = (opts.base ?? process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const host = opts.host ?? '127.0.0.1';
	/** File bodies (and their gzip), keyed by path, size and mtime so a rebuild is picked up. */
	const cache = new Map<string, { raw: Buffer; gz?: Buffer }>();

	async function find(pathname: string): Promise<{ file: string; status: number } | null> {
		const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
		const abs = join(root, rel);
		if (abs !== root && !abs.startsWith(root + sep)) return null;
		for (const candidate of [abs, `${abs}.html`, join(abs, 'index.html')]) {
			const s = await stat(candidate).catch(() => null);
			if (s?.isFile()) return { file: candidate, status: 200 };
		}
		return { file: join(root, '404.html'), status: 404 };
	}

	const server: Server = createServer(async (req, res) => {
		try {
			// The request target is a path: resolved against a base, `//x` would name a host.
			const url = new URL(`http://localhost${req.url ?? '/'}`);
			// As static hosts do: the base without its slash is the site's root (its pages' relative
			// script URLs only resolve from `/base/`), and `/quality/` is the page `/quality`.
			const path = url.pathname;
			const slashless = path.length > base.length + 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : null;
			if ((base && path === base) || slashless) {
				res.writeHead(301, { location: (slashless ?? `${base}/`) + url.search }).end();
				return;
			}
			if (base && !path.startsWith(`${base}/`)) {
				res.writeHead(404).end();
				return;
			}
			const found = await find(path.slice(base.length) || '/');
			if (!found) {
				res.writeHead(403).end();
				return;
			}
			const ext = extname(found.file);
			const info = await stat(found.file);
			const key = `${found.file}:${info.mtimeMs}:${info.size}`;
			let entry = cache.get(key);
			if (!entry) {
				entry = { raw: await readFile(found.file) };
				cache.set(key, entry);
			}
			let body = entry.raw;
			const headers: Record<string, string> = {
				'content-type': TYPES[ext] ?? 'application/octet-stream',
				// Hashed assets never change; pages and data are revalidated.
				'cache-control': found.file.includes(`${sep}immutable${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
			};
			if (COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				entry.gz ??= gzipSync(body);
				body = entry.gz;
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'accept-encoding';
			}
			headers['content-length'] = String(body.length);
			res.writeHead(found.status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (e) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
		}
	});

	await new Promise<void>((ok) => server.listen(opts.port ?? 0, host, ok));
	const addr = server.address();
	const port = typeof addr === 'object' && addr ? addr.port : opts.port;
	return {
		url: `http://${host}:${port}${base}/`,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i >= 0 ? process.argv[i + 1] : undefined;
	};
	const port = arg('port');
	const served = await serveBuild({ dir: arg('dir'), port: port === undefined ? 4173 : Number(port), host: arg('host') });
	console.log(`gongkai: serving build at ${served.url}`);
}
