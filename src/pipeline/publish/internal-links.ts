/**
 * A link checker for the built site, in-house: every link, image, script, preview image
 * and redirect in every HTML page that points inside the site must name a file of the
 * build, and a `#fragment` must name an element of that page. External links are not
 * followed (the build must not depend on the network).
 */

export interface BrokenLink {
  /** The page holding the link, as a file path inside the build (`points/x/index.html`). */
  page: string;
  link: string;
  reason: string;
}

/** The built site: HTML pages by file path, and every file path there is. */
export interface BuiltSite {
  pages: ReadonlyMap<string, string>;
  files: ReadonlySet<string>;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITY[name.toLowerCase()] ?? whole),
  );
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/** The start tags of a page, attributes decoded; the insides of scripts, styles and comments are not markup. */
function tags(html: string): Tag[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  return [...markup.matchAll(TAG)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(ATTRIBUTE)) attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    return { name: m[1]!.toLowerCase(), attrs };
  });
}

/** Meta tags whose content is an address: link previews and the page's own URL. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every address a page refers to: links, sources, srcsets, preview images, and a meta refresh's target. */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const { name, attrs } of tags(html)) {
    for (const attr of ['href', 'src']) {
      const value = attrs.get(attr);
      if (value !== undefined) links.push(value);
    }
    const srcset = attrs.get('srcset');
    if (srcset)
      links.push(
        ...srcset
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    if (name === 'meta') {
      const content = attrs.get('content') ?? '';
      if (URL_META.has(attrs.get('property') ?? attrs.get('name') ?? '')) links.push(content);
      if (attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (target) links.push(target.trim());
      }
    }
  }
  return links;
}

/** The ids of a page's elements, which fragments point at. */
export function idsIn(html: string): Set<string> {
  return new Set(tags(html).flatMap((t) => (t.attrs.has('id') ? [t.attrs.get('id')!] : [])));
}

/**
 * Where an internal link leads: the file in the build and the fragment; null for a link
 * that leaves the site (another origin, mailto:, data:…). `siteUrl` may hold a folder
 * (`https://example.org/news/wsw/`): the build's files live under it, and a link to the same
 * host outside it (`/points/x/` that forgot the folder) leads to no file of the build, `file: null`.
 */
export function internalTarget(link: string, pageFile: string, siteUrl: string): { file: string | null; fragment: string | null } | null {
  const site = new URL(siteUrl);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const pagePath = `${base}${pageFile.replace(/index\.html$/, '')}`;
  let url: URL;
  try {
    url = new URL(link, new URL(pagePath, site));
  } catch {
    return { file: link, fragment: null };
  }
  if (url.origin !== site.origin) return null;
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : null;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return { file: null, fragment };
  const file = path.slice(base.length);
  return { file: path.endsWith('/') ? `${file}index.html` : file, fragment };
}

export function brokenLinks(site: BuiltSite, siteUrl: string): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) ids.set(file, (found = idsIn(site.pages.get(file) ?? '')));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of site.pages) {
    for (const link of linksIn(html)) {
      const target = internalTarget(link, page, siteUrl);
      if (target === null) continue;
      if (target.file === null) {
        broken.push({ page, link, reason: `outside the site's folder ${new URL(siteUrl).pathname} (an address without the base path)` });
      } else if (!site.files.has(target.file)) {
        // With `trailingSlash: 'always'`, `/data` is not `/data/`: the server answers 404.
        const hint = site.files.has(`${target.file}/index.html`) ? ' (a page: its address ends with a slash)' : '';
        broken.push({ page, link, reason: `no file ${target.file}${hint}` });
      } else if (target.fragment && site.pages.has(target.file) && !idsOf(target.file).has(target.fragment)) {
        broken.push({ page, link, reason: `no element with id "${target.fragment}" in ${target.file}` });
      }
    }
  }
  return broken;
}
