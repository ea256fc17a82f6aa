/** How names compare: the same actor is named with and without "the", dots, possessives and transliteration variants. */
import { memoiseBounded } from '../memoise.ts';

/** "the U.S. State Department's" → "us state department". */
export const normaliseName: (text: string) => string = memoiseBounded(normalise, 50_000);

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\b([a-z])\.(?=[a-z]\.?)/g, '$1')
    .replace(/\b([a-z]{1,2})\.(?=\s|$)/g, '$1')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A key that folds common transliteration variants of one name together:
 * Sergei/Sergey, Aleksandr/Alexandr, Zelensky/Zelenskyy/Zelenskiy, Rakhimov/Rahimov,
 * Dzhamshid/Jamshid, Yerlan/Erlan.
 */
export function transliterationKey(name: string): string {
  return normaliseName(name)
    .replace(/dzh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/(^|\s)ye/g, '$1e')
    .replace(/ks/g, 'x')
    .replace(/iy\b/g, 'y')
    .replace(/yy\b/g, 'y')
    .replace(/ey\b/g, 'ei')
    .replace(/y/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/(.)\1/g, '$1');
}

/** A URL-safe, readable slug: "Sergey Lavrov" → "sergey-lavrov". */
export function slugify(text: string): string {
  return normaliseName(text).replace(/\s+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
