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
