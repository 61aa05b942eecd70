/**
 * A static server for build/ that compresses like a production host (gzip), so that sizes and
 * Lighthouse timings are those a reader would get. Used by the benchmark and the browser tests.
 * `serveBuildHttp2` serves the same over HTTP/2 and TLS, as a CDN or static host does.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

async function resolveFile(root: string, pathname: string): Promise<string | null> {
	const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
		const file = path.join(root, candidate);
		if (!file.startsWith(root)) return null;
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return null;
}

/** The 404 page for a path: /fr/… gets fr/404.html where the build has one, else 404.html. */
async function notFoundPage(root: string, pathname: string): Promise<string | null> {
	const lang = /^\/([a-z]{2})\//.exec(pathname)?.[1];
	return (lang && (await resolveFile(root, `/${lang}/404.html`))) || resolveFile(root, '/404.html');
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * A page as a reader without JavaScript gets it: its scripts and the links they would fetch
 * (module preloads, and those held back until the first paint: after-first-paint.ts) taken out,
 * the rest (styles, the prerendered map and lists) as built. What Lighthouse gives such a copy is
 * the floor on this machine: what the page's size and the browser's own work cost, before any
 * of the app's code runs.
 */
export function withoutScripts(html: string): string {
	return html
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*\b(?:rel="modulepreload"|data-after-first-paint="[^"]*")[^>]*>/gi, '');
}

export interface ServeOptions {
	/** Pages without their scripts (`withoutScripts`): the benchmark's floor. */
	withoutScripts?: boolean;
}

/** Answers a request for a file of `root` as a static host does. */
function fileHandler(root: string, options: ServeOptions = {}): Handler {
	/** Each file is compressed once, as a host serves precompressed files. */
	const compressed = new Map<string, Buffer>();
	return async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const found = await resolveFile(root, url.pathname === '/' ? '/index.html' : url.pathname);
		// As static hosts do: the site's own 404 page (its language's, as build/_redirects asks).
		const file = found ?? (await notFoundPage(root, url.pathname));
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		const built = await readFile(file);
		const body =
			options.withoutScripts && type.startsWith('text/html')
				? Buffer.from(withoutScripts(built.toString('utf8')))
				: built;
		const compressible = !type.startsWith('image/png');
		const gzip = compressible && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(found ? 200 : 404, {
			'content-type': type,
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
			'cache-control': file.includes('/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		});
		if (gzip && !compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
		response.end(gzip ? compressed.get(file) : body);
	};
}

export async function serveBuild(
	root: string,
	port: number,
	options: ServeOptions = {}
): Promise<Server> {
	const server = createServer(fileHandler(root, options));
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return server;
}

/**
 * The same over HTTP/2 and TLS (a certificate made for the occasion with openssl, which the
 * browser is told to accept: --ignore-certificate-errors), as every CDN and static host serves a
 * site today: one connection carries all of a page's requests at once, where HTTP/1.1 allows six
 * at a time. Lighthouse's simulated load follows the protocol it sees. Null without openssl.
 */
export async function serveBuildHttp2(
	root: string,
	port: number,
	options: ServeOptions = {}
): Promise<Http2SecureServer | null> {
	const dir = await mkdtemp(path.join(tmpdir(), 'bench-tls-'));
	const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
	try {
		await promisify(execFile)('openssl', [
			...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
			...['-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert]
		]);
	} catch {
		return null;
	}
	const handle = fileHandler(root, options);
	const server = createSecureServer(
		{ key: await readFile(key), cert: await readFile(cert), allowHTTP1: true },
		(request, response) =>
			void handle(request as unknown as IncomingMessage, response as unknown as ServerResponse)
	);
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return server;
}
