// Every page is prerendered: the build deploys to any static host or CDN.
export const prerender = true;
export const trailingSlash = 'never';
