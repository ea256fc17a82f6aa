/**
 * Reusing the pages (and link-preview images) that did not change since the last build
 * (src/lib/page-cache.ts).
 *
 * Before `astro build`: the build key, a hash of everything besides a page's props that its
 * HTML depends on (the site's code, styles and assets, the locked dependencies, Node, and the
 * settings that reach the HTML). After it: every page the routes left out is copied into the
 * output from the cache, every page rendered is filed in the cache, and the pages this build
 * did not use are dropped from it, so the cache stays the size of one site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedFile, type CachedPage } from '../lib/page-cache.ts';

export interface BuildCacheOptions {
  /** Where pages are kept between builds. */
  pagesDir: string;
  /** Where the routes list their pages during a build. */
  manifestsDir: string;
  /** Where the build key is written for the routes. */
  keyFile: string;
}

/** The project's files that make its pages, besides their data: source, static files, dependencies, configuration. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** Every file under `entry` (itself, if it is a file), in no particular order. */
async function filesUnder(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const found = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (found === null) return [entry];
  const nested = await Promise.all(found.map((d) => (d.isDirectory() ? filesUnder(path.join(entry, d.name)) : Promise.resolve([path.join(entry, d.name)]))));
  return nested.flat();
}

async function buildKey(root: string, settings: unknown): Promise<string> {
  const hash = createHash('sha256').update(process.version).update(JSON.stringify(settings));
  const files = (await Promise.all(CODE.map((entry) => filesUnder(path.join(root, entry))))).flat().sort();
  for (const file of files)
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

/**
 * `to` as the same file as `from`: a hard link, where the file system allows (a fraction of a
 * copy's time for the thousands of pages of a rebuild), else a copy. Nothing writes to either
 * afterwards: a build empties dist/ by unlinking, and the cache drops files the same way.
 */
async function sameFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

export function buildCacheIntegration(options: BuildCacheOptions): AstroIntegration {
  let building = false;
  return {
    name: 'who-said-what:build-cache',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        building = command === 'build';
        await rm(options.manifestsDir, { recursive: true, force: true });
        await rm(options.keyFile, { force: true });
        if (!building) return;
        const root = fileURLToPath(config.root);
        const settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format };
        await mkdir(path.dirname(options.keyFile), { recursive: true });
        await writeFile(options.keyFile, await buildKey(root, settings));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!building || !existsSync(options.manifestsDir)) return;
        const out = fileURLToPath(dir);
        const wanted = new Set<string>();
        let reused = 0;
        let filed = 0;
        for (const manifest of await readdir(options.manifestsDir)) {
          const pages = JSON.parse(await readFile(path.join(options.manifestsDir, manifest), 'utf8')) as CachedPage[];
          for (const page of pages) {
            const cached = cachedFile(options.pagesDir, page);
            const built = path.join(out, page.file);
            wanted.add(path.basename(cached));
            await mkdir(path.dirname(page.reused ? built : cached), { recursive: true });
            if (page.reused) {
              await sameFile(cached, built);
              reused++;
            } else {
              await sameFile(built, cached);
              filed++;
            }
          }
        }
        for (const file of await filesUnder(options.pagesDir)) if (!wanted.has(path.basename(file))) await unlink(file);
        logger.info(`${reused} pages reused from the cache, ${filed} rendered and filed in it (${options.pagesDir})`);
      },
    },
  };
}
