/**
 * Reading a folder of articles: the only module of the article parser that
 * touches the file system.
 *
 * Each `NAME.txt` is an article; `NAME.meta.yaml`, `NAME.meta.yml` or
 * `NAME.meta.json` beside it is its optional sidecar. One bad file never keeps the
 * others from being published: a file that cannot be read as an article (not text,
 * empty, no body left after cleaning, a broken sidecar, a sidecar with no article)
 * is left out and listed with the reason, and what had to be guessed or repaired to
 * read a file is a warning. Only a folder that cannot be read at all stops the build,
 * with an `ArticleReadError` that names it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta, ParsedArticle, SkippedFile, Warning } from '../types.ts';
import { decodeArticle } from './decode.ts';
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

export interface ReadResult {
  /** Every article that could be read, sorted by file name. */
  articles: ParsedArticle[];
  /** Every file left out, with the reason. */
  skipped: SkippedFile[];
  /** What had to be guessed or repaired in the articles that were read. */
  warnings: Warning[];
}

const ARTICLE_EXT = '.txt';
const SIDECAR_RE = /^(.+)\.meta\.(yaml|yml|json)$/;

interface Sidecar {
  name: string;
  format: SidecarFormat;
}

/** A file that cannot be published, said by the code that finds out. */
class Unpublishable extends Error {}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new ArticleReadError(dir, 'articles directory does not exist');
    if (code === 'ENOTDIR') throw new ArticleReadError(dir, 'not a directory');
    throw new ArticleReadError(dir, `cannot list directory (${messageOf(error)})`);
  }
}

/** `what` names the file in the reason: "it" for the article, "its sidecar …" for a sidecar. */
async function readBytes(file: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new Unpublishable(`${what} cannot be read (${errorCode(error) ?? messageOf(error)})`);
  }
}

async function readSidecar(dir: string, sidecar: Sidecar): Promise<ArticleMeta> {
  const what = `its sidecar ${sidecar.name}`;
  let content: string;
  try {
    // The decoder drops a leading byte-order mark.
    content = new TextDecoder('utf-8', { fatal: true }).decode(await readBytes(path.join(dir, sidecar.name), what));
  } catch (error) {
    if (error instanceof Unpublishable) throw error;
    throw new Unpublishable(`${what} is not UTF-8 text`);
  }
  try {
    return parseSidecar(sidecar.name, content, sidecar.format);
  } catch (error) {
    if (error instanceof SidecarError) throw new Unpublishable(`${what} is invalid: ${error.reason}`);
    throw error;
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One article: its sidecar, its text, parsed; throws `Unpublishable` with the reason it cannot be. */
async function readOne(dir: string, id: string, sidecars: readonly Sidecar[], warnings: Warning[]): Promise<ParsedArticle> {
  if (sidecars.length > 1) throw new Unpublishable(`it has ${sidecars.length} sidecars (${sidecars.map((s) => s.name).join(', ')}): keep one`);
  const meta = sidecars[0] ? await readSidecar(dir, sidecars[0]) : {};
  const decoded = decodeArticle(await readBytes(path.join(dir, id + ARTICLE_EXT), 'it'), meta.encoding);
  if (!decoded.ok) throw new Unpublishable(decoded.reason);
  for (const note of decoded.notes) warnings.push({ article: id, kind: 'decoded', message: note });
  let article: ParsedArticle;
  try {
    article = parseArticle(id, decoded.text, meta);
  } catch (error) {
    throw new Unpublishable(`the article reader failed on it (${messageOf(error)}): please report this`);
  }
  if (!article.paragraphs.some((p) => p.kind === 'body')) {
    throw new Unpublishable('no body text left after removing headline, datelines and boilerplate');
  }
  for (const problem of article.problems ?? []) warnings.push({ article: id, kind: 'dateline', message: problem });
  return article;
}

/** Every article in `dir` that can be read, each merged with its sidecar; every other file, with why. */
export async function readArticles(dir: string): Promise<ReadResult> {
  const files = (await listFiles(dir)).sort(byName);
  const articleIds = files.filter((f) => f.endsWith(ARTICLE_EXT)).map((f) => f.slice(0, -ARTICLE_EXT.length));
  const result: ReadResult = { articles: [], skipped: [], warnings: [] };

  const sidecars = new Map<string, Sidecar[]>();
  for (const name of files) {
    const m = SIDECAR_RE.exec(name);
    if (!m) continue;
    const id = m[1] ?? '';
    if (!articleIds.includes(id)) {
      result.skipped.push({ file: name, reason: `a sidecar without its article (there is no ${id}${ARTICLE_EXT})` });
      continue;
    }
    sidecars.set(id, [...(sidecars.get(id) ?? []), { name, format: m[2] === 'json' ? 'json' : 'yaml' }]);
  }

  for (const id of articleIds) {
    try {
      result.articles.push(await readOne(dir, id, sidecars.get(id) ?? [], result.warnings));
    } catch (error) {
      if (!(error instanceof Unpublishable)) throw error;
      result.skipped.push({ file: id + ARTICLE_EXT, reason: error.message });
    }
  }
  result.skipped.sort((a, b) => byName(a.file, b.file));
  return result;
}
