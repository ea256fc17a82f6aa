/**
 * To whom: "told Y", "in a call with Y", "during talks with his German
 * counterpart Y", "called on Y", "urged Y", "responding to Y", "in a letter to Y",
 * and the press ("told reporters", "at a press briefing").
 */
import { analyseMention, stripTrailingNoise, type MentionInfo } from './mention.ts';
import { alternationOf } from './verbs.ts';
import { AUXILIARY, CAPITALISED, NAME_WORD } from './patterns.ts';
import { fire, type PatternRule } from '../rule.ts';

export interface AddresseeMention {
  /** `press` for reporters and briefings; otherwise the words naming the addressee. */
  info: MentionInfo | 'press';
  /** Offsets in the frame searched. */
  start: number;
  end: number;
  /** "rejected Russia's demand": the addressee is named inside what was said, which stays in the words. */
  inContent: boolean;
  /** "in a call with Y", "during talks with Y": the phrase also reports an act of its own. */
  act: { kind: 'call' | 'meeting'; start: number } | null;
  /** The rule that found it. */
  rule: string;
}

interface AddresseeRule extends PatternRule {
  /** The phrase also reports a call or meeting of its own: "in a call with Y". */
  reportsAct?: boolean;
  /** Only before the reporting verb's own position: after it, the verb with its object belongs to the content. */
  notAfterCue?: boolean;
  /** The addressee is named inside what was said, which keeps the words: "rejected Y's demand". */
  inContent?: boolean;
}

export const ADDRESSEE_RULES = {
  press: {
    name: 'addressee.the-press',
    what: '"told reporters", "at a press conference", "to journalists": the press is addressed',
    pattern: new RegExp(
      [
        String.raw`\b(?:${alternationOf('toThePress')})\s+(?:the\s+)?(?:reporters|journalists|press|media|news media)\b`,
        String.raw`\b(?:at|during|in|to|told)\s+(?:a|an|the|his|her|its|their)?\s*(?:regular\s+|daily\s+|weekly\s+|joint\s+|televised\s+|separate\s+)?(?:press|news)\s+(?:briefing|conference|availability)\b`,
        String.raw`\bto\s+(?:reporters|journalists)\b`,
      ].join('|'),
      'gi',
    ),
    fires: ['Ana Ruiz told reporters the border would reopen on Friday.', 'Ana Ruiz said at a press conference that the border would reopen on Friday.'],
  },
  withWhom: {
    name: 'addressee.in-exchange-with',
    what: '"in a call with Y", "during talks with Y", "in a letter to Y": whom the exchange was with is addressed (and a call or talks are an act of their own)',
    pattern:
      /\b(?:in|during|after|at|over|by)\s+(?:a|an|the|his|her|their|its)?\s*(?:[\p{L}-]+\s+){0,2}?(?:call|conversation|talks|meeting|phone call|telephone call|telephone conversation|video call|videoconference|exchange|letter|message|note|summit|negotiations)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*\s+)?(?:with|to)\s+/giu,
    reportsAct: true,
    fires: ['Ana Ruiz said in a phone call with Tomas Brenner that the border would reopen on Friday.'],
  },
  directObject: {
    name: 'addressee.object-of-verb',
    what: '"told Y", "urged Y", "called on Y", "assured Y": the verb\'s object is addressed (never "told to", "asked whether")',
    pattern: new RegExp(String.raw`\b(?:${alternationOf('objectIsAddressee')})\s+(?!(?:not|to|that|whether|if|for|about|when|how|why|what|which|who)\b)`, 'g'),
    notAfterCue: true,
    fires: ['Ana Ruiz told Tomas Brenner that the border would reopen on Friday.', 'Ana Ruiz urged Sylvania to open the dam gates before the harvest.'],
    doesNotFire: ['Ana Ruiz was asked whether the border would reopen on Friday.', 'Ana Ruiz warned that it would not rain before the harvest.'],
  },
  toWhom: {
    name: 'addressee.reply-to',
    what: '"responding to Y", "in reply to Y", "a letter to Y": whom the answer or the text went to',
    pattern: new RegExp(
      String.raw`\b(?:${alternationOf('addresseeAfterTo')}|in response|in reply|a reply|a response|written responses?|a letter|a message)\s+to\s+`,
      'gi',
    ),
    fires: ['Responding to Tomas Brenner, Ana Ruiz said the border would reopen on Friday.'],
    doesNotFire: ['Ana Ruiz said Tomas Brenner has not replied to her letters about the border.'],
  },
  answered: {
    name: 'addressee.owner-of-what-is-answered',
    what: '"rejected Y\'s demand", "turned down Y\'s offer": whose demand it was is whom the answer is for',
    pattern: new RegExp(
      String.raw`\b(?:${alternationOf('answersOwner')})\s+(?=(?:some of |all of |parts of |one of )?(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}['’]s?\s)`,
      'gu',
    ),
    inContent: true,
    fires: ["Tomas Brenner rejected Freedonia's demand for joint patrols on the river."],
  },
} satisfies Record<string, AddresseeRule>;

const R = ADDRESSEE_RULES;

/** ", Rasa Kairiene": a full name in apposition. */
const APPOSITION = new RegExp(String.raw`^,\s+(${NAME_WORD}(?:\s+${NAME_WORD})+)`, 'u');
/** "Ana Ruiz the quotas …", "the Gazette she …", "the council they …": a name or a short noun phrase, then a new noun phrase or a subject. */
const NAME_THEN_PHRASE = new RegExp(
  String.raw`^((?:the\s+)?(?:${CAPITALISED}\s+)*\p{Lu}[\p{L}'’-]*|(?:the|his|her|its|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:the|a|an|its|his|her|their|it|he|she|they|we|I)(?:\s|$|['’](?:d|ll|s|re|ve|m)\b)`,
  'u',
);

/** The noun phrase that starts at `from`, up to the first word that cannot belong to it. */
function nounPhraseAt(frame: string, from: number): { text: string; end: number } {
  const rest = frame.slice(from);
  const stop =
    /[,;:\uE000!?—–]|(?<!\b\p{Lu})\.|\s(?:that|to|on|in|at|about|regarding|ahead|after|before|over|as|last|this|next|by|for|during|with|from|not|of(?!\s\p{Lu})|and(?=\s\p{Ll})|who|which|when|while|if|saying|adding|amid|dated|signed|sent|delivered|published|issued|released)\b|\s(?:early|late|later|earlier)\s/u.exec(
      rest,
    );
  // "him the bloc was …": an object pronoun is the whole phrase.
  const pronoun = /^(?:him|them|her(?=\s*(?:[,.;:]|$|\s(?:that|the|a|an|to|on|in|at|about|of|how|why|what|whether)\b)))\b/i.exec(rest);
  if (pronoun) return { text: pronoun[0], end: from + pronoun[0].length };
  let text = stripTrailingNoise(rest.slice(0, stop ? stop.index : rest.length));
  // "his Lithuanian counterpart, Rasa Kairiene": the name in apposition is who was addressed.
  const apposition = APPOSITION.exec(rest.slice(text.length));
  if (apposition && /^(?:his|her|its|their|the)\s/i.test(text)) text = `${text}, ${apposition[1]}`;
  // "told Ana Ruiz the quotas would …": a name ends where a new noun phrase begins.
  const named = NAME_THEN_PHRASE.exec(text);
  if (named) text = named[1]!;
  return { text, end: from + text.length };
}

function actKind(phrase: string): 'call' | 'meeting' | null {
  if (/\b(?:call|phone|telephone|video)/i.test(phrase)) return 'call';
  if (/\b(?:talks|meeting|summit|negotiations)\b/i.test(phrase)) return 'meeting';
  return null;
}

/** Words that only a clause of its own has: what was said has begun. */
const CLAUSE_STARTED = new RegExp(String.raw`\b(?:that|not|${AUXILIARY})\b`, 'i');

const isReporters = (text: string): boolean => /^(?:the\s+)?(?:reporters|journalists|press|media)$/i.test(text.trim());

/**
 * Addressees named in `frame` between `from` and `to` (the reporting clause, not the reported content).
 * `cueAt`: where the clause's reporting verb is; a verb with an object after it ("…, asking Tashkent to …")
 * belongs to the content, not to this clause.
 */
export function findAddressees(frame: string, from: number, to: number, cueAt = to): AddresseeMention[] {
  const region = frame.slice(0, to);
  const found: AddresseeMention[] = [];
  const add = (mention: AddresseeMention) => {
    if (!found.some((f) => mention.start < f.end && mention.end > f.start)) found.push(mention);
  };
  for (const m of region.matchAll(R.press.pattern)) {
    if (m.index < from) continue;
    fire(R.press);
    add({ info: 'press', start: m.index, end: m.index + m[0].length, act: null, inContent: false, rule: R.press.name });
  }
  for (const r of [R.withWhom, R.directObject, R.toWhom, R.answered] as AddresseeRule[]) {
    for (const m of region.matchAll(r.pattern)) {
      if (m.index < from || (r.notAfterCue && m.index > cueAt)) continue;
      // "said in reply to Y", not "said the mayor has not replied to Y": a reply after the verb is its own only before a clause starts.
      if (r === R.toWhom && m.index > cueAt && CLAUSE_STARTED.test(frame.slice(cueAt, m.index))) continue;
      // Nor "told the Gazette she planned to respond to the attacks": the reply is another verb's, in what was said.
      if (r === R.toWhom && /\b(?:he|she|they|we|I)\s+\p{Ll}+\s+to\s/u.test(frame.slice(from, m.index))) continue;
      const start = m.index + m[0].length;
      // "warned that it …": the clause ends at "that", where no object can start.
      if (start >= to) continue;
      const phrase = nounPhraseAt(frame, start);
      if (phrase.text === '' || isReporters(phrase.text)) continue;
      const info = analyseMention(phrase.text);
      if (!info || info.form === 'relative') continue;
      const kind = r.reportsAct ? actKind(m[0]) : null;
      const inContent = r.inContent === true;
      fire(r);
      add({ info, start, end: phrase.end, act: kind ? { kind, start: m.index } : null, inContent, rule: r.name });
      // "urged Iran and the United States": each is addressed.
      for (const partner of info.partners) add({ info: partner, start: phrase.end, end: phrase.end, act: null, inContent, rule: r.name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
