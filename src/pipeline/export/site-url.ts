/** Feeds, sitemaps and exports are read away from the site: every link in them is absolute. */
export function absoluteUrl(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, siteUrl).href;
}
