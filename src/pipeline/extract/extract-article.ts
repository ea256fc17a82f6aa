/**
 * One article → the statements it reports, each tied to the sentence that reports it.
 *
 * The article's data flows through the stages once, in order, each a function of the
 * one before: reading (sentences, quotations, cues, reporting clauses, act patterns:
 * `read.ts`), who and to whom (`resolve.ts`), when and which acts (`assemble.ts`),
 * then the dating that needs the whole article (`when.ts`).
 */
import type { Actor, ArticleStatement, ParsedArticle, RegistryActor, Warning } from '../types.ts';
import { ActorDirectory } from '../actors/directory.ts';
import { assembleStatements } from './assemble.ts';
import { Discourse } from './discourse.ts';
import { readSentences } from './read.ts';
import { resolveMentions } from './resolve.ts';
import { dateFromLaterRetelling, dateFromNextBySameSpeaker } from './when.ts';

export interface ArticleExtraction {
  statements: ArticleStatement[];
  warnings: Warning[];
  /** Every actor the article's statements can name: the registry's and those it names itself (see link-actors.ts). */
  actors: Actor[];
}

/**
 * A pure function of the article and the actor registry: no other article changes what one
 * article says (which actors are the same across articles is decided after, by linkActors).
 */
export function extractArticle(article: ParsedArticle, registry: readonly RegistryActor[]): ArticleExtraction {
  const directory = new ActorDirectory(registry);
  const warnings: Warning[] = [];
  const warn = (kind: Warning['kind'], message: string) => warnings.push({ article: article.id, kind, message });
  const read = readSentences(article, warn);
  const discourse = new Discourse(directory);
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'body') discourse.preview(paragraph.text, paragraph.offset);
  }
  const resolved = resolveMentions(read, discourse);
  const statements = assembleStatements(article, resolved, warn);
  dateFromNextBySameSpeaker(statements);
  dateFromLaterRetelling(statements);
  return { statements, warnings, actors: directory.all() };
}
