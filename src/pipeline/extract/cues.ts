/**
 * Cues: the reporting words of a sentence ("said", "told", "was quoted as saying",
 * "turned down"), read on its frame (the sentence with every quotation masked), so
 * that a verb inside a quotation is never taken for the writer's.
 */
import type { PointKind } from '../types.ts';
import { fire, worthTrying, type PatternRule, type Rule } from '../rule.ts';
import { CUE_KINDS, alternationOf, isForm } from './verbs.ts';
import { AUXILIARY, GOES_ON_TO, NAME_WORD_NOT_POSSESSIVE, WEEKDAY_OR_MONTH } from './patterns.ts';

export interface Cue {
  word: string;
  at: number;
  end: number;
  kind: PointKind;
}

interface PhraseCue extends PatternRule {
  kind: PointKind;
}

/**
 * A form that is also a noun, anywhere in the frame. The noun-too patterns look behind at every
 * place a form could start; most sentences hold none of the forms, and this test, with no
 * look-behind and no Unicode classes, says so in a fraction of their time (scripts/pipeline-bench.ts).
 */
const NOUN_TOO_FORM = new RegExp(String.raw`\b(?:${alternationOf('cueBeforeThat')})\b`);

/** A clause right after a verb: a subject (a pronoun, contracted or not; a name; a determiner and a word or two), then an auxiliary. */
const CLAUSE_AFTER = String.raw`(?:(?:he|she|they|it|there|we)['’]\p{Ll}{1,2}\s|(?:(?:he|she|they|it|there|we)|${NAME_WORD_NOT_POSSESSIVE}|(?:the|his|her|its|their)(?:\s+[\p{L}'’-]+){1,2})\s+(?:${AUXILIARY})\b)`;

/** Cues of several words, matched before single words. */
export const PHRASE_CUES: readonly PhraseCue[] = [
  {
    name: 'cue.was-quoted-as-saying',
    what: '"X was quoted (by Y) as saying": the one quoted speaks',
    pattern: /\b(?:was|were|is|are)\s+quoted\s+(?:by\s+[^,.;]*?\s+)?as\s+saying\b/,
    kind: 'statement',
    fires: ['Ana Ruiz was quoted by the Port Sylvan Herald as saying the border would stay shut until spring.'],
  },
  {
    name: 'cue.quoted-x-as-saying',
    what: '"the ministry quoted X as saying": X speaks, the ministry only relays',
    pattern: /\bquoted\s+(?!as\b)\p{Lu}[^,.;:]{0,60}?\s+as\s+saying\b/u,
    kind: 'statement',
    fires: ['The Freedonian Foreign Ministry quoted Ana Ruiz as saying the river talks had stalled again.'],
    doesNotFire: ['The ministry quoted the treaty in full and said nothing more about the river talks.'],
  },
  {
    name: 'cue.called-on',
    what: '"called on Y" asks something of Y (not "called Y a liar", not a phone call)',
    pattern: /\b(?:called|calls|calling) (?:on|upon)\b/,
    kind: 'statement',
    fires: ['Ana Ruiz called on Sylvania to reopen the border crossings before the harvest.'],
  },
  {
    name: 'cue.noun-too-before-that',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun ("claims", "notes", "reports") reports only right before "that" or a quotation: "member states" is no verb; nor "the states that voted", where "that" opens a relative clause on the noun',
    pattern: new RegExp(
      String.raw`\b(?:${alternationOf('cueBeforeThat')})(?=\s+that\b(?!\s+(?:${AUXILIARY}|\p{Ll}+ed|cast|held|hold|won|lost)\b)|\s*[,:]?\s*\uE000)`,
      'u',
    ),
    kind: 'statement',
    fires: ['The Freedonian Foreign Ministry notes that the river has never been this low in March.'],
    doesNotFire: [
      'The member states of the Coastal League will meet in Freedonia City next month to discuss fishing quotas.',
      'The four valley states that voted on Tuesday backed the dam.',
    ],
  },
  {
    name: 'cue.noun-too-after-do',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb after "did", "does" or "do": "did post on Twitter that …", "does claim that …"',
    pattern: new RegExp(String.raw`(?<=\b(?:did|does|do)\s+(?:also\s+|later\s+|finally\s+)?)(?:${alternationOf('cueBeforeThat')})\b`),
    kind: 'statement',
    fires: ['Ivo Lenz did post on the ferry board on Friday that the toll was a joke.'],
    doesNotFire: ['Ivo Lenz did not read the posts about the toll.'],
  },
  {
    name: 'cue.noun-too-with-pronoun',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb after a pronoun subject or before a pronoun object: "she claims", "calls it the “pearl” of the coast"',
    pattern: new RegExp(
      String.raw`(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho)\s+)(?:${alternationOf('cueBeforeThat')})\b|\b(?:${alternationOf('cueBeforeThat')})(?=\s+(?:it|him|her|them|us|me)\b)`,
    ),
    kind: 'statement',
    fires: ['Tomas Brenner calls it the “pearl of the coast.”', 'Ana Ruiz visited the dam. She claims the river was never this low.'],
    doesNotFire: ['His claims about the river were never checked.'],
  },
  {
    name: 'cue.noun-too-after-name',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb right after a name that opens the sentence, before what starts a clause: "Kovic notes the ferry has been late"',
    pattern: new RegExp(
      String.raw`(?<=^(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+)?(?:${NAME_WORD_NOT_POSSESSIVE}\s+){1,2})(?:${alternationOf('cueBeforeThat')})\b(?=\s+(?:the|his|her|its|their|he|she|they|it|there|we)\s)`,
      'u',
    ),
    kind: 'statement',
    fires: ['Dana Kovic notes the ferry has been late every day this month.'],
    doesNotFire: [
      'Dana Kovic claims victory in the northern district.',
      'The ministry notes were never published.',
      'Dana Kovic’s notes the council ignored were published on Monday.',
    ],
  },
  {
    name: 'cue.noun-too-before-clause',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb after a name with an adverb between, or after an outlet\'s name, when a clause with an auxiliary follows: "Kovic also claims she\'s owed", "The Harbour Courier reports Ruiz will …"',
    pattern: new RegExp(
      String.raw`(?<=^(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+|The\s+)?(?:${NAME_WORD_NOT_POSSESSIVE}\s+){1,3}(?:(?:also|now|still|even|further|repeatedly|\p{Ll}+ly)\s+)?)(?:${alternationOf('cueBeforeThat')})\b(?=\s+${CLAUSE_AFTER})`,
      'u',
    ),
    kind: 'statement',
    fires: ['Dana Kovic also claims she’s owed three months of wages by the ferry company.', 'The Harbour Courier reports Ruiz will open the dam on Friday.'],
    doesNotFire: [
      'The Harbour Courier reports on the dam every week.',
      'The Harbour Courier posts the ferry timetable every Monday.',
      'The Lakeview Ferry charges its riders two dollars a trip.',
    ],
  },
  {
    name: 'cue.noun-too-closing',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb after a name, set off by commas, that closes the sentence or stands inside it: "…, Kovic notes.", "Farmers, the Courier reports, want the dam"',
    pattern: new RegExp(
      String.raw`(?<=,\s+(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+|the\s+)?(?:${NAME_WORD_NOT_POSSESSIVE}\s+){1,3}(?:(?:also|now|still)\s+)?)(?:${alternationOf('cueBeforeThat')})(?=\s*(?:,(?!\s*(?:and|or)\b)|[.;]?\s*$))`,
      'u',
    ),
    kind: 'statement',
    fires: ['Three ferries were sold to a firm in Harbourton last year, Dana Kovic notes.', 'Farmers, the Harbour Courier reports, want the dam opened.'],
    doesNotFire: [
      'The harbour has reopened, and so have the ferry reports.',
      'The board read three of Kovic’s notes.',
      'The ferry company now faces two lawsuits, Harbour Board questions, and a state audit.',
    ],
  },
  {
    name: 'cue.noun-too-after-role',
    needs: NOUN_TOO_FORM,
    what: 'a form that is also a noun is a verb right after a role or a described name opening the sentence, before a clause with a verb of its own: "The mayor claims the toll is illegal", "Kovic, the harbour master, notes the ferry was late"',
    pattern: new RegExp(
      String.raw`(?<=^(?:(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}[^,]{0,40},\s+[^,]{2,60},\s+|(?:The|A|An)\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?))(?:${alternationOf('cueBeforeThat')})\b(?=\s+(?:(?:the|his|her|its|their)\s+\p{L}+(?:\s+\p{L}+)?|he|she|they|it|there|we)\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\b)`,
      'u',
    ),
    kind: 'statement',
    fires: ['The harbour master claims the weir has never been inspected.', 'Ivo Lenz, the canal keeper, notes the sluice has leaked since May.'],
    doesNotFire: ['The council reports the figures each month.', 'The ministry notes were never published.'],
  },
  {
    name: 'cue.put-it',
    what: '"as X put it", "X puts it this way": putting it is saying it',
    pattern: /\b(?:put|puts|putting)\s+it\b/,
    kind: 'statement',
    fires: ['As Tomas Brenner put it, “the river does not read treaties.”'],
    doesNotFire: ['Ana Ruiz put the letter on the table.'],
  },
  {
    name: 'cue.pointed-out',
    what: '"pointed out" reports what was said',
    pattern: /\b(?:point|points|pointed|pointing)\s+out\b/,
    kind: 'statement',
    fires: ['Ana Ruiz pointed out that the border had been open for forty years.'],
  },
  {
    name: 'cue.made-clear',
    what: '"made clear" reports what was said',
    pattern: /\bmade clear\b/,
    kind: 'statement',
    fires: ['Tomas Brenner made clear that Sylvania would not sign any deal this year.'],
  },
  {
    name: 'cue.went-on',
    what: '"went on to say", "went on: “…”" continues what was said (not "went on to win", "went on Twitter")',
    pattern:
      /\bwent on(?=\s*[,:\uE000]|\s+to\s+(?:say|add|tell|argue|note|explain|call|warn|describe|insist|claim|suggest|ask|accuse|praise|criticize|criticise)\b)/u,
    kind: 'statement',
    fires: ['Tomas Brenner went on to say that the dam would be finished by autumn.'],
    doesNotFire: ['Tomas Brenner went on to win the election by a wide margin.'],
  },
  {
    name: 'cue.declined-to-comment',
    what: '"refused/declined to comment" is a statement in its own right',
    pattern: /\b(?:refused|declined|refuses|declines)\s+to\s+comment\b/,
    kind: 'statement',
    fires: ['The Sylvanian Embassy declined to comment on the report about the dam and its water.'],
  },
  {
    name: 'cue.lodged-protest',
    what: '"lodged/filed/delivered a protest": a document sent',
    pattern: /\b(?:lodged|filed|registered|delivered)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:protest|complaint|objection|démarche|demarche)\b/u,
    kind: 'document',
    fires: ['Freedonia lodged a formal protest with Sylvania over the closure of the dam gates.'],
  },
  {
    name: 'cue.turned-down',
    what: '"turned down" is a denial',
    pattern: /\b(?:turned|turns)\s+down\b/,
    kind: 'denial',
    fires: ["Tomas Brenner turned down Freedonia's offer of joint patrols on the river."],
  },
  {
    name: 'cue.issued-statement',
    what: '"issued a statement/warning/appeal": a statement',
    pattern: /\bissued\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|claims?|warning|protest|denial|appeal|ultimatum)\b/u,
    kind: 'statement',
    fires: ['The Sylvanian Embassy issued a brief statement saying the ambassador would return home for talks.'],
  },
];

/** The same patterns, to find every match in a frame (compiled once: this runs for every sentence). */
const PHRASE_CUES_GLOBAL = PHRASE_CUES.map((c) => new RegExp(c.pattern.source, `${c.pattern.flags}g`));

/** A verb, and what after it shows it is used in a sense that reports nothing. */
const OTHER_SENSE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^add(?:s|ed|ing)?$/, /^\s+to\b/],
  // "reported on Monday" is a report; "reported on his speeches" is news coverage.
  // "reported it to the F.B.I." hands something over.
  [
    /^report(?:s|ed|ing)?$/,
    new RegExp(String.raw`^\s+(?:from|for|having|to\s+work|(?:it|him|her|them)\s+to)\b|^\s+on\s+(?!(?:${WEEKDAY_OR_MONTH})\b|the\s+\d|\d)`, 'u'),
  ],
  [/^continu(?:e|es|ed|ing)$/, /^\s+(?:to|its|their|his|her|the|a|an|with|in|on|at|for|through|into|until)\b/],
  [/^(?:call|calls|called|calling)$/, /^\s+(?:for|off|in|out|up|back)\b/],
  // "is challenging Sen. Tom Park in Utah", "challenged her when she ran": running against someone for office.
  [
    /^challeng(?:e|es|ed|ing)$/,
    /^\s+(?:(?:Sen|Rep|Gov)\.\s|(?:Senator|Representative|Governor|incumbent)\s|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:for|in)\s|(?:him|her|them)\s+(?:when|for|in)\b)/u,
  ],
  // "(Reporting by …; Editing by …)": a wire's credit line names who wrote the story.
  [/^(?:[Rr]eporting|[Ww]riting|[Ee]diting)$/, /^\s+by\b/],
  // "pleaded not guilty" is a plea in court, not words reported.
  [/^(?:plead|pleads|pleaded|pled|pleading)$/, /^\s+(?:not\s+)?guilty\b|^\s+no\s+contest\b/],
];

/** What follows a noun phrase after the verb, to the end of its clause: "added 300 jobs", "added a task: mediator" (not a quotation). */
const BARE_OBJECT = /^\s+(?:an?|another|the|his|her|its|their|some|more|new|\d[\d,.]*)\s+([^,;!?\uE000“"]*)(?=[,;!?]|$)/u;
/**
 * A clause in it: an auxiliary, a verb in -ed, a relative pronoun ("another warning: the dam would not hold",
 * "a caption that reads …"); a word in -s is as often a plural ("300 jobs").
 */
const CLAUSE_IN_OBJECT = new RegExp(String.raw`\b(?:${AUXILIARY}|that|which|who)\b|\s\p{Ll}+ed\s`, 'u');

interface CueFilter extends Rule {
  /** Whether the single-word cue `word`, with the frame `before` and `after` it, is no reporting verb here. */
  rejects(before: string, word: string, after: string): boolean;
}

/** What follows a verb that reports words, not a thing done: "that …", a quotation, or a clause ("he would …", "the board had …"). */
const REPORTS_WORDS =
  /^\s+(?:(?:[\p{L}'’.-]+\s+){0,4}?that\b|[“"‘\uE000]|(?:[\p{L}'’.-]+\s+){0,3}?(?:he|she|they|it|we|I|the\s+\p{L}+)\s+(?:would|will|was|were|is|are|had|has|have|could|should|can|did|does|do)(?:n['’]t)?\b)/u;

/** When a reporting word is not a reporting verb, or reports nothing said. */
export const CUE_FILTERS: readonly CueFilter[] = [
  {
    name: 'cue.not-in-compound',
    what: 'a word after a hyphen is part of a compound ("so-called")',
    rejects: (before) => before.endsWith('-'),
    fires: ['The so-called river agreement expired in March, and Ana Ruiz said Freedonia would not renew it.'],
    doesNotFire: ['Ana Ruiz said Freedonia would not renew the river agreement when it expires in March.'],
  },
  {
    name: 'cue.not-after-determiner',
    what: 'a verb follows its subject, never an article or a preposition ("the claimed figures", "more pledged seats", "to report")',
    // Not the "a" that ends "García": a word of its own, whatever the letters before it.
    // Not "closed the hearing by warning the board that …": a gerund after "by" that reports words is how the subject did it.
    rejects: (before, word, after) => {
      const lead = before.trimEnd();
      return (
        /(?<!\p{L})(?:the|a|an|his|her|their|its|our|your|my|these|those|more|of|to|for|with|by)$/iu.test(lead) &&
        !GOES_ON_TO.test(lead) &&
        !(/\bby$/iu.test(lead) && word.endsWith('ing') && REPORTS_WORDS.test(after))
      );
    },
    fires: [
      'The report said the dam was finished, but the claimed figures were never checked by Freedonia.',
      'Ana Ruiz has won more pledged seats in the north than anyone.',
    ],
    doesNotFire: [
      'Tomas Brenner claimed the dam was finished.',
      '“The bridge will wait for the engineers,” Marta García said.',
      'Tomas Brenner tried to explain that the toll would be temporary.',
      'Tomas Brenner closed the hearing by warning the board that the sluice would fail within a year.',
    ],
  },
  {
    name: 'cue.negated',
    what: '"has not commented", "never said", "neither side has disclosed": no statement was made',
    rejects: (before) => /(?:\b(?:not|never|neither|nor|nobody)|n't)(?:\s+[\p{L}'’]+){0,2}\s*$/iu.test(before.trimEnd()),
    fires: ['Ana Ruiz never said that the border would close.', 'Neither side has disclosed what the letters said about the river.'],
    doesNotFire: ['Ana Ruiz said that the border would never close.'],
  },
  {
    name: 'cue.condition-of-anonymity',
    what: '"who asked not to be named": a condition of anonymity, not a statement',
    rejects: (_before, _word, after) => /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+remain\s+anonymous|for\s+anonymity)/.test(after),
    fires: ['A Freedonian diplomat, who asked not to be named, said the talks would resume next week.'],
  },
  {
    name: 'cue.other-sense',
    what: 'a reporting word in a sense that reports nothing: "adding to her lead", "reported from Washington", "reported on his speeches", "continued to rise", "pleaded guilty"',
    rejects: (_before, word, after) => OTHER_SENSE.some(([w, next]) => w.test(word) && next.test(after)),
    fires: [
      'Ana Ruiz won the vote in the north, adding to her lead over Tomas Brenner.',
      'Ivo Marek reported from Port Sylvan.',
      'Ivo Marek pleaded not guilty on Monday.',
      'Ivo Marek is challenging Sen. Ana Ruiz in the northern district.',
      'The ferry sailed at noon. (Additional reporting by Ivo Marek in Port Sylvan; Editing by Ana Berg.) The dam held.',
    ],
    doesNotFire: ['Ana Ruiz said the vote was fair, adding that she would visit the north.', 'Ivo Marek challenged Ana Ruiz to a debate on the dam.'],
  },
  {
    name: 'cue.thing-added',
    what: '"added 300 jobs", "posted a photo of himself": a verb that reports only a clause or a quotation, with a bare noun phrase after it, reports nothing',
    rejects: (before, word, after) => {
      // Not "“…,” added a Lakeview farmer": a quotation just before is what was added.
      const object = isForm('clauseOnly', word) && !QUOTATION_JUST_BEFORE.test(before) ? BARE_OBJECT.exec(after) : null;
      return object !== null && !CLAUSE_IN_OBJECT.test(` ${object[1]} `);
    },
    fires: [
      'Ana Ruiz added a new clause to the treaty.',
      'The dam project added 300 jobs in the valley, Ana Ruiz noted.',
      'Ivo Lenz posted a photo of the flood online.',
    ],
    doesNotFire: [
      'Ana Ruiz added the gates would open on Friday.',
      'Ana Ruiz added another warning: the dam would not hold.',
      '“The gates stay shut,” added a Lakeview farmer.',
      'Ana Ruiz said the canal was dry, adding the U.S. envoy would visit on Friday.',
    ],
  },
  {
    name: 'cue.finding-needs-a-source',
    what: '"a poll found", "the data show": a verb of finding reports what a study, poll or report found, or is followed by "that"; "he found the room empty" reports nothing',
    rejects: (before, word, after) => isForm('finding', word) && !/^\s+that\b/.test(after) && !FINDING_SOURCE.test(before.slice(-80)),
    fires: ['Ana Ruiz found the canal empty when she arrived.', 'The figures show a steep fall.'],
    doesNotFire: ['A poll released on Monday found that most farmers back the plan.', 'A Port Sylvan survey found most farmers back the plan.'],
  },
  {
    name: 'cue.after-modal',
    what: '"would recall its ambassador", "will announce": a verb after a modal tells what may be said, not what was',
    // Lower case: "in May say" names a month.
    rejects: (before) => /\b(?:will|would|could|should|might|may|can|must|shall|cannot)(?:\s+\p{Ll}+ly)?$/u.test(before.trimEnd()),
    fires: ['Asked whether Sylvania would recall its ambassador, Tomas Brenner said: “There is no such plan.”'],
    doesNotFire: ['Tomas Brenner recalled that the ambassador had left in March.'],
  },
  {
    name: 'cue.passive-or-when',
    what: '"when asked", "was told": the subject is the one spoken to, not the speaker',
    // "Once told of the plan, …" opens a clause; "Ruiz once said" is an adverb.
    // "was first reported by", "had been soundly rejected by": an adverb may stand between.
    rejects: (before, word) =>
      /(?:\b(?:when|if|was|were|been|being|is|are|be)(?:\s+(?:\p{Ll}+ly|first|also|later|then|since|soon|long|already))?|(?:^|[,;(]\s*)once)$/iu.test(
        before.trimEnd(),
      ) && !word.endsWith('ing'),
    fires: [
      'Tomas Brenner was told that the border would stay shut for another week.',
      'Once told of the delay, Tomas Brenner left the talks.',
      'The closure of the dam was first reported by the Port Sylvan Herald.',
    ],
    doesNotFire: [
      'Tomas Brenner is saying that the border will stay shut for another week.',
      'Veteran negotiator Tomas Brenner once said: “A border is a promise.”',
    ],
  },
  {
    name: 'cue.idiom-opens-sentence',
    what: '"All told, …", "That said, …": an idiom that opens the sentence reports nothing',
    rejects: (before, _word, after) => /^\s*(?:All|That|This)\s*$/u.test(before) && after.startsWith(','),
    fires: ['All told, the storm sank forty boats along the northern coast.', 'That said, the ferry will run on Sunday.'],
    doesNotFire: ['All farmers said that the ferry must run on Sunday.'],
  },
  {
    name: 'cue.in-opening-phrase',
    what: '"In appealing for calm, Ruiz warned …": a verb in the phrase that opens the sentence sets the scene; the verb after the comma reports',
    rejects: (before, word, after) => word.endsWith('ing') && OPENING_PREPOSITION.test(before) && cueAfterComma(after),
    fires: ['In appealing for calm, Ana Ruiz warned that the dam would hold only a week.'],
    doesNotFire: [
      'In Port Sylvan, Ana Ruiz was saying that the dam would hold only a week.',
      'In appealing for calm, Ana Ruiz stood beside the farmers at the dam.',
    ],
  },
];

/** A reporting verb in the past that opens the sentence, a name after it: "Said Comey, …", "Wrote Ruiz: …". */
const SENTENCE_OPENING_VERB = /^(\p{Lu}\p{Ll}+(?:ed|id|ote|ld))\s+(?=\p{Lu})/u;

/** "Noting that …, Ruiz said": a participle that opens the sentence with what it reports. */
const SENTENCE_OPENING_PARTICIPLE = /^(\p{Lu}\p{Ll}+ing)\s+(?=that\s)/u;

export const PARTICIPLE_OPENS_SENTENCE: Rule = {
  name: 'cue.participle-opens-sentence',
  what: '"Conceding that …, Ruiz warned": a participle of saying that opens the sentence with a "that" of its own reports, for the subject after its comma',
  fires: ['Conceding that the weir was old, Ana Ruiz warned that the gates might not hold.'],
  doesNotFire: ['Speaking to farmers on Monday, Ana Ruiz said the gates would hold.'],
};

export const VERB_OPENS_SENTENCE: Rule = {
  name: 'cue.verb-opens-sentence',
  what: '"Said Ruiz, “…”": a verb of saying that opens the sentence, its speaker after it',
  fires: ['Said Tomas Brenner, “The gates stay shut until the harvest.”'],
  doesNotFire: ['Sealed Ministry letters arrived on Monday, and nobody opened them.'],
};

/** A preposition that opens the sentence, with at most an adverb before the verb: "In appealing", "By quietly telling". */
const OPENING_PREPOSITION = /^\s*(?:In|By|After|Before|While|When|Since|Upon|On|Without|Despite|Besides)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Whether a reporting verb (`finiteOnly`: not a participle) follows the first comma of `after`: what makes the opening phrase's verb only scenery. */
function cueAfterComma(after: string, finiteOnly = false): boolean {
  const comma = after.indexOf(',');
  const words = comma >= 0 ? (after.slice(comma).match(/\b\p{Ll}+\b/gu) ?? []) : [];
  // "shot back": a verb of two words in the table counts too.
  return words.some((w, i) => (!finiteOnly || !w.endsWith('ing')) && (CUE_KINDS.has(w) || CUE_KINDS.has(`${w} ${words[i + 1] ?? ''}`)));
}

/** The subject of a verb of finding that reports: a study, a poll, a report, the people who made it. */
const FINDING_SOURCE =
  /\b(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|audits?|reviews?|investigations?|inquiry|probe|research|researchers|data|paper|memo|findings|estimates|census|tally|count|experiment|trial|assessment|evaluation|inspector general|watchdog)\b[^.;!?]*$/i;

/** What an evaluative verb must have after it to report words: a quotation in its clause, or "that". */
const EVALUATES_QUOTATION = /^(?:\s+that\b|[^.;!?]*\uE000)/u;
/** "“…,” Otten barked": a quotation that closes just before the subject and the verb is what it reports. */
const QUOTATION_JUST_BEFORE = /\uE000[,\s]*(?:\S+\s+){1,5}$/u;
/** What a naming verb may have instead: what it names its object ("called the dam a provocation", "described it as reckless"). */
const NAMES_IT = /^(?:\s+[^\s.;!?,]+){1,5}?\s+(?:as\s+|an?\s+)\p{L}/u;

export const EVALUATION_WITHOUT_WORDS: Rule = {
  name: 'cue.evaluation-without-words',
  what: '"criticized the plan", "praised the crews": a verb that judges reports words only with a quotation ("slammed the plan as “a disgrace”") or "that"; one that names, also with the name ("called the dam a provocation")',
  fires: [
    'Ana Ruiz criticized the plan and left the meeting early.',
    'Ana Ruiz called the minister late on Monday.',
    'The old dam cracked in March.',
    'After Ivo Lenz criticized the new quotas, Ana Ruiz shot back, “I chose to share the river, not to hoard it.”',
  ],
  doesNotFire: [
    'Ana Ruiz criticized the plan as “a gift to the dam builders and nobody else”.',
    'Ana Ruiz called the dam a provocation.',
    '“For a start, the council has already explained why the pool closed,” Ivo Otten barked.',
  ],
};

/** The first words of the verbs of two words in the table ("shot" of "shot back"). */
const PAIR_FIRSTS = new Set([...CUE_KINDS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** The reporting words of a frame, in order. */
export function findCues(frame: string): Cue[] {
  const cues: Cue[] = [];
  for (const [i, phrase] of PHRASE_CUES.entries()) {
    if (!worthTrying(phrase, frame)) continue;
    for (const m of frame.matchAll(PHRASE_CUES_GLOBAL[i]!)) {
      // Two phrases may read the same verb ("did note that …"): it is one cue.
      if (cues.some((c) => c.at === m.index)) continue;
      fire(phrase);
      cues.push({ word: m[0], at: m.index, end: m.index + m[0].length, kind: phrase.kind });
    }
  }
  // "Said Comey, “…”": a verb that opens the sentence before a name, as a writer's flourish.
  const opening = SENTENCE_OPENING_VERB.exec(frame);
  const openingKind = opening ? CUE_KINDS.get(opening[1]!.toLowerCase()) : undefined;
  if (opening && openingKind && !cues.some((c) => c.at === opening.index)) {
    fire(VERB_OPENS_SENTENCE);
    cues.push({ word: opening[1]!.toLowerCase(), at: opening.index, end: opening.index + opening[1]!.length, kind: openingKind });
  }
  const participle = SENTENCE_OPENING_PARTICIPLE.exec(frame);
  const participleKind = participle ? CUE_KINDS.get(participle[1]!.toLowerCase()) : undefined;
  if (participle && participleKind) {
    fire(PARTICIPLE_OPENS_SENTENCE);
    cues.push({ word: participle[1]!.toLowerCase(), at: 0, end: participle[1]!.length, kind: participleKind });
  }
  // "shot back", "fired back": a verb of two words in the table is read as one.
  for (const m of frame.matchAll(/\b\p{Ll}+/gu)) {
    // Only a word of the table, or the first of a pair, is looked at further: most words are neither.
    const first = m[0];
    const next = PAIR_FIRSTS.has(first) ? /^\s+(\p{Ll}+)\b/u.exec(frame.slice(m.index + first.length)) : null;
    const pair = next ? `${first} ${next[1]!}` : '';
    const word = CUE_KINDS.has(pair) ? pair : first;
    const kind = CUE_KINDS.get(word);
    if (!kind || cues.some((c) => m.index >= c.at && m.index < c.end)) continue;
    const before = frame.slice(0, m.index);
    const end = m.index + (word === pair ? first.length + next![0].length : word.length);
    const filter = CUE_FILTERS.find((f) => f.rejects(before, word, frame.slice(end)));
    if (filter) {
      fire(filter);
      continue;
    }
    const after = frame.slice(end);
    const judges = isForm('judging', word) || isForm('naming', word);
    // Not "X criticized the plan, Y shot back, “…”": the quotation must be in the verb's own clause (", calling it “…”" goes on with it).
    const quoteInClause = () => EVALUATES_QUOTATION.test(after) && !cueAfterComma(after.slice(0, after.indexOf('\uE000')), true);
    if (judges && !quoteInClause() && !QUOTATION_JUST_BEFORE.test(before) && !(isForm('naming', word) && NAMES_IT.test(after))) {
      fire(EVALUATION_WITHOUT_WORDS);
      continue;
    }
    cues.push({ word, at: m.index, end, kind });
  }
  return cues.sort((a, b) => a.at - b.at);
}
