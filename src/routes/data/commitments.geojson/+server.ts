import { COMMITMENTS, META } from '$lib/data/dataset.server';
import { toGeoJson } from '$lib/data/export';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(toGeoJson(COMMITMENTS, META)), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
