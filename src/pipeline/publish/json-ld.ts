/**
 * Structured data for a point's page: a schema.org `Quotation`, so that search engines
 * and link previews know who said it, when, and which news articles it is based on.
 */
import type { Actor, DatasetArticle, Point } from '../types.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { pointWords } from './point-words.ts';

type JsonLd = { [key: string]: string | string[] | JsonLd | JsonLd[] };

function actorLd(actor: Actor): JsonLd {
  const person = actor.kind === 'person';
  return {
    '@type': person ? 'Person' : 'Organization',
    name: actor.name,
    ...(actor.description ? { [person ? 'jobTitle' : 'description']: actor.description } : {}),
  };
}

/** An actor's page: a schema.org `Person` or `Organization` with the names the articles give it. */
export function actorPageLd(actor: Actor, siteUrl: string): JsonLd {
  const url = new URL(actor.path ?? '', siteUrl).href;
  return {
    '@context': 'https://schema.org',
    ...actorLd(actor),
    '@id': `${url}#actor`,
    url,
    ...(actor.aliases.length > 0 ? { alternateName: actor.aliases } : {}),
  };
}

function articleLd(article: DatasetArticle, siteUrl: string): JsonLd {
  return {
    '@type': 'NewsArticle',
    // The original when the article names it; this site's copy otherwise.
    url: article.url ?? new URL(article.path, siteUrl).href,
    ...(article.title ? { headline: article.title } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    ...(article.date ? { datePublished: article.date } : {}),
  };
}

/**
 * `dateCreated` only as precisely as the sources date it (a day, a month, a year); a range
 * such as "last week" is a `temporalCoverage` interval instead of a made-up day.
 */
function dateLd(point: Point): JsonLd {
  if (point.date === null) return {};
  switch (point.datePrecision) {
    case 'day':
      return { dateCreated: point.date };
    case 'month':
      return { dateCreated: point.date.slice(0, 7) };
    case 'year':
      return { dateCreated: point.date.slice(0, 4) };
    default:
      return { temporalCoverage: `${point.date}/${point.dateEnd ?? point.date}` };
  }
}

export function quotationLd(point: Point, index: DatasetIndex, siteUrl: string): JsonLd {
  const url = new URL(point.path, siteUrl).href;
  const speaker = index.actor(point.speaker);
  // "Unresolved speaker" is not anyone's name (nor is an id the dataset does not know): structured data says nothing rather than something false.
  const speakerLd = speaker.id !== UNKNOWN_ACTOR.id && speaker.kind !== 'unknown' ? actorLd(speaker) : null;
  const articles = [...new Set(point.sources.map((s) => s.article))].map((id) => index.article(id));
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': `${url}#quotation`,
    url,
    text: pointWords(point),
    description: point.summary,
    ...(speakerLd ? { spokenByCharacter: speakerLd, creator: speakerLd } : {}),
    ...dateLd(point),
    isBasedOn: articles.map((a) => articleLd(a, siteUrl)),
  };
}

/**
 * JSON to put inside `<script type="application/ld+json">`: `<` is written `\u003c` so that
 * article text holding `</script>` cannot end the element, `>` and `&` likewise for HTML
 * parsers' other states, and U+2028/U+2029 because older JavaScript parsers end lines there.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
