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

type Mark = { at: number; role: 'open' | 'close' };

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** A straight quote opens after a space or an opening bracket, and closes after a word or punctuation. */
function straightRole(text: string, at: number): 'open' | 'close' {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + 1] ?? ' ';
  if (/[\s([{\u2014\u2013-]/.test(before) && !/\s/.test(after)) return 'open';
  return 'close';
}

function marksIn(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    if (OPENERS.has(c)) marks.push({ at, role: 'open' });
    else if (CLOSERS.has(c)) marks.push({ at, role: 'close' });
    else if (c === '"') marks.push({ at, role: straightRole(text, at) });
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
  for (const mark of marksIn(text)) {
    if (mark.role === 'open') {
      if (open !== null) {
        // A second opening mark before any closing one: the first quote lost its closing mark.
        push({ start: open, end: mark.at, innerStart: open + 1, innerEnd: trimEnd(text, open + 1, mark.at), openMissing: false, closeMissing: true });
      }
      open = mark.at;
    } else if (open !== null) {
      push({ start: open, end: mark.at + 1, innerStart: open + 1, innerEnd: mark.at, openMissing: false, closeMissing: false });
      open = null;
      lastEnd = mark.at + 1;
    } else {
      // A closing mark with nothing open: the opening mark was dropped, so the quote starts where the text does.
      const start = skipSpace(text, lastEnd);
      push({ start, end: mark.at + 1, innerStart: start, innerEnd: mark.at, openMissing: true, closeMissing: false });
      lastEnd = mark.at + 1;
    }
  }
  if (open !== null) {
    push({ start: open, end: text.length, innerStart: open + 1, innerEnd: trimEnd(text, open + 1, text.length), openMissing: false, closeMissing: true });
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
  return text.slice(span.innerStart, span.innerEnd).trim().replace(/[,;:]$/, '').trim();
}

/** True when the paragraph's marks do not pair up: worth a warning, never a silent loss. */
export function isUnbalanced(spans: readonly QuoteSpan[]): boolean {
  return spans.some((s) => s.openMissing || s.closeMissing);
}
