/**
 * The HTTP security headers of the public site, defined once: `npm start` (tooling/serve-site.ts) sends them,
 * the build writes them to `_headers` for Netlify/Cloudflare-Pages style hosts, and docs/security.md
 * shows them for nginx.
 *
 * Scripts only from the site itself (no 'unsafe-inline'); 'wasm-unsafe-eval' because Pagefind's search
 * runs as WebAssembly. Styles allow 'unsafe-inline' for the style attributes Leaflet and Astro write.
 * Map tiles come from PUBLIC_TILE_URL's origin; forms post to, and scripts call, the CMS's public origin
 * (PUBLIC_CMS_URL, else localhost on CMS_PORT: `publicAddresses`).
 */
import { publicAddresses } from '@mzo/content-types/addresses';
import { DEFAULT_TILE_URL } from './map-config.ts';

export interface HeaderOptions {
  tileUrl?: string;
  cmsUrl?: string;
  hsts?: boolean;
}

function originOf(url: string | undefined) {
  if (!url) return undefined;
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}

/** The Content-Security-Policy value for a site whose tiles and CMS live at these URLs. */
export function contentSecurityPolicy({ tileUrl = DEFAULT_TILE_URL, cmsUrl }: HeaderOptions = {}): string {
  const tiles = originOf(tileUrl);
  const cms = originOf(cmsUrl);
  const list = (...sources: (string | undefined)[]) => sources.filter(Boolean).join(' ');
  return [
    `default-src 'self'`,
    `script-src 'self' 'wasm-unsafe-eval'`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src ${list("'self'", 'data:', 'blob:', tiles, cms)}`,
    `font-src 'self'`,
    `connect-src ${list("'self'", cms)}`,
    `form-action ${list("'self'", cms)}`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * All security headers as name → value. `hsts` adds Strict-Transport-Security: only when the site is
 * reached over https (a browser ignores it over http, but a proxy could cache it onto the wrong host).
 */
export function securityHeaders({
  tileUrl = process.env.PUBLIC_TILE_URL || DEFAULT_TILE_URL,
  cmsUrl = publicAddresses(process.env).cmsUrl,
  hsts = false,
}: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ tileUrl, cmsUrl }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** The headers as a Netlify/Cloudflare Pages `_headers` file (all paths). */
export function headersFile(options: HeaderOptions = {}): string {
  const lines = ['/*'];
  for (const [name, value] of Object.entries(securityHeaders({ ...options, hsts: true }))) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into name → value (the `/*` block that headersFile writes). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]] = match[2].trim();
  }
  return headers;
}
