import { findOutletByName } from '../article/outlet-lookup.ts';

const MEDIA_WORDS = /\b(?:news agency|agency|network|newspaper|broadcaster|outlet|daily|channel|television|radio|reports? of|media|herald|gazette|times|post|tribune|journal|chronicle|observer|telegraph|courier|dispatch|news|press|wire)\b/i;

/**
 * A news outlet is the medium that relays a statement, never its speaker:
 * "according to the state-run TASS news agency", "according to El País".
 */
export function isMedia(phrase: string): boolean {
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, '').trim();
  return MEDIA_WORDS.test(bare) || findOutletByName(bare) !== null;
}
