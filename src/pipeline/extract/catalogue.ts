/**
 * Every rule of the extractor, by concern: what `npm run extract -- --explain` names,
 * and what the table-driven rule test runs (each rule's own examples).
 */
import type { Rule } from '../rule.ts';
import { TIME_RULES } from '../dates/time-expressions.ts';
import { ACT_RULES } from './acts.ts';
import { ADDRESSEE_RULES } from './addressees.ts';
import { ASSEMBLY_RULES } from './assemble.ts';
import { CUE_FILTERS, EVALUATION_WITHOUT_WORDS, PARTICIPLE_OPENS_SENTENCE, PHRASE_CUES, VERB_OPENS_SENTENCE } from './cues.ts';
import { COREFERENCE_RULES } from './discourse.ts';
import { NOISE_RULES } from './noise.ts';
import { RESOLUTION_RULES } from './resolve.ts';
import { SPEAKER_RULES } from './speakers.ts';
import { DATE_RULES } from './when.ts';
import { WORDS_RULES } from './words.ts';

export const CATALOGUE: readonly Rule[] = [
  ...PHRASE_CUES,
  ...CUE_FILTERS,
  EVALUATION_WITHOUT_WORDS,
  VERB_OPENS_SENTENCE,
  PARTICIPLE_OPENS_SENTENCE,
  ...Object.values(SPEAKER_RULES),
  ...Object.values(COREFERENCE_RULES),
  ...Object.values(WORDS_RULES),
  ...Object.values(ADDRESSEE_RULES),
  ...Object.values(RESOLUTION_RULES),
  ...ACT_RULES,
  ...Object.values(ASSEMBLY_RULES),
  ...TIME_RULES,
  ...Object.values(DATE_RULES),
  ...Object.values(NOISE_RULES),
];
