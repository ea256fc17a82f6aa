import { element, xmlDocument } from './xml.ts';
import { absoluteUrl } from './site-url.ts';

/** A sitemaps.org urlset of the given site paths. */
export function sitemapXml(paths: readonly string[], siteUrl: string): string {
  return xmlDocument(
    element(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      paths.map((p) => element('url', {}, [element('loc', {}, [absoluteUrl(p, siteUrl)])])),
    ),
  );
}
