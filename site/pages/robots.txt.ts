import type { APIRoute } from 'astro';

/** robots.txt with the sitemap as an absolute URL, which the robots.txt standard requires (a path is ignored). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
