/**
 * Extractions kept between builds. `extractArticle` is a pure function of the parsed article
 * (its text and sidecar) and the actor registry, so its result can be filed under the hash of
 * both and of the extractor's own code: adding one article to a site of hundreds extracts one
 * article. Cross-article work (linking actors, merging points) is cheap and always redone.
 *
 * A cache file is one article's extraction as JSON, named by that hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleExtraction } from './extract/extract-article.ts';
import type { ParsedArticle, RegistryActor } from './types.ts';

export interface ExtractionCacheOptions {
  /** Where the extractions are filed. */
  dir: string;
  /** A hash of the extractor's code (see `codeVersion`): a change to it makes every entry stale. */
  version: string;
}

type Extract = (article: ParsedArticle, registry: readonly RegistryActor[]) => ArticleExtraction;

/** What the cache did in one build, for the build's log and the benchmark. */
export interface CacheUse {
  reused: number;
  extracted: number;
}

/** A hash of every file under `dirs` (sorted by path): the version of the code they hold. */
export function codeVersion(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
  for (const file of dirs.flatMap(files).sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * `extract` behind the cache in `options.dir`. `prune()` drops the entries this build did not
 * use, so that the cache stays the size of one site.
 */
export function cachedExtraction(extract: Extract, options: ExtractionCacheOptions): { extract: Extract; prune: () => CacheUse } {
  mkdirSync(options.dir, { recursive: true });
  const used = new Set<string>();
  const use: CacheUse = { reused: 0, extracted: 0 };
  let registryKey: { registry: readonly RegistryActor[]; hash: string } | null = null;
  const keyOf = (article: ParsedArticle, registry: readonly RegistryActor[]): string => {
    if (registryKey?.registry !== registry) registryKey = { registry, hash: createHash('sha256').update(JSON.stringify(registry)).digest('hex') };
    return createHash('sha256').update(options.version).update('\0').update(registryKey.hash).update('\0').update(JSON.stringify(article)).digest('hex');
  };
  return {
    extract(article, registry) {
      const key = keyOf(article, registry);
      const file = path.join(options.dir, `${key}.json`);
      used.add(`${key}.json`);
      if (existsSync(file)) {
        const cached = JSON.parse(readFileSync(file, 'utf8')) as ArticleExtraction;
        use.reused++;
        return cached;
      }
      const extraction = extract(article, registry);
      // Written whole, then renamed: a build killed halfway leaves no half a file.
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(extraction));
      renameSync(`${file}.${process.pid}.tmp`, file);
      use.extracted++;
      return extraction;
    },
    prune() {
      for (const file of readdirSync(options.dir)) if (!used.has(file)) rmSync(path.join(options.dir, file), { force: true });
      return { ...use };
    },
  };
}
