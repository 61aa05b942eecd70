import { error } from '@sveltejs/kit';
import { EUROPEAN_COUNTRIES, isEuropean } from '$lib/data/countries';
import { LOCALES, langParam } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every European country on the map has a page, with or without commitments. */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((l) =>
		EUROPEAN_COUNTRIES.map((iso2) => ({ lang: langParam(l), code: iso2.toLowerCase() }))
	);

export const load: PageServerLoad = ({ params }) => {
	const iso2 = params.code.toUpperCase();
	if (params.code !== params.code.toLowerCase() || !isEuropean(iso2)) {
		error(404, 'No such country on this map');
	}
	return { iso2 };
};
