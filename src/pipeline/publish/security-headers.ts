/**
 * The site's Content-Security-Policy and the other security headers, in one place.
 *
 * The site runs no inline script and uses no inline style (every stylesheet and script is a
 * file of the build; `astro.config.mjs` keeps Astro and Vite from inlining small ones), so the
 * policy can allow only the site's own files: an article's text that slipped past escaping
 * still could not run or restyle anything. `<script type="application/json">` and JSON-LD
 * blocks are data, which the policy does not govern.
 *
 * It reaches the browser twice: as a `<meta http-equiv>` in every page (any static host, GitHub
 * Pages included) and as a real header in `_headers` (Netlify, Cloudflare Pages), which can
 * also say what a meta tag cannot.
 */

/** Directive → sources. Each is the least the site needs. */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  // The search index is fetched on first use.
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** The policy as the pages carry it in a `<meta>` element. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * Headers for hosts that read a `_headers` file. No `frame-ancestors` and no `X-Frame-Options`:
 * a newsroom may frame the site's pages in its own (and a meta tag could not say it anyway).
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];

/** A `_headers` file (Netlify, Cloudflare Pages) giving every page of the site, under its base path, these headers. */
export function headersFile(basePath: string): string {
  return `${basePath}*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
