/**
 * What the map's tooltip says, and where it goes: pure, tested in Node. A mark's tooltip names
 * the commitment, its place ("Espoo, Finland", or "Country-wide · Germany") and its status; a
 * country's names it and says what a click does.
 */
import type { Commitment } from '$lib/data/types';
import type { Messages } from '$lib/i18n';
import { countryName } from '$lib/i18n/format';

export interface TooltipText {
	title: string;
	/** The title's language (a name may be English on another language's page): `lang` if it differs. */
	titleLang?: string;
	lines: string[];
}

export function markTooltip(
	c: Pick<Commitment, 'name' | 'nameLang' | 'city' | 'country' | 'precision' | 'status'>,
	m: Messages,
	locale: string
): TooltipText {
	const country = c.country ? countryName(c.country, locale) : null;
	const place =
		c.precision === 'europe' || !country
			? m.precision.europe
			: c.precision === 'country' || !c.city
				? `${m.precision.country} · ${country}`
				: `${c.city}, ${country}`;
	return { title: c.name, titleLang: c.nameLang, lines: [place, m.statuses[c.status]] };
}

export function countryTooltip(iso2: string, m: Messages, locale: string): TooltipText {
	return { title: countryName(iso2, locale), lines: [m.mapReading.countryHint] };
}

/**
 * Where the tooltip's top-left corner goes, in the map's pixels: centred above its anchor,
 * below it if there is no room above, and never past the map's edges.
 */
export function tooltipPlacement(
	anchor: { x: number; y: number },
	size: { width: number; height: number },
	frame: { width: number; height: number },
	gap = 12
): { left: number; top: number; below: boolean } {
	const margin = 4;
	const maxLeft = Math.max(margin, frame.width - size.width - margin);
	const left = Math.min(maxLeft, Math.max(margin, anchor.x - size.width / 2));
	const above = anchor.y - gap - size.height;
	const below = above < margin;
	const top = below
		? Math.min(anchor.y + gap, Math.max(margin, frame.height - size.height - margin))
		: above;
	return { left, top, below };
}

/** An element's centre, in pixels from `frame`'s top-left corner. */
export function centreIn(element: Element, frame: Element): { x: number; y: number } {
	const rect = element.getBoundingClientRect();
	const origin = frame.getBoundingClientRect();
	return {
		x: rect.left + rect.width / 2 - origin.left,
		y: rect.top + rect.height / 2 - origin.top
	};
}
