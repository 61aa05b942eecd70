import { COMMITMENTS } from '$lib/data/dataset.server';
import { toHistoryCsv } from '$lib/data/export';

export const prerender = true;

/** Every commitment's dated events, with the header of geo/data/history.csv. */
export function GET() {
	return new Response(toHistoryCsv(COMMITMENTS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
