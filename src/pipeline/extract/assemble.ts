/**
 * When and which acts: the resolved clauses and acts of each sentence, in text order,
 * become the statements the article reports — each dated, an act told together with
 * what was said about it told once, joint speakers each given the words, a quotation
 * no clause reports given to the speaker it continues (or kept, unresolved, with a
 * warning: never dropped).
 */
import type { ArticleStatement, Explanation, ParsedArticle, Warning } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { contentWords } from '../content-words.ts';
import { fire, type Rule } from '../rule.ts';
import type { Attribution, QuoteInSentence } from './clause.ts';
import { MIN_UNATTRIBUTED_WORDS, NOISE_RULES, isNamingQuote } from './noise.ts';
import { ownAct, type ResolvedAct, type ResolvedClause, type ResolvedSentence } from './resolve.ts';
import { SPEAKER_RULES } from './speakers.ts';
import { isForm } from './verbs.ts';
import { Chronology, dateAct, dateStatement, daysGiven } from './when.ts';

export const ASSEMBLY_RULES = {
  toldWithAct: {
    name: 'act.told-with-what-was-said',
    what: '"Ruiz wrote to Brenner on Monday that …": the letter and what it said are one act, told once',
    fires: ['Ana Ruiz wrote to Tomas Brenner on Monday that the gates must open before the harvest.'],
  },
  participleTellsAct: {
    name: 'act.participle-tells-what-it-said',
    what: '"Ruiz sent him a letter last week, proposing a meeting": the participle reports what the letter said, one act',
    fires: ['Ana Ruiz sent him a second letter last week, proposing a meeting in the capital.'],
  },
  announcedAct: {
    name: 'act.announced-act-is-one',
    what: '"Freedonia announced that it has delivered a written reply to Sylvania": the announcement and the delivery are one act',
    fires: ['Freedonia announced that it has delivered its written reply to Sylvania.'],
  },
  anotherActorsAct: {
    name: 'act.report-of-another-actors-act',
    what: '"Sylvania has delivered its reply, the Herald reported": the act is Sylvania\'s, the report only its channel',
    fires: ['Sylvania delivered its written response to Freedonia, the Port Sylvan Herald reported on Monday.'],
  },
  impliedByExchange: {
    name: 'act.implied-by-exchange',
    what: '"Ruiz said during talks with Brenner": the talks are an act of their own',
    fires: ['Ana Ruiz said during talks with Tomas Brenner that the border would reopen for lorries.'],
  },
  jointSpeakers: {
    name: 'speaker.joint',
    what: '"Freedonia and the League rejected …": the same words, once for each speaker (quoted words only when both are bodies)',
    fires: ['Freedonia and the Coastal League rejected the proposal for joint patrols on the river.'],
    doesNotFire: ['Harbour economist and author Mara Quist said the ferry fares would rise in the spring.'],
  },
  quoteGoesOn: {
    name: 'words.quotation-goes-on',
    what: 'a quoted sentence with no cue of its own right after a quote is the same statement going on',
    fires: ['“The river belongs to both of us,” Ana Ruiz said. “We will share every drop of it with our neighbours downstream.”'],
  },
  quoteRunsOn: {
    name: 'words.quotation-runs-on',
    what: "a paragraph that ends inside a quotation, left open, goes on in the next paragraph's quotation: one statement, as print convention has it",
    fires: ['Ana Ruiz said: “The river belongs to both of us, and we will not give it up.\n\n“We will share every drop with our neighbours downstream.”'],
  },
  quoteAfterLeadIn: {
    name: 'words.quotation-after-lead-in',
    what: 'the quotation that opens a paragraph after "X said:" is the words X said',
    fires: ['Tomas Brenner told reporters on Monday:\n\n“We will wait for the water to come back, however long it takes.”'],
  },
  blockAfterLeadIn: {
    name: 'words.block-after-lead-in',
    what: 'a paragraph with no quotation marks and no verb of saying after "X writes:" is the passage X wrote, quoted as a block',
    fires: ['Mara Quist writes:\n\nThe ferry plan mentions neither the mayor nor the council by name.'],
    doesNotFire: [
      'Wednesday:\n\nThe ferry plan mentions neither the mayor nor the council.',
      'The harbour survey found:\n\nThe ferry plan has a margin of error of three points.',
    ],
  },
  unattributedContinues: {
    name: 'speaker.quotation-continues-speaker',
    what: 'a quotation no clause reports, in a paragraph after a quoted speaker, is that speaker going on',
    fires: [
      '“The river belongs to both of us,” Ana Ruiz said.\n\n“We will share every drop of it with our neighbours downstream, and we expect the same of them.”',
    ],
  },
  unattributedKept: {
    name: 'speaker.unresolved-quotation-kept',
    what: 'a long quotation nobody is reported to have said is kept, with an unresolved speaker and a warning, never dropped',
    fires: ['The river talks resumed on Monday.\n\n“We will share every drop of it with our neighbours downstream, and we expect the same of them.”'],
  },
} satisfies Record<string, Rule>;

const R = ASSEMBLY_RULES;

type Warn = (kind: Warning['kind'], message: string) => void;

/** A sentence with no quotation, no reporting clause and no act. */
const reportsNothing = (s: ResolvedSentence): boolean => s.quotes.length === 0 && s.clauses.length === 0 && s.acts.length === 0;

/** What "X said:" closing the last paragraph leads into: X's words, found by `rule`. */
function ledInto(ledIn: ArticleStatement, said: Pick<ArticleStatement, 'direct' | 'words' | 'excerpt' | 'offset'>, rule: Rule): ArticleStatement {
  fire(SPEAKER_RULES.leadsIntoParagraph);
  fire(rule);
  return { ...ledIn, ...said, why: { ...ledIn.why, words: [rule.name] } };
}

/** "- Tom Reyes." alone in a paragraph: the unattributed quotation just before it, in the paragraph before, is his. */
function signQuotation(statements: ArticleStatement[], signature: ArticleStatement, paragraphStart: number): void {
  const last = statements.at(-1);
  if (!last || statements.length !== paragraphStart || last.cue !== null || last.speaker.id !== UNKNOWN_ACTOR.id) return;
  statements[statements.length - 1] = { ...last, speaker: signature.speaker, why: { ...last.why, speaker: [...signature.why.speaker] } };
}

/** The statements of the whole article, in text order. */
export function assembleStatements(article: ParsedArticle, sentences: readonly ResolvedSentence[], warn: Warn): ArticleStatement[] {
  const statements: ArticleStatement[] = [];
  const chronology = new Chronology(article);
  let paragraphStart = 0;
  /** The statement whose quotation the last paragraph left open. */
  let runningOn: ArticleStatement | undefined;
  /** "Brenner said:" closing the last paragraph: what the next one opens with is his. */
  let leadingIn: ArticleStatement | undefined;
  let ledIn: ArticleStatement | undefined;
  for (const [i, s] of sentences.entries()) {
    if (i === 0 || sentences[i - 1]!.paragraph !== s.paragraph) {
      paragraphStart = statements.length;
      chronology.paragraph = s.paragraph;
    }
    // "Hewitt writes:" closing the last paragraph, and this one opens with no quotation and no verb of saying:
    // it is the passage quoted as a block, set off by the paragraph instead of by marks.
    // Only after a verb of saying: a label with a colon ("Wednesday:", "Republicans:") leads into anything, a finding into its figures.
    if (ledIn?.cue && ledIn.cue !== ':' && !isForm('finding', ledIn.cue) && s.sentence.start === 0 && reportsNothing(s)) {
      // The block ends before the first sentence that has words or a verb of its own.
      let last = i;
      while (sentences[last + 1]?.paragraph === s.paragraph && reportsNothing(sentences[last + 1]!)) last++;
      const text = s.paragraphText.slice(0, sentences[last]!.sentence.end);
      statements.push(ledInto(ledIn, { direct: false, words: text, excerpt: text, offset: s.paragraphOffset }, R.blockAfterLeadIn));
      ledIn = undefined;
    }
    const told = s.acts.map((r) => actStatement(article, s, r, statements));
    const acts = [...told];
    for (const act of acts) {
      if (chronology.noteScene(act, s.frame) && (act.kind === 'call' || act.kind === 'meeting')) {
        chronology.encounters.push({ act, paragraph: chronology.paragraph });
      }
    }
    for (const c of s.clauses) {
      const statement = clauseStatement(article, s, c, statements, chronology);
      if (c.a.leadsIn) {
        leadingIn = statement;
        continue;
      }
      if (c.a.signs) {
        signQuotation(statements, statement, paragraphStart);
        continue;
      }
      chronology.noteScene(statement, s.frame);
      const own = ownAct(s, c.a);
      if (own >= 0) absorbAct(statement, acts, acts.indexOf(told[own]!), R.toldWithAct);
      else if (c.why.speaker.includes(SPEAKER_RULES.participleSentenceSubject.name)) {
        // "Ruiz sent him a letter last week, proposing a meeting": what the participle reports is what the letter said.
        absorbAct(
          statement,
          acts,
          acts.findLastIndex((a) => a.speaker.id === statement.speaker.id && a.kind === 'document'),
          R.participleTellsAct,
        );
      }
      absorbReportedActs(statement, acts);
      if (reportsAnotherActor(statement, acts)) continue;
      statements.push(statement, ...jointStatements(statement, c));
      if (statement.speaker.id === UNKNOWN_ACTOR.id) {
        warn('unresolved-speaker', `"${c.a.speaker.text}" (${c.a.cue}) in "${s.sentence.text.slice(0, 80)}…" could not be tied to an actor`);
      }
      acts.push(...impliedActs(statement, c.a, s.frame, acts));
    }
    statements.push(...acts);
    chronology.days.push(...daysGiven(article, s.frame));
    if (chronology.lead < 0 && statements.length > paragraphStart) chronology.lead = s.paragraph;
    const owned = new Set(s.attributions.flatMap((a) => a.quotes));
    for (const [qi, q] of s.quotes.entries()) {
      if (owned.has(qi)) continue;
      const last = statements.at(-1);
      // The paragraph before ended inside this speaker's quotation, left open: it goes on here.
      if (runningOn && q.start === 0 && s.sentence.start === 0) {
        extendQuote(runningOn, q, article.text.slice(runningOn.offset, s.paragraphOffset + s.sentence.end), R.quoteRunsOn);
        continue;
      }
      if (ledIn && q.start === 0 && s.sentence.start === 0) {
        statements.push(ledInto(ledIn, { direct: true, words: q.words, excerpt: s.sentence.text, offset: s.offset }, R.quoteAfterLeadIn));
        continue;
      }
      if (statements.length > paragraphStart && continuesQuote(last, q, s)) {
        extendQuote(last, q, s.paragraphText.slice(last.offset - s.paragraphOffset, s.sentence.end), R.quoteGoesOn);
        continue;
      }
      if (q.words.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS) {
        fire(NOISE_RULES.shortUnattributed);
        continue;
      }
      if (isNamingQuote(s.frame, q)) continue;
      statements.push(unattributed(article, s, q, statements.slice(paragraphStart - 1), warn));
    }
    const paragraphEnds = i === sentences.length - 1 || sentences[i + 1]!.paragraph !== s.paragraph;
    if (paragraphEnds) {
      const open = s.quotes.at(-1)?.runsOn ? statements.at(-1) : undefined;
      runningOn = open?.direct ? open : undefined;
      ledIn = leadingIn;
      leadingIn = undefined;
    }
  }
  return statements;
}

const noReasons = (): Explanation => ({ speaker: [], addressees: [], words: [], date: [] });

/** A copy that can change without changing the statement it was copied from. */
const copyOf = (why: Explanation): Explanation => ({
  speaker: [...why.speaker],
  addressees: [...why.addressees],
  words: [...why.words],
  date: [...why.date],
});

function actStatement(article: ParsedArticle, s: ResolvedSentence, r: ResolvedAct, earlier: readonly ArticleStatement[]): ArticleStatement {
  const why = { speaker: [...r.why.speaker], addressees: [...r.why.addressees], words: [r.act.rule], date: [] };
  const { when, datedByText } = dateAct(article, s.frame, r.act, earlier, why.date);
  return {
    article: article.id,
    kind: r.act.kind,
    speaker: r.speaker,
    addressees: r.addressee ? [r.addressee] : [],
    direct: false,
    words: r.act.words,
    excerpt: s.sentence.text,
    offset: s.offset,
    cue: null,
    when,
    datedByText,
    why,
  };
}

function clauseStatement(
  article: ParsedArticle,
  s: ResolvedSentence,
  c: ResolvedClause,
  earlier: readonly ArticleStatement[],
  chronology: Chronology,
): ArticleStatement {
  const why = { speaker: [...c.why.speaker], addressees: [...c.why.addressees], words: [...c.why.words], date: [] };
  const { when, datedByText } = dateStatement(chronology, s.frame, c.a, c.speaker, earlier, s.section, why.date);
  return {
    article: article.id,
    kind: c.kind,
    speaker: c.speaker,
    addressees: [...c.addressees],
    direct: c.direct,
    words: c.words,
    excerpt: s.sentence.text,
    offset: s.offset,
    cue: c.a.cue,
    when,
    datedByText,
    why,
  };
}

/**
 * "The United States announced that it has delivered a written response to Russia":
 * the announcement and the delivery are one act, told once. The statement takes the
 * act's kind and addressee; the act is not told again.
 */
function absorbReportedActs(statement: ArticleStatement, acts: ArticleStatement[]): void {
  for (const [i, act] of [...acts.entries()].reverse()) {
    if (act.speaker.id === statement.speaker.id && statement.words.includes(act.words)) absorbAct(statement, acts, i, R.announcedAct);
  }
}

/** The statement tells the act at `index` of `acts`: it takes the act's kind, day and parties, and the act is not told again. */
function absorbAct(statement: ArticleStatement, acts: ArticleStatement[], index: number, r: Rule): void {
  const act = acts[index];
  if (!act) return;
  fire(r, statement.why.words);
  statement.kind = act.kind;
  // "said on Monday that he would meet … on Friday": the act is on its own day, not the telling's.
  if (act.datedByText) {
    Object.assign(statement, { when: act.when, datedByText: true });
    statement.why.date = [...act.why.date];
  }
  // "told parliament that she had written to Brenner": the letter went to Brenner, not to parliament.
  if (act.kind === 'document' && act.addressees.length > 0) statement.addressees = [...act.addressees];
  else for (const a of act.addressees) if (!statement.addressees.some((x) => x.id === a.id)) statement.addressees.push(a);
  acts.splice(index, 1);
}

/**
 * "Russia has delivered written responses …, the Post reported, citing an official":
 * what the sentence tells is Russia's act; the report is its channel, and the act's
 * point cites this very sentence.
 */
function reportsAnotherActor(statement: ArticleStatement, acts: readonly ArticleStatement[]): boolean {
  if (statement.direct) return false;
  const words = contentWords(statement.words);
  const another = acts.some(
    (act) =>
      act.speaker.id !== statement.speaker.id &&
      act.speaker.id !== UNKNOWN_ACTOR.id &&
      contentWords(act.words).length >= words.length * 0.4 &&
      statement.words.includes(act.words),
  );
  if (another) fire(R.anotherActorsAct);
  return another;
}

/** "Washington and NATO rejected …": the same words, once for each speaker. */
function jointStatements(statement: ArticleStatement, c: ResolvedClause): ArticleStatement[] {
  // Quoted words are one person's voice; what bodies say ("Washington and NATO rejected … as “non-starters”") is joint.
  const isBody = (actor: ArticleStatement['speaker']) => actor.kind !== 'person' && actor.kind !== 'unknown';
  return c.partners.flatMap((speaker) => {
    if (speaker.id === UNKNOWN_ACTOR.id || speaker.id === statement.speaker.id) return [];
    if (statement.direct && !(isBody(speaker) && isBody(statement.speaker))) return [];
    fire(R.jointSpeakers);
    const why = { ...copyOf(statement.why), speaker: [R.jointSpeakers.name] };
    return [{ ...statement, speaker, addressees: statement.addressees.filter((x) => x.id !== speaker.id), why }];
  });
}

/** "Lavrov said during talks with Baerbock": the talks are an act of their own. */
function impliedActs(statement: ArticleStatement, a: Attribution, frame: string, found: readonly ArticleStatement[]): ArticleStatement[] {
  return a.addressees.flatMap((mention, i) => {
    const addressee = statement.addressees[i];
    if (!mention.act || !addressee) return [];
    const duplicate = found.some(
      (f) => f.kind === mention.act!.kind && f.speaker.id === statement.speaker.id && f.addressees.some((x) => x.id === addressee.id),
    );
    if (duplicate) return [];
    fire(R.impliedByExchange);
    const why = { ...copyOf(statement.why), words: [R.impliedByExchange.name] };
    return [
      { ...statement, kind: mention.act.kind, addressees: [addressee], direct: false, words: frame.slice(mention.act.start, mention.end), cue: null, why },
    ];
  });
}

/** How much of a sentence a quotation must fill to be, by news convention, the last quoted speaker going on. */
const WHOLE_SENTENCE = 0.8;

/** A quoted sentence with no cue of its own, right after a quote: the same speaker going on. */
function continuesQuote(previous: ArticleStatement | undefined, q: QuoteInSentence, s: ResolvedSentence): previous is ArticleStatement {
  return previous !== undefined && previous.direct && q.end - q.start >= s.sentence.text.length * WHOLE_SENTENCE;
}

/** The statement goes on in the next sentence: its words and its excerpt take that sentence in. */
function extendQuote(statement: ArticleStatement, q: QuoteInSentence, excerpt: string, r: Rule): void {
  fire(r, statement.why.words);
  statement.words = `${statement.words} … ${q.words}`;
  statement.excerpt = excerpt;
}

/**
 * A long quotation no clause reports. A paragraph of quotation right after a
 * quoted speaker is, by news convention, that speaker going on; anything else is
 * kept with an unresolved speaker and a warning, never dropped.
 */
function unattributed(article: ParsedArticle, s: ResolvedSentence, q: QuoteInSentence, recent: readonly ArticleStatement[], warn: Warn): ArticleStatement {
  const previous = recent.findLast((x) => x.direct);
  const continues = continuesQuote(previous, q, s);
  const why = noReasons();
  fire(continues ? R.unattributedContinues : R.unattributedKept, why.speaker);
  if (!continues) warn('unresolved-speaker', `a quotation with no speaker: "${q.words.slice(0, 80)}"`);
  return {
    article: article.id,
    kind: 'statement',
    speaker: continues ? previous.speaker : UNKNOWN_ACTOR,
    addressees: continues ? previous.addressees : [],
    direct: true,
    words: q.words,
    excerpt: s.sentence.text,
    offset: s.offset,
    cue: null,
    when: continues ? previous.when : article.date ? { date: article.date, dateEnd: article.date, precision: 'day' } : null,
    datedByText: false,
    why: { ...why, date: continues ? [...previous.why.date] : ['date.article-day'] },
  };
}
