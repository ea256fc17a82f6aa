/**
 * Quotation spans in one paragraph.
 *
 * Real copy drops marks: a closing mark with no opening one means the quote started
 * at the paragraph's start (or after the previous quote); an opening mark with no
 * closing one runs to the paragraph's end. Single quotes are left alone at this
 * level: they nest inside double quotes, and `’` is also the apostrophe.
 */

export interface QuoteSpan {
  /** Offset of the opening mark (or of the text, when the mark is missing). */
  start: number;
  /** Offset just past the closing mark (or the paragraph's end). */
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  openMissing: boolean;
  closeMissing: boolean;
}

/** A quotation mark: where it is, whether it opens or closes, and how many characters it takes (two apostrophes take two). */
type Mark = { at: number; role: 'open' | 'close'; width: number };

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** A straight quote opens after a space or an opening bracket, and closes after a word or punctuation. */
function straightRole(text: string, at: number, width = 1): 'open' | 'close' {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + width] ?? ' ';
  if (/[\s([{\u2014\u2013-]/.test(before) && !/\s/.test(after)) return 'open';
  return 'close';
}

/** "“It's late,“ she said": an opening curly mark typed where the closing one belongs, after the words and before a space. */
function closesLikeATypo(text: string, at: number): boolean {
  return at > 0 && /[\p{L}\p{N}.,!?…]/u.test(text[at - 1]!) && /^(?:\s|$)/.test(text.slice(at + 1, at + 2));
}

/**
 * The marks of a paragraph. Two ASCII apostrophes are one straight double mark, as one major
 * paper writes every quotation (''Not now,'' she said); in a run of three, the pair is the
 * outer mark: the first two when it opens, the last two when it closes (a single quote nests
 * inside).
 */
/** A tag left in copy ("<tweet author=\"@x\">"): the marks inside it delimit attributes, never a quotation. */
const TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/giu;

function marksIn(text: string): Mark[] {
  const marks: Mark[] = [];
  const tags = text.includes('<') ? [...text.matchAll(TAG)] : [];
  let nextTag = 0;
  for (let at = 0; at < text.length; at++) {
    // Tags come in text order: one pointer walks them as `at` does.
    const tag = tags[nextTag];
    if (tag && at === tag.index) {
      at += tag[0].length - 1;
      nextTag += 1;
      continue;
    }
    const c = text[at]!;
    if (OPENERS.has(c)) marks.push({ at, role: c === '“' && closesLikeATypo(text, at) ? 'close' : 'open', width: 1 });
    else if (CLOSERS.has(c)) marks.push({ at, role: 'close', width: 1 });
    else if (c === '"') marks.push({ at, role: straightRole(text, at), width: 1 });
    else if (c === "'" && text[at + 1] === "'") {
      let run = 2;
      while (text[at + run] === "'") run++;
      const role = straightRole(text, at, run);
      if (run === 2) marks.push({ at, role, width: 2 });
      else if (run === 3) marks.push({ at: role === 'close' ? at + 1 : at, role, width: 2 });
      at += run - 1;
    }
  }
  return marks;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const push = (span: QuoteSpan) => {
    if (text.slice(span.innerStart, span.innerEnd).trim() !== '') spans.push(span);
  };
  let open: number | null = null;
  let lastEnd = 0;
  let openWidth = 1;
  for (const mark of marksIn(text)) {
    const after = mark.at + mark.width;
    if (mark.role === 'open') {
      if (open !== null) {
        // A second opening mark before any closing one: the first quote lost its closing mark.
        push({
          start: open,
          end: mark.at,
          innerStart: open + openWidth,
          innerEnd: trimEnd(text, open + openWidth, mark.at),
          openMissing: false,
          closeMissing: true,
        });
      }
      open = mark.at;
      openWidth = mark.width;
    } else if (open !== null) {
      push({ start: open, end: after, innerStart: open + openWidth, innerEnd: mark.at, openMissing: false, closeMissing: false });
      open = null;
      lastEnd = after;
    } else {
      // A closing mark with nothing open: the opening mark was dropped, so the quote starts where the text does.
      const start = skipSpace(text, lastEnd);
      push({ start, end: after, innerStart: start, innerEnd: mark.at, openMissing: true, closeMissing: false });
      lastEnd = after;
    }
  }
  if (open !== null) {
    push({
      start: open,
      end: text.length,
      innerStart: open + openWidth,
      innerEnd: trimEnd(text, open + openWidth, text.length),
      openMissing: false,
      closeMissing: true,
    });
  }
  return spans;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function trimEnd(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** The words inside a span, without a trailing comma (kept: `.`, `?`, `!`). */
export function quoteWords(text: string, span: QuoteSpan): string {
  return text
    .slice(span.innerStart, span.innerEnd)
    .trim()
    .replace(/[,;:]$/, '')
    .trim();
}

/** True when the paragraph's marks do not pair up: worth a warning, never a silent loss. */
export function isUnbalanced(spans: readonly QuoteSpan[]): boolean {
  return spans.some((s) => s.openMissing || s.closeMissing);
}
