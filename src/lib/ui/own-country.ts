/**
 * A country page asked to open a commitment of another country (/country/de?id=azure-spaincentral,
 * an old or hand-made link): the address of the page where it belongs, that commitment's own
 * country (or Europe's page for a Europe-wide one), with the rest of the query kept. Pure.
 */
import { localizePath, type Locale } from '$lib/i18n/locales';

export function ownCountryHref(
	url: URL,
	iso2: string,
	commitments: readonly { id: string; country: string | null }[],
	lang: Locale
): string | null {
	const id = url.searchParams.get('id');
	const commitment = id ? commitments.find((c) => c.id === id) : undefined;
	if (!commitment || commitment.country === iso2) return null;
	const path = commitment.country ? `/country/${commitment.country.toLowerCase()}` : '/';
	return `${localizePath(path, lang)}${url.search}${url.hash}`;
}
