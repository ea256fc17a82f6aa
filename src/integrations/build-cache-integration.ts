/**
 * Reusing the pages (and link-preview images) that did not change since the last build
 * (src/lib/page-cache.ts).
 *
 * Before `astro build`: the build key, a hash of everything besides a page's props that its
 * HTML depends on (the site's code, styles and assets, the locked dependencies, Node, and the
 * settings that reach the HTML). After it: every page rendered is filed in the cache, every
 * page the routes left out is put in the output from the cache (completing the last build's
 * output where there is one: src/integrations/previous-output.ts), and the pages this build
 * did not use are dropped from the cache, so that it stays the size of one site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedFile, type CachedPage } from '../lib/page-cache.ts';
import { complete, fileAs, Folders, setAside, type ReusedFile } from './previous-output.ts';

export interface BuildCacheOptions {
  /** Where pages are kept between builds. */
  pagesDir: string;
  /** Where the routes list their pages during a build. */
  manifestsDir: string;
  /** Where the build key is written for the routes. */
  keyFile: string;
  /** Where the last build's output is kept while Astro builds, to be completed: on the output's file system. */
  previousOutputDir: string;
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

export function buildCacheIntegration(options: BuildCacheOptions): AstroIntegration {
  let building = false;
  let kept = false;
  return {
    name: 'who-said-what:build-cache',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        building = command === 'build';
        await rm(options.manifestsDir, { recursive: true, force: true });
        await rm(options.keyFile, { force: true });
        if (!building) return;
        kept = setAside(fileURLToPath(config.outDir), options.previousOutputDir);
        const root = fileURLToPath(config.root);
        const settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format };
        await mkdir(path.dirname(options.keyFile), { recursive: true });
        await writeFile(options.keyFile, await buildKey(root, settings));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!building) return;
        const out = fileURLToPath(dir);
        const wanted = new Set<string>();
        const reused: ReusedFile[] = [];
        const folders = new Folders();
        let filed = 0;
        const manifests = existsSync(options.manifestsDir) ? await readdir(options.manifestsDir) : [];
        for (const manifest of manifests) {
          const pages = JSON.parse(await readFile(path.join(options.manifestsDir, manifest), 'utf8')) as CachedPage[];
          for (const page of pages) {
            const cached = cachedFile(options.pagesDir, page);
            wanted.add(path.basename(cached));
            if (page.reused) {
              reused.push({ file: page.file, cached });
            } else {
              fileAs(path.join(out, page.file), cached, folders);
              filed++;
            }
          }
        }
        complete(out, kept ? options.previousOutputDir : null, reused);
        for (const file of await filesUnder(options.pagesDir)) if (!wanted.has(path.basename(file))) await unlink(file);
        logger.info(`${reused.length} pages reused from the cache, ${filed} rendered and filed in it (${options.pagesDir})`);
      },
    },
  };
}
