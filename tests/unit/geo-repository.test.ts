import { describe, expect, it } from 'vitest';
import { findRepository, webAddressOf } from '../../geo/lib/repository';

describe('webAddressOf', () => {
	it('reads the forms git names a hosted repository by', () => {
		expect(webAddressOf('https://github.com/owner/europe-map.git')).toBe(
			'https://github.com/owner/europe-map'
		);
		expect(webAddressOf('git@github.com:owner/europe-map.git')).toBe(
			'https://github.com/owner/europe-map'
		);
		expect(webAddressOf('ssh://git@gitlab.com/group/sub/europe-map')).toBe(
			'https://gitlab.com/group/sub/europe-map'
		);
		expect(webAddressOf('https://codeberg.org/owner/europe-map/')).toBe(
			'https://codeberg.org/owner/europe-map'
		);
	});

	it('never carries credentials into the page', () => {
		expect(webAddressOf('https://user:ghp_secret@github.com/owner/europe-map.git')).toBe(
			'https://github.com/owner/europe-map'
		);
	});

	it('knows no address for a local clone or a bare host', () => {
		expect(webAddressOf('/work/main')).toBeUndefined();
		expect(webAddressOf('file:///work/main')).toBeUndefined();
		expect(webAddressOf('../main')).toBeUndefined();
		expect(webAddressOf('https://github.com/owner')).toBeUndefined();
		expect(webAddressOf('')).toBeUndefined();
		expect(webAddressOf(undefined)).toBeUndefined();
	});
});

describe('findRepository', () => {
	it('prefers the dataset, then REPOSITORY_URL, then the clone’s origin', async () => {
		const env = { REPOSITORY_URL: 'git@gitlab.com:newsroom/map.git' };
		expect(await findRepository('https://example.org/corrections', env, '/')).toBe(
			'https://example.org/corrections'
		);
		expect(await findRepository(undefined, env, '/')).toBe('https://gitlab.com/newsroom/map');
		// '/' is no git repository: nothing is known.
		expect(await findRepository(undefined, {}, '/')).toBeUndefined();
	});
});
