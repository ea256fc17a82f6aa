/**
 * What looks like a statement and is not one: quotation marks that name a title or
 * hold a term at a distance, a quotation too short to be anyone's statement, a
 * clause that reports too few words, a news outlet taken for a speaker.
 */
import { findOutletByName } from '../article/outlet-lookup.ts';
import type { QuoteInSentence } from './clause.ts';
import { fire, type Rule } from '../rule.ts';

export const NOISE_RULES = {
  namingQuote: {
    name: 'noise.naming-quote',
    what: 'quotation marks that name rather than report: titles ("the film “The Long Night”"), terms ("the so-called “corridor”"), demands held at a distance ("demands for “security guarantees”")',
    fires: [
      'Crowds gathered outside the cinema for the premiere of the film “The Long Night” about the border war.',
      "Ana Ruiz argued on Channel Four's “Valley Hour” that the weir was sound.",
      "Ana Ruiz, host of Radio Lakeview's “Valley Hour,” suggested the weir could not be saved.",
      "Ana Ruiz dismissed Sylvania's demands for “security guarantees” as a pretext for delay.",
    ],
    doesNotFire: ['“We are ready to talk at any time,” Ana Ruiz said.'],
  },
  shortUnattributed: {
    name: 'noise.short-unattributed-quote',
    what: 'a quotation of fewer than eight words that no clause reports is a scare quote or a title, not a statement',
    fires: ['The river deal was a “historic step” for both countries and for the region.'],
    doesNotFire: ['The river deal was signed in March. “This is a historic step for both our countries and for the region.”'],
  },
  tooFewWords: {
    name: 'noise.too-few-words',
    what: 'a reporting clause that reports fewer than three words ("said so") is no statement',
    fires: ['Ana Ruiz insisted again.'],
    doesNotFire: ['Ana Ruiz said the border would reopen.'],
  },
  outletIsMedium: {
    name: 'noise.outlet-is-medium',
    what: 'a news outlet relays a statement, it never makes one: "according to the Herald"',
    fires: ['According to the Port Sylvan Herald, the dam gates will open on Friday for the first time this year.'],
    doesNotFire: ['According to Tomas Brenner, the dam gates will open on Friday for the first time this year.'],
  },
} satisfies Record<string, Rule>;

/** Quotes shorter than this, with no one reported as saying them, are scare quotes or titles. */
export const MIN_UNATTRIBUTED_WORDS = 8;

export const NAMING_CONTEXT = new RegExp(
  String.raw`(?:so-called|dubbed|titled|entitled|named|called|known as|the (?:film|book|novel|song|documentary|play|series|movie|album|report|article|memoir|term|word|phrase|slogan|label|notion|concept|idea of|operation|programme|program|campaign|plan|initiative|doctrine|format|motto)|(?:demands?|calls?|appeals?|requests?|pleas?|hopes?|search|push|quest|proposals?) for)\s*$`,
  'u',
);

/** Where a programme, a book or a column is named: "on Channel Nine's …", "host of Radio North's …", "in her book …", "appearing on …". */
const TITLE_CONTEXT =
  /(?:\b(?:on|in|of)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s|\b(?:on|in|of)\s+(?:his|her|their|its|the)\s+(?:new\s+|weekly\s+|daily\s+)?(?:book|show|program|programme|podcast|column|blog|memoir|film)|\b(?:appeared|appearing|appearance|interview|interviewed)\s+on|\bbroadcast\s+of)\s*$/u;
/** A title: a few words, each capitalised but the small ones ("Valley Hour", "Life on the Canal"). */
const TITLE_WORDS = /^(?:(?:\p{Lu}[\p{L}'’.-]*|\d+|a|an|the|of|and|in|on|for|to|with|at|by|or)\s+){0,5}\p{Lu}[\p{L}'’.-]*$/u;

export function isNamingQuote(frame: string, q: QuoteInSentence): boolean {
  const before = frame.slice(Math.max(0, q.start - 60), q.start);
  const naming = NAMING_CONTEXT.test(before) || (TITLE_CONTEXT.test(before) && TITLE_WORDS.test(q.words.trim().replace(/[,.;:!?]+$/u, '')));
  if (naming) fire(NOISE_RULES.namingQuote);
  return naming;
}

const MEDIA_WORDS =
  /\b(?:news agency|agency|network|newspaper|broadcaster|outlet|daily|channel|television|radio|reports? of|media|herald|gazette|times|post|tribune|journal|chronicle|observer|telegraph|courier|dispatch|news|press|wire)\b/i;

/** "according to the state-run TASS news agency", "according to El País": the medium, never the speaker. */
export function isMedia(phrase: string): boolean {
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, '').trim();
  const media = MEDIA_WORDS.test(bare) || findOutletByName(bare) !== null;
  if (media) fire(NOISE_RULES.outletIsMedium);
  return media;
}
