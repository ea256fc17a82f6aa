/**
 * Reading gold files from disk and checking that they fit the corpus they score.
 * Kept apart from `score.ts`, which stays pure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GoldError, parseGold, type GoldArticle } from './gold.ts';

const GOLD_SUFFIX = '.gold.json';

/** Every `*.gold.json` in a folder, parsed and validated; throws GoldError on the first bad file. */
export async function loadGoldDir(dir: string): Promise<GoldArticle[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(GOLD_SUFFIX)).sort();
  const gold: GoldArticle[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new GoldError(file, [`not valid JSON: ${(error as Error).message}`]);
    }
    const article = parseGold(json, file);
    // The file name is how people find an article's gold; it must not lie about it.
    if (basename(name, GOLD_SUFFIX) !== article.article) {
      throw new GoldError(file, [`article "${article.article}" does not match the file name (expected "${article.article}${GOLD_SUFFIX}")`]);
    }
    const other = seen.get(article.article);
    if (other) throw new GoldError(file, [`article "${article.article}" already has gold in ${other}`]);
    seen.set(article.article, file);
    gold.push(article);
  }
  return gold;
}

/** Article ids of a corpus folder: its `.txt` files without the extension. */
export async function listArticles(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => basename(f, '.txt'))
    .sort();
}

/** Gold that names an article outside the corpus would silently score nothing. */
export function checkGoldAgainstCorpus(gold: readonly GoldArticle[], articles: readonly string[], goldDir: string, articlesDir: string): void {
  const known = new Set(articles);
  for (const g of gold) {
    if (!known.has(g.article)) {
      throw new GoldError(join(goldDir, `${g.article}${GOLD_SUFFIX}`), [`article "${g.article}" is not in the corpus ${articlesDir} (no ${g.article}.txt)`]);
    }
  }
}
