/** The share card's text: escaped for SVG, and wrapped into lines. Pure. */

/** Text for an SVG text node or attribute value: the symbols' escaping (& < > " '). */
export { escapeMarkup as escapeXml } from '$lib/symbols/symbol-markup';

/**
 * `text` in lines of at most `max` characters (words kept whole; a longer word gets its own
 * line), at most `lines` of them, the last ending in "…" when the text is cut.
 */
export function wrapText(text: string, max: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= max || !line) line = next;
		else {
			out.push(line);
			line = word;
		}
	}
	if (line) out.push(line);
	if (out.length <= lines) return out;
	const kept = out.slice(0, lines);
	kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:]*$/, '')}…`;
	return kept;
}
