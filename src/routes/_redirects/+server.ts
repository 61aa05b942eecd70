import { base } from '$app/paths';
import { redirectRules } from '$lib/server/redirects';

export const prerender = true;

/** build/_redirects for Netlify and Cloudflare Pages (see $lib/server/redirects). */
export function GET() {
	return new Response(redirectRules(base), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
