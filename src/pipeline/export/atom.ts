/**
 * An Atom feed (RFC 4287) of the points, newest first: readers subscribe to a story and
 * see each statement as an entry that links to its page and to the articles reporting it.
 */
import type { Dataset, DatasetArticle, Point } from '../types.ts';
import { sourceAnchors } from '../render/highlights.ts';
import { articleLabel } from './article-label.ts';
import { absoluteUrl } from './site-url.ts';
import { element, xmlDocument, type Markup } from './xml.ts';

export interface FeedOptions {
  siteUrl: string;
  title: string;
  description: string;
  /** Where the feed itself is served. */
  feedPath: string;
  /** Each article's heading as the site shows it (an untitled clipping is named by its lead). */
  headings: ReadonlyMap<string, string>;
}

/** When nothing in the dataset carries a date, the feed still needs one; a fixed one keeps builds identical. */
const NO_DATE = '1970-01-01';

const timestamp = (day: string): string => `${day}T00:00:00Z`;

/**
 * The day an entry is filed under: the day the words were said, or — for an undated
 * statement — the day the latest article reporting it appeared.
 */
function entryDay(point: Point, articles: ReadonlyMap<string, DatasetArticle>): string | null {
  if (point.date !== null) return point.date;
  const days = point.sources.map((s) => articles.get(s.article)?.date ?? null).filter((d): d is string => d !== null);
  return days.sort().at(-1) ?? null;
}

export function datasetToAtom(dataset: Dataset, options: FeedOptions): string {
  const { siteUrl, headings } = options;
  const label = (a: DatasetArticle) => articleLabel(a, headings);
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const filed = dataset.points.map((point) => ({ point, day: entryDay(point, articles) }));
  const updated =
    [...filed.map((e) => e.day), ...dataset.articles.map((a) => a.date)]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? NO_DATE;
  // Newest first; entries with no day at all go last; the id keeps equal days in a fixed order.
  filed.sort((a, b) => (b.day ?? '').localeCompare(a.day ?? '') || (a.point.id < b.point.id ? -1 : 1));

  const builtFrom = dataset.builtFrom.articles.map((id) => articles.get(id)).filter((a): a is DatasetArticle => a !== undefined);
  const entry = ({ point, day }: { point: Point; day: string | null }): Markup => {
    const url = absoluteUrl(point.path, siteUrl);
    const anchors = sourceAnchors(point);
    const speaker = actorName.get(point.speaker) ?? point.speaker;
    const words = point.quote ? `“${point.quote}”` : (point.sources[0]?.quote ?? point.summary);
    const reporters = [...new Set(point.sources.map((s) => articles.get(s.article)?.outlet ?? s.article))];
    return element('entry', {}, [
      element('id', {}, [url]),
      element('title', { type: 'text' }, [point.summary]),
      element('link', { rel: 'alternate', type: 'text/html', href: url }),
      ...point.sources.map((s, i) => {
        const article = articles.get(s.article);
        return element('link', {
          rel: 'related',
          type: 'text/html',
          href: absoluteUrl(`${article?.path ?? `articles/${s.article}/`}#${anchors[i]}`, siteUrl),
          title: article ? label(article) : s.article,
        });
      }),
      element('updated', {}, [timestamp(day ?? updated)]),
      element('category', { term: point.speaker, label: speaker }),
      element('summary', { type: 'text' }, [words]),
      element('content', { type: 'text' }, [`${speaker}: ${words}\n\nReported by ${reporters.join(', ')}.`]),
    ]);
  };

  return xmlDocument(
    element('feed', { xmlns: 'http://www.w3.org/2005/Atom' }, [
      element('id', {}, [absoluteUrl('./', siteUrl)]),
      element('title', { type: 'text' }, [options.title]),
      element('subtitle', { type: 'text' }, [
        `${options.description} Built from ${builtFrom.length} article${builtFrom.length === 1 ? '' : 's'}: ${builtFrom.map(label).join('; ')}.`,
      ]),
      element('link', { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(options.feedPath, siteUrl) }),
      element('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl('./', siteUrl) }),
      // The articles it was built from, each as a link a reader can follow.
      ...builtFrom.map((a) => element('link', { rel: 'related', type: 'text/html', href: absoluteUrl(a.path, siteUrl), title: label(a) })),
      element('updated', {}, [timestamp(updated)]),
      element('author', {}, [element('name', {}, [options.title])]),
      ...filed.map(entry),
    ]),
  );
}
