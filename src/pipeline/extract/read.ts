/**
 * Reading: an article's body paragraphs → sentences, each with its quotations, its
 * frame (the sentence with quotations masked), its reporting clauses and the acts
 * its words report. Each sentence is read on its own: nothing here depends on what
 * came before, which is the next stages' work.
 */
import type { ParsedArticle, Warning } from '../types.ts';
import { findActs, type Act } from './acts.ts';
import { attribute, maskQuotes } from './attribution.ts';
import type { Attribution, QuoteInSentence } from './clause.ts';
import { findQuoteSpans, isUnbalanced, quoteWords, type QuoteSpan } from './quote-spans.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface ReadSentence {
  /** Index of its paragraph in the article's paragraphs. */
  paragraph: number;
  /** How many subheadings came between body paragraphs before it: 0 is the lead section. */
  section: number;
  /** Offsets in the paragraph, and the sentence's text. */
  sentence: Sentence;
  /** The paragraph's text, for excerpts that run on into the next sentence. */
  paragraphText: string;
  /** Offset of the paragraph, and of the sentence, in the article's cleaned text. */
  paragraphOffset: number;
  offset: number;
  quotes: QuoteInSentence[];
  frame: string;
  attributions: Attribution[];
  /** Calls, meetings and documents its words report. */
  found: Act[];
}

export function readSentences(article: ParsedArticle, warn: (kind: Warning['kind'], message: string) => void): ReadSentence[] {
  const read: ReadSentence[] = [];
  let section = 0;
  let seenBody = false;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    // A subheading before the first body paragraph (a standfirst) opens no section.
    if (paragraph.kind === 'subheading' && seenBody) section += 1;
    seenBody ||= paragraph.kind === 'body';
    if (paragraph.kind !== 'body') continue;
    const spans = findQuoteSpans(paragraph.text);
    if (isUnbalanced(spans)) warn('unbalanced-quotes', `paragraph ${index + 1}: quotation marks do not pair up ("${paragraph.text.slice(0, 60)}…")`);
    for (const sentence of splitSentences(paragraph.text, spans)) {
      const quotes = quotesIn(paragraph.text, sentence, spans);
      const frame = maskQuotes(sentence.text, quotes);
      read.push({
        paragraph: index,
        section,
        sentence,
        paragraphText: paragraph.text,
        paragraphOffset: paragraph.offset,
        offset: paragraph.offset + sentence.start,
        quotes,
        frame,
        attributions: attribute(sentence.text, quotes),
        found: findActs(sentence.text, frame),
      });
    }
  }
  return read;
}

function quotesIn(text: string, sentence: Sentence, spans: readonly QuoteSpan[]): QuoteInSentence[] {
  return spans
    .filter((s) => s.start < sentence.end && s.end > sentence.start)
    .map((s) => ({
      start: Math.max(s.start, sentence.start) - sentence.start,
      end: Math.min(s.end, sentence.end) - sentence.start,
      words: quoteWords(text, { ...s, innerStart: Math.max(s.innerStart, sentence.start), innerEnd: Math.min(s.innerEnd, sentence.end) }),
      runsOn: s.closeMissing && s.end === text.length,
      commaInside: /,\s*$/.test(text.slice(s.innerStart, s.innerEnd)),
    }));
}
