/**
 * What a reader types, as terms. The syntax is Fuse's extended search, the part of
 * it people use to ask for exactness:
 *
 *   lavrov          fuzzy: a name may be misspelt ("Lavorv"); in the text, words that start with it
 *   'lavrov         include: as typed, anywhere in a name, from the start of a word in the text
 *   "a phrase"      include, spaces and all (an unclosed quote runs to the end, so it works as you type)
 *   =lavrov         exact: whole words, in names and in the text
 *
 * Every term must match somewhere in a statement (speaker, addressees, words,
 * excerpts or outlets); the terms need not match in the same field.
 */
import { fold, isWordUnit } from './fold.ts';

export type TermKind = 'fuzzy' | 'include' | 'exact';

export interface Term {
  kind: TermKind;
  /** The term as typed, without its operator or quotes. */
  text: string;
  /** `text` folded (see fold.ts): what is compared. */
  folded: string;
}

/** Splits on spaces, keeping a double-quoted phrase (with its operator) as one token. */
function tokens(query: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < query.length) {
    while (i < query.length && /\s/.test(query.charAt(i))) i++;
    if (i >= query.length) break;
    const start = i;
    const open = query.slice(i, i + 2).search(/"/);
    if (open === 0 || (open === 1 && /['=]/.test(query.charAt(i)))) {
      const close = query.indexOf('"', i + open + 1);
      i = close === -1 ? query.length : close + 1;
    } else {
      while (i < query.length && !/\s/.test(query.charAt(i))) i++;
    }
    found.push(query.slice(start, i));
  }
  return found;
}

function termOf(token: string): Term | null {
  let kind: TermKind = 'fuzzy';
  let body = token;
  if (body.startsWith("'")) {
    kind = 'include';
    body = body.slice(1);
  } else if (body.startsWith('=')) {
    kind = 'exact';
    body = body.slice(1);
  }
  if (body.startsWith('"')) {
    // A quoted phrase asks for these words as they are: include, unless `=` asked for more.
    if (kind === 'fuzzy') kind = 'include';
    body = body.slice(1, body.endsWith('"') && body.length > 1 ? -1 : undefined);
  }
  // eslint-disable-next-line no-control-regex -- a pasted control character is a space to the search
  const text = body.replace(/[\s\u0000-\u001f]+/g, ' ').trim();
  const folded = fold(text);
  // Punctuation alone ("|", "-") would match nearly everything and mean nothing.
  if (![...folded].some((_, i) => isWordUnit(folded, i))) return null;
  return { kind, text, folded };
}

export function parseQuery(query: string): Term[] {
  return tokens(query)
    .map(termOf)
    .filter((term): term is Term => term !== null);
}

/** How many letters (and digits, and marks) a term holds, spaces and punctuation aside. */
export function termLetters(term: Term): number {
  return [...term.folded].filter((_, i) => isWordUnit(term.folded, i)).length;
}

/** The query as the reader would type it: for suggestions built from changed terms. */
export function formatQuery(terms: readonly Pick<Term, 'kind' | 'text'>[]): string {
  return terms
    .map(({ kind, text }) => {
      const phrase = text.includes(' ');
      if (kind === 'exact') return phrase ? `="${text}"` : `=${text}`;
      if (kind === 'include') return phrase ? `"${text}"` : `'${text}`;
      return text;
    })
    .join(' ');
}
