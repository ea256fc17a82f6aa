/**
 * An article's text, for its own page: written by the articles integration beside the content
 * entries (src/pipeline/render/article-entry.ts), read here rather than through the content
 * collection, which would bundle every article's text into the server build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FOLDERS, type ArticleText } from '../pipeline/render/article-entry.ts';
import { GENERATED_DIR } from '../site-config.ts';

export function articleText(id: string): ArticleText {
  const file = path.join(GENERATED_DIR, ARTICLE_FOLDERS.texts, `${id}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ArticleText;
  } catch (error) {
    // Generated with the entries: missing or unreadable, the build's output is broken, and the file says where.
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
