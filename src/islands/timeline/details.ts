/**
 * The detail panel of the selected point: its words, who said them to whom and
 * when, and every source with a link to its highlighted sentence. Built with
 * textContent only: everything here comes from articles.
 */
import { formatDateRange } from '../../lib/format.ts';
import type { TimelineActor, TimelineArticle, TimelinePoint } from './types.ts';

export interface Lookup {
  actor(id: string): TimelineActor;
  article(id: string): TimelineArticle | undefined;
}

const PRECISION: Record<string, string> = {
  day: 'known to the day',
  week: 'known to the week',
  month: 'known to the month',
  year: 'known to the year',
  unknown: 'not dated by the sources',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const withRole = (actor: TimelineActor) => (actor.role ? `${actor.name} (${actor.role})` : actor.name);

const wordsOf = (point: TimelinePoint): string => (point.quote ? `“${point.quote}”` : point.summary);

const whoToWhom = (point: TimelinePoint, lookup: Lookup): string => {
  const to = point.addressees.map((id) => lookup.actor(id).name);
  return `${lookup.actor(point.speaker).name}${to.length > 0 ? ` → ${to.join(', ')}` : ''}`;
};

/** One line to scan: the words with who said them to whom, or the summary, which already says who. */
export const lineOf = (point: TimelinePoint, lookup: Lookup): string =>
  point.quote ? `${whoToWhom(point, lookup)}: “${point.quote}”` : point.summary;

export const whenOf = (point: TimelinePoint): string => formatDateRange(point.date, point.dateEnd, point.precision);

/** Replaces the panel's body (`[data-details-body]`) and heading with `point`'s. */
export function fillDetails(panel: HTMLElement, point: TimelinePoint, lookup: Lookup): void {
  panel.querySelector('[data-details-heading]')!.textContent = whoToWhom(point, lookup);
  const body = panel.querySelector('[data-details-body]')!;

  const when = element('p', `${whenOf(point)} (${PRECISION[point.precision] ?? point.precision}) · ${point.kind}`, 'muted');
  const words = element('blockquote', wordsOf(point), 'tl-details-words');

  const who = element('dl', undefined, 'tl-details-who');
  who.append(element('dt', 'Said by'), element('dd', withRole(lookup.actor(point.speaker))));
  who.append(element('dt', 'To'));
  if (point.addressees.length === 0) who.append(element('dd', 'no one named'));
  for (const id of point.addressees) who.append(element('dd', withRole(lookup.actor(id))));

  const heading = element('h4', point.sources.length === 1 ? 'Source' : `Sources (${point.sources.length})`);
  const sources = element('ol', undefined, 'tl-details-sources');
  for (const source of point.sources) {
    const article = lookup.article(source.article);
    const item = element('li');
    const line = element('p');
    if (article) {
      const link = element('a', article.title);
      link.href = `${article.path}#${source.anchor}`;
      line.append(link);
    } else {
      line.append(element('span', source.article));
    }
    const note = `${article?.outlet ? ` · ${article.outlet}` : ''} · ${source.direct ? 'quoted directly' : 'reported speech'}`;
    line.append(element('span', note, 'muted'));
    item.append(line, element('blockquote', source.excerpt));
    sources.append(item);
  }

  const page = element('a', 'The statement’s own page');
  page.href = point.path;
  const pageLine = element('p', undefined, 'tl-details-page');
  pageLine.append(page);

  body.replaceChildren(when, words, who, heading, sources, pageLine);
}
