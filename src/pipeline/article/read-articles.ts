/**
 * Reading a folder of articles: the only module of the article parser that
 * touches the file system.
 *
 * Each `NAME.txt` is an article; `NAME.meta.yaml`, `NAME.meta.yml` or
 * `NAME.meta.json` beside it is its optional sidecar. Anything that would make
 * the dataset silently wrong (undecodable text, binary data, an article with no
 * body, a sidecar nobody reads) stops the build with an `ArticleReadError` that
 * names the file, rather than being skipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta, ParsedArticle } from '../types.ts';
import { parseArticle } from './parse-article.ts';
import { parseSidecar, SidecarError, type SidecarFormat } from './sidecar.ts';

export class ArticleReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleReadError';
  }
}

const ARTICLE_EXT = '.txt';
const SIDECAR_RE = /^(.+)\.meta\.(yaml|yml|json)$/;

interface Sidecar {
  name: string;
  format: SidecarFormat;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new ArticleReadError(dir, 'articles directory does not exist');
    if (code === 'ENOTDIR') throw new ArticleReadError(dir, 'not a directory');
    throw new ArticleReadError(dir, `cannot list directory (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Decoded text of an article file, or an error saying why it is not usable text. */
function decodeArticle(file: string, bytes: Uint8Array): string {
  // NUL never occurs in text; checked before decoding because it is valid UTF-8.
  if (bytes.includes(0)) throw new ArticleReadError(file, 'contains NUL bytes (binary file, or not UTF-8 text)');
  let text: string;
  try {
    // fatal: reject invalid UTF-8 instead of inventing U+FFFD; the decoder drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleReadError(file, 'not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ArticleReadError(file, 'empty or whitespace-only file');
  return text;
}

async function readSidecar(dir: string, sidecar: Sidecar): Promise<ArticleMeta> {
  const file = path.join(dir, sidecar.name);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch {
    throw new ArticleReadError(file, 'invalid sidecar: not readable UTF-8 text');
  }
  try {
    return parseSidecar(sidecar.name, content, sidecar.format);
  } catch (error) {
    if (error instanceof SidecarError) throw new ArticleReadError(file, `invalid sidecar: ${error.reason}`);
    throw error;
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** All articles in `dir`, sorted by file name, each merged with its sidecar. */
export async function readArticles(dir: string): Promise<ParsedArticle[]> {
  const files = (await listFiles(dir)).sort(byName);
  const articleIds = new Set(files.filter((f) => f.endsWith(ARTICLE_EXT)).map((f) => f.slice(0, -ARTICLE_EXT.length)));

  const sidecars = new Map<string, Sidecar>();
  for (const name of files) {
    const m = SIDECAR_RE.exec(name);
    if (!m) continue;
    const id = m[1] ?? '';
    const file = path.join(dir, name);
    if (!articleIds.has(id)) throw new ArticleReadError(file, `sidecar without an article (no ${id}${ARTICLE_EXT})`);
    const other = sidecars.get(id);
    if (other) throw new ArticleReadError(file, `second sidecar for ${id}${ARTICLE_EXT} (already have ${other.name})`);
    sidecars.set(id, { name, format: m[2] === 'json' ? 'json' : 'yaml' });
  }

  const articles: ParsedArticle[] = [];
  for (const id of [...articleIds].sort(byName)) {
    const file = path.join(dir, id + ARTICLE_EXT);
    const text = decodeArticle(file, await readFile(file));
    const sidecar = sidecars.get(id);
    const meta = sidecar ? await readSidecar(dir, sidecar) : {};
    const article = parseArticle(id, text, meta);
    if (!article.paragraphs.some((p) => p.kind === 'body')) {
      throw new ArticleReadError(file, 'no body text left after removing headline, datelines and boilerplate');
    }
    articles.push(article);
  }
  return articles;
}
