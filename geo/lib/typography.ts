/**
 * French typography: a no-break space (U+00A0, or the narrow U+202F) before « : », « ; », « ? »,
 * « ! » and « » », and after « « ». `frenchSpacingFaults` names what a text lacks (used on the
 * dataset's French texts and on the interface's French strings, tests/unit/typography.test.ts).
 * URLs and times ("https://", "10:30") are left alone.
 */
const NBSP = '[\\u00a0\\u202f]';

/** The faults of `text`, described for an editor; none for an empty text. */
export function frenchSpacingFaults(text: string): string[] {
	const faults = new Set<string>();
	const plain = text.replace(/\b[a-z]+:\/\/\S+/gi, '').replace(/\d:\d/g, '');
	for (const [, before = '', mark = ''] of plain.matchAll(/(.)([:;?!»])/g)) {
		if (!new RegExp(NBSP).test(before) && !/[:;?!»]/.test(before)) {
			faults.add(`before « ${mark} »`);
		}
	}
	for (const [, after = ''] of plain.matchAll(/«(.)/g)) {
		if (!new RegExp(NBSP).test(after)) faults.add('after « « »');
	}
	return [...faults];
}
