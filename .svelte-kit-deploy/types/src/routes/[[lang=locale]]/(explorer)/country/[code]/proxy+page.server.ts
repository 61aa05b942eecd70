// @ts-nocheck
import { error } from '@sveltejs/kit';
import { isEuropean } from '$lib/data/countries';
import { countryEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every European country on the map has a page, with or without commitments. */
export const entries: EntryGenerator = countryEntries;

export const load = ({ params }: Parameters<PageServerLoad>[0]) => {
	const iso2 = params.code.toUpperCase();
	if (params.code !== params.code.toLowerCase() || !isEuropean(iso2)) {
		error(404, 'No such country on this map');
	}
	return { iso2 };
};
