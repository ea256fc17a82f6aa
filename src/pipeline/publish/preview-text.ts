/** The words on a point's preview image: cut to fit, at a word boundary, in a size that fills the card. */

/**
 * `text` in at most `max` characters (code points, so a surrogate pair is never split):
 * cut at the last word boundary and ended with an ellipsis. A text with no space to cut
 * at (one very long word) is cut where it must.
 */
export function clipAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join('');
  // A cut just before a space already ends on a whole word; otherwise drop the cut word.
  const atWord = /\s/.test(chars[max - 1]!) ? cut : cut.replace(/\s+\S*$/, '');
  // Keep the cut at a word only when it does not throw most of the line away.
  const kept = atWord.length >= cut.length * 0.6 ? atWord : cut;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Longest quote the card shows, at its smallest size; longer ones are clipped. */
export const PREVIEW_MAX_CHARS = 220;

/** Shorter quotes are set larger; each step fits its longest text in the card's quote area, Cyrillic (wider) included. */
const SIZES: ReadonlyArray<{ upTo: number; fontSize: number }> = [
  { upTo: 80, fontSize: 64 },
  { upTo: 130, fontSize: 54 },
  { upTo: 180, fontSize: 46 },
  { upTo: PREVIEW_MAX_CHARS, fontSize: 40 },
];

export interface PreviewQuote {
  text: string;
  fontSize: number;
}

/** A direct quote goes in quotation marks; reported speech is shown as reported, without its leading "that". */
export function previewQuote(words: string, direct: boolean): PreviewQuote {
  const plain = direct ? words : words.replace(/^\s*that\s+/i, '');
  const text = clipAtWord(plain, PREVIEW_MAX_CHARS - (direct ? 2 : 0));
  const length = Array.from(text).length;
  const fontSize = SIZES.find((s) => length <= s.upTo)?.fontSize ?? SIZES.at(-1)!.fontSize;
  return { text: direct ? `“${text}”` : text, fontSize };
}

/** Letters of the scripts written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** The direction of a text, by its first letter, as `dir="auto"` judges it. */
export function directionOf(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text);
  return letter && RTL_LETTER.test(letter[0]) ? 'rtl' : 'ltr';
}

const isRtlWord = (word: string): boolean => RTL_LETTER.test(word);

/** Maximal runs of words for which `inRun` holds, the other words each a run of their own. */
function runs(words: readonly string[], inRun: (word: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last && inRun(word) && inRun(last[0]!)) last.push(word);
    else out.push([word]);
  }
  return out;
}

/**
 * Satori lays out every line left to right, word after word (a word's own letters it does set
 * right to left). For a left-to-right text, this turns each run of right-to-left words round,
 * so that an Arabic or Hebrew phrase in an English quote reads in its order (unless a line
 * break falls inside the phrase: satori breaks lines after this).
 */
export function visualOrder(text: string): string {
  return runs(text.split(' '), isRtlWord)
    .map((run) => (isRtlWord(run[0]!) ? [...run].reverse() : run).join(' '))
    .join(' ');
}

/** Marks that open and close, as they face in right-to-left text. */
const MIRRORED: Readonly<Record<string, string>> = { '“': '”', '”': '“', '‘': '’', '’': '‘', '«': '»', '»': '«', '(': ')', ')': '(', '[': ']', ']': '[' };
const mirror = (marks: string): string => Array.from(marks, (c) => MIRRORED[c] ?? c).join('');

/**
 * A right-to-left text as the pieces to lay out from the right (the card puts them in a
 * reversed, wrapping row): each right-to-left word alone, each run of left-to-right words
 * ("NATO 2022") together, in their own order. Quotation marks and brackets around the text are
 * pieces of their own, turned to face it: satori would set them on the wrong side of a word.
 */
export function rightToLeftPieces(text: string): string[] {
  const [, open = '', body = '', close = ''] = /^([“‘«(["]*)(.*?)([”’»)\]"]*)$/su.exec(text) ?? [];
  const pieces = runs(body.split(' '), (word) => !isRtlWord(word)).map((run) => run.join(' '));
  return [...(open ? [mirror(open)] : []), ...pieces, ...(close ? [mirror(close)] : [])];
}
