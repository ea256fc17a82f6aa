import type { QuoteSpan } from './quote-spans.ts';
import { TITLE_ABBREVIATIONS } from './patterns.ts';
import { CUE_KINDS } from './verbs.ts';

export interface Sentence {
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS.map((t) => t.toLowerCase()),
  'no',
  'vs',
  'v',
  'etc',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Words that start a new sentence after an initialism such as "U.S." ends the previous one. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'but',
  'however',
  'meanwhile',
  'earlier',
  'later',
  'and',
  'his',
  'her',
  'their',
  'its',
  'there',
  'after',
  'before',
  'as',
]);

/** The first word after a full stop, read in place: slicing the rest of the text at every stop made splitting quadratic. */
const NEXT_WORD = /\s+(?:''|["“])?(\p{L}+)/uy;

function isBoundary(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  let from = dot;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot).replace(/^[^\p{L}\p{N}.]+/u, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initialisms ("U.S.", "U.N.") and initials ("J."): a boundary only when a sentence plainly starts next.
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    NEXT_WORD.lastIndex = dot + 1;
    const next = NEXT_WORD.exec(text)?.[1] ?? '';
    return SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return true;
}

/** How many words a quotation's attribution after its closing mark may have ("Mr. Otten asked reporters on Monday."). */
const SIGNATURE_WORDS = 9;

/**
 * "“Who will pay for it?” Mr. Otten asked.": after a question or an exclamation that a quotation
 * closes, a capital does not open a sentence when what follows is only who said it, a reporting
 * verb within its first words, and the stop.
 */
function signedAfter(text: string, from: number): boolean {
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(text)) && !isBoundary(text, m.index));
  const rest = text.slice(from, m ? m.index : text.length);
  const words = rest.trim().split(/\s+/);
  // Not "Mills then writes back, “You look cute.”": a quotation of its own makes a sentence of its own.
  if (!/^\p{Lu}/u.test(words[0] ?? '') || /["“]|''/.test(rest)) return false;
  const cue = words.slice(1, 6).findIndex((w) => CUE_KINDS.has(w.replace(/,$/, ''))) + 1;
  if (cue === 0) return false;
  // Longer, "Otten said of the board in March, when …": what follows the verb is about the quotation, not words of its own.
  return words.length <= SIGNATURE_WORDS || words[cue]!.endsWith(',') || ABOUT_THE_QUOTATION.test(words[cue + 1] ?? '');
}

/** Words after a reporting verb that open its topic, time or setting rather than what was said. */
const ABOUT_THE_QUOTATION = /^(?:of|about|in|on|at|during|after|before|when|while|as|from|last|this|earlier|later|yesterday|today|tonight)$/i;

/** Sentences of a paragraph. A quotation is never cut: a multi-sentence quote stays with its attribution. */
export function splitSentences(text: string, quotes: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Closing marks after the stop, then space and a capital (or an opening mark); '' is one mark.
  const pattern = /[.!?]+(?:''|["”’)\]])*(?=\s+(?:''|["“‘([])?[\p{Lu}\p{N}])/gu;
  // Quotes are in order and stops come in order: the first quote not yet closed is the only one a stop can be inside.
  let open = 0;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const lastPunct = match.index + match[0].search(/[.!?](?=[^.!?]*$)/);
    while (open < quotes.length && quotes[open]!.end <= end) open++;
    // A stop that a quotation continues past is the quoted speaker's, not the sentence's.
    const insideQuote = open < quotes.length && quotes[open]!.start < lastPunct;
    if (insideQuote || !isBoundary(text, lastPunct) || (/[?!]\P{L}*$/u.test(match[0]) && /(?:''|["”’])$/.test(match[0]) && signedAfter(text, end))) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
