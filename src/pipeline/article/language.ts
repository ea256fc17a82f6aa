/**
 * A cheap guess at the language of an article's body, for when no sidecar says.
 *
 * Script first (Cyrillic, Hangul, kana, Han, Arabic...), then, for Latin text,
 * whichever language's commonest function words occur most. It is a default for
 * display and for choosing extraction rules, not a language detector: a sidecar's
 * `language` always wins, and a text with no clear signal gets `und`.
 */

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
];

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'with', 'for', 'on', 'said'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'por', 'con', 'una', 'del'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'une', 'dans', 'pour', 'du'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'sich'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'con', 'del', 'della', 'sono'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não'],
};

/** How much of a text the guess reads: the start of an article says what language it is in. */
const SAMPLE = 20_000;

export function guessLanguage(whole: string): string {
  const text = whole.slice(0, SAMPLE);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  for (const [re, tag] of SCRIPTS) {
    if ((text.match(re)?.length ?? 0) / letters > 0.3) return tag;
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestScore = 0;
  for (const [tag, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) {
      best = tag;
      bestScore = score;
    }
  }
  return words.length > 0 && bestScore / words.length >= 0.05 ? best : 'und';
}
