/**
 * The pages each route prerenders: every language, and for country pages every country.
 * PRERENDER_ONLY (set by the scale benchmark, whose synthetic datasets would make thousands of
 * huge pages) names the only paths to build, in svelte.config.js; the routes then add none.
 */
import { EUROPEAN_COUNTRIES } from '$lib/data/countries';
import { LOCALES, langParam } from '$lib/i18n/locales';

const only = Boolean(process.env.PRERENDER_ONLY);

export const languageEntries = () => (only ? [] : LOCALES.map((l) => ({ lang: langParam(l) })));

export const countryEntries = () =>
	only
		? []
		: LOCALES.flatMap((l) =>
				EUROPEAN_COUNTRIES.map((iso2) => ({ lang: langParam(l), code: iso2.toLowerCase() }))
			);

/** Every commitment's page in every language (ids from the dataset, given by the route). */
export const commitmentEntries = (ids: readonly string[]) => () =>
	only ? [] : LOCALES.flatMap((l) => ids.map((id) => ({ lang: langParam(l), id })));
