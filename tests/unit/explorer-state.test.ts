/**
 * The pure parts of the explorer's state: the scheme a theme means, and what a link from an
 * embed to the full explorer keeps. (The runes class itself is exercised by the browser suite.)
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	EMBED_ONLY,
	parseView,
	resolveScheme,
	searchOf,
	type View
} from '../../src/lib/state/view';

describe('resolveScheme', () => {
	it.each([
		['auto', false, 'light'],
		['auto', true, 'dark'],
		['light', true, 'light'],
		['dark', false, 'dark']
	] as const)('%s with a dark system: %s → %s', (theme, systemDark, scheme) => {
		expect(resolveScheme(theme, systemDark)).toBe(scheme);
	});
});

describe('EMBED_ONLY', () => {
	it('drops the embed-only parameters and keeps the rest', () => {
		const embed = parseView(
			new URLSearchParams('types=training&country=de&legend=0&bbox=0,40,10,50&id=x-1&metric=sites')
		);
		const full: View = { ...embed, ...EMBED_ONLY };
		expect(searchOf(full)).toBe('?types=training&id=x-1&metric=sites');
	});

	it('holds only parameters the View has, at their defaults', () => {
		for (const [key, value] of Object.entries(EMBED_ONLY)) {
			expect(DEFAULT_VIEW[key as keyof View]).toEqual(value);
		}
	});
});
