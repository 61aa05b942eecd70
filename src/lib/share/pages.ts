/**
 * What a page says when it is shared: its title, description, card texts and picture, and the
 * addresses of its card (og:image) and oEmbed JSON. One place for the page's <head> (the
 * layout), the card's build (src/routes/og) and the oEmbed's (src/routes/oembed). Pure.
 */
import { commitmentsOf, isDatacenterSite } from '$lib/data/aggregate';
import { isEuropean } from '$lib/data/countries';
import { countryFacts, factPhrases } from '$lib/data/facts';
import type { Commitment, Population } from '$lib/data/types';
import { EUROPE_VIEW, type LonLatBounds } from '$lib/frame/extent';
import { toBasemap, viewBoxOf } from '$lib/frame/projection';
import type { AllMessages } from '$lib/i18n';
import { countryName, formatNumber, formatPartialDate } from '$lib/i18n/format';
import { localizePath, type Locale } from '$lib/i18n/locales';
import type { CardMap, CardSymbol, CardTexts } from './card';

export type SharePage =
	{ kind: 'home' } | { kind: 'about' } | { kind: 'promises' } | { kind: 'country'; iso2: string };

/** The site's name, the same in every language (the credit line says it too). */
export const SITE_NAME = 'Europe Commitments Map';

/** Open Graph's locales (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = {
	en: 'en_GB',
	fr: 'fr_FR',
	de: 'de_DE',
	es: 'es_ES',
	nl: 'nl_NL',
	it: 'it_IT',
	pl: 'pl_PL'
};

/** "home", "about", "promises", "country-de": the file name of a page's card and oEmbed JSON. */
export function pageSlug(page: SharePage): string {
	return page.kind === 'country' ? `country-${page.iso2.toLowerCase()}` : page.kind;
}

export function pageOfSlug(slug: string): SharePage | null {
	if (slug === 'home' || slug === 'about' || slug === 'promises') return { kind: slug };
	const match = /^country-([a-z]{2})$/.exec(slug);
	const iso2 = match?.[1]?.toUpperCase();
	return iso2 && isEuropean(iso2) ? { kind: 'country', iso2 } : null;
}

/** The page's own path, without origin: "/fr/country/de". */
export function pagePath(page: SharePage, lang: Locale): string {
	const path =
		page.kind === 'home'
			? '/'
			: page.kind === 'country'
				? `/country/${page.iso2.toLowerCase()}`
				: `/${page.kind}`;
	return localizePath(path, lang);
}

/** The page a route shows (SvelteKit's route id and its `code`), or null for /embed. */
export function pageOfRoute(id: string | null, code: string | undefined): SharePage | null {
	switch (id) {
		case '/[[lang=locale]]/(explorer)':
			return { kind: 'home' };
		case '/[[lang=locale]]/about':
			return { kind: 'about' };
		case '/[[lang=locale]]/promises':
			return { kind: 'promises' };
		case '/[[lang=locale]]/(explorer)/country/[code]':
			return code ? pageOfSlug(`country-${code}`) : null;
		default:
			return null;
	}
}

export const cardPath = (page: SharePage, lang: Locale) => `/og/${lang}/${pageSlug(page)}.png`;
export const oembedPath = (page: SharePage, lang: Locale) =>
	`/oembed/${lang}/${pageSlug(page)}.json`;

/** The site's address from the build (SITE_URL), without a trailing slash; '' when unknown. */
export function siteUrlOf(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/\/+$/, '');
	return /^https?:\/\/[^/\s]+/.test(trimmed) ? trimmed : '';
}

export interface ShareData {
	commitments: readonly Commitment[];
	populations: readonly Population[];
	/** The day the dataset's facts were last checked (meta.json `updated`). */
	updated: string;
}

export interface ShareTexts {
	title: string;
	description: string;
	/** The card's alternative text (og:image:alt). */
	alt: string;
	card: CardTexts;
}

export function shareTexts(
	page: SharePage,
	m: AllMessages,
	locale: string,
	data: ShareData
): ShareTexts {
	const number = (value: number) => formatNumber(value, locale);
	const date = (value: string) => formatPartialDate(value, locale);
	let title: string;
	let description: string;
	let place = m.share.europe;
	let figures: string[];
	if (page.kind === 'country') {
		place = countryName(page.iso2, locale);
		const phrases = factPhrases(
			countryFacts(page.iso2, data.commitments, data.populations),
			m,
			{ number, date },
			'dated'
		);
		title = m.countryPageTitle(place);
		description = m.countryDescription(place, phrases.join(', '));
		figures = phrases.length > 0 ? phrases : [m.share.noCommitments];
	} else if (page.kind === 'promises') {
		// The promises (commitments with a target or a deadline) and their outcomes, most first.
		const outcomes = data.commitments.flatMap((c) => (c.outcome ? [c.outcome] : []));
		const counts = [...new Set(outcomes)]
			.map((o) => [o, outcomes.filter((x) => x === o).length] as const)
			.sort((a, b) => b[1] - a[1]);
		title = m.promises.title;
		description = m.promises.intro;
		figures = [
			m.promises.cardCount(number(outcomes.length)),
			...counts.slice(0, 2).map(([o, n]) => `${m.promises.outcomes[o]}: ${number(n)}`)
		];
	} else {
		const countries = new Set(data.commitments.map((c) => c.country).filter((c) => c !== null));
		figures = [
			m.factCommitments(number(data.commitments.length)),
			m.factSites(number(data.commitments.filter(isDatacenterSite).length)),
			m.share.countries(number(countries.size))
		];
		title = page.kind === 'home' ? m.siteTitle : m.aboutPage.title;
		description = page.kind === 'home' ? m.siteTagline : m.aboutPage.intro;
	}
	return {
		title,
		description,
		alt: m.share.cardAlt(place, `${figures.join(', ')}.`),
		card: {
			kicker: SITE_NAME,
			title: page.kind === 'about' || page.kind === 'promises' ? `${m.siteTitle}: ${title}` : title,
			figures,
			credit: m.share.credit(date(data.updated))
		}
	};
}

/** A box at least `min` base-map units across, grown by `margin` of its size on each side. */
function padded([x, y, w, h]: [number, number, number, number], min: number, margin: number) {
	const width = Math.max(w, min) * (1 + 2 * margin);
	const height = Math.max(h, min) * (1 + 2 * margin);
	return [x + w / 2 - width / 2, y + h / 2 - height / 2, width, height] as const;
}

/**
 * The card's map: all of Europe with every placed commitment, or a country framed and
 * highlighted with its own. Commitments without a point stand at their country's label point,
 * side by side; Europe-wide ones have no place on a map.
 */
export function shareMap(
	page: SharePage,
	data: ShareData,
	basemap: {
		countries: readonly { iso2: string; d: string }[];
		focus: Record<string, LonLatBounds>;
		labels: Record<string, [number, number]>;
	}
): CardMap {
	const iso2 = page.kind === 'country' ? page.iso2 : null;
	const mine = iso2 ? commitmentsOf(data.commitments, iso2) : data.commitments;
	const focus = iso2 ? basemap.focus[iso2] : undefined;
	const box = focus ? padded(viewBoxOf(focus), 80, 0.3) : viewBoxOf(EUROPE_VIEW);
	const k = Math.min(640 / box[2], 630 / box[3]);
	const unplaced = new Map<string, number>();
	const symbols: CardSymbol[] = [];
	for (const c of mine) {
		let at: [number, number] | null = c.coordinates ? toBasemap(c.coordinates) : null;
		if (!at && c.country && basemap.labels[c.country]) {
			const [x, y] = toBasemap(basemap.labels[c.country]!);
			const n = unplaced.get(c.country) ?? 0;
			unplaced.set(c.country, n + 1);
			// 24 card pixels apart, centred on the label point as the row grows.
			at = [x + ((n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * 24) / k, y];
		}
		if (at) symbols.push({ type: c.type, status: c.status, at });
	}
	// A microstate, too small to see at this scale, is ringed at its label point.
	const tiny = focus && Math.max(viewBoxOf(focus)[2], viewBoxOf(focus)[3]) < 4;
	const label = iso2 ? basemap.labels[iso2] : undefined;
	const ring = tiny && label ? toBasemap(label) : null;
	return { shapes: basemap.countries, box, highlight: iso2, isEuropean, symbols, ring };
}
