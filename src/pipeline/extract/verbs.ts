/**
 * The verb table: every verb the extractor reads as reporting an act of
 * communication, with the forms news copy uses and what each form tells. Every
 * module that needs a list of verbs derives it from here, so the lists cannot
 * drift apart. General English only: no entry names an article's wording.
 */
import type { PointKind } from '../types.ts';

export interface Verb {
  /** The dictionary form, which names the entry. */
  lemma: string;
  /** What an act reported with it is. */
  kind: PointKind;
  /** Forms that report on their own, wherever they stand as a verb ("said", "warning"). */
  cue?: readonly string[];
  /** Present forms that are also plural nouns ("member states"): they report only right before "that". */
  cueBeforeThat?: readonly string[];
  /** Forms whose object is what was said, never whom it was said to: "said he had written to Y, asking Z to …" asks Z nothing of its own. */
  objectIsContent?: readonly string[];
  /** Forms whose object is whom it was said to: "told Y", "urged Y", "called on Y". */
  objectIsAddressee?: readonly string[];
  /** Forms that name the addressee after "to": "responded to Y", "replying to Y". */
  addresseeAfterTo?: readonly string[];
  /** Forms whose object belongs to the addressee: "rejected Y's demand" answers Y. */
  answersOwner?: readonly string[];
  /** Forms that take the press as their addressee: "told reporters", "speaking to journalists". */
  toThePress?: readonly string[];
  /** A stance taken rather than words spoken: with no day given, under a subheading, it is background. */
  stance?: readonly string[];
  /** Forms that report a telephone call: "phoned his counterpart". */
  call?: readonly string[];
  /** Forms that tell nothing of their own: an object too short to stand alone is no content with them ("said so"). */
  plain?: readonly string[];
}

/** `kind` for every entry below unless it says otherwise. */
const S: PointKind = 'statement';

export const VERBS: readonly Verb[] = [
  { lemma: 'say', kind: S, cue: ['said', 'says', 'say', 'saying'], objectIsContent: ['said', 'says'], toThePress: ['said to'], plain: ['said', 'says'] },
  {
    lemma: 'tell', kind: S, cue: ['told', 'tells', 'telling'], objectIsAddressee: ['told', 'tells', 'telling'], toThePress: ['told', 'telling', 'tells'],
    plain: ['told'],
  },
  { lemma: 'state', kind: S, cue: ['stated'], cueBeforeThat: ['states'], objectIsContent: ['stated', 'states'], plain: ['stated'] },
  { lemma: 'add', kind: S, cue: ['added', 'adds', 'adding'], objectIsContent: ['added'], plain: ['added'] },
  { lemma: 'warn', kind: S, cue: ['warned', 'warns', 'warning'], objectIsAddressee: ['warned', 'warns'] },
  { lemma: 'note', kind: S, cue: ['noted'], cueBeforeThat: ['notes'], objectIsContent: ['noted'] },
  { lemma: 'stress', kind: S, cue: ['stressed'], cueBeforeThat: ['stresses'], objectIsContent: ['stressed'] },
  {
    lemma: 'emphasise', kind: S, cue: ['emphasised', 'emphasized', 'emphasising', 'emphasizing'], objectIsContent: ['emphasised', 'emphasized'],
    stance: ['emphasising', 'emphasizing'],
  },
  { lemma: 'insist', kind: S, cue: ['insisted', 'insists'], objectIsContent: ['insisted'], stance: ['insisted'] },
  { lemma: 'claim', kind: S, cue: ['claimed'], cueBeforeThat: ['claims'], objectIsContent: ['claimed'], stance: ['claimed'] },
  { lemma: 'confirm', kind: S, cue: ['confirmed', 'confirms'], objectIsContent: ['confirmed'] },
  { lemma: 'acknowledge', kind: S, cue: ['acknowledged'], objectIsContent: ['acknowledged'] },
  { lemma: 'announce', kind: S, cue: ['announced', 'announces'], objectIsContent: ['announced'] },
  { lemma: 'explain', kind: S, cue: ['explained'], objectIsContent: ['explained'] },
  { lemma: 'argue', kind: S, cue: ['argued'], cueBeforeThat: ['argues'], objectIsContent: ['argued'] },
  { lemma: 'maintain', kind: S, cueBeforeThat: ['maintains'] },
  { lemma: 'declare', kind: S, cue: ['declared'] },
  { lemma: 'reply', kind: S, cue: ['replied'], addresseeAfterTo: ['replied', 'replying'], answersOwner: ['replied to'], stance: ['replied'] },
  {
    lemma: 'respond', kind: S, cue: ['responded'], addresseeAfterTo: ['responding', 'responded', 'responds'], answersOwner: ['responded to'],
    stance: ['responded'],
  },
  { lemma: 'answer', kind: S, cue: ['answered'], answersOwner: ['answered'], stance: ['answered'] },
  { lemma: 'underline', kind: S, cue: ['underlined'], objectIsContent: ['underlined'] },
  { lemma: 'underscore', kind: S, cue: ['underscored'] },
  { lemma: 'reaffirm', kind: S, cue: ['reaffirmed'] },
  { lemma: 'remark', kind: S, cue: ['remarked'] },
  { lemma: 'comment', kind: S, cue: ['commented'], toThePress: ['commented to'] },
  { lemma: 'mention', kind: S, cue: ['mentioned'] },
  { lemma: 'continue', kind: S, cue: ['continued'] },
  { lemma: 'write', kind: 'document', cue: ['wrote', 'writes'], objectIsAddressee: ['wrote to'] },
  { lemma: 'tweet', kind: S, cue: ['tweeted'] },
  { lemma: 'post', kind: S, cue: ['posted'] },
  { lemma: 'caution', kind: S, cue: ['cautioned'] },
  { lemma: 'reiterate', kind: S, cue: ['reiterated'], objectIsContent: ['reiterated'] },
  { lemma: 'assert', kind: S, cue: ['asserted'] },
  { lemma: 'admit', kind: S, cue: ['admitted'] },
  { lemma: 'complain', kind: S, cue: ['complained'] },
  { lemma: 'suggest', kind: S, cue: ['suggested'] },
  { lemma: 'predict', kind: S, cue: ['predicted'] },
  { lemma: 'vow', kind: S, cue: ['vowed'], stance: ['vowed'] },
  { lemma: 'pledge', kind: S, cue: ['pledged'], stance: ['pledged'] },
  { lemma: 'promise', kind: S, cue: ['promised'], stance: ['promised'] },
  { lemma: 'threaten', kind: S, cue: ['threatened'] },
  { lemma: 'urge', kind: S, cue: ['urged', 'urges'], objectIsAddressee: ['urged', 'urges', 'urging'] },
  { lemma: 'ask', kind: S, cue: ['asked'], objectIsAddressee: ['asked', 'asks', 'asking'] },
  { lemma: 'accuse', kind: S, cue: ['accused'], stance: ['accused'] },
  { lemma: 'demand', kind: S, cue: ['demanded'], stance: ['demanded'] },
  { lemma: 'highlight', kind: S, cue: ['highlighted'] },
  { lemma: 'outline', kind: S, cue: ['outlined'] },
  { lemma: 'express', kind: S, cue: ['expressed'] },
  { lemma: 'report', kind: S, cue: ['reported'], objectIsContent: ['reported'] },
  { lemma: 'recall', kind: S, cue: ['recalled'], objectIsContent: ['recalled'] },
  {
    lemma: 'call', kind: S, cue: ['called'], objectIsAddressee: ['called on', 'calls on', 'calling on', 'called upon'], call: ['called'],
  },
  { lemma: 'label', kind: S, cue: ['labelled', 'labeled'] },
  { lemma: 'describe', kind: S, cue: ['described'] },
  { lemma: 'signal', kind: S, cue: ['signaled', 'signalled'] },
  { lemma: 'propose', kind: S, cue: ['proposed'], stance: ['proposed'] },
  { lemma: 'assure', kind: S, cue: ['assured'], objectIsAddressee: ['assured'] },
  { lemma: 'reassure', kind: S, objectIsAddressee: ['reassured'] },
  { lemma: 'inform', kind: S, cue: ['informed'], objectIsAddressee: ['informed'] },
  { lemma: 'brief', kind: S, cue: ['briefed'], objectIsAddressee: ['briefed'], toThePress: ['briefed'] },
  { lemma: 'appeal', kind: S, cue: ['appealed'], objectIsAddressee: ['appealed to'] },
  { lemma: 'thank', kind: S, objectIsAddressee: ['thanked'] },
  { lemma: 'remind', kind: S, objectIsAddressee: ['reminded'] },
  { lemma: 'invite', kind: S, objectIsAddressee: ['invited'] },
  { lemma: 'summon', kind: S, objectIsAddressee: ['summoned'] },
  { lemma: 'speak', kind: S, toThePress: ['speaking to', 'speaking with'] },
  { lemma: 'talk', kind: S, toThePress: ['talking to'] },
  { lemma: 'phone', kind: 'call', call: ['phoned', 'telephoned'] },
  { lemma: 'ring', kind: 'call', call: ['rang'] },
  { lemma: 'meet', kind: 'meeting', objectIsAddressee: ['met', 'meet'] },
  { lemma: 'deny', kind: 'denial', cue: ['denied', 'denies'], stance: ['denied'] },
  { lemma: 'dismiss', kind: 'denial', cue: ['dismissed'], answersOwner: ['dismissed'], stance: ['dismissed'] },
  { lemma: 'reject', kind: 'denial', cue: ['rejected'], answersOwner: ['rejected', 'rejects'], stance: ['rejected'] },
  { lemma: 'refute', kind: 'denial', cue: ['refuted'], stance: ['refuted'] },
  { lemma: 'rebuff', kind: 'denial', cue: ['rebuffed'], stance: ['rebuffed'] },
  { lemma: 'turn down', kind: 'denial', answersOwner: ['turned down'], stance: ['turned down'] },
  { lemma: 'accept', kind: S, answersOwner: ['accepted'] },
  { lemma: 'welcome', kind: S, answersOwner: ['welcomed'] },
  { lemma: 'refuse', kind: S, answersOwner: ['refused'] },
];

type FormList = Exclude<keyof Verb, 'lemma' | 'kind'>;

/** Every form listed under `list`, longest first (so that an alternation tries "called upon" before "called"). */
export function formsOf(list: FormList): string[] {
  return [...new Set(VERBS.flatMap((v) => v[list] ?? []))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The forms under `list` as one alternation for a regular expression. */
export function alternationOf(list: FormList): string {
  return formsOf(list)
    .map((f) => f.replace(/\s+/g, String.raw`\s+`))
    .join('|');
}

/** A cue form → the kind of act it reports. */
export const CUE_KINDS: ReadonlyMap<string, PointKind> = new Map(VERBS.flatMap((v) => (v.cue ?? []).map((f) => [f, v.kind] as const)));

const sets = new Map<FormList, ReadonlySet<string>>();
/** Whether `form` is listed under `list`. */
export function isForm(list: FormList, form: string): boolean {
  let set = sets.get(list);
  if (!set) {
    set = new Set(formsOf(list));
    sets.set(list, set);
  }
  return set.has(form);
}
