import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Where corrections are reported: the project's repository. `geo/data/dataset.json` may name it
 * (`repository`); a deployer may give it at build time (REPOSITORY_URL); otherwise it is the
 * repository the site is built from, when that is a clone of a hosted one (git's `origin`).
 * While none is known, /about says how to report one without a link.
 */
export async function findRepository(
	fromDataset: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
	cwd = process.cwd()
): Promise<string | undefined> {
	return fromDataset ?? webAddressOf(env.REPOSITORY_URL) ?? webAddressOf(await gitOrigin(cwd));
}

async function gitOrigin(cwd: string): Promise<string | undefined> {
	try {
		const { stdout } = await promisify(execFile)('git', ['remote', 'get-url', 'origin'], { cwd });
		return stdout.trim();
	} catch {
		return undefined; // not a clone, no origin, or no git
	}
}

/**
 * The web address of a hosted git repository from the forms git knows it by
 * (`https://host/owner/name.git`, `git@host:owner/name.git`, `ssh://git@host/owner/name`), with
 * any credentials dropped; undefined for a local path or anything else.
 */
export function webAddressOf(remote: string | undefined): string | undefined {
	const text = remote?.trim();
	if (!text) return undefined;
	const scp = /^[\w.-]+@([\w.-]+\.[a-z]{2,}):(?!\/)(.+)$/i.exec(text);
	let url: URL;
	try {
		url = new URL(scp ? `https://${scp[1]}/${scp[2]}` : text);
	} catch {
		return undefined;
	}
	if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || !url.hostname.includes('.')) {
		return undefined;
	}
	const repoPath = url.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '');
	if (repoPath.split('/').filter(Boolean).length < 2) return undefined;
	return `https://${url.hostname}${repoPath}`;
}
