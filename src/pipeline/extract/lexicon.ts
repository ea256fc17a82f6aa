/**
 * The words the extractor reasons with, in one place: reporting verbs, role nouns,
 * pronouns, nationalities. General English and general world knowledge only — no
 * entry names an article's wording. Actors themselves live in `content/actors.yaml`.
 */
import type { PointKind } from '../types.ts';

/** Reporting verbs, in the forms news copy uses, with the kind of act they report. */
export const CUES: Readonly<Record<string, PointKind>> = {
  said: 'statement', says: 'statement', say: 'statement', saying: 'statement',
  told: 'statement', tells: 'statement', telling: 'statement',
  stated: 'statement', added: 'statement', adds: 'statement', adding: 'statement',
  warned: 'statement', warns: 'statement', warning: 'statement',
  noted: 'statement', stressed: 'statement', emphasised: 'statement', emphasized: 'statement', emphasising: 'statement', emphasizing: 'statement',
  insisted: 'statement', insists: 'statement', claimed: 'statement', confirmed: 'statement', confirms: 'statement',
  acknowledged: 'statement', announced: 'statement', announces: 'statement', explained: 'statement', argued: 'statement',
  declared: 'statement', replied: 'statement', responded: 'statement', remarked: 'statement', commented: 'statement',
  mentioned: 'statement', continued: 'statement', wrote: 'document', writes: 'document', tweeted: 'statement',
  posted: 'statement', cautioned: 'statement', reiterated: 'statement', asserted: 'statement', admitted: 'statement',
  complained: 'statement', suggested: 'statement', predicted: 'statement', vowed: 'statement', pledged: 'statement',
  promised: 'statement', threatened: 'statement', urged: 'statement', urges: 'statement', asked: 'statement',
  accused: 'statement', demanded: 'statement', highlighted: 'statement', outlined: 'statement', expressed: 'statement',
  reported: 'statement', recalled: 'statement', signaled: 'statement', signalled: 'statement',
  proposed: 'statement', assured: 'statement', informed: 'statement', briefed: 'statement', appealed: 'statement',
  denied: 'denial', denies: 'denial', dismissed: 'denial', rejected: 'denial', refuted: 'denial', rebuffed: 'denial',
};

/** Multi-word cues, matched before single words. `called on Y` and `urged Y` name an addressee. */
export const PHRASE_CUES: ReadonlyArray<{ pattern: RegExp; kind: PointKind }> = [
  { pattern: /\b(?:was|were|is|are) quoted as saying\b/, kind: 'statement' },
  { pattern: /\b(?:called|calls|calling) (?:on|upon)\b/, kind: 'statement' },
  { pattern: /\bmade clear\b/, kind: 'statement' },
  { pattern: /\bwent on\b/, kind: 'statement' },
];

/** Verbs that report the sending of a document to an addressee. */
export const DOCUMENT_VERBS = /\b(?:delivered|sent|handed(?: over)?|submitted|transmitted|issued)\b/;
export const DOCUMENT_NOUNS = /\b(?:written (?:response|reply|answer|follow-up)s?|letters?|documents?|proposals?|notes?|draft (?:documents?|treaty|treaties|agreements?)|responses?|replies|answers?)\b/;

/** Nouns that name a person or body by its role; a mention with one of them can be resolved to an earlier name. */
export const ROLE_HEADS = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'diplomat', 'diplomats',
  'president', 'prime minister', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'representative',
  'negotiator', 'adviser', 'advisor', 'aide', 'leader', 'leaders', 'source', 'sources', 'counterpart', 'chief', 'head',
  'embassy', 'ministry', 'department', 'office', 'government', 'administration', 'agency', 'kremlin', 'press office',
  'press service', 'mission', 'delegation', 'commission', 'council', 'army', 'military', 'general', 'commander',
  'king', 'queen', 'emir', 'sheikh', 'mayor', 'governor', 'senator', 'lawmaker', 'lawmakers', 'analyst', 'expert',
  'statement', 'readout', 'communique', 'document',
] as const;

/** Bodies, as opposed to people: a pronoun "it" refers to one of these. */
export const ORGANISATION_HEADS = new Set([
  'embassy', 'ministry', 'department', 'office', 'government', 'administration', 'agency', 'kremlin', 'press office',
  'press service', 'mission', 'delegation', 'commission', 'council', 'army', 'military',
]);

/** Nouns for documents that "say" things on behalf of their author. */
export const DOCUMENT_HEADS = new Set(['statement', 'readout', 'communique', 'document', 'letter', 'report', 'post', 'tweet']);

/** Office synonyms: how copy names an office, to match a registry role such as "Foreign Minister of Russia". */
export const OFFICE_SYNONYMS: Readonly<Record<string, string>> = {
  'top diplomat': 'foreign minister',
  'chief diplomat': 'foreign minister',
  'foreign secretary': 'foreign minister',
  'minister of foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister',
  'head of state': 'president',
  'leader': 'president',
  'secretary-general': 'secretary general',
};

export const PERSONAL_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'thing'>> = {
  he: 'male', she: 'female', they: 'plural', it: 'thing', we: 'plural',
};

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * Nationality adjectives and country names, mapped to the country they speak for.
 * General knowledge, not editorial data: extend freely.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  russian: 'Russia', russia: 'Russia', "russia's": 'Russia', kremlin: 'Russia', moscow: 'Russia',
  american: 'United States', 'u.s.': 'United States', us: 'United States', 'united states': 'United States', washington: 'United States',
  ukrainian: 'Ukraine', ukraine: 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine',
  french: 'France', france: 'France', paris: 'France', elysee: 'France', 'élysée': 'France',
  german: 'Germany', germany: 'Germany', berlin: 'Germany',
  british: 'United Kingdom', uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom', london: 'United Kingdom',
  chinese: 'China', china: 'China', beijing: 'China',
  japanese: 'Japan', japan: 'Japan', tokyo: 'Japan',
  indian: 'India', india: 'India', 'new delhi': 'India',
  pakistani: 'Pakistan', pakistan: 'Pakistan', islamabad: 'Pakistan',
  iranian: 'Iran', iran: 'Iran', tehran: 'Iran',
  israeli: 'Israel', israel: 'Israel',
  turkish: 'Turkey', turkey: 'Turkey', 'türkiye': 'Turkey', ankara: 'Turkey',
  polish: 'Poland', poland: 'Poland', warsaw: 'Poland',
  belarusian: 'Belarus', belarus: 'Belarus', minsk: 'Belarus',
  serbian: 'Serbia', serbia: 'Serbia', belgrade: 'Serbia',
  kosovar: 'Kosovo', kosovo: 'Kosovo', pristina: 'Kosovo',
  armenian: 'Armenia', armenia: 'Armenia', yerevan: 'Armenia',
  azerbaijani: 'Azerbaijan', azerbaijan: 'Azerbaijan', baku: 'Azerbaijan',
  georgian: 'Georgia', georgia: 'Georgia', tbilisi: 'Georgia',
  italian: 'Italy', italy: 'Italy', rome: 'Italy',
  spanish: 'Spain', spain: 'Spain', madrid: 'Spain',
  korean: 'South Korea', 'south korean': 'South Korea', seoul: 'South Korea', 'north korean': 'North Korea', pyongyang: 'North Korea',
  filipino: 'Philippines', philippine: 'Philippines', philippines: 'Philippines', manila: 'Philippines',
  vietnamese: 'Vietnam', vietnam: 'Vietnam', hanoi: 'Vietnam',
  taiwanese: 'Taiwan', taiwan: 'Taiwan', taipei: 'Taiwan',
  hungarian: 'Hungary', hungary: 'Hungary', budapest: 'Hungary',
  swedish: 'Sweden', sweden: 'Sweden', finnish: 'Finland', finland: 'Finland',
  canadian: 'Canada', canada: 'Canada', ottawa: 'Canada',
  saudi: 'Saudi Arabia', qatari: 'Qatar', qatar: 'Qatar', egyptian: 'Egypt', egypt: 'Egypt', cairo: 'Egypt',
  syrian: 'Syria', syria: 'Syria', lebanese: 'Lebanon', iraqi: 'Iraq', iraq: 'Iraq',
  venezuelan: 'Venezuela', cuban: 'Cuba', mexican: 'Mexico', brazilian: 'Brazil',
  nato: 'NATO', 'nato-led': 'NATO', eu: 'European Union', european: 'European Union', 'european union': 'European Union', brussels: 'European Union',
  un: 'United Nations', 'u.n.': 'United Nations',
};

/** Words a capitalised name never starts with, though they are capitalised at a sentence start. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'and', 'but', 'or', 'as', 'after', 'before', 'while',
  'however', 'meanwhile', 'earlier', 'later', 'also', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'his', 'her', 'their', 'its', 'our', 'according', 'both', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'secretary', 'minister', 'president', 'foreign', 'deputy', 'prime', 'general',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'chancellor', 'press', 'state', 'defense', 'defence',
  'senior', 'chief', 'head', 'envoy', 'vice', 'special', 'permanent', 'representative', 'national', 'security',
  'adviser', 'advisor', 'pentagon', 'department', 'ministry', 'office', 'top', 'former', 'acting', 'interior',
  'economy', 'finance', 'trade', 'sen', 'rep', 'gov', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'adm', 'king',
  'queen', 'emir', 'crown', 'prince', 'reporter', 'correspondent', 'leader', 'commander', 'director', 'undersecretary',
  'assistant', 'executive', 'high', 'commissioner', 'council', 'spokesperson', 'speaker', 'mayor', 'governor',
]);
