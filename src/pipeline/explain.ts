/**
 * "Why did it say that?": each statement an article gave, with the rules that produced
 * its speaker, addressees, words and date — what `npm run extract -- DIR --explain` prints.
 */
import type { ArticleStatement } from './types.ts';

export interface ExplainedStatement {
  statement: ArticleStatement;
  /** The point it became. */
  point: string;
}

function when(s: ArticleStatement): string {
  if (!s.when) return 'undated';
  const { date, dateEnd, precision } = s.when;
  return date === dateEnd ? date : `${date} … ${dateEnd} (${precision})`;
}

const rules = (names: readonly string[]): string => (names.length > 0 ? [...new Set(names)].join(', ') : '—');

export function formatExplanation(explained: readonly ExplainedStatement[]): string {
  const out: string[] = [];
  let article: string | null = null;
  for (const { statement: s, point } of explained) {
    if (s.article !== article) {
      article = s.article;
      out.push(`== ${article} ==`);
    }
    const to = s.addressees.length > 0 ? ` → ${s.addressees.map((a) => a.name).join(', ')}` : '';
    out.push(
      `[${s.kind}] ${s.speaker.name}${to}, ${when(s)}: ${s.direct ? '“' : ''}${s.words}${s.direct ? '”' : ''}`,
      `  sentence:   ${s.excerpt}`,
      `  cue:        ${s.cue ?? '—'}`,
      `  speaker:    ${rules(s.why.speaker)}`,
      `  addressees: ${rules(s.why.addressees)}`,
      `  words:      ${rules(s.why.words)}`,
      `  date:       ${rules(s.why.date)}`,
      `  point:      ${point}`,
      '',
    );
  }
  return out.join('\n');
}
