/**
 * The search itself, with no DOM: runs in the browser (src/islands/search/) and in
 * the unit tests alike.
 *
 * Each term of a query is matched once and remembered (the earlier words of a
 * query stay the same while the last is typed). Names: a fuzzy term goes through
 * Fuse over the words of names (options.ts, name-words.ts); any term is also looked
 * for in the names as typed (name-text.ts). Text (each statement's words and
 * excerpts): words that start with the term, from an inverted index (text-index.ts).
 */
import { nameWordsOf, type SearchDocument, type SearchEntity, type SearchIndexFile } from './index-file.ts';
import { fold } from './fold.ts';
import { mergeRanges, occurrences, segments, snippet, type Placement, type Range, type Segment } from './highlight.ts';
import { ALIAS_QUALITY, CORRECTION_QUALITY, FIELD_WEIGHTS, MAX_QUERY_CHARS, MIN_FUZZY_LETTERS, MIN_TERM_LETTERS } from './options.ts';
import { NameText } from './name-text.ts';
import { NameWordSearch } from './name-words.ts';
import { parseQuery, termLetters, type Term } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';
import { Tally } from './tally.ts';
import { appendTextIndex, field, findTerm, textIndex, type TextIndex } from './text-index.ts';

export interface SearchHit {
  doc: SearchDocument;
  /** Position in the index's `docs`. */
  index: number;
  score: number;
}

export interface SearchOutcome {
  query: string;
  /** The terms searched for: those long enough. */
  terms: Term[];
  /** False when no term is long enough to run (MIN_TERM_LETTERS). */
  ran: boolean;
  /** How many statements match, however many `hits` holds. */
  total: number;
  /** Best first; equal scores in the dataset's order. */
  hits: SearchHit[];
}

/** A hit as a result shows it: every string cut into plain and marked pieces. */
export interface HitView {
  doc: SearchDocument;
  speaker: Segment[];
  /** The alias the speaker matched through, when the match does not show in the name itself. */
  speakerAlias: Segment[] | null;
  addressees: Segment[][];
  words: Segment[];
  /** Part of an excerpt that matched, when the words shown do not show the match. */
  excerpt: Segment[] | null;
}

/** What to look for, folded, to mark a term's match, and where it may be. */
interface Needle {
  text: string;
  placement: Placement;
}

interface EntityMatch {
  quality: number;
  /** What matched in this entity's names, as the names spell it (Fuse's match on "lavrov" for "lavorv"). */
  needles: Needle[];
}

interface TermMatch {
  term: Term;
  /** Per statement: the best field's weight × quality; 0 where the term does not match. */
  scores: Float32Array;
  /** The statements with a score, in the order they first scored. */
  docs: Int32Array;
  entities: Map<number, EntityMatch>;
}

/** An entity's statements, each with the weight of its role there; two arrays of numbers rather than an object each, which read faster. */
interface Postings {
  docs: number[];
  weights: number[];
}

/** Terms remembered: the words of a few queries and their prefixes, about 40 KB each at 10,000 statements. */
const CACHE_SIZE = 48;
/** Up to this many hits are kept in order one by one; more are sorted at the end. */
const SHORT_LIST = 50;
/** Where a term's text must sit in a name: Fuse finds fuzzy terms inside words; 'term asks for anywhere. */
const PLACEMENT_IN_NAMES: Record<Term['kind'], Placement> = { fuzzy: 'word-start', include: 'anywhere', exact: 'whole-word' };
/** Characters shown either side of a match in a long quote or excerpt. */
const SNIPPET_CONTEXT = 80;
/** A fragment of a fuzzy name match shorter than this is too weak to look for in the words. */
const MIN_EVIDENCE = 3;

export class SearchEngine {
  /** Grows as the parts of the index arrive (add). */
  readonly docs: SearchDocument[];
  readonly entities: readonly SearchEntity[];
  private readonly nameWords: NameWordSearch;
  /** Name word (its index in the file's `nameWords`) → the entities that bear it, and whether in the name itself. */
  private readonly wordEntities: { entity: number; inName: boolean }[][];
  /** Each entity's name then aliases, folded. */
  private readonly foldedNames: string[][];
  /** The same, in one string, where a term is looked for. */
  private readonly nameText: NameText;
  /** Fields 0 and 1: each statement's words, and its excerpts joined by newlines (so no phrase spans two). */
  private text: TextIndex;
  /** Entity → the statements it speaks, is addressed or reports in, with that role's weight. */
  private readonly postings: Postings[];
  private readonly cache = new Map<string, TermMatch>();
  /** Where a term's statements are listed as they score (tally.ts). */
  private scratch = new Int32Array(0);
  private vocabularyCache: Vocabulary | null = null;

  /** The engine for a search index file, its text index read in slices with `pause` between them (text-index.ts). */
  static async create(file: SearchIndexFile, pause?: () => Promise<void>): Promise<SearchEngine> {
    return new SearchEngine(file, await textOf(file.docs, pause));
  }

  private constructor(file: SearchIndexFile, text: TextIndex) {
    this.text = text;
    this.docs = [...file.docs];
    this.entities = file.entities;
    this.nameWords = new NameWordSearch(file.nameWords, file.nameWordIndex);
    this.foldedNames = file.entities.map((e) => [e.name, ...e.aliases].map(fold));
    this.nameText = new NameText(this.foldedNames);
    const wordAt = new Map(file.nameWords.map((word, i) => [word, i]));
    this.wordEntities = file.nameWords.map(() => []);
    this.foldedNames.forEach((names, entity) => {
      const seen = new Map<number, boolean>();
      names.forEach((name, n) => {
        for (const word of nameWordsOf(name)) {
          const at = wordAt.get(word);
          if (at !== undefined && !seen.get(at)) seen.set(at, n === 0);
        }
      });
      for (const [at, inName] of seen) this.wordEntities[at]!.push({ entity, inName });
    });

    this.postings = file.entities.map(() => ({ docs: [], weights: [] }));
    this.addPostings(file.docs, 0);
  }

  /** The next part of the index (index-parts.ts), after the statements already in: searched as if they had come in one file. */
  async add(docs: readonly SearchDocument[], pause?: () => Promise<void>): Promise<void> {
    const more = await textOf(docs, pause);
    this.text = appendTextIndex(this.text, more);
    this.addPostings(docs, this.docs.length);
    this.docs.push(...docs);
    // Remembered matches and words are of fewer statements.
    this.cache.clear();
    this.vocabularyCache = null;
  }

  private addPostings(docs: readonly SearchDocument[], first: number): void {
    docs.forEach((doc, n) => {
      const i = first + n;
      this.post(doc.speaker, i, FIELD_WEIGHTS.speaker);
      for (const e of doc.addressees) this.post(e, i, FIELD_WEIGHTS.addressee);
      for (const e of doc.outlets) this.post(e, i, FIELD_WEIGHTS.outlet);
    });
  }

  private post(entity: number, doc: number, weight: number): void {
    const postings = this.postings[entity];
    if (!postings) return;
    postings.docs.push(doc);
    postings.weights.push(weight);
  }

  search(query: string, limit: number): SearchOutcome {
    // Cut by code points, so that no pair of surrogates is split.
    const searched = query.length > MAX_QUERY_CHARS ? Array.from(query).slice(0, MAX_QUERY_CHARS).join('') : query;
    const terms = parseQuery(searched).filter((term) => termLetters(term) >= MIN_TERM_LETTERS);
    if (terms.length === 0) return { query, terms, ran: false, total: 0, hits: [] };
    // The rarest term first: the others are only looked up for the statements it matches.
    const matches = terms.map((term) => this.match(term)).sort((a, b) => a.docs.length - b.docs.length);
    const driver = matches[0];
    if (!driver) return { query, terms, ran: true, total: 0, hits: [] };

    // A short list is kept sorted as hits come; a long one is sorted once at the end.
    const short = limit <= SHORT_LIST;
    let hits: SearchHit[] = [];
    let total = 0;
    // Indexed loops: a common prefix leads here with most of the statements.
    const { docs } = driver;
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]!;
      let score = 0;
      for (let m = 0; m < matches.length; m++) {
        const s = matches[m]!.scores[d]!;
        if (s === 0) {
          score = 0;
          break;
        }
        score += s;
      }
      if (score === 0) continue;
      total++;
      if (short) offerHit(hits, limit, this.docs, d, score);
      else hits.push({ doc: this.docs[d]!, index: d, score });
    }
    if (!short) hits = hits.sort((a, b) => (better(a, b) ? -1 : 1)).slice(0, limit);
    return { query, terms, ran: true, total, hits };
  }

  /**
   * Runs a search of each kind (prefixes, a misspelling, exact word, phrase) on a name of
   * the index's own, then forgets their results. A page's first searches ran three to five
   * times slower than the same searches later, while the browser compiled this code: warmed
   * as the index loads, the reader's first keystrokes do not pay for it (scripts/search-bench.ts).
   */
  warm(limit: number): void {
    const name = this.entities[this.entities.length >> 1]?.name ?? '';
    const word = name.split(/\s+/)[0] ?? '';
    const misspelt = word.length > 3 ? `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}` : word;
    for (const query of [word.slice(0, 2), word.slice(0, 3), word.slice(0, 4), word, misspelt, `=${word}`, `'${word}`, `"${name}"`, `${word} ${name}`]) {
      const outcome = this.search(query, limit);
      for (const hit of outcome.hits) this.view(hit, outcome.terms);
    }
    this.cache.clear();
  }

  /** How many statements a query matches (for suggestions). */
  count(query: string): number {
    return this.search(query, 0).total;
  }

  /** Whether a term matches anything at all, on its own. */
  matchesAnything(term: Term): boolean {
    return this.match(term).docs.length > 0;
  }

  /** A hit's strings with the matched parts marked; its words cut to `context` characters either side of the first match. */
  view(hit: SearchHit, terms: readonly Term[], context = SNIPPET_CONTEXT): HitView {
    const { doc, index } = hit;
    const matches = terms.map((term) => this.match(term));
    const speaker = this.nameMarks(doc.speaker, matches);

    // In the text: each term as typed, and what fuzzy terms matched in this statement's names, as the names spell it.
    const needles = matches.flatMap((m): Needle[] => [
      { text: m.term.folded, placement: m.term.kind === 'exact' ? 'whole-word' : 'word-start' },
      ...[doc.speaker, ...doc.addressees, ...doc.outlets].flatMap((e) => m.entities.get(e)?.needles ?? []).filter((n) => n.text.length >= MIN_EVIDENCE),
    ]);
    const find = (folded: string): Range[] => needles.flatMap((n) => occurrences(folded, n.text, n.placement));

    const wordRanges = find(this.text.fields[0]!.folded[index]!);
    let excerpt: Segment[] | null = null;
    if (wordRanges.length === 0) {
      for (const text of doc.excerpts) {
        const ranges = find(fold(text));
        if (ranges.length > 0) {
          excerpt = shortened(text, ranges);
          break;
        }
      }
    }
    return {
      doc,
      speaker: segments(this.entities[doc.speaker]?.name ?? '', speaker.ranges),
      speakerAlias: speaker.alias,
      addressees: doc.addressees.map((e) => segments(this.entities[e]?.name ?? '', this.nameMarks(e, matches).ranges)),
      words: shortened(doc.words, wordRanges, context),
      excerpt,
    };
  }

  /** Every distinct name and word the index holds, by folded spelling: what a misspelt term is compared with. */
  vocabulary(): Vocabulary {
    if (!this.vocabularyCache) {
      const names = new Map<string, string>();
      this.entities.forEach((entity, e) => {
        [entity.name, ...entity.aliases].forEach((name, n) => {
          const folded = this.foldedNames[e]![n]!;
          names.set(folded, name);
          // Folding keeps lengths, so each folded word sits where the word as written does.
          const re = /[^\s]+/g;
          for (let m = re.exec(folded); m; m = re.exec(folded)) {
            for (const word of nameWordsOf(m[0])) {
              const at = folded.indexOf(word, m.index);
              names.set(word, name.slice(at, at + word.length));
            }
          }
        });
      });
      const words = new Map(this.text.words.filter((w) => w.length > 1).map((w) => [w, w]));
      this.vocabularyCache = { names, words };
    }
    return this.vocabularyCache;
  }

  private match(term: Term): TermMatch {
    const key = `${term.kind}\u0000${term.folded}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used last: the first entry is the one to drop.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }

    if (this.scratch.length < this.docs.length) this.scratch = new Int32Array(this.docs.length);
    const tally = new Tally(this.docs.length, this.scratch);
    const weights = [FIELD_WEIGHTS.words, FIELD_WEIGHTS.excerpt];
    findTerm(this.text, term.folded, term.kind === 'exact', (doc, f) => tally.keep(doc, weights[f]!));

    const entities = this.matchEntities(term);
    for (const [entity, { quality }] of entities) {
      const { docs: statements, weights } = this.postings[entity]!;
      for (let k = 0; k < statements.length; k++) tally.keep(statements[k]!, weights[k]! * quality);
    }

    const match: TermMatch = { term, scores: tally.scores, docs: tally.docs(), entities };
    this.cache.set(key, match);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return match;
  }

  /**
   * The actors and outlets a term names: its text in a name or alias (from the start
   * of a word, or anywhere for 'term, or whole words for =term), and for a fuzzy term
   * of MIN_FUZZY_LETTERS or more, Fuse's matches among the words of names, with the
   * letters Fuse matched as what to mark.
   */
  private matchEntities(term: Term): Map<number, EntityMatch> {
    const found = new Map<number, EntityMatch>();
    const add = (entity: number, quality: number, needles: Needle[]): void => {
      const known = found.get(entity);
      if (!known) found.set(entity, { quality, needles });
      else {
        known.quality = Math.max(known.quality, quality);
        known.needles.push(...needles);
      }
    };

    const typed: Needle = { text: term.folded, placement: PLACEMENT_IN_NAMES[term.kind] };
    this.nameText.find(typed.text, typed.placement, (entity, place) => add(entity, place === 0 ? 1 : ALIAS_QUALITY, [typed]));

    if (term.kind === 'fuzzy' && termLetters(term) >= MIN_FUZZY_LETTERS) {
      for (const result of this.nameWords.search(term.folded)) {
        const quality = (1 - (result.score ?? 0)) * CORRECTION_QUALITY;
        const needles = (result.matches ?? []).flatMap((m) =>
          m.indices.map(([start, end]): Needle => ({ text: result.item.slice(start, end + 1), placement: 'anywhere' })),
        );
        for (const { entity, inName } of this.wordEntities[result.refIndex]!) {
          add(entity, inName ? quality : quality * ALIAS_QUALITY, needles);
        }
      }
    }
    return found;
  }

  /** Where a name shows its match; failing that, the first alias that does. */
  private nameMarks(entity: number, matches: readonly TermMatch[]): { ranges: Range[]; alias: Segment[] | null } {
    const names = this.foldedNames[entity];
    const known = this.entities[entity];
    if (!names || !known) return { ranges: [], alias: null };
    const needles = matches.flatMap((m) => m.entities.get(entity)?.needles ?? []);
    const inName = needles.flatMap((n) => occurrences(names[0]!, n.text, n.placement));
    if (inName.length > 0 || needles.length === 0) return { ranges: mergeRanges(known.name, inName), alias: null };
    for (let a = 1; a < names.length; a++) {
      const ranges = needles.flatMap((n) => occurrences(names[a]!, n.text, n.placement));
      if (ranges.length > 0) return { ranges: [], alias: segments(known.aliases[a - 1]!, ranges) };
    }
    return { ranges: [], alias: null };
  }
}

/** Fields 0 and 1 of the text index for `docs`. */
const textOf = (docs: readonly SearchDocument[], pause?: () => Promise<void>): Promise<TextIndex> =>
  textIndex([field(docs.map((doc) => doc.words)), field(docs.map((doc) => doc.excerpts.join('\n')))], pause);

/**
 * A long text cut to the words around its first match: a result is read at a
 * glance, and each keystroke lays out every result again, so shorter is faster too.
 */
function shortened(text: string, ranges: readonly Range[], context = SNIPPET_CONTEXT): Segment[] {
  const cut = snippet(text, ranges, context);
  return segments(cut.text, cut.ranges);
}

/**
 * Keeps `hits` sorted best first and at most `limit` long, with statement `index` in its place if
 * it ranks high enough. It is made a hit only then: most statements of a common term never are.
 */
function offerHit(hits: SearchHit[], limit: number, docs: readonly SearchDocument[], index: number, score: number): void {
  if (hits.length >= limit) {
    const last = hits[hits.length - 1];
    if (!last || !outranks(score, index, last)) return;
    hits.pop();
  }
  const hit = { doc: docs[index]!, index, score };
  let at = hits.length;
  while (at > 0 && better(hit, hits[at - 1]!)) at--;
  hits.splice(at, 0, hit);
}

/** Whether a statement with `score` at `index` ranks before `hit`: a higher score, or the same and earlier. */
const outranks = (score: number, index: number, hit: SearchHit): boolean => score > hit.score || (score === hit.score && index < hit.index);
const better = (a: SearchHit, b: SearchHit): boolean => outranks(a.score, a.index, b);
