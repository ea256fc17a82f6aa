/**
 * What reading one sentence gives: its quotations, and each reporting clause with the words it
 * reports. The types sit apart from the readers (attribution, words, noise) so they can share
 * them without importing each other.
 */
import type { PointKind } from '../types.ts';
import type { AddresseeMention } from './addressees.ts';
import type { MentionInfo } from './mention.ts';

export interface QuoteInSentence {
  /** Offsets in the sentence: the whole span with its marks, and the words inside. */
  start: number;
  end: number;
  words: string;
  /** The paragraph ends with this quotation still open: by convention, the quotation goes on in the next paragraph. */
  runsOn?: boolean;
  /** “…,” : the comma of the sentence stands inside the closing mark, as American style puts it. */
  commaInside?: boolean;
}

export interface Attribution {
  kind: PointKind;
  speaker: MentionInfo;
  /** Offset of the speaker's words in the sentence. */
  speakerAt: number;
  addressees: AddresseeMention[];
  cue: string;
  cueAt: number;
  /** Indices of the quotes this clause reports (direct words). */
  quotes: number[];
  /** The reported content, for indirect speech. */
  content: string | null;
  /** The attribution text outside the words: where its time expression is looked for. */
  clause: { start: number; end: number };
  /** Where a time expression dates this act (offsets in the sentence). */
  time: { start: number; end: number };
  /** Continues the previous statement ("adding, …"): same speaker, same act. */
  continues: boolean;
  /** A second verb of the same subject ("… and accused Serbia of stalling"): same speaker, an act of its own. */
  coordinated?: boolean;
  /** The verb before its subject ("…, said Ruiz"): what was said stands before the verb. */
  inverted?: boolean;
  /** "Ruiz said:" ending a paragraph: it reports nothing itself, but leads into the quotation that opens the next one. */
  leadsIn?: boolean;
  /** "― Tom Reyes" standing alone after a quotation: it signs the quotation of the paragraph before. */
  signs?: boolean;
  /** The rules that found who speaks and what was said. */
  why: { speaker: string[]; words: string[] };
}
