import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchSpacingFaults } from '../../geo/lib/typography';

/** Every quoted or template string of a source file, with its line, escapes read, `${…}` as X. */
function stringsOf(file: string): { line: number; text: string }[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((source, i) =>
			[...source.matchAll(/'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => ({
				line: i + 1,
				text: (m[1] ?? m[2] ?? '')
					.replace(/\$\{[^}]*\}/g, 'X')
					.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
			}))
		);
}

describe('French typography in the interface', () => {
	it('has a no-break space before : ; ? ! and inside « » in every French string', () => {
		const faults = ['src/lib/i18n/fr.ts', 'src/lib/i18n/pages/fr.ts'].flatMap((file) =>
			stringsOf(file)
				.filter(({ text }) => frenchSpacingFaults(text).length > 0)
				.map(({ line, text }) => `${file}:${line}: ${text}`)
		);
		expect(faults).toEqual([]);
	});

	it('the scan finds a missing space (the test can fail)', () => {
		expect(frenchSpacingFaults('Langue: Français')).toEqual(['before « : »']);
		expect(frenchSpacingFaults('Langue\u00a0: Français')).toEqual([]);
	});
});
