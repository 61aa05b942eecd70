import topology from '$generated/countries.topo.json' with { type: 'json' };

export const prerender = true;

/** Europe's countries for the interactive map, built by npm run geo. */
export function GET() {
	return new Response(JSON.stringify(topology), {
		headers: { 'content-type': 'application/json' }
	});
}
