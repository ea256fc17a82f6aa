/**
 * Rejoining hard-wrapped lines into paragraphs.
 *
 * Text arrives in two shapes that look alike line by line: PDF/e-mail copies broken
 * at a fixed width (~70–100 characters, mid-sentence), and web copies with one
 * paragraph per line. Joining the second kind would glue paragraphs and headings
 * together, so the text as a whole is first profiled:
 *
 * - An "inner" line is one followed by another non-blank line. The text is
 *   hard-wrapped when most inner lines do not end a sentence AND most of them are
 *   close to a common width (the 90th percentile of inner lengths). One-line
 *   paragraphs almost always end with terminal punctuation and vary wildly in
 *   length, so they fail both tests.
 * - In wrapped text a break is a wrap unless the line is a heading-like first line
 *   of its paragraph, or ends a sentence with room to spare for the next word
 *   (the writer, not the wrapper, broke it). "Room to spare" is generous (20% of
 *   the width) when paragraphs are separated by blank lines, strict (the word
 *   really would have fitted) when some paragraphs end with a single newline.
 * - In any text, a line that does not end a sentence followed by one starting in
 *   lower case is a continuation.
 */
import { fixArtefacts } from './clean-text.ts';

/** A non-blank, already space-normalised line and its index in the source. */
export interface SourceLine {
  text: string;
  index: number;
}

export interface UnwrappedParagraph {
  text: string;
  /** Source line indices the paragraph was built from. */
  lines: number[];
}

export interface WrapProfile {
  wrapped: boolean;
  /** Estimated wrap width in characters (0 when unknown). */
  width: number;
  /**
   * Some paragraphs end with a single newline (a short line ending a sentence is
   * followed directly by more text). Then a sentence that happens to end near the
   * wrap width may be a paragraph end too, so it is joined only when the next word
   * could not have fitted on the line.
   */
  singleNewlineParagraphs: boolean;
}

const TERMINAL_RE = /[.!?…]["'”’»)\]]*$/u;
const CLAUSE_END_RE = /[.!?…:;,]["'”’»)\]]*$/u;
const HEADING_START_RE = /^[\p{Lu}\p{N}"“‘'«]/u;
const LOWER_START_RE = /^\p{Ll}/u;
const HYPHEN_BREAK_RE = /\p{L}-$/u;

/** A fraction of the wrap width. Proportional fonts make character counts imprecise. */
const HEADING_MAX = 0.9;
const SENTENCE_END_FULL = 0.8;
const NEAR_WIDTH = 0.7;
/** A line that is only a time of day: a live blog's entry stamp. */
const TIME_STAMP_RE = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time))?$/i;

function endsSentence(line: string): boolean {
  return TERMINAL_RE.test(line);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Runs are maximal sequences of non-blank lines; `null` in the input marks a blank line. */
export function toRuns(items: ReadonlyArray<SourceLine | null>): SourceLine[][] {
  const runs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const item of items) {
    if (item === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else {
      current.push(item);
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

export function profileWrapping(runs: ReadonlyArray<ReadonlyArray<SourceLine>>): WrapProfile {
  const inner = runs.flatMap((run) => run.slice(0, -1).map((line) => line.text));
  if (inner.length < 2) return { wrapped: false, width: 0, singleNewlineParagraphs: false };
  const width = percentile(
    inner.map((line) => line.length),
    0.9,
  );
  const unfinished = inner.filter((line) => !endsSentence(line)).length / inner.length;
  const nearWidth = inner.filter((line) => line.length >= NEAR_WIDTH * width).length / inner.length;
  const singleNewlineParagraphs = inner.some((line) => endsSentence(line) && line.length < NEAR_WIDTH * width);
  return { wrapped: unfinished >= 0.5 && nearWidth >= 0.6, width, singleNewlineParagraphs };
}

function firstWordLength(line: string): number {
  return line.split(' ', 1)[0]?.length ?? 0;
}

/** Should `next` continue the paragraph whose last line is `line` (and which has `linesSoFar` lines)? */
function continues(line: string, next: string, linesSoFar: number, profile: WrapProfile): boolean {
  // A live blog's "14:10" stands alone: it stamps the entry, it is not part of its first sentence.
  if (TIME_STAMP_RE.test(line) || TIME_STAMP_RE.test(next)) return false;
  const finished = endsSentence(line);
  if (!finished && LOWER_START_RE.test(next)) return true;
  if (!profile.wrapped) return false;
  const wouldFit = line.length + 1 + firstWordLength(next);
  if (!finished) {
    const headingLike = linesSoFar === 1 && HEADING_START_RE.test(line) && !CLAUSE_END_RE.test(line) && wouldFit <= HEADING_MAX * profile.width;
    return !headingLike;
  }
  return wouldFit > (profile.singleNewlineParagraphs ? 1 : SENTENCE_END_FULL) * profile.width;
}

function joinLine(paragraph: string, next: string): string {
  // A word hyphenated at the wrap: keep the hyphen (it may be a real compound) but no space.
  if (HYPHEN_BREAK_RE.test(paragraph) && LOWER_START_RE.test(next)) return paragraph + next;
  return `${paragraph} ${next}`;
}

/**
 * Paragraphs from lines. `null` items are blank lines (always a paragraph break);
 * lines removed as boilerplate should simply be left out, so the text around them
 * rejoins as if they were never there.
 */
export function unwrap(items: ReadonlyArray<SourceLine | null>): UnwrappedParagraph[] {
  const runs = toRuns(items);
  const profile = profileWrapping(runs);
  const paragraphs: UnwrappedParagraph[] = [];
  for (const run of runs) {
    let text = '';
    let lines: number[] = [];
    let last = '';
    for (const line of run) {
      if (lines.length > 0 && continues(last, line.text, lines.length, profile)) {
        text = joinLine(text, line.text);
        lines.push(line.index);
      } else {
        if (lines.length > 0) paragraphs.push({ text: fixArtefacts(text), lines });
        text = line.text;
        lines = [line.index];
      }
      last = line.text;
    }
    if (lines.length > 0) paragraphs.push({ text: fixArtefacts(text), lines });
  }
  return paragraphs;
}
