/**
 * The dataset as a TimelineJS (Knight Lab) JSON document, so that the timeline opens in
 * the tool newsrooms already embed: `new TL.Timeline('embed', '/data/timelinejs.json')`.
 * TimelineJS renders `headline` and `text` as HTML: every piece of article text in them
 * is escaped by the XML builder.
 */
import type { Dataset, DatasetArticle, Point } from '../types.ts';
import { sourceAnchors } from '../render/highlights.ts';
import { articleLabel } from './article-label.ts';
import { absoluteUrl } from './site-url.ts';
import { element, fragment, type Markup } from './xml.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineEvent {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineEvent[];
}

export interface TimelineOptions {
  siteUrl: string;
  title: string;
  description: string;
  /** Each article's heading as the site shows it (an untitled clipping is named by its lead). */
  headings: ReadonlyMap<string, string>;
}

/** A date as precise as the sources give it: TimelineJS shows "2022" for a year, "January 2022" for a month. */
function timelineDate(iso: string, precision: Point['datePrecision']): TimelineDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

const html = (parts: ReadonlyArray<string | Markup>): string => fragment(parts).markup;

function links(items: ReadonlyArray<{ href: string; label: string }>): Array<string | Markup> {
  return items.flatMap((item, i) => [...(i > 0 ? [', '] : []), element('a', { href: item.href }, [item.label])]);
}

export function datasetToTimelineJs(dataset: Dataset, options: TimelineOptions): TimelineJs {
  const { siteUrl } = options;
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const actorName = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  const dated = dataset.points.filter((p): p is Point & { date: string } => p.date !== null);
  const undated = dataset.points.length - dated.length;
  const builtFrom = dataset.builtFrom.articles.map((id) => articles.get(id)).filter((a): a is DatasetArticle => a !== undefined);

  const events = dated.map((point): TimelineEvent => {
    const anchors = sourceAnchors(point);
    const addressees = point.addressees.map(actorName);
    const words = point.quote ? `“${point.quote}”` : (point.sources[0]?.quote ?? point.summary);
    const sources = point.sources.map((s, i) => {
      const article = articles.get(s.article);
      return {
        href: absoluteUrl(`${article?.path ?? `articles/${s.article}/`}#${anchors[i]}`, siteUrl),
        label: article?.outlet ?? article?.title ?? s.article,
      };
    });
    const ranged = point.datePrecision !== 'year' && point.datePrecision !== 'month' && point.dateEnd !== null && point.dateEnd !== point.date;
    return {
      unique_id: point.id,
      start_date: timelineDate(point.date, point.datePrecision),
      ...(ranged ? { end_date: timelineDate(point.dateEnd!, point.datePrecision) } : {}),
      text: {
        headline: html([`${actorName(point.speaker)}${addressees.length > 0 ? ` to ${addressees.join(', ')}` : ''}`]),
        text: html([
          element('p', {}, [words]),
          element('p', {}, ['Reported by ', ...links(sources), '. ', element('a', { href: absoluteUrl(point.path, siteUrl) }, ['Sources and context'])]),
        ]),
      },
      group: actorName(point.speaker),
    };
  });

  return {
    title: {
      text: {
        headline: html([options.title]),
        text: html([
          element('p', {}, [options.description]),
          element('p', {}, [
            `Built from ${builtFrom.length} article${builtFrom.length === 1 ? '' : 's'}: `,
            ...links(builtFrom.map((a) => ({ href: absoluteUrl(a.path, siteUrl), label: articleLabel(a, options.headings) }))),
            '.',
          ]),
          ...(undated > 0
            ? [element('p', {}, [`${undated} undated statement${undated === 1 ? ' is' : 's are'} not placed on this timeline; the full dataset lists them.`])]
            : []),
        ]),
      },
    },
    events,
  };
}
