/**
 * Feeds, sitemaps and exports are read away from the site: every link in them is absolute.
 * `pathOrUrl` is a path on the host (`/news/wsw/points/x/`, as the published dataset has them),
 * or relative to the site's address (`./`, `articles/x/`), which keeps the folder it lives in.
 */
export function absoluteUrl(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, siteUrl).href;
}
