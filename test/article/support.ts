/** Shared assertions for the article parser tests. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle } from '../../src/pipeline/types.ts';

export const ARTICLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/articles');

export function readSeed(id: string): string {
  return readFileSync(path.join(ARTICLES_DIR, `${id}.txt`), 'utf8');
}

/** `text` is the paragraphs joined by a blank line, and every offset points at its paragraph. */
export function assertOffsets(article: ParsedArticle): void {
  assert.equal(article.text, article.paragraphs.map((p) => p.text).join('\n\n'));
  for (const p of article.paragraphs) {
    assert.equal(article.text.slice(p.offset, p.offset + p.text.length), p.text, `offset of "${p.text.slice(0, 40)}"`);
  }
}

export function bodyTexts(article: ParsedArticle): string[] {
  return article.paragraphs.map((p) => p.text);
}

export function removedAs(article: ParsedArticle, reason: string): string[] {
  return article.removed.filter((r) => r.reason === reason).map((r) => r.text);
}
