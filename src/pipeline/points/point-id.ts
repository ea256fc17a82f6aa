/**
 * A point's id says what it is — day, speaker, first words — plus a short hash of
 * the same, so it never depends on build order or on which other articles exist.
 */
import { slugify } from '../actors/names.ts';
import { contentWords } from '../content-words.ts';

/** 32-bit FNV-1a: small, dependency-free, and stable across platforms and Node versions. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

function clip(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

export function pointId(date: string | null, speakerId: string, words: string): string {
  const lead = clip(slugify(contentWords(words, false).slice(0, 6).join(' ')), 40) || 'statement';
  const hash = fnv1a(`${date ?? ''}|${speakerId}|${contentWords(words).join(' ')}`).slice(0, 6);
  return `${date ?? 'undated'}-${clip(speakerId, 24)}-${lead}-${hash}`;
}
