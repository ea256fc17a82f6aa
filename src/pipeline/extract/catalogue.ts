/**
 * Every rule of the extractor, by concern: what `npm run extract -- --explain` names,
 * and what the table-driven rule test runs (each rule's own examples).
 */
import { CUE_FILTERS, PHRASE_CUES } from './cues.ts';
import { ADDRESSEE_RULES } from './addressees.ts';
import { NOISE_RULES } from './noise.ts';
import { ACT_RULES } from './acts.ts';
import { TIME_RULES } from '../dates/time-expressions.ts';
import { SPEAKER_RULES } from './speakers.ts';
import { WORDS_RULES } from './words.ts';
import type { Rule } from '../rule.ts';

export const CATALOGUE: readonly Rule[] = [...PHRASE_CUES, ...CUE_FILTERS, ...Object.values(SPEAKER_RULES), ...Object.values(WORDS_RULES), ...Object.values(NOISE_RULES),
  ...Object.values(ADDRESSEE_RULES),
  ...ACT_RULES,
  ...TIME_RULES,
];
