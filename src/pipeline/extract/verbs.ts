/**
 * The verb table: every verb the extractor reads as reporting an act of communication,
 * with all its forms and what it tells. Every module that needs a list of verbs derives
 * it from here, so the lists cannot drift apart. General English only: no entry names an
 * article's wording.
 */
import type { PointKind } from '../types.ts';

export interface Verb {
  /** Its forms, the dictionary form first: "say says said saying"; "turn_down" for a verb of two words. */
  forms: string;
  /** What an act reported with it is. */
  kind: PointKind;
  /** A verb of speaking that does not report on its own ("thank", "meet"): it only names an addressee or an act. */
  silent?: true;
  /** Forms that never report on their own. */
  noCue?: string;
  /**
   * Forms that are also common nouns ("claims", "the report", "a meeting"): they report only right
   * before "that" or a quotation, and never take an addressee.
   */
  nounToo?: string;
  /** Its object is what was said, never whom it was said to: "said he had written to Y, asking Z to …" asks Z nothing of its own. */
  objectIsContent?: true;
  /** Reports words only as a clause or a quotation: a bare noun after it is what was added or posted, not said ("added 300 jobs"). */
  clauseOnly?: true;
  /** Whom it addresses: its object ("told Y"), or the object of a particle ("called on Y", "wrote to Y"). */
  addressee?: 'object' | 'on' | 'upon' | 'to';
  /** Names whom it answers after "to": "responded to Y". */
  addresseeAfterTo?: true;
  /** Its object belongs to whom it answers: "rejected Y's demand". With a particle: "responded to Y's list". */
  answersOwner?: true | 'to';
  /** How it takes the press as addressee: as its object ("told reporters"), or after these particles ("speaking to journalists"). */
  toThePress?: true | string;
  /** A stance taken rather than words spoken: with no day given, under a subheading, it is background. */
  stance?: true;
  /** Forms that report a telephone call: "phoned his counterpart". */
  call?: string;
  /** Forms that tell nothing of their own: an object too short to stand alone is no content with them ("said so"). */
  plain?: string;
  /**
   * Reports words only with a quotation or "that": one that judges what it is about ("slammed the plan
   * as “a disgrace”"), or one with common senses that report nothing ("maintained a lead"); one that
   * names ("called the dam a provocation") also with what it names it.
   */
  evaluative?: 'judging' | 'naming';
  /** Reports only what a study, poll or report found ("a poll found", "the data show"), or before "that". */
  finding?: true;
}

const S: PointKind = 'statement';
const D: PointKind = 'denial';

const VERBS: readonly Verb[] = [
  // Saying, telling, writing
  { forms: 'say says said saying', kind: S, objectIsContent: true, toThePress: 'to', plain: 'said says' },
  { forms: 'tell tells told telling', kind: S, addressee: 'object', toThePress: true, plain: 'told' },
  { forms: 'state states stated stating', kind: S, nounToo: 'state states', objectIsContent: true, plain: 'stated' },
  { forms: 'add adds added adding', kind: S, objectIsContent: true, clauseOnly: true, plain: 'added' },
  // "had written to Y" is the letter (an act), not a clause of its own.
  { forms: 'write writes wrote writing', kind: 'document', addressee: 'to' },
  // "posted a photo of himself", "tweeted a video": what was posted is no words unless it is a clause or a quotation.
  { forms: 'tweet tweets tweeted tweeting', kind: S, nounToo: 'tweet tweets', clauseOnly: true },
  { forms: 'post posts posted posting', kind: S, nounToo: 'post posts', clauseOnly: true },
  { forms: 'email emails emailed emailing', kind: S, nounToo: 'email emails' },
  { forms: 'speak speaks spoke speaking', kind: S, silent: true, toThePress: 'to with' },
  { forms: 'talk talks talked talking', kind: S, silent: true, toThePress: 'to' },
  // "…, asking Y to …" and "…, urging Y to …" go on with what the clause before reported: no cue of their own.
  { forms: 'ask asks asked asking', kind: S, addressee: 'object', toThePress: true, noCue: 'asking' },
  { forms: 'continue continues continued continuing', kind: S },
  // Asserting, explaining, adding detail
  { forms: 'note notes noted noting', kind: S, nounToo: 'note notes', objectIsContent: true },
  { forms: 'stress stresses stressed stressing', kind: S, nounToo: 'stress', objectIsContent: true },
  { forms: 'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing', kind: S, objectIsContent: true, stance: true },
  { forms: 'underline underlines underlined underlining', kind: S, objectIsContent: true },
  { forms: 'underscore underscores underscored underscoring', kind: S },
  { forms: 'insist insists insisted insisting', kind: S, objectIsContent: true, stance: true },
  { forms: 'claim claims claimed claiming', kind: S, nounToo: 'claim claims', objectIsContent: true, stance: true },
  { forms: 'maintain maintains maintained maintaining', kind: S, objectIsContent: true, evaluative: 'judging' },
  { forms: 'contend contends contended contending', kind: S, objectIsContent: true },
  { forms: 'assert asserts asserted asserting', kind: S, objectIsContent: true },
  { forms: 'allege alleges alleged alleging', kind: S, objectIsContent: true },
  { forms: 'argue argues argued arguing', kind: S, objectIsContent: true },
  { forms: 'explain explains explained explaining', kind: S, objectIsContent: true },
  { forms: 'declare declares declared declaring', kind: S },
  { forms: 'announce announces announced announcing', kind: S, objectIsContent: true },
  { forms: 'confirm confirms confirmed confirming', kind: S, objectIsContent: true },
  { forms: 'acknowledge acknowledges acknowledged acknowledging', kind: S, objectIsContent: true },
  { forms: 'admit admits admitted admitting', kind: S },
  { forms: 'concede concedes conceded conceding', kind: S },
  { forms: 'reiterate reiterates reiterated reiterating', kind: S, objectIsContent: true },
  { forms: 'repeat repeats repeated repeating', kind: S },
  { forms: 'reaffirm reaffirms reaffirmed reaffirming', kind: S },
  { forms: 'recall recalls recalled recalling', kind: S, objectIsContent: true },
  { forms: 'recount recounts recounted recounting', kind: S },
  { forms: 'report reports reported reporting', kind: S, nounToo: 'report reports', objectIsContent: true },
  { forms: 'reveal reveals revealed revealing', kind: S },
  { forms: 'disclose discloses disclosed disclosing', kind: S },
  { forms: 'mention mentions mentioned mentioning', kind: S, nounToo: 'mention mentions' },
  { forms: 'remark remarks remarked remarking', kind: S, nounToo: 'remark remarks' },
  { forms: 'comment comments commented commenting', kind: S, nounToo: 'comment comments', toThePress: 'to' },
  { forms: 'observe observes observed observing', kind: S },
  { forms: 'indicate indicates indicated indicating', kind: S },
  { forms: 'clarify clarifies clarified clarifying', kind: S, objectIsContent: true },
  { forms: 'conclude concludes concluded concluding', kind: S },
  { forms: 'suggest suggests suggested suggesting', kind: S },
  { forms: 'predict predicts predicted predicting', kind: S, objectIsContent: true },
  // "Ruiz thinks the dam will hold": an opinion reported is attributed like words; "thought" is also a noun.
  { forms: 'think thinks thought thinking', kind: S, nounToo: 'thought', objectIsContent: true, stance: true, noCue: 'thinking' },
  { forms: 'estimate estimates estimated estimating', kind: S, nounToo: 'estimate estimates', objectIsContent: true },
  { forms: 'interject interjects interjected interjecting', kind: S },
  { forms: 'proclaim proclaims proclaimed proclaiming', kind: S, objectIsContent: true },
  { forms: 'react reacts reacted reacting', kind: S, noCue: 'reacting' },
  { forms: 'find finds found finding', kind: S, finding: true, noCue: 'finding' },
  { forms: 'show shows showed shown showing', kind: S, finding: true, noCue: 'shown showing' },
  { forms: 'testify testifies testified testifying', kind: S },
  { forms: 'highlight highlights highlighted highlighting', kind: S },
  { forms: 'outline outlines outlined outlining', kind: S },
  { forms: 'express expresses expressed expressing', kind: S },
  { forms: 'signal signals signaled signalled signaling signalling', kind: S, nounToo: 'signal signals' },
  // Manner of speaking
  { forms: 'complain complains complained complaining', kind: S },
  { forms: 'lament laments lamented lamenting', kind: S },
  { forms: 'boast boasts boasted boasting', kind: S },
  { forms: 'joke jokes joked joking', kind: S, nounToo: 'joke jokes' },
  { forms: 'quip quips quipped quipping', kind: S },
  { forms: 'confide confides confided confiding', kind: S },
  { forms: 'muse muses mused musing', kind: S, nounToo: 'muse' },
  { forms: 'marvel marvels marveled marvelled marveling marvelling', kind: S, nounToo: 'marvel marvels' },
  { forms: 'wonder wonders wondered wondering', kind: S, nounToo: 'wonder wonders' },
  { forms: 'exclaim exclaims exclaimed exclaiming', kind: S },
  { forms: 'whisper whispers whispered whispering', kind: S, nounToo: 'whisper whispers' },
  { forms: 'murmur murmurs murmured murmuring', kind: S, nounToo: 'murmur murmurs' },
  { forms: 'mutter mutters muttered muttering', kind: S },
  { forms: 'fume fumes fumed fuming', kind: S },
  { forms: 'grouse grouses groused grousing', kind: S },
  // "worried that …" reports a fear voiced; "worried about the dam" and "a worried farmer" report nothing.
  { forms: 'worry worries worried worrying', kind: S, stance: true, evaluative: 'judging' },
  { forms: 'sigh sighs sighed sighing', kind: S, nounToo: 'sigh sighs' },
  { forms: 'snap snaps snapped snapping', kind: S, nounToo: 'snap snaps' },
  { forms: 'scoff scoffs scoffed scoffing', kind: S },
  { forms: 'shoot_back shoots_back shot_back shooting_back', kind: S },
  { forms: 'fire_back fires_back fired_back firing_back', kind: S },
  { forms: 'concur concurs concurred concurring', kind: S },
  { forms: 'speculate speculates speculated speculating', kind: S },
  { forms: 'jeer jeers jeered jeering', kind: S, evaluative: 'judging' },
  { forms: 'opine opines opined opining', kind: S },
  { forms: 'posit posits posited positing', kind: S },
  { forms: 'recommend recommends recommended recommending', kind: S, stance: true },
  { forms: 'shout shouts shouted shouting', kind: S, evaluative: 'judging' },
  { forms: 'yell yells yelled yelling', kind: S, evaluative: 'judging' },
  { forms: 'scream screams screamed screaming', kind: S, nounToo: 'scream screams', evaluative: 'judging' },
  { forms: 'chant chants chanted chanting', kind: S, nounToo: 'chant chants', evaluative: 'judging' },
  { forms: 'retort retorts retorted retorting', kind: S },
  // "“…,” Otten barked": only with a quotation or "that" do these report ("the dog barked", "the dam cracked").
  { forms: 'bark barks barked barking', kind: S, nounToo: 'bark barks', evaluative: 'judging' },
  { forms: 'crack cracks cracked cracking', kind: S, nounToo: 'crack cracks', evaluative: 'judging' },
  { forms: 'laugh laughs laughed laughing', kind: S, nounToo: 'laugh laughs', evaluative: 'judging' },
  { forms: 'ponder ponders pondered pondering', kind: S, evaluative: 'judging' },
  { forms: 'remember remembers remembered remembering', kind: S, evaluative: 'judging' },
  { forms: 'counter counters countered countering', kind: S },
  { forms: 'challenge challenges challenged challenging', kind: S, nounToo: 'challenge challenges', stance: true },
  { forms: 'dispute disputes disputed disputing', kind: D, nounToo: 'dispute disputes', stance: true },
  { forms: 'question questions questioned questioning', kind: S, nounToo: 'question questions', noCue: 'questioning' },
  { forms: 'caution cautions cautioned cautioning', kind: S },
  { forms: 'warn warns warned warning', kind: S, addressee: 'object' },
  { forms: 'threaten threatens threatened threatening', kind: S },
  // Asking, urging, promising
  { forms: 'urge urges urged urging', kind: S, addressee: 'object', noCue: 'urging' },
  { forms: 'plead pleads pleaded pled pleading', kind: S },
  { forms: 'appeal appeals appealed appealing', kind: S, addressee: 'to', nounToo: 'appeal appeals' },
  { forms: 'call calls called calling', kind: S, addressee: 'on', nounToo: 'call calls', call: 'called', evaluative: 'naming' },
  { forms: 'demand demands demanded demanding', kind: S, nounToo: 'demand demands', stance: true },
  { forms: 'propose proposes proposed proposing', kind: S, stance: true },
  { forms: 'vow vows vowed vowing', kind: S, nounToo: 'vow vows', stance: true },
  { forms: 'pledge pledges pledged pledging', kind: S, nounToo: 'pledge pledges', stance: true },
  { forms: 'promise promises promised promising', kind: S, nounToo: 'promise promises', stance: true },
  { forms: 'assure assures assured assuring', kind: S, addressee: 'object' },
  { forms: 'reassure reassures reassured reassuring', kind: S, addressee: 'object', silent: true },
  { forms: 'inform informs informed informing', kind: S, addressee: 'object', toThePress: true },
  { forms: 'brief briefs briefed briefing', kind: S, addressee: 'object', toThePress: true, nounToo: 'brief briefing' },
  { forms: 'remind reminds reminded reminding', kind: S, addressee: 'object' },
  { forms: 'thank thanks thanked thanking', kind: S, addressee: 'object', silent: true, nounToo: 'thanks' },
  { forms: 'invite invites invited inviting', kind: S, addressee: 'object', silent: true },
  { forms: 'summon summons summoned summoning', kind: S, addressee: 'object', silent: true, nounToo: 'summons' },
  // Answering
  { forms: 'reply replies replied replying', kind: S, nounToo: 'reply replies', addresseeAfterTo: true, answersOwner: 'to', stance: true },
  { forms: 'respond responds responded responding', kind: S, addresseeAfterTo: true, answersOwner: 'to', stance: true },
  { forms: 'answer answers answered answering', kind: S, nounToo: 'answer answers', answersOwner: true, stance: true },
  { forms: 'accuse accuses accused accusing', kind: S, stance: true },
  { forms: 'deny denies denied denying', kind: D, stance: true },
  { forms: 'dismiss dismisses dismissed dismissing', kind: D, answersOwner: true, stance: true },
  { forms: 'reject rejects rejected rejecting', kind: D, answersOwner: true, stance: true },
  { forms: 'refute refutes refuted refuting', kind: D, stance: true },
  { forms: 'rebuff rebuffs rebuffed rebuffing', kind: D, stance: true },
  { forms: 'accept accepts accepted accepting', kind: S, answersOwner: true, silent: true },
  { forms: 'welcome welcomes welcomed welcoming', kind: S, answersOwner: true, silent: true },
  { forms: 'refuse refuses refused refusing', kind: S, answersOwner: true, silent: true },
  // Judging what it is about
  { forms: 'describe describes described describing', kind: S, evaluative: 'naming' },
  { forms: 'label labels labelled labeled labelling labeling', kind: S, nounToo: 'label labels', evaluative: 'naming' },
  { forms: 'criticize criticizes criticized criticizing criticise criticises criticised criticising', kind: S, evaluative: 'judging' },
  { forms: 'slam slams slammed slamming', kind: S, evaluative: 'judging' },
  { forms: 'blast blasts blasted blasting', kind: S, nounToo: 'blast blasts', evaluative: 'judging' },
  { forms: 'praise praises praised praising', kind: S, nounToo: 'praise', evaluative: 'judging' },
  { forms: 'hail hails hailed hailing', kind: S, evaluative: 'judging' },
  { forms: 'mock mocks mocked mocking', kind: S, evaluative: 'judging' },
  { forms: 'ridicule ridicules ridiculed ridiculing', kind: S, evaluative: 'judging' },
  { forms: 'denounce denounces denounced denouncing', kind: S, evaluative: 'judging' },
  { forms: 'decry decries decried decrying', kind: S, evaluative: 'judging' },
  { forms: 'condemn condemns condemned condemning', kind: S, evaluative: 'judging' },
  { forms: 'brand brands branded branding', kind: S, nounToo: 'brand brands', evaluative: 'naming' },
  { forms: 'dub dubs dubbed dubbing', kind: S, evaluative: 'naming' },
  { forms: 'characterize characterizes characterized characterizing characterise characterises characterised characterising', kind: S, evaluative: 'naming' },
  { forms: 'defend defends defended defending', kind: S, evaluative: 'judging' },
  { forms: 'rip rips ripped ripping', kind: S, evaluative: 'judging' },
  { forms: 'chide chides chided chiding', kind: S, evaluative: 'judging' },
  { forms: 'laud lauds lauded lauding', kind: S, evaluative: 'judging' },
  { forms: 'tout touts touted touting', kind: S, evaluative: 'judging' },
  { forms: 'deride derides derided deriding', kind: S, evaluative: 'judging' },
  { forms: 'lambaste lambastes lambasted lambasting lambast lambasts', kind: S, evaluative: 'judging' },
  { forms: 'castigate castigates castigated castigating', kind: S, evaluative: 'judging' },
  { forms: 'assail assails assailed assailing', kind: S, evaluative: 'judging' },
  { forms: 'bemoan bemoans bemoaned bemoaning', kind: S, evaluative: 'judging' },
  { forms: 'scold scolds scolded scolding', kind: S, evaluative: 'judging' },
  { forms: 'rebuke rebukes rebuked rebuking', kind: S, nounToo: 'rebuke rebukes', evaluative: 'judging' },
  { forms: 'berate berates berated berating', kind: S, evaluative: 'judging' },
  { forms: 'excoriate excoriates excoriated excoriating', kind: S, evaluative: 'judging' },
  { forms: 'applaud applauds applauded applauding', kind: S, evaluative: 'judging' },
  { forms: 'blame blames blamed blaming', kind: S, nounToo: 'blame', evaluative: 'judging' },
  { forms: 'credit credits credited crediting', kind: S, nounToo: 'credit credits', evaluative: 'judging' },
  // "charged that …" accuses; "charged him with fraud" is a court's doing.
  { forms: 'charge charges charged charging', kind: S, nounToo: 'charge charges', evaluative: 'judging' },
  // Calls and meetings (acts, not reported words)
  { forms: 'phone phones phoned phoning telephone telephones telephoned telephoning', kind: 'call', silent: true, call: 'phoned telephoned' },
  { forms: 'ring rings rang ringing', kind: 'call', silent: true, call: 'rang' },
  { forms: 'meet meets met meeting', kind: 'meeting', addressee: 'object', silent: true, nounToo: 'meeting' },
  { forms: 'turn_down turns_down turned_down turning_down', kind: D, silent: true, answersOwner: true, stance: true },
];

const words = (list: string | undefined): string[] => (list ? list.split(' ').map((w) => w.replace(/_/g, ' ')) : []);

type FormList =
  | 'cue'
  | 'cueBeforeThat'
  | 'objectIsContent'
  | 'objectIsAddressee'
  | 'addresseeAfterTo'
  | 'answersOwner'
  | 'toThePress'
  | 'stance'
  | 'call'
  | 'plain'
  | 'clauseOnly'
  | 'judging'
  | 'naming'
  | 'finding';

/** The forms a verb gives to each list: with a particle where the list needs one ("called on", "responded to"). */
function formsFor(v: Verb, list: FormList): string[] {
  const all = words(v.forms);
  const nouns = new Set(words(v.nounToo));
  const particle = (p: string) => all.map((f) => `${f} ${p}`);
  switch (list) {
    case 'cue':
      return v.silent ? [] : all.filter((f) => !nouns.has(f) && !words(v.noCue).includes(f));
    case 'cueBeforeThat':
      return v.silent ? [] : [...nouns];
    case 'objectIsContent':
      return v.objectIsContent ? all : [];
    case 'objectIsAddressee':
      return v.addressee === 'object' ? all.filter((f) => !nouns.has(f)) : v.addressee ? particle(v.addressee) : [];
    case 'addresseeAfterTo':
      return v.addresseeAfterTo ? all : [];
    case 'answersOwner':
      return v.answersOwner === 'to' ? particle('to') : v.answersOwner ? all : [];
    case 'toThePress':
      return v.toThePress === true ? all : words(v.toThePress).flatMap(particle);
    case 'stance':
      return v.stance ? all : [];
    case 'call':
      return words(v.call);
    case 'plain':
      return words(v.plain);
    case 'clauseOnly':
      return v.clauseOnly ? all : [];
    case 'judging':
    case 'naming':
      return v.evaluative === list ? all : [];
    case 'finding':
      return v.finding ? all : [];
  }
}

/** Every form listed under `list`, longest first (so that an alternation tries "called upon" before "called"). */
function formsOf(list: FormList): string[] {
  return [...new Set(VERBS.flatMap((v) => formsFor(v, list)))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The forms under `list` as one alternation for a regular expression. */
export function alternationOf(list: FormList): string {
  return formsOf(list)
    .map((f) => f.replace(/\s+/g, String.raw`\s+`))
    .join('|');
}

/** A form that reports on its own → the kind of act it reports. */
export const CUE_KINDS: ReadonlyMap<string, PointKind> = new Map(VERBS.flatMap((v) => formsFor(v, 'cue').map((f) => [f, v.kind] as const)));

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
