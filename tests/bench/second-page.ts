/**
 * What a second page costs: a reader on / goes to /country/de, by a link (the client-side
 * router) and by a full navigation in the same tab (the HTTP cache). Counted at the server, so
 * that only what was really downloaded counts: the data every explorer page shares
 * (explorer-data.{lang}.{hash}.json) must not come again, nor any commitment data in its place.
 */
import type { Browser } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file every explorer page shares, in one language (src/lib/state/explorer-data.ts). */
export const SHARED_DATA = /\/_app\/immutable\/assets\/explorer-data\.[a-z]{2}\.[^/]+\.json$/;

export interface Visit {
	/** Paths the server was asked for, in order. */
	requests: string[];
	/** Gzip bytes of what the server sent, by kind. */
	bytes: { html: number; js: number; css: number; data: number; other: number };
	/** Whether the shared data's file was downloaded again. */
	sharedDataAgain: boolean;
}

export interface SecondPage {
	from: string;
	to: string;
	clientNavigation: Visit;
	fullNavigation: Visit;
}

async function fileOf(buildDir: string, pathname: string): Promise<string | null> {
	const clean = path.normalize(decodeURIComponent(pathname));
	for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
		const file = path.join(buildDir, candidate);
		if (file.startsWith(buildDir) && (await stat(file).catch(() => null))?.isFile()) return file;
	}
	return null;
}

async function visitOf(buildDir: string, requests: string[]): Promise<Visit> {
	const bytes = { html: 0, js: 0, css: 0, data: 0, other: 0 };
	for (const request of requests) {
		const pathname = new URL(request, 'http://localhost').pathname;
		const file = await fileOf(buildDir, pathname === '/' ? '/index.html' : pathname);
		if (!file) continue;
		const size = gzipSync(await readFile(file), { level: 9 }).length;
		const ext = path.extname(file);
		const kind =
			ext === '.html'
				? 'html'
				: ext === '.js'
					? 'js'
					: ext === '.css'
						? 'css'
						: ext === '.json'
							? 'data'
							: 'other';
		bytes[kind] += size;
	}
	return { requests, bytes, sharedDataAgain: requests.some((r) => SHARED_DATA.test(r)) };
}

export async function measureSecondPage(
	browser: Browser,
	server: Server,
	origin: string,
	buildDir: string,
	from = '/',
	to = '/country/de'
): Promise<SecondPage> {
	let requests: string[] = [];
	const log = (request: { url?: string }) => requests.push(request.url ?? '');
	server.on('request', log);
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	try {
		const page = await context.newPage();
		const settle = async () => {
			await page.waitForSelector('.explorer[data-hydrated=true]');
			await page.waitForLoadState('networkidle');
		};
		await page.goto(`${origin}${from}`);
		await settle();
		if (!requests.some((r) => SHARED_DATA.test(r))) {
			throw new Error(`${from} did not load the shared data: the check would prove nothing`);
		}

		requests = [];
		// A link followed as a reader follows one: the client-side router takes it.
		await page.evaluate((href) => {
			const link = document.createElement('a');
			link.href = href;
			document.body.append(link);
			link.click();
			link.remove();
		}, to);
		await page.waitForURL(`${origin}${to}`);
		await settle();
		const clientNavigation = await visitOf(buildDir, [...requests]);

		// Back on the first page, then a full navigation to the second: what the HTTP cache keeps.
		await page.goto(`${origin}${from}`);
		await settle();
		requests = [];
		await page.goto(`${origin}${to}`);
		await settle();
		const fullNavigation = await visitOf(buildDir, [...requests]);
		return { from, to, clientNavigation, fullNavigation };
	} finally {
		server.off('request', log);
		await context.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/** The benchmark's lines for it. */
export function describeSecondPage(second: SecondPage): string[] {
	return (
		[
			['by a link', second.clientNavigation],
			['in full (HTTP cache)', second.fullNavigation]
		] as const
	).map(([how, visit]) => {
		const b = visit.bytes;
		return (
			`${second.from} then ${second.to} ${how}: downloaded (KB gzip) html ${kb(b.html)}  js ${kb(b.js)}  data ${kb(b.data)}` +
			` in ${visit.requests.length} requests; the shared data again: ${visit.sharedDataAgain ? 'YES' : 'no'}`
		);
	});
}
