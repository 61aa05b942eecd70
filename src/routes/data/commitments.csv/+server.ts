import { COMMITMENTS } from '$lib/data/dataset.server';
import { toCsv } from '$lib/data/export';

export const prerender = true;

export function GET() {
	return new Response(toCsv(COMMITMENTS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
