/**
 * Checks across the articles read, for the build's report: things that are not wrong enough to
 * leave an article out, but that an editor should see before publishing.
 */
import type { ParsedArticle, Warning } from '../types.ts';

const DAY_MS = 86_400_000;

/**
 * An article dated after `today` (the build's day, UTC): a typo in a sidecar, or a dateline read
 * wrong. One day of grace, since a dateline's day runs ahead of UTC east of Greenwich.
 */
export function futureDates(articles: readonly ParsedArticle[], today: string): Warning[] {
  const latest = new Date(Date.parse(`${today}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return articles
    .filter((a) => a.date !== null && a.date > latest)
    .map((a) => ({
      article: a.id,
      kind: 'future-date',
      message: `its date, ${a.date}${a.dateSource === 'metadata' ? ' (from its sidecar)' : ''}, is after the day of this build (${today})`,
    }));
}

/** Two files with the same body text: one story filed twice, whose statements merge into the same points. */
export function duplicateTexts(articles: readonly ParsedArticle[]): Warning[] {
  const first = new Map<string, string>();
  const warnings: Warning[] = [];
  for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = article.text.replace(/\s+/g, ' ').trim();
    const original = first.get(key);
    if (original === undefined) first.set(key, article.id);
    else warnings.push({ article: article.id, kind: 'duplicate', message: `the same text as ${original}: its statements merge into the same points` });
  }
  return warnings;
}
