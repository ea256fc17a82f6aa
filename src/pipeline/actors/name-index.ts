/**
 * Finds every known name in a text in time linear in the text, however many names
 * are known: names are filed under their first word, and only the names filed
 * under a word of the text are tried there. (One alternation of every name grew
 * with each article read, and made a corpus cost the square of its size.)
 */

export interface NameMatch {
  /** The name as the text writes it. */
  text: string;
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const LEADING_WORD = /^\p{L}+/u;
const WORD_START = /(?<!\p{L})\p{L}+/gu;

/** Both apostrophes read alike: "O’Brien" is "O'Brien". */
const foldApostrophes = (text: string): string => text.replace(/’/g, "'");

export class NameIndex {
  /** First word → names starting with it, longest first. */
  readonly #byFirstWord = new Map<string, string[]>();
  readonly #folded = new Map<string, string>();

  add(name: string): void {
    const first = LEADING_WORD.exec(name)?.[0];
    if (!first || this.#folded.has(name)) return;
    this.#folded.set(name, foldApostrophes(name));
    const names = this.#byFirstWord.get(first) ?? [];
    names.push(name);
    names.sort((a, b) => b.length - a.length);
    this.#byFirstWord.set(first, names);
  }

  /** Known names in `text`, left to right, longest at each place, never overlapping, each a whole word run. */
  find(text: string): NameMatch[] {
    const folded = foldApostrophes(text);
    const matches: NameMatch[] = [];
    let from = 0;
    for (const word of folded.matchAll(WORD_START)) {
      if (word.index < from) continue;
      const name = this.#byFirstWord.get(word[0])?.find((n) => this.#matchesAt(folded, n, word.index));
      if (name === undefined) continue;
      matches.push({ text: text.slice(word.index, word.index + name.length), start: word.index, end: word.index + name.length });
      from = word.index + name.length;
    }
    return matches;
  }

  #matchesAt(text: string, name: string, at: number): boolean {
    const end = at + name.length;
    return text.startsWith(this.#folded.get(name)!, at) && !LETTER.test(text[end] ?? '');
  }
}
