import { COMMITMENTS } from '$lib/data/dataset.server';
import { detailsById } from '$lib/data/details';

export const prerender = true;

/** Each commitment's texts, sources and history, by id: what its details panel loads. */
export function GET() {
	return new Response(JSON.stringify(detailsById(COMMITMENTS)), {
		headers: { 'content-type': 'application/json' }
	});
}
