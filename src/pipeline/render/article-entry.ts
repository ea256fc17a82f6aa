/**
 * An article as the site reads it: its facts (frontmatter), the content entry every page that
 * lists articles reads; and its text, read by its own page only: the body as data, paragraphs
 * cut into plain text and highlighted statements, and the text as received. The page writes the
 * body with `bodyHtml`, which escapes every character of article text that HTML could read as
 * markup.
 *
 * The text is no part of the content entry: Astro bundles every entry into the server build as
 * one module, which at 840 articles was 11 MB of code to compile on every build (about 3 s of a
 * rebuild that redid nothing else).
 *
 * The body used to be MDX. It was never Markdown (every paragraph was a JSX element around a
 * string literal, so that no article text reached a parser); compiling 840 such files cost the
 * build about a minute each time, for what is a list of strings (scripts/bench/README.md).
 */
import type { ParsedArticle } from '../types.ts';

/** The folders of the generated files that hold the articles' facts and their texts: a JSON file per article, named by its id. */
export const ARTICLE_FOLDERS = { facts: 'articles', texts: 'article-texts' } as const;

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
}

/** An anchor inside a mark: another statement reported by (part of) the same words. */
export interface Anchor {
  anchor: string;
  point: string;
}

/** A stretch of a paragraph: plain text, or a statement's words with its anchor (and the anchors of others sharing them). */
export interface BodyPart {
  text: string;
  mark?: (Anchor & { also: Anchor[] }) | undefined;
}

export interface BodyBlock {
  tag: 'p' | 'h2';
  /** `p-1`, `p-2`…: every paragraph can be linked to. */
  id: string;
  parts: BodyPart[];
}

/** What only the article's own page shows. */
export interface ArticleText {
  body: BodyBlock[];
  /** The text exactly as received. */
  raw: string;
  /** The lines left out of the clean text, and why. */
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
  };
}

/** The clean text, paragraph by paragraph, with the statements' excerpts marked. */
export function articleBody(article: ParsedArticle, highlights: readonly Highlight[] = []): BodyBlock[] {
  return article.paragraphs.map((paragraph, index) => {
    const inside = highlights.filter((h) => h.start < paragraph.offset + paragraph.text.length && h.end > paragraph.offset);
    return {
      tag: paragraph.kind === 'subheading' ? 'h2' : 'p',
      id: `p-${index + 1}`,
      parts: paragraphParts(paragraph.text, paragraph.offset, inside),
    };
  });
}

/** An article's text with its statements highlighted, and as received. */
export function articleText(article: ParsedArticle, highlights: readonly Highlight[] = []): ArticleText {
  return { body: articleBody(article, highlights), raw: article.raw, removed: article.removed };
}

function paragraphParts(text: string, offset: number, highlights: readonly Highlight[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let cursor = 0;
  for (const cluster of overlapClusters(highlights, offset, text.length)) {
    if (cluster.start > cursor) parts.push({ text: text.slice(cursor, cluster.start) });
    const [first, ...others] = cluster.members;
    // Several statements can share one sentence: one mark, and an anchor for each of the others inside it.
    parts.push({
      text: text.slice(cluster.start, cluster.end),
      mark: { anchor: first!.anchor, point: first!.point, also: others.map((h) => ({ anchor: h.anchor, point: h.point })) },
    });
    cursor = cluster.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML reads it back unchanged: the characters that could start markup or an entity, escaped. */
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => ENTITIES[c]!);

/** An attribute value between double quotes: the quote escaped too. */
const escapeAttribute = (text: string): string => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/**
 * The body as HTML: p, h2, mark and span elements with fixed attribute names, every string
 * from the article escaped. Written here rather than by a template because it is the one
 * place article text meets markup, and so it is tested on hostile text like this.
 */
export function bodyHtml(body: readonly BodyBlock[]): string {
  return body
    .map(({ tag, id, parts }) => {
      const inner = parts
        .map(({ text, mark }) => {
          if (!mark) return escapeText(text);
          const also = mark.also.map((a) => `<span id="${escapeAttribute(a.anchor)}" data-point="${escapeAttribute(a.point)}"></span>`).join('');
          return `<mark id="${escapeAttribute(mark.anchor)}" class="statement" data-point="${escapeAttribute(mark.point)}">${also}${escapeText(text)}</mark>`;
        })
        .join('');
      return `<${tag} id="${escapeAttribute(id)}">${inner}</${tag}>`;
    })
    .join('\n');
}
