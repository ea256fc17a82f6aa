import type { ParsedArticle } from '../types.ts';

/**
 * Article text must reach the page as literal text, whatever it contains: braces,
 * angle brackets, `import`/`export` at a line start, HTML, script tags. Markdown
 * escaping has too many corners (MDX has ESM, JSX and expressions on top of
 * CommonMark), so the text never goes through the Markdown parser at all: each
 * paragraph is a JSX element whose only child is a JavaScript string literal.
 * JSX renders string children as escaped text.
 *
 * MDX finds the end of an `{expression}` by counting braces before it parses the
 * JavaScript, so braces inside the string literal are written as `\u` escapes;
 * angle brackets too, so the generated file reads the same in any tool.
 */
function jsxStringLiteral(text: string): string {
  return JSON.stringify(text).replace(/[{}<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A highlighted stretch of a paragraph: a statement's excerpt, linkable by its anchor. */
export interface Highlight {
  /** Offset in the article's cleaned text. */
  start: number;
  end: number;
  /** The anchor id, without `#`. */
  anchor: string;
  /** The point this excerpt reports, for the link from the article to the point. */
  point: string;
}

export interface ArticleFrontmatter {
  title: string | null;
  subtitle: string | null;
  outlet: string | null;
  date: string | null;
  time: string | null;
  dateSource: ParsedArticle['dateSource'];
  byline: string | null;
  url: string | null;
  links: string[];
  language: string;
  /** The first body paragraph: what a reader sees of an article that came without a headline. */
  lead: string;
  raw: string;
  removed: ParsedArticle['removed'];
}

export function articleFrontmatter(article: ParsedArticle): ArticleFrontmatter {
  return {
    title: article.title,
    subtitle: article.subtitle,
    outlet: article.outlet,
    date: article.date,
    time: article.time,
    dateSource: article.dateSource,
    byline: article.byline,
    url: article.url,
    links: article.links,
    language: article.language,
    lead: article.paragraphs.find((p) => p.kind === 'body')?.text ?? '',
    raw: article.raw,
    removed: article.removed,
  };
}

/** The MDX content entry for one article: YAML frontmatter, then the clean text with statements highlighted. */
export function articleToMdx(article: ParsedArticle, highlights: readonly Highlight[] = []): string {
  // JSON is YAML: every string stays quoted, so no YAML reader can turn "2022-02-01" into a Date or "no" into false.
  const frontmatter = `${JSON.stringify(articleFrontmatter(article), null, 2).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`;
  const body = article.paragraphs.map((paragraph, index) => {
    const tag = paragraph.kind === 'subheading' ? 'h2' : 'p';
    const inside = highlights.filter(
      (h) => h.start < paragraph.offset + paragraph.text.length && h.end > paragraph.offset,
    );
    const children = paragraphChildren(paragraph.text, paragraph.offset, inside);
    return `<${tag} id="p-${index + 1}">${children}</${tag}>`;
  });
  return `---\n${frontmatter}---\n\n${body.join('\n\n')}\n`;
}

function paragraphChildren(text: string, offset: number, highlights: readonly Highlight[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const cluster of overlapClusters(highlights, offset, text.length)) {
    if (cluster.start > cursor) parts.push(`{${jsxStringLiteral(text.slice(cursor, cluster.start))}}`);
    const [first, ...others] = cluster.members;
    // Several statements can share one sentence: one mark, and an anchor for each of the others inside it.
    const anchors = others.map((h) => `<span id=${jsxAttribute(h.anchor)} data-point=${jsxAttribute(h.point)}></span>`);
    parts.push(
      `<mark id=${jsxAttribute(first!.anchor)} class="statement" data-point=${jsxAttribute(first!.point)}>${anchors.join('')}{${jsxStringLiteral(text.slice(cluster.start, cluster.end))}}</mark>`,
    );
    cursor = cluster.end;
  }
  if (cursor < text.length) parts.push(`{${jsxStringLiteral(text.slice(cursor))}}`);
  return parts.join('');
}

interface Cluster {
  start: number;
  end: number;
  members: Highlight[];
}

/** Highlights clipped to the paragraph (local offsets), overlapping ones grouped, in reading order. */
function overlapClusters(highlights: readonly Highlight[], offset: number, length: number): Cluster[] {
  const clipped = highlights
    .map((h) => ({ h, start: Math.max(h.start - offset, 0), end: Math.min(h.end - offset, length) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.h.anchor.localeCompare(b.h.anchor));
  const clusters: Cluster[] = [];
  for (const c of clipped) {
    const last = clusters.at(-1);
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.members.push(c.h);
    } else {
      clusters.push({ start: c.start, end: c.end, members: [c.h] });
    }
  }
  return clusters;
}

/** A JSX attribute value as an expression, so quotes and braces in it cannot end it early. */
function jsxAttribute(value: string): string {
  return `{${jsxStringLiteral(value)}}`;
}
