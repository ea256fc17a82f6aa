/** Comparing what two sources report, as a reader would: by their content words, not their punctuation. */
import { memoiseBounded } from './memoise.ts';

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'we our us you your they their them he his him she her i my me not no so than then there here will would can could ' +
    'should shall may might must do does did has have had about into over after before also just only very all any some'
  ).split(' '),
);

/** The words that carry meaning, lower-cased; stemmed unless `stemmed` is false. The same words are compared by several stages: each text is read once. */
export function contentWords(text: string, stemmed = true): readonly string[] {
  return stemmed ? stemmedWords(text) : plainWords(text);
}

const stemmedWords = memoiseBounded((text: string) => wordsOf(text, true), 50_000);
const plainWords = memoiseBounded((text: string) => wordsOf(text, false), 50_000);

function wordsOf(text: string, stemmed: boolean): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'(?:s|ll|re|ve|d|m)\b/g, '')
    .replace(/n't\b/g, ' not')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (stemmed ? stem(w) : w));
}

/** A light suffix stripper: "wants"/"want", "confirmed"/"confirm". Enough to compare reports; not a linguistic stemmer. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** Shared content words over the shorter side's: 1 when one report's words are all in the other's. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const shared = new Set(a.filter((w) => setB.has(w))).size;
  return shared / Math.min(new Set(a).size, setB.size);
}
