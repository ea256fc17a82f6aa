/**
 * Comparing words "as a reader would": case, quotation-mark style, punctuation,
 * diacritics and spacing never decide whether two renderings say the same thing.
 */

// Function words carry no evidence that two passages report the same words;
// the minimum-overlap rule counts only the other tokens.
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then ' +
    'that this these those there here it its it is was were be been being am are has have had do does did ' +
    'i me my we our you your he him his she her they them their who whom whose which what when where why how ' +
    'not no all any some such own same very can could will would shall should may might must also just only ' +
    'if because while after before again further once up down out off above below between through during each both'
  ).split(' '),
);

/** Lower-cased, quote-straightened, diacritic-free text with punctuation turned into single spaces. */
export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Curly apostrophes must be straight for the contraction rule below; double quotation
      // marks of any style simply go with the rest of the punctuation.
      .replace(/[‘’‚‛′`´]/g, "'")
      // A possessive is the same word as its stem ("Russia's" vs "Russia").
      .replace(/'s(?![\p{L}\p{N}])/gu, '')
      // Contractions and initialisms stay one token ("we're", "U.S." -> "us").
      .replace(/(?<=\p{L})'(?=\p{L})/gu, '')
      .replace(/(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L}(?:[^\p{L}]|$))/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

export function tokenize(text: string): string[] {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
}

export function isContentToken(token: string): boolean {
  return !STOPWORDS.has(token);
}

/** Names compare like text, and a leading article never matters ("the Kremlin" = "Kremlin"). */
export function normaliseName(name: string): string {
  return normaliseText(name).replace(/^the /, '');
}

export interface Overlap {
  /** Tokens the two share, counted as a multiset. */
  shared: number;
  sharedContent: number;
  /** shared / the shorter side: a faithful excerpt of a longer quote still scores 1. */
  containment: number;
  /** 2 * shared / (both sides): prefers the closer of two containing candidates. */
  dice: number;
  goldContent: number;
}

export function overlap(gold: readonly string[], predicted: readonly string[]): Overlap {
  const counts = new Map<string, number>();
  for (const token of predicted) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  let sharedContent = 0;
  for (const token of gold) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      counts.set(token, left - 1);
      shared += 1;
      if (isContentToken(token)) sharedContent += 1;
    }
  }
  const shorter = Math.min(gold.length, predicted.length);
  const total = gold.length + predicted.length;
  return {
    shared,
    sharedContent,
    containment: shorter === 0 ? 0 : shared / shorter,
    dice: total === 0 ? 0 : (2 * shared) / total,
    goldContent: gold.filter(isContentToken).length,
  };
}
