/**
 * The detail panel of the selected point: its words, who said them to whom and
 * when, and every source with a link to its highlighted sentence. Built with
 * textContent only: everything here comes from articles.
 */
import { formatDateRange } from '../../shared/format.ts';
import { Threads } from '../../shared/threads.ts';
import type { TimelineActor, TimelineArticle, TimelineData, TimelinePoint } from '../../shared/dataset.ts';

export interface Lookup {
  actor(id: string): TimelineActor;
  article(id: string): TimelineArticle | undefined;
  /** The exchanges the points are part of. */
  threads: Threads<TimelinePoint>;
}

/** Actors and articles by id (an actor the data does not list is named by its id), and the exchanges. */
export function lookupIn(data: TimelineData): Lookup {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  return {
    actor: (id) => actors.get(id) ?? { id, name: id, side: null, role: null },
    article: (id) => articles.get(id),
    threads: new Threads(data.points),
  };
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

/** The actor's name, a link to its page when it has one, and its role. */
function actorLine(actor: TimelineActor): HTMLElement {
  const line = element('dd');
  if (actor.path) {
    const link = element('a', actor.name);
    link.href = actor.path;
    line.append(link);
  } else {
    line.append(actor.name);
  }
  if (actor.role) line.append(` (${actor.role})`);
  return line;
}

/** What the point answers, what answers it, and the call or meeting it belongs to: each a button that shows that point. */
function exchange(point: TimelinePoint, lookup: Lookup): HTMLElement[] {
  const links = lookup.threads.linksOf(point);
  const rows: { label: string; point: TimelinePoint }[] = [
    ...(links.inReplyTo ? [{ label: 'In reply to', point: links.inReplyTo }] : []),
    ...(links.about ? [{ label: `Said in or about a ${links.about.kind}`, point: links.about }] : []),
    ...links.replies.map((p) => ({ label: 'Reply', point: p })),
    ...links.saidAbout.map((p) => ({ label: `Said in or about this ${point.kind}`, point: p })),
  ];
  if (rows.length === 0) return [];
  const list = element('ul', undefined, 'tl-thread');
  for (const { label, point: other } of rows) {
    const button = element('button', lineOf(other, lookup), 'tl-thread-point');
    button.type = 'button';
    button.dataset.threadPoint = other.id;
    const item = element('li');
    item.append(element('span', `${label} · ${whenOf(other)}`, 'muted'), button);
    list.append(item);
  }
  const thread = lookup.threads.threadOf(point);
  const where = element(
    'p',
    `${thread.indexOf(point) + 1} of ${thread.length} in this exchange. Shift + arrow keys on the timeline follow it.`,
    'muted tl-thread-where',
  );
  return [element('h4', 'In the exchange'), list, where];
}

const wordsOf = (point: TimelinePoint): string => (point.quote ? `“${point.quote}”` : point.summary);

const whoToWhom = (point: TimelinePoint, lookup: Lookup): string => {
  const to = point.addressees.map((id) => lookup.actor(id).name);
  return `${lookup.actor(point.speaker).name}${to.length > 0 ? ` → ${to.join(', ')}` : ''}`;
};

/** One line to scan: the words with who said them to whom, or the summary, which already says who. */
export const lineOf = (point: TimelinePoint, lookup: Lookup): string => (point.quote ? `${whoToWhom(point, lookup)}: “${point.quote}”` : point.summary);

export const whenOf = (point: TimelinePoint): string => formatDateRange(point.date, point.dateEnd, point.precision);

/** Replaces the panel's body (`[data-details-body]`) and heading with `point`'s. */
export function fillDetails(panel: HTMLElement, point: TimelinePoint, lookup: Lookup): void {
  panel.querySelector('[data-details-heading]')!.textContent = whoToWhom(point, lookup);
  const body = panel.querySelector('[data-details-body]')!;

  const when = element('p', `${whenOf(point)} (${PRECISION[point.precision] ?? point.precision}) · ${point.kind}`, 'muted');
  const words = element('blockquote', wordsOf(point), 'tl-details-words');

  const who = element('dl', undefined, 'tl-details-who');
  who.append(element('dt', 'Said by'), actorLine(lookup.actor(point.speaker)));
  who.append(element('dt', 'To'));
  if (point.addressees.length === 0) who.append(element('dd', 'no one named'));
  for (const id of point.addressees) who.append(actorLine(lookup.actor(id)));

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

  body.replaceChildren(when, words, who, ...exchange(point, lookup), heading, sources, pageLine);
}
