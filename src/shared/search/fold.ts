/**
 * The form text is compared in: lower case, accents off, typographic quotes made
 * plain, so that "elysee" finds "Élysée" and "Russia's" finds "Russia’s".
 *
 * Folding never changes a string's length: every offset found in the folded form
 * is an offset in the original, which is what lets a match be highlighted in the
 * words as the site shows them.
 */

/** Letters NFD does not decompose, with the plain letter a reader types for them. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
};

/** Typographic marks a keyboard does not have, as the keyboard types them. */
const PLAIN_PUNCTUATION: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '‐': '-',
  '‑': '-',
  '\u00a0': ' ',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex -- \x00 is only the low end of the ASCII range
const NON_ASCII = /[^\x00-\x7f]/g;

/** One UTF-16 unit, folded; itself when folding would make it longer or shorter. */
function foldUnit(unit: string): string {
  const plain = PLAIN_PUNCTUATION[unit] ?? UNDECOMPOSABLE[unit];
  if (plain !== undefined) return plain;
  const base = unit.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length === 1 ? base : unit;
}

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing lengthens a few letters ("İ" becomes "i̇"): fold those strings one unit at a time.
  const sameLength =
    lower.length === text.length
      ? lower
      : Array.from({ length: text.length }, (_, i) => {
          const one = text.charAt(i).toLowerCase();
          return one.length === 1 ? one : text.charAt(i);
        }).join('');
  return sameLength.replace(NON_ASCII, foldUnit);
}

/** Whether the unit at `index` is part of a word (a letter or a digit, in any script). */
export function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_UNIT.test(text.charAt(index));
}
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
