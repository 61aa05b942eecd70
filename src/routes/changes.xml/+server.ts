import { base } from '$app/paths';
import { META } from '$lib/data/dataset.server';
import { en } from '$lib/i18n/en';
import { formatFigure } from '$lib/i18n/format';
import { atomFeed } from '$lib/share/feed';
import { FEED } from '$lib/server/changes';
import { SITE_URL } from '$lib/server/share';

export const prerender = true;

/**
 * The Atom feed of the dataset's newest events (the first page of /changes, which links the
 * older ones), in English, built with the site.
 */
export function GET() {
	const xml = atomFeed(FEED, {
		site: SITE_URL || base,
		updated: META.updated,
		kinds: en.history.kinds,
		figure: (value, unit) => formatFigure(value, unit, 'en-GB', en.history.people),
		licence: `${META.licence} (${META.licenceUrl})`
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
