import { COMMITMENTS } from '$lib/data/dataset.server';
import { toGeoJson } from '$lib/data/export';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(toGeoJson(COMMITMENTS)), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
