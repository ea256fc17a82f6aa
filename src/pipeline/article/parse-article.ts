/**
 * Raw article text → clean, structured article.
 *
 * Order matters and is chosen so that each step sees the least noise:
 * 1. the clipping tool's `date YYYY-MM-DD` prefix is taken off the first line,
 *    leaving whatever follows it on that line to be judged like any other line;
 * 2. whole-line boilerplate (links, promotions, credits...) is removed BEFORE
 *    unwrapping, because it is often glued to a paragraph without a blank line;
 * 3. lines are rejoined into paragraphs, which are judged again (captions and
 *    wrapped boilerplate only show as whole paragraphs) and checked for datelines;
 * 4. headline-shaped paragraphs before the first body paragraph are the headline
 *    and subtitle; the first body paragraph loses a bracketed byline or wire dateline;
 * 5. metadata from a sidecar overrides whatever the text said.
 * Everything taken out is recorded in `removed`, in document order.
 */
import type { ArticleMeta, DateSource, Paragraph, ParagraphKind, ParsedArticle, RemovedLine } from '../types.ts';
import { classifyLine, classifyParagraph, splitLeadingByline, splitTrailingContribution, type BoilerplateVerdict } from './boilerplate.ts';
import { normaliseLine, normaliseNewlines } from './clean-text.ts';
import { parseClipPrefix, parseDatelineOnly, parseWireDateline } from './dateline.ts';
import { isHeadlineShaped, isSubheadingShaped, splitHeadlineSuffix } from './headline.ts';
import { guessLanguage } from './language.ts';
import { findUrls, uniqueInOrder } from './links.ts';
import { findOutletByDomain, findOutletByName } from './outlet-lookup.ts';
import { unwrap, type SourceLine } from './unwrap.ts';

/** Where an outlet name came from, strongest first. The headline suffix is weakest on purpose. */
const OUTLET_RANK = {
  promotion: 1,
  copyright: 2,
  url: 3,
  dateline: 4,
  wire: 5,
  byline: 6,
} as const;

/** Datelines by trust: the clipping tool's prefix, then a dateline line, then a wire dateline, then an "Updated" line. */
const DATE_RANK = { prefix: 1, line: 2, wire: 3, updated: 4 } as const;

interface Evidence<T> {
  value: T;
  rank: number;
  position: number;
}

interface DateEvidence {
  date: string;
  time: string | null;
}

interface WorkingParagraph {
  text: string;
  position: number;
}

class Collector {
  private readonly removals: Array<RemovedLine & { position: number; seq: number }> = [];
  readonly outlets: Array<Evidence<string>> = [];
  readonly dates: Array<Evidence<DateEvidence>> = [];
  readonly links: Array<{ url: string; position: number }> = [];
  bylines: Array<{ value: string; position: number }> = [];
  /** Datelines whose written date is no day of the calendar ("2022-13-45", "February 30, 2022"). */
  readonly unreadableDates: string[] = [];

  remove(text: string, reason: RemovedLine['reason'], position: number): void {
    this.removals.push({ text, reason, position, seq: this.removals.length });
  }

  /** Record a boilerplate verdict: the removal plus whatever it tells about the article. */
  verdict(verdict: BoilerplateVerdict, text: string, position: number): void {
    this.remove(text, verdict.reason, position);
    if (verdict.publisher) {
      const rank = verdict.reason === 'promotion' ? OUTLET_RANK.promotion : OUTLET_RANK.copyright;
      this.outlets.push({ value: verdict.publisher, rank, position });
    }
    if (verdict.outletHint) this.outlets.push({ value: verdict.outletHint, rank: OUTLET_RANK.byline, position });
    if (verdict.link) this.links.push({ url: verdict.link, position });
    if (verdict.byline) this.bylines.push({ value: verdict.byline, position });
  }

  knownOutlet(name: string | null, rank: number, position: number): void {
    const outlet = name ? findOutletByName(name) : null;
    if (outlet) this.outlets.push({ value: outlet.name, rank, position });
  }

  date(date: string | null, time: string | null, rank: number, position: number): void {
    if (date) this.dates.push({ value: { date, time }, rank, position });
  }

  /** A dateline was recognised by its shape, but the date it writes does not exist. */
  unreadableDate(dateline: string): void {
    this.unreadableDates.push(`the dateline "${dateline}" writes a date that is no day of the calendar, so the article takes no date from it`);
  }

  removed(): RemovedLine[] {
    return [...this.removals].sort((a, b) => a.position - b.position || a.seq - b.seq).map(({ text, reason }) => ({ text, reason }));
  }
}

function best<T>(evidence: ReadonlyArray<Evidence<T>>): T | null {
  const sorted = [...evidence].sort((a, b) => a.rank - b.rank || a.position - b.position);
  return sorted[0]?.value ?? null;
}

/** Steps 1–2: clip prefix and whole-line boilerplate; returns the lines left for unwrapping. */
function cleanLines(lines: string[], found: Collector): Array<SourceLine | null> {
  const firstIndex = lines.findIndex((line) => normaliseLine(line) !== '');
  const first = lines[firstIndex];
  if (first !== undefined) {
    const prefix = parseClipPrefix(normaliseLine(first));
    if (prefix) {
      found.remove(prefix.text, 'dateline', firstIndex);
      found.date(prefix.date, prefix.time, DATE_RANK.prefix, firstIndex);
      if (prefix.date === null) found.unreadableDate(prefix.text);
      found.knownOutlet(prefix.outletHint, OUTLET_RANK.dateline, firstIndex);
      lines[firstIndex] = prefix.rest;
    }
  }

  const items: Array<SourceLine | null> = [];
  lines.forEach((line, index) => {
    const text = normaliseLine(line);
    if (text === '') {
      items.push(null);
      return;
    }
    for (const url of findUrls(text)) found.links.push({ url, position: index });
    const verdict = classifyLine(text);
    if (verdict) found.verdict(verdict, text, index);
    else items.push({ text, index });
  });
  return items;
}

/**
 * Step 3: paragraphs, minus boilerplate paragraphs and datelines. A bare date is a
 * dateline only before the body starts; inside the body it is kept (as a
 * subheading, e.g. a live blog's time stamp), since later stages may date
 * statements by it. A labelled one ("Published: …") is a dateline anywhere.
 */
function cleanParagraphs(items: Array<SourceLine | null>, found: Collector): WorkingParagraph[] {
  const kept: WorkingParagraph[] = [];
  let bodyStarted = false;
  for (const paragraph of unwrap(items)) {
    const position = paragraph.lines[0] ?? 0;
    const verdict = classifyParagraph(paragraph.text);
    if (verdict) {
      found.verdict(verdict, paragraph.text, position);
      continue;
    }
    const dateline = parseDatelineOnly(paragraph.text);
    if (dateline && (dateline.labelled || !bodyStarted)) {
      found.remove(dateline.text, 'dateline', position);
      found.date(dateline.date, dateline.time, dateline.updated ? DATE_RANK.updated : DATE_RANK.line, position);
      if (dateline.date === null) found.unreadableDate(dateline.text);
      found.knownOutlet(dateline.outletHint, OUTLET_RANK.dateline, position);
      continue;
    }
    kept.push({ text: paragraph.text, position });
    if (!isHeadlineShaped(paragraph.text)) bodyStarted = true;
  }
  return kept;
}

interface Headings {
  headline: string | null;
  subtitle: string | null;
  body: WorkingParagraph[];
}

/** Step 4a: headline and subtitle are heading-shaped paragraphs with body text after them. */
function takeHeadings(paragraphs: WorkingParagraph[], found: Collector): Headings {
  let headline: string | null = null;
  let subtitle: string | null = null;
  let i = 0;
  const bodyFollows = (index: number): boolean => paragraphs.slice(index + 1).some((p) => !isHeadlineShaped(p.text));
  while (i < paragraphs.length && subtitle === null) {
    const paragraph = paragraphs[i];
    if (!paragraph || !isHeadlineShaped(paragraph.text) || !bodyFollows(i)) break;
    if (headline === null) headline = paragraph.text;
    else subtitle = paragraph.text;
    found.remove(paragraph.text, 'headline', paragraph.position);
    i++;
  }
  return { headline, subtitle, body: paragraphs.slice(i) };
}

/** Step 4b: a bracketed byline and a wire dateline opening the first body paragraph. */
function trimFirstBodyParagraph(body: WorkingParagraph[], found: Collector): void {
  const first = body.find((p) => !isSubheadingShaped(p.text));
  if (!first) return;
  const byline = splitLeadingByline(first.text);
  if (byline) {
    found.remove(byline.removed, 'byline', first.position);
    found.bylines.push({ value: byline.byline, position: first.position });
    first.text = byline.rest;
  }
  const wire = parseWireDateline(first.text);
  if (wire) {
    found.remove(wire.text, 'dateline', first.position);
    found.date(wire.date, wire.time, DATE_RANK.wire, first.position);
    found.knownOutlet(wire.outletHint, OUTLET_RANK.wire, first.position);
    first.text = wire.rest;
  }
  first.text = first.text.trim();
}

function trimContributions(body: WorkingParagraph[], found: Collector): void {
  for (const paragraph of body) {
    const contribution = splitTrailingContribution(paragraph.text);
    if (contribution) {
      found.remove(contribution.removed, 'contributor', paragraph.position);
      paragraph.text = contribution.rest.trim();
    }
  }
}

/** A heading-shaped paragraph is a subheading only when body text follows it. */
function toParagraphs(body: WorkingParagraph[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  const texts = body.map((p) => p.text).filter((text) => text !== '');
  const shaped = texts.map(isSubheadingShaped);
  // Whether a body-shaped paragraph comes after each one, worked out from the end in one pass.
  const bodyFollows: boolean[] = [];
  for (let i = texts.length - 1, seen = false; i >= 0; i--) {
    bodyFollows[i] = seen;
    seen ||= !shaped[i];
  }
  texts.forEach((text, i) => {
    const kind: ParagraphKind = shaped[i] && bodyFollows[i] ? 'subheading' : 'body';
    paragraphs.push({ kind, text, offset });
    offset += text.length + 2;
  });
  return paragraphs;
}

function resolveDate(meta: ArticleMeta, found: Collector): { date: string | null; time: string | null; dateSource: DateSource } {
  const fromText = best(found.dates);
  if (meta.date) {
    // A time from the text only belongs to the sidecar's date if it is the same day.
    const sameDay = found.dates.find((d) => d.value.date === meta.date && d.value.time !== null);
    return { date: meta.date, time: sameDay?.value.time ?? null, dateSource: 'metadata' };
  }
  if (fromText) return { date: fromText.date, time: fromText.time, dateSource: 'dateline' };
  return { date: null, time: null, dateSource: 'none' };
}

/** Parse one article. `raw` is kept exactly as given; `meta` (a sidecar) overrides the text. */
export function parseArticle(id: string, raw: string, meta: ArticleMeta = {}): ParsedArticle {
  const found = new Collector();
  const lines = normaliseNewlines(raw).split('\n');
  const items = cleanLines(lines, found);
  const kept = cleanParagraphs(items, found);
  const { headline, subtitle, body } = takeHeadings(kept, found);
  trimFirstBodyParagraph(body, found);
  trimContributions(body, found);
  const paragraphs = toParagraphs(body);
  const text = paragraphs.map((p) => p.text).join('\n\n');

  if (meta.url) {
    const byUrl = findOutletByDomain(meta.url);
    if (byUrl) found.outlets.push({ value: byUrl.name, rank: OUTLET_RANK.url, position: -1 });
  }
  let outlet = meta.outlet ?? best(found.outlets);
  let title = headline;
  let attributedTo: string | null = null;
  const suffix = headline ? splitHeadlineSuffix(headline) : null;
  if (suffix) {
    if (outlet === null) outlet = suffix.outlet;
    if (outlet === suffix.outlet) title = suffix.base;
    else attributedTo = suffix.outlet; // e.g. a Moscow Times story crediting the Washington Post
  }

  const { date, time, dateSource } = resolveDate(meta, found);
  const byline = meta.byline ?? [...found.bylines].sort((a, b) => a.position - b.position)[0]?.value ?? null;
  const links = uniqueInOrder([...found.links].sort((a, b) => a.position - b.position).map((l) => l.url));

  return {
    id,
    raw,
    title: meta.title ?? title,
    subtitle,
    outlet,
    date,
    time,
    dateSource,
    byline,
    url: meta.url ?? null,
    links,
    language: meta.language ?? guessLanguage(text),
    paragraphs,
    text,
    removed: found.removed(),
    attributedTo,
    problems: found.unreadableDates,
  };
}
