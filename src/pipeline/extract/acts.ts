/**
 * Acts of communication that are not reported speech: calls, meetings and talks,
 * and documents sent ("held a telephone conversation", "will meet Lavrov on
 * Friday", "delivered its written response to Russia", "a planned phone call
 * between A and B").
 */
import type { PointKind } from '../types.ts';
import { fire, type PatternRule } from '../rule.ts';
import { analyseMention, type MentionInfo } from './mention.ts';
import { CAPITALISED, PHRASE } from './patterns.ts';
import { alternationOf } from './verbs.ts';

export interface Act {
  /** The rule that found it. */
  rule: string;
  kind: PointKind;
  speaker: MentionInfo;
  speakerAt: number;
  addressee: MentionInfo | null;
  addresseeAt: number;
  /** The words that describe the act, as the article gives them. */
  words: string;
  /** Offsets of `words` in the sentence: a time expression there dates the act. */
  start: number;
  end: number;
}

const NP = String.raw`(${PHRASE}{2,80}?)`;
/** A noun phrase that may hold appositive commas: "The French president, Emmanuel Macron,". */
const NP_WITH_COMMAS = String.raw`((?:[^.;:!?\uE000]|(?<=\b\p{Lu})\.){2,120}?)`;
const OBJECT_WORDS = String.raw`(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:\p{Lu}|U\.S\.)${PHRASE}{0,80}?`;
const OBJECT_END = String.raw`(?=\s+(?:on|in|at|by|to|for|about|over|ahead|after|before|last|next|this|early|late|later|earlier|and|amid|as|via|through|with|under|regarding|concerning|that|which|who|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[,.;:]\s|[,.;:]?$)`;
const OBJECT = String.raw`(${OBJECT_WORDS})${OBJECT_END}`;

/** A name in apposition: ", Bakhtiyor Rakhimov". */
const NAME = String.raw`${CAPITALISED}(?:\s+${CAPITALISED}){0,3}`;

interface ActPattern extends PatternRule {
  /** What a sentence must hold for the pattern to be worth trying: most hold none of it, and the patterns are slow. */
  needs: RegExp;
  kind: PointKind;
  pattern: RegExp;
  /** Which groups hold the speaker and the addressee. */
  speaker: number;
  /** The group naming the addressee, or the groups that may, the first that matched naming it. */
  addressee: number | number[] | null;
  /** The act's words start after this group (the subject); 0: the whole match is the act. */
  wordsAfter: number;
}

export const ACT_RULES: readonly ActPattern[] = [
  {
    name: 'act.call-held-jointly',
    needs: /(?:telephone|phone|video)\s+(?:conversation|call|talk)/,
    what: 'two parties "held a telephone conversation": a call between them',
    fires: ['The Freedonian president, Maria Costa, and her Sylvanian counterpart, Sergei Valenko, held a telephone conversation on Monday.'],
    kind: 'call',
    pattern: new RegExp(
      String.raw`^${NP_WITH_COMMAS},?\s+and\s+${NP_WITH_COMMAS},?\s+(?:have\s+|had\s+)?(?:held|had|hold)\s+(?:a|an|their|another)\s+(?:\p{Ll}+\s+)?(?:telephone|phone|video)\s+(?:conversation|call|talks?)`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 2,
  },
  {
    name: 'act.call-between',
    needs: /(?:phone|telephone|video)\s+(?:call|conversation|talks)\s+(?:(?:took|was|were)\s+\S+\s+)?between\b/,
    what: '"a phone call between A and B", "a telephone conversation took place between A and B"',
    fires: ['A telephone conversation took place between Ana Ruiz and Tomas Brenner on Tuesday.'],
    kind: 'call',
    pattern: new RegExp(
      String.raw`(?:phone|telephone|video)\s+(?:call|conversation|talks)\s+(?:(?:took\s+place|was\s+held|were\s+held)\s+)?between\s+${NP}\s+and\s+${OBJECT}`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 0,
  },
  {
    name: 'act.call-held-with',
    needs: /(?:telephone|phone|video)\s+(?:conversation|call|talks?)\s+with\b/,
    what: '"X held a phone call with Y"',
    fires: ['Ana Ruiz held a phone call with Tomas Brenner on Tuesday.'],
    kind: 'call',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:has\s+|have\s+|had\s+)?(?:held|had|made)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:telephone|phone|video)\s+(?:conversation|call|talks?)\s+with\s+${OBJECT}`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.call-spoke-with',
    needs: /\b(?:spoke|talked)\s/,
    what: '"X spoke (by phone) with Y"',
    fires: ['Ana Ruiz spoke by phone with Tomas Brenner on Tuesday.'],
    doesNotFire: ['Farm officials who spoke with the Gazette said the canal was dry.'],
    kind: 'call',
    // Not "officials who spoke with the Gazette said …": a relative clause describes who speaks.
    pattern: new RegExp(String.raw`^${NP}(?<!\s(?:who|that|which))\s+(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?with\s+${OBJECT}`, 'u'),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.call-raised-in-call',
    needs: /(?:telephone|phone|video)\s+(?:conversation|call)/,
    what: '"X raised the dispute with Y in a phone call"',
    fires: ['Ana Ruiz raised the dispute with her Sylvanian counterpart, Tomas Brenner, in a phone call on Tuesday.'],
    kind: 'call',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:(?!(?:he|she|they|it|we)\s)\p{Ll}+\s+){1,6}?with\s+(${OBJECT_WORDS}(?:,\s+${NAME},?)?)\s+(?:in|during|over|by)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:telephone|phone|video)\s+(?:conversation|call)`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.call-phoned-counterpart',
    needs: /\b(?:counterpart|colleague|opposite\s+number)\b/,
    what: '"X phoned his counterpart", "Ruiz called her Sylvanian counterpart"',
    fires: ['Ana Ruiz phoned her Sylvanian counterpart on Tuesday.'],
    kind: 'call',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:${alternationOf('call')})\s+((?:his|her|their|its)\s+(?:\p{L}+\s+)?(?:counterpart|colleague|opposite\s+number)(?:,\s+${NAME},?)?)(?=[,.;:]|$|\s+(?:on|in|about|over|to|at|by|for|after|before|late|early|last|this|and|from|amid|during|regarding|concerning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.call-expected',
    needs: /(?:phone|telephone|video)\s+(?:call|conversation|talks)\s+with\b/,
    what: '"X expects to hear … during Tuesday\'s phone call with Y": a planned call',
    fires: ["Ana Ruiz expects an answer during Friday's phone call with Tomas Brenner."],
    kind: 'call',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:expects|expected|plans|planned|hopes|hoped|is\s+expected|will|would|is\s+due)\b[^.;]*?\b(?:phone|telephone|video)\s+(?:call|conversation|talks)\s+with\s+${OBJECT}`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.meeting-planned',
    needs: /\b(?:meet|host|receive|visit)\b/,
    what: '"X will meet Y", "is due to visit Y": a meeting ahead',
    fires: ['Ana Ruiz will meet Tomas Brenner in Port Sylvan on Friday.'],
    kind: 'meeting',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:will|would|is\s+to|are\s+to|is\s+due\s+to|is\s+set\s+to|plans\s+to)\s+(?:meet|host|receive|visit)\s+(?:with\s+)?${OBJECT}`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.meeting-held',
    needs: /\b(?:met|meets|held\s+talks)\b/,
    what: '"X met (with) Y", "held talks with Y"',
    fires: ['Ana Ruiz met Tomas Brenner in Port Sylvan on Tuesday.'],
    kind: 'meeting',
    pattern: new RegExp(String.raw`^${NP}\s+(?:met|meets|held\s+talks)\s+(?:with\s+)?${OBJECT}`, 'u'),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.document-arrived',
    needs: /\b(?:came|arrived)\b/,
    what: '"The follow-up document came a day after …": a text\'s arrival, on behalf of whoever wrote it',
    fires: ['The follow-up letter came on Wednesday, a day later than promised.'],
    kind: 'document',
    pattern: new RegExp(
      String.raw`^((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?(?:document|letter|response|reply|note|answer|follow-up)s?)\s+(?:came|arrived)\b(${PHRASE}{0,160}?)(?=\s+and\s|[,;.]|$)`,
      'u',
    ),
    speaker: 1,
    addressee: null,
    wordsAfter: 1,
  },
  {
    name: 'act.document-written-to',
    needs: /\b(?:written|wrote)\s+to\b/,
    what: '"X had written to Y on Monday": a letter, and to whom it went',
    fires: ['Ana Ruiz said she had written to Tomas Brenner on Monday.'],
    kind: 'document',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:written|wrote)\s+to\s+(${OBJECT_WORDS}(?:,\s+${NAME})?)${OBJECT_END}`,
      'u',
    ),
    speaker: 1,
    addressee: 2,
    wordsAfter: 1,
  },
  {
    name: 'act.document-sent',
    needs: /\b(?:delivered|sent|handed|submitted|transmitted)\b/,
    what: '"X delivered its written response to Y", "sent a second note": a text sent',
    fires: ['Sylvania delivered its written response to Freedonia on Tuesday.', 'Ana Ruiz sent him a second letter last week.'],
    kind: 'document',
    pattern: new RegExp(
      String.raw`^${NP}\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:delivered|sent|handed\s+over|handed|submitted|transmitted)\s+(?:(him|her|them|us)\s+)?(?:its\s+|their\s+|an?\s+|the\s+|two\s+|three\s+|own\s+)*(?:[\p{Ll}-]+\s+){0,2}?(?:responses?|reply|replies|answers?|letters?|documents?|proposals?|notes?|treaty|agreement)\b(?:${PHRASE}*?\s+to\s+${OBJECT})?`,
      'u',
    ),
    speaker: 1,
    addressee: [2, 3],
    wordsAfter: 1,
  },
];

/** "X said (that) he would meet …": the act's subject comes after the reporting verb. */
const REPORTED_THAT = new RegExp(String.raw`\b(?:that|${alternationOf('cue')})\s+`);

/** Leading adverbials that do not belong to the subject: "Earlier, on the 15th of last month, Russia …". */
function subjectStart(frame: string): number {
  const m = /^(?:(?:earlier|later|meanwhile|however|also|separately|then|on\s[^,]+|in\s[^,]+|according to\s[^,]+|as per\s[^,]+),\s*)+/iu.exec(frame);
  return m ? m[0].length : 0;
}

/** Acts in one sentence; `frame` is the sentence with its quotations masked. */
export function findActs(sentence: string, frame: string): Act[] {
  const acts: Act[] = [];
  const start = subjectStart(frame);
  for (const r of ACT_RULES) {
    const { kind, pattern, speaker, addressee, wordsAfter } = r;
    if (!r.needs.test(frame)) continue;
    const anchored = pattern.source.startsWith('^');
    const text = anchored ? frame.slice(start) : frame;
    const base = anchored ? start : 0;
    const m = pattern.exec(text);
    if (!m) continue;
    // "The office of the prime minister said on Monday that he would meet …": the act's subject is "he".
    // "… said on Monday she had agreed with …": after the time, the pronoun is the subject.
    const told = m[speaker]!.split(REPORTED_THAT).at(-1)!;
    const subjectText = /\b(?:he|she|they|it|we)$/i.exec(told)?.[0] ?? told;
    const who = analyseMention(subjectText);
    if (!who || who.form === 'relative') continue;
    const group = [addressee ?? []].flat().find((g) => m[g]);
    const to = group !== undefined ? analyseMention(m[group]!) : null;
    // The act's words are what was done, not who did it: from the verb on (a "call between A and B" is all act).
    const verbAt = wordsAfter > 0 ? m[0].indexOf(m[wordsAfter]!) + m[wordsAfter]!.length : 0;
    const at = base + m.index + verbAt;
    const end = base + m.index + m[0].length;
    fire(r);
    acts.push({
      rule: r.name,
      kind,
      speaker: who,
      speakerAt: base + m.index + m[0].indexOf(m[speaker]!) + m[speaker]!.length - subjectText.length,
      addressee: to,
      addresseeAt: to ? base + m.index + m[0].lastIndexOf(m[group!]!) : -1,
      words: sentence.slice(at, end).replace(/^[\s,]+/, ''),
      start: at,
      end,
    });
  }
  return acts.filter((a, i) => !acts.slice(0, i).some((b) => a.start < b.end && b.start < a.end));
}
