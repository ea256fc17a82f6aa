/**
 * `npm run check-links [-- DIR]`: every internal link in the built site (dist/, or `OUT_DIR`, by default)
 * resolves to a file of the build, and every fragment to an element of its page.
 * (linkinator would do, but needs Node 22; the project runs on 20.)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brokenLinks, type BrokenLink, type BuiltSite } from '../src/pipeline/publish/internal-links.ts';
import { OUT_DIR, SITE_URL } from '../src/site-config.ts';

/** Every file under `dir`, by its path inside it, with forward slashes. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const file = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, file)));
    else if (entry.isFile()) files.push(file);
  }
  return files;
}

/** Every file of a build, and the text of its HTML pages. */
export async function readBuiltSite(dir: string): Promise<BuiltSite> {
  const files = await filesUnder(dir);
  const pages = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith('.html')).sort()) pages.set(file, await readFile(path.join(dir, file), 'utf8'));
  return { pages, files: new Set(files) };
}

export async function checkBuiltSite(dir: string, siteUrl = SITE_URL): Promise<{ pages: number; broken: BrokenLink[] }> {
  const site = await readBuiltSite(dir);
  return { pages: site.pages.size, broken: brokenLinks(site, siteUrl) };
}

async function main(): Promise<number> {
  const dir = process.argv[2] ?? OUT_DIR;
  const { pages, broken } = await checkBuiltSite(dir);
  for (const b of broken) process.stderr.write(`${b.page}: ${b.link}: ${b.reason}\n`);
  process.stderr.write(`${pages} pages checked in ${dir}/: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}\n`);
  return broken.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
