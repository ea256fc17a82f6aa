/**
 * What a stretch of text says about the actor it names: a proper name, a role
 * ("the Russian diplomat"), a pronoun, with the side and description it gives.
 * This module reads words only; deciding which actor is meant is the resolver's job.
 */
import {
  DEMONYMS,
  DOCUMENT_HEADS,
  NOT_NAME_WORDS,
  OPENING_ADJECTIVES,
  ORGANISATION_HEADS,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  ROLE_HEADS,
  COLLECTIVE_NOUNS,
  namesPeople,
  namesSource,
} from '../lexicon.ts';
import { memoiseBounded } from '../memoise.ts';
import { CAPITALISED, NAME_WORD, PARTY_TAG, TITLE_ABBREVIATIONS, WEEKDAY_OR_MONTH } from './patterns.ts';

export interface MentionInfo {
  form: 'pronoun' | 'relative' | 'name' | 'role' | 'phrase';
  /** The words that name the actor, e.g. "Foreign Minister Sergei Lavrov". */
  text: string;
  /** A proper name, e.g. "Sergei Lavrov". */
  name: string | null;
  /** Role words given with it, e.g. "Russian Foreign Minister". */
  description: string | null;
  /** The role noun, for form "role": "official", "diplomat", "embassy". */
  head: string | null;
  /** The country or bloc the words tie it to. */
  side: string | null;
  /** "the official" points back to an earlier mention; "a U.S. official" introduces one. */
  definite: boolean;
  plural: boolean;
  pronoun: 'male' | 'female' | 'plural' | 'thing' | null;
  /** For "a readout from the ministry": the author behind the document. */
  author: MentionInfo | null;
  /** Whether the words name a body rather than a person. */
  organisation: boolean;
  /** Joint speakers after the first: "Washington and NATO rejected …" is said by both. */
  partners: MentionInfo[];
  /** A role named by a common noun the lexicon does not list ("police", "many voters", "the historian"). */
  common?: boolean;
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|al-\p{Lu}[\p{L}'-]*|[dD]e|van|von|bin|ibn|da|di|la|le)$/u;
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'ibn', 'da', 'di', 'la', 'le']);
const ORG_NAME_WORDS =
  /\b(?:Ministry|Department|Office|Embassy|Agency|Council|Commission|Committee|Government|Administration|Party|Army|Forces|Bank|Fund|Union|Organi[sz]ation|Institute|Court|Parliament|Assembly|Post|Times|News|Journal|Press|Network|Television|TV|Radio|Service|Kremlin|Palace|House|Mission|Delegation|Group|Association|Federation|Foundation|Company|Corporation|Inc|Ltd|NATO|EU|UN)\b/u;

const ROLE_PATTERN = new RegExp(`\\b(${[...ROLE_HEADS].sort((a, b) => b.length - a.length).join('|')})(?:s)?\\b`, 'i');

/** Time words and adverbs that stand between a subject and its verb: "Lavrov on Tuesday (evening) said". */
const TRAILING_NOISE = new RegExp(
  [
    String.raw`\s*,?\s+(?:on|early|late|later|earlier|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|evening|night|day)(?:\s+(?:morning|afternoon|evening|night))?$`,
    String.raw`\s*,?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?$`,
    String.raw`\s*,?\s+(?:at the time|at first|in turn|in response|in (?:a|an|his|her|their|its) (?:statement|interview|speech|post|tweet|letter)|on (?:Twitter|Facebook|social media|television|TV))$`,
    String.raw`\s*,?\s+(?:on|in)\s+(?:several|many|numerous|multiple)\s+occasions$`,
    // "The department less than two weeks ago said", "Ruiz two days ago said".
    String.raw`\s*,?\s+(?:(?:less|more)\s+than\s+|about\s+|nearly\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago$`,
    String.raw`\s*,?\s+(?:is|are|was|were|has|have|had|also|meanwhile|previously|again|repeatedly|reportedly|then|later|earlier|once|publicly|separately|further|first|already|now|still|too|himself|herself|itself|themselves|would|will|could|did|does|do|not|never|continuously|recently|quickly|immediately|even|just|only|often|always|since|long|actually|overall|(?!(?:reply|supply|ally|family|assembly|rally|anomaly|monopoly)$)\p{Ll}+ly)$`,
    String.raw`['’](?:s|re)$`,
    String.raw`\s*,$`,
  ].join('|'),
  'u',
);

const LEADING_NOISE =
  /^(?:(?:and|but|however|meanwhile|also|earlier|later|then|so|while|as|when|though|although|if|even|now|just|only|because|since|unless|until|whether|perhaps|maybe|indeed|finally|thus|moreover|nevertheless|nonetheless|after|before|yet|still|instead|separately|with|some of|all of|many of|most of|one of)\b[,\s]*)+/i;

export function stripTrailingNoise(text: string): string {
  let current = text.trim();
  for (;;) {
    const next = current.replace(TRAILING_NOISE, '').trim();
    if (next === current) return current;
    current = next;
  }
}

/** Every side word as one pattern, longest first, compiled once: this runs for every phrase of every article. */
const SIDE_WORDS = new RegExp(
  `(?:^|[^\\p{L}])(${Object.keys(DEMONYMS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?:'s)?(?=$|[^\\p{L}])`,
  'u',
);
const SIDE_WORDS_ALL = new RegExp(SIDE_WORDS.source, `${SIDE_WORDS.flags}g`);

function sideOf(text: string): string | null {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  for (const m of lower.matchAll(SIDE_WORDS_ALL)) {
    const at = m.index + m[0].indexOf(m[1]!);
    // "Ivo Cuban", "Ada French": after a given name, a nationality is a surname.
    const before = text.slice(0, at).trimEnd().split(/\s+/).at(-1);
    if (/^\p{Lu}/u.test(text.charAt(at)) && isGivenName(before)) continue;
    // "Chad Orlov", "Jordan Vesk": a country's name before a surname is a given name.
    const after = text.slice(at + m[1]!.length).match(/^\s+(\S+)/)?.[1];
    if (/^\p{Lu}/u.test(text.charAt(at)) && isGivenName(after) && !ORG_NAME_WORDS.test(after!) && !STATE_BODIES.test(after!)) continue;
    return DEMONYMS[m[1]!]!;
  }
  return null;
}

/** A group named by whom it belongs to or by "other": "her aides", "their supporters", "other leaders", "many more". */
const ACCOMPANYING = /^(?:(?:his|her|their|its|our)\s|(?:other|others|many\s+more)\b)/iu;

/** A phrase that opens on a determiner, a possessive or a number: it can name someone of its own. */
const DETERMINED = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|one|another|each|every|some|any|no|\d[\d,.]*|\p{Lu}[\p{L}.]*['’]s)\s/iu;

function emptyMention(text: string): MentionInfo {
  return {
    form: 'phrase',
    text,
    name: null,
    description: null,
    head: null,
    side: null,
    definite: true,
    plural: false,
    pronoun: null,
    author: null,
    organisation: false,
    partners: [],
  };
}

/** The trailing run of capitalised words: "U.S. State Department spokesman Ned Price" → "Ned Price". */
function trailingName(text: string): { name: string; before: string } | null {
  const words = text.split(/\s+/).filter(Boolean);
  let start = words.length;
  while (start > 0) {
    // A comma ends a name: "the UN, Linda Thomas-Greenfield" is two phrases.
    if (start < words.length && /[,;:]$/.test(words[start - 1]!)) break;
    const word = words[start - 1]!.replace(/[,;:]$/, '');
    const bare = word.replace(/['’]s$/, '').replace(/\.$/, '');
    // "Ossie King", "Rina Prince": a title that is also a surname, last and after a given name.
    const initialled = /^\p{Lu}\.$/u.test(words[start - 2] ?? '') && isGivenName(words[start - 3]);
    const surname = start === words.length && TITLE_SURNAMES.has(bare.toLowerCase()) && (isGivenName(words[start - 2]) || initialled);
    if (!NAME_TOKEN.test(word) || (NOT_NAME_WORDS.has(bare.toLowerCase()) && !surname)) break;
    if (start < words.length && /['’]s$/.test(word)) break;
    // "… of the Republic of Uzbekistan Dzhamshid Tursunov": the country a title ends with is not the name.
    if (start < words.length && sideOf(bare) && words[start - 2]?.toLowerCase() === 'of') break;
    start--;
  }
  start = organisationStart(words, start);
  while (start < words.length && PARTICLES.has(words[start]!.toLowerCase())) start++;
  if (start >= words.length) return null;
  const nameWords = words.slice(start);
  const name = nameWords.join(' ').replace(/[,;:]$/, '');
  // "U.S.", "U.N.": a dotted initialism is a place, which the lists know; an acronym ("IAEA", "RTS") is a body.
  if (/^(?:\p{Lu}\.)+$/u.test(name)) return null;
  return { name, before: words.slice(0, start).join(' ') };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/**
 * "Sylvania's Foreign Ministry", "Kazakhstan's envoy": a capitalised possessor of a state's organ or
 * office names a side; "Saturday's rally" and "Ruiz's campaign" name none.
 */
const POSSESSOR = new RegExp(String.raw`^(?:[Tt]he\s+)?(?!(?:${WEEKDAY_OR_MONTH})\b)(\p{Lu}[\p{L}-]+)['’]s?\s+(.+)$`, 'u');
const ORGAN_OF_STATE =
  /^(?:\p{L}+\s+){0,2}(?:foreign|defen[cs]e|interior|ministry|minister|government|embassy|ambassador|envoy|president|prime|parliament|army|military|armed|navy|delegation|mission|cabinet|king|queen|emir|chancellor|top diplomat|chief diplomat)\b/iu;

/** The possessor named as a side, if what it possesses is an organ or office of a state. */
function possessingState(text: string): string | null {
  const m = POSSESSOR.exec(text);
  return m && ORGAN_OF_STATE.test(m[2]!) ? m[1]! : null;
}

/** Words after a country's name that make it the country: "Georgia Senate", "Chad Republic". */
const STATE_BODIES = /^(?:Senate|Congress|Legislature|Republic|Navy|Police|State|Supreme|High|National|Federal|Central|Air|Coast)$/;

/** Titles that are also common surnames. */
const TITLE_SURNAMES = new Set(['king', 'prince', 'bishop', 'judge', 'major', 'marshal', 'duke', 'baron', 'knight']);
/** A capitalised word that can be a given name: not a title, not a nationality. */
const isGivenName = (word: string | undefined): boolean =>
  word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()) && sideOf(word) === null;

/**
 * "The International Atomic Energy Agency", "the World Health Organization": a body's
 * proper name may hold words that elsewhere describe an office ("Energy", "Health"), so
 * a run of capitalised words ending in a body's head reads as one name when it has a
 * word of its own besides — not when it is a country and an office ("Russian Foreign
 * Ministry", "US State Department"), which the office rules resolve.
 */
function organisationStart(words: readonly string[], start: number): number {
  if (start === 0 || !ORG_NAME_WORDS.test(words.at(-1)!)) return start;
  let extended = start;
  while (extended > 0) {
    const word = words[extended - 1]!;
    if (/[,;:]$/.test(word) || /['’]s$/.test(word) || !NAME_TOKEN.test(word) || DETERMINERS.has(word.toLowerCase())) break;
    extended--;
  }
  const own = words
    .slice(extended, -1)
    .filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase()) && !ORG_NAME_WORDS.test(w) && !sideOf(w) && !PARTICLES.has(w.toLowerCase()));
  return own.length > 0 ? extended : start;
}

/** "… Minister Jamshid Tursunov": a title ends in a full name. */
const ENDS_IN_FULL_NAME = new RegExp(String.raw`\s${NAME_WORD}\s+${NAME_WORD}$`, 'u');
/** "Minister of Water Resources and Irrigation": an "and" inside a portfolio. */
const PORTFOLIO_END = new RegExp(String.raw`\b(?:of|for)\s+(?:${CAPITALISED}\s+)*${CAPITALISED}$`, 'u');
const PORTFOLIO_START = new RegExp(String.raw`^${CAPITALISED}\s+(?:of|for)\s`, 'u');

/** Reads a short stretch of text that names one actor. The reading is shared: never change it. */
export const analyseMention: (raw: string) => MentionInfo | null = memoiseBounded(readMention, 100_000);

/**
 * A full name (a title before it, middle initials inside allowed), or a title and a surname ("Mr. Otten"),
 * then "of" and where or what it belongs to. "former Gov. Lena Marsh of Vermont", "engineer Tomas Brenner of
 * Lakeview": words in lower case may precede the name.
 */
const NAME_OF_PLACE = new RegExp(
  String.raw`^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}((?:(?:${TITLE_ABBREVIATIONS.join('|')})\.\s+)?(${NAME_WORD}(?:\s+(?:\p{Lu}\.|${NAME_WORD}))*\s+${NAME_WORD})|(?:${TITLE_ABBREVIATIONS.join('|')})\.\s+(${NAME_WORD}))(\s+of\s+\S.*)$`,
  'u',
);

/** A body's name built on "of" or "for": "the University of Lakeview" (not a ministry: the role path ties those to a side). */
const INSTITUTION = new RegExp(
  String.raw`^(?:the\s+)?((?:${CAPITALISED}\s+)*(?:University|College|Center|Centre|Institute|Foundation|Association|Federation|Union|League|Society|Bank|Academy|School|Coalition|Alliance|Organi[sz]ation|Network|Fund|Corporation|Church|Museum|Club|Conference|Chamber|Project|Forum|Trust|Party)` +
    String.raw`\s+(?:of|for|on)\s+(?:the\s+)?${CAPITALISED}(?:\s+(?:(?:and|of|for|on|the|&)\s+)?${CAPITALISED})*)$`,
  'u',
);

/** "Rep. Jane Doe (D-Ore.)": the party and state tell who she is, not what she is called. */
const PARTY = new RegExp(String.raw`\s*,?\s*${PARTY_TAG}`, 'gu');

function readMention(raw: string): MentionInfo | null {
  const text = stripTrailingNoise(raw.replace(LEADING_NOISE, '').replace(PARTY, '').trim())
    .replace(/[,;:]$/, '')
    .trim();
  if (text === '') return null;
  // "Sen. Mara Quist of Vermont", "Ivo Lenz of the farm committee": a full name keeps its own words.
  const ofPlace = NAME_OF_PLACE.exec(text);
  // Not a title ("US Secretary of State Ana Ruiz") nor a body ("Sylvania's Ministry of Water").
  // "Chancellor Ana Ruiz of Freedonia": a title may come first, as long as a full name ends it.
  const ofName = ofPlace?.[2] ?? ofPlace?.[3];
  const nameOnly =
    ofName &&
    ofName
      .split(/\s+/)
      .slice(-2)
      .every((w) => !NOT_NAME_WORDS.has(w.toLowerCase()) && !/['’]s$/.test(w) && !sideOf(w));
  if (nameOnly && !ORG_NAME_WORDS.test(ofName)) return readMention(text.slice(0, text.length - ofPlace![4]!.length));
  // "the University of Lakeview", "the Center for River Studies": a body's name holds its own "of".
  const institution = INSTITUTION.exec(text);
  if (institution) return { ...emptyMention(text), form: 'name', name: institution[1]!, organisation: true, side: sideOf(text) };
  const lower = text.toLowerCase();

  // "the United States’ letter", "Russia's security demands", "Freedonia's list (of demands)": a text stands for its author.
  const possessor =
    /^(.+?)(?:['’]s?)\s+(?:(?:\p{Ll}+\s+){0,2})(?:letter|response|responses|demands?|proposals?|reply|replies|note|documents?|offers?|requests?|list|questions|concerns|conditions|terms|plan|ultimatum)$/u.exec(
      text,
    );
  if (possessor) return analyseMention(possessor[1]!);
  // "a list of Russian demands": a nation's demands stand for the nation.
  const national =
    /^(?:(?:an?|the)\s+)?(?:(?:list|set|series|number)\s+of\s+)?(\p{L}+)\s+(?:\p{Ll}+\s+)?(?:demands|proposals|requests|recommendations|concerns)$/iu.exec(
      text,
    );
  const nation = national ? sideOf(national[1]!) : null;
  if (nation) return { ...emptyMention(text), form: 'name', name: nation, side: nation };

  // "While one firm says …, another says …": one of those just named, unnamed.
  if (lower === 'another') return { ...emptyMention(text), form: 'role', head: 'another', description: 'another', definite: false, common: true };
  const pronoun = PERSONAL_PRONOUNS[lower];
  if (pronoun) return { ...emptyMention(text), form: 'pronoun', pronoun, plural: pronoun === 'plural' };
  if (RELATIVE_PRONOUNS.has(lower)) return { ...emptyMention(text), form: 'relative' };

  // "The office of Armenia's prime minister said he would …": an office speaks for whoever holds it.
  const holder = /^(?:[Tt]he\s+)?office\s+of\s+(.+)$/u.exec(text);
  const holderMention = holder ? analyseMention(holder[1]!) : null;
  if (holderMention && (holderMention.form === 'name' || holderMention.form === 'role') && !holderMention.organisation) {
    return { ...emptyMention(text), form: 'role', head: 'office', author: holderMention, side: holderMention.side, organisation: true };
  }
  // "A readout from the Russian Foreign Ministry", "a statement by the embassy": the author speaks.
  const authored =
    /^(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(readout|statement|communique|letter|report|post|tweet|document|note|poll|survey|study|analysis|audit|review|inquiry)\s+(?:from|by|of|issued by|released by)\s+(.+?)(?:\s+to\s+.+|\s+(?:released|issued|published|conducted|taken)\b.*)?$/iu.exec(
      text,
    );
  if (authored) {
    const author = analyseMention(authored[2]!);
    return { ...emptyMention(text), form: 'role', head: authored[1]!.toLowerCase(), author, side: author?.side ?? null };
  }

  // Longer than a mention, unless a full official title ends in the name it belongs to.
  if (text.split(/\s+/).length > (ENDS_IN_FULL_NAME.test(text) ? 16 : 12)) return null;
  // Joint speakers ("Washington and NATO", "A senior official and a spokesman for …"): the first speaks.
  // "Current and former officials": two adjectives of one noun, no joint speakers.
  // "five past and current employees" too: a number before the first adjective.
  const sharedNoun = /^((?:\p{L}+\s+)?\p{L}+)\s+and\s+(\p{Ll}+(?:\s+\p{Ll}+)*)$/u.exec(text);
  const shared = sharedNoun && !ACCOMPANYING.test(sharedNoun[2]!) ? commonNounPhrase(`${sharedNoun[1]} ${sharedNoun[2]}`) : null;
  if (shared) return { ...emptyMention(text), ...shared, description: text, side: sideOf(text) };
  const joint = /^(?:both\s+)?(.+?)\s+and\s+((?:the|a|an|his|her|its|their)\s+.+|\p{Lu}.*)$/iu.exec(text);
  // "Minister of Water Resources and Irrigation …": an "and" inside a portfolio joins no one.
  const portfolioAnd = joint && PORTFOLIO_END.test(joint[1]!) && PORTFOLIO_START.test(joint[2]!);
  if (joint && !portfolioAnd && !/\b(?:of|for)\s*$/i.test(joint[1]!)) {
    const first = analyseMention(joint[1]!);
    const second = analyseMention(joint[2]!);
    // "Board members and officials", "water experts and local officials": two groups named by plural common nouns speak as one.
    if (first?.form === 'role' && second?.form === 'role' && first.plural && second.plural && !first.author && !second.author) {
      return { ...emptyMention(text), form: 'role', head: second.head, description: text, plural: true, common: true, side: first.side ?? second.side };
    }
    // "Farm economist and author Ivo Lenz": a singular title with no determiner names no one of its own; it describes the name after "and".
    // Only when a title in lower case opens the second part too ("author Ivo Lenz"): "Fire chief and Mayor Ana Ruiz" are two people.
    const titled = second?.form === 'name' && /^\p{Ll}/u.test(second.description ?? '');
    if (first?.form === 'role' && !first.plural && !first.author && titled && !DETERMINED.test(joint[1]!) && second.partners.length === 0) {
      return { ...second, text, description: [joint[1], 'and', second.description].filter(Boolean).join(' ') };
    }
    // "Brenner and others", "Ruiz and her attorneys", "She and her defenders", "Lenz and other leaders": the named speaker speaks; the group only accompanies.
    // Not "Ana Ruiz and her husband Tomas Brenner": a group, not a named person.
    const accompanies =
      (second?.common === true || (ACCOMPANYING.test(joint[2]!) && second?.form !== 'name')) && (first?.form === 'name' || first?.form === 'pronoun');
    const partners = second && !accompanies ? [second, ...second.partners] : [];
    if (first) return { ...first, side: first.side ?? sideOf(joint[2]!), partners };
  }
  const determined = /^(?:the|this|that|these|those|his|her|its|their|our|\p{Lu}[\p{L}.]*['’]s)\s/iu.test(text);
  const definite = determined || (!/^(?:an?|one|some|several|two|three|four|many)\s/i.test(text) && !/^\p{L}+s$/u.test(text.split(/\s+/).at(-1)!));
  const found = trailingName(text);
  // "Sylvania's Foreign Ministry": a capitalised possessor the lists do not know still names a side.
  const side = sideOf(text) ?? possessingState(text);
  const soleRoleWord = found && !found.name.includes(' ') && ROLE_PATTERN.test(found.name) && ROLE_PATTERN.exec(found.name)![0].length === found.name.length;
  // "the envoy for the Western Balkans": a name after a preposition is not who speaks.
  const complement = found && /\b(?:of|for|to|in|at|from|on|with|by)(?:\s+the)?$/i.test(found.before);
  if (found && found.name.length > 1 && !soleRoleWord && !complement) {
    // "The document came a day after Washington": a name opening a clause of its own is not described by what precedes.
    const opensClause = /\b(?:after|before|since|when|while|as|because|until|once|if|than|whereas)$/i.test(found.before);
    const before = opensClause ? '' : found.before.replace(/^(?:the|an?)(?:\s+|$)/i, '').trim();
    const organisation = ORG_NAME_WORDS.test(found.name) || (ORG_NAME_WORDS.test(text) && !before) || /^\p{Lu}{2,6}$/u.test(found.name);
    return {
      ...emptyMention(text),
      form: 'name',
      name: found.name,
      description: before === '' ? null : before,
      side,
      organisation,
      definite: true,
    };
  }
  // The role noun heads the phrase: only a qualifier ("for the US State Department") may follow it.
  const role = [...text.matchAll(new RegExp(ROLE_PATTERN.source, 'gi'))].find((m) => {
    const after = text.slice(m.index + m[0].length);
    return after.trim() === '' || /^\s+(?:for|of|from|at|in|to)\s+(?:the\s+)?\p{Lu}/u.test(after);
  });
  if (role) {
    const head = role[1]!.toLowerCase();
    if (DOCUMENT_HEADS.has(head)) return { ...emptyMention(text), form: 'role', head, side, definite };
    return {
      ...emptyMention(text),
      form: 'role',
      head,
      description: text.replace(/^(?:the|an?|one|his|her|their|its)\s+/i, ''),
      side,
      definite,
      // "experts": the lexicon lists the singular, the text may add its "s".
      plural: /s$/i.test(role[0]) && !/ss$/i.test(role[0]),
      organisation: ORGANISATION_HEADS.has(head),
    };
  }
  // "police", "the campaign", "many voters", "Ruiz supporters": a noun phrase of common nouns names a role too.
  const common = commonNounPhrase(text);
  // "a Foreign Ministry tweet", "a Harbour Gazette poll": the names before a source are its author.
  const publisher =
    common && !namesPeople(common.head!)
      ? /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:\p{Ll}+\s+)*?((?!(?:A|An|The)\s)(?:\p{Lu}[\p{L}/&.'’-]*\s+)+)\p{Ll}/u.exec(text)?.[1]?.trim()
      : undefined;
  // "Exit polls found", "Early returns show": an adjective capitalised only because it opens the sentence publishes nothing.
  const author = publisher && !OPENING_ADJECTIVES.has(publisher.toLowerCase()) ? analyseMention(publisher) : null;
  if (author) return { ...emptyMention(text), form: 'role', head: common!.head, author, side: author.side };
  if (common) return { ...emptyMention(text), ...common, side };
  // Anything else short may still be an actor the registry knows ("Moscow", "the West", "the alliance").
  if (text.split(/\s+/).length <= 5 && !/\b(?:is|are|was|were|has|have|had|will|would)\b/.test(text)) return { ...emptyMention(text), side };
  return null;
}

/** Words that make a phrase something other than a noun phrase: verbs, function words, adverbs. */
const NOT_IN_NOUN_PHRASE = new Set(
  (
    'is are was were be been being am has have had do does did will would can could should may might must shall not no ' +
    'that which who whom whose what when where why how if because as than then so also just only very too even still ' +
    'and or but nor yet in on at by for with from into onto upon about over under after before since until during ' +
    'through against between among without within this it he she they we you i me him her them us my your our there here ' +
    'said says say told tells asked one'
  ).split(' '),
);
/** "two-thirds", "three-fourths", "one-quarter": a share written as a fraction. */
const FRACTION = String.raw`(?:one|two|three|four)-(?:half|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths)`;
/** "a slim majority", "large majorities". */
const MAJORITY_SIZE = String.raw`(?:slim|clear|narrow|large|solid|bare|big|overwhelming)`;
/** How much of a group: "about half of", "six in 10", "72 percent of the", "many", "the". */
/** "Seventy-four", "twelve": a share written out, as a sentence must open with it. */
const SPELLED_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const QUANTIFIER = new RegExp(
  String.raw`^(?:(?:(?:about|nearly|almost|roughly|only|just|more than|less than|fewer than|at least|as many as|over|under|a full|fully|some)\s+)?` +
    String.raw`(?:\d[\d,.]*%?(?:\s+percent)?|${SPELLED_NUMBER}\s+percent|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten|five|four|three)|` +
    String.raw`half|a third|a quarter|a fifth|${FRACTION}|(?:a|the)\s+(?:${MAJORITY_SIZE}\s+)?(?:majority|plurality|minority)|(?:${MAJORITY_SIZE}\s+)?majorities|most|many|some|several|few|both|all|` +
    String.raw`dozens|hundreds|thousands|millions|a number|a group|a handful|one|two|three|four|five|six|seven|eight|nine|ten)` +
    String.raw`(?:\s+of(?:\s+(?:the|those|these|its|his|her|their))?)?|the|a|an|its|his|her|their|our|those|these|other)\s+`,
  'i',
);
/** A share alone, as a poll reports it ("21 percent", "26%", "six in 10", "a third", "a slim majority"), or "those surveyed". */
const SHARE_ALONE = new RegExp(
  String.raw`^(?:(?:about|nearly|almost|roughly|only|just|more than|less than|fewer than|at least|over|under|a full)\s+)?` +
    String.raw`(?:\d[\d,.]*(?:%|\s+percent)|${SPELLED_NUMBER}\s+percent|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten|five|four|three)|` +
    String.raw`half|a third|a quarter|a fifth|${FRACTION}|a\s+(?:${MAJORITY_SIZE}\s+)?(?:majority|plurality|minority)|(?:${MAJORITY_SIZE}\s+)?majorities)` +
    // "a majority in Ohio", "majorities in all five states": where those asked live.
    String.raw`(?:\s+(?:in|across)\s+[^,;]+)?$|` +
    String.raw`^(?:those|people)\s+(?:surveyed|polled|asked|questioned|interviewed)$`,
  'i',
);
/** Where a qualifier starts after the head noun: "staff for the committee", "people close to Ruiz". */
const QUALIFIER = /^(?:of|for|at|in|from|with|near|close|familiar|inside|within|across|around|outside|on)$/i;

/**
 * "police", "many voters", "85 percent of Democrats", "the historian", "a new poll": a short noun
 * phrase whose head is a lowercase noun for people or for a source of reports, as the subject of a
 * reporting verb, names the one who speaks. Other nouns ("the refusal", "promises", "smiles") are
 * more often a misread subject than a speaker.
 */
/** Words in -ing that are prepositions, not participles. */
const PREPOSITIONS_IN_ING = new Set([
  'including',
  'according',
  'regarding',
  'concerning',
  'following',
  'excluding',
  'considering',
  'barring',
  'pending',
  'involving',
]);

const DETERMINER_FIRST = /^(?:the|a|an|its|his|her|their)\s/i;

/** Sources named by a mass noun, with no determiner: "early ratings data suggests", "new research shows". */
const MASS_SOURCES = new Set(['data', 'research', 'evidence', 'polling', 'testimony']);

/** Adjectives in -ly, not adverbs: "early returns", "weekly polls", "elderly voters". */
const ADJECTIVES_IN_LY = new Set(['early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'elderly', 'likely', 'friendly', 'costly']);

/** Past participles not in -ed that qualify a noun as one in -ed does ("exit polls taken in May", "a survey done last week"). */
const IRREGULAR_PARTICIPLES = new Set([
  'taken',
  'given',
  'shown',
  'written',
  'seen',
  'held',
  'done',
  'made',
  'drawn',
  'known',
  'chosen',
  'sent',
  'paid',
  'led',
  'run',
  'brought',
  'built',
]);

function commonNounPhrase(phrase: string): Pick<MentionInfo, 'form' | 'head' | 'description' | 'definite' | 'plural' | 'common'> | null {
  // "responding to a tweet accusing …": the participle's subject is the object of the preposition.
  const text = phrase.replace(/^(?:to|of|for|from|by|with|about)\s+/i, '');
  // "21 percent said", "six in 10 say": a share with no group named is a share of those asked.
  if (SHARE_ALONE.test(text)) return { form: 'role', head: 'respondents', description: 'respondents', definite: false, plural: true, common: true };
  const quantifier = QUANTIFIER.exec(text)?.[0] ?? '';
  const words = text.slice(quantifier.length).split(/\s+/).filter(Boolean);
  // A sentence's first word is capitalised whatever it is: "Police said", "Members of the panel said".
  if (!quantifier && words.length > 0) words[0] = words[0]!.toLowerCase();
  // "members of the panel", "staff for the committee": the head comes before the qualifier.
  // "activists working to stop the pier", "the last man to run the harbour": a participle or "to" after a noun for people qualifies it.
  // So does a participle after a source ("a poll released Saturday", "a survey conducted last week").
  const verbal = (w: string, i: number) => {
    const noun = words[i - 1]!.toLowerCase();
    return (
      (/^(?:to|\p{Ll}+ing|\p{Ll}+ed)$/u.test(w) || IRREGULAR_PARTICIPLES.has(w)) &&
      !PREPOSITIONS_IN_ING.has(w) &&
      (namesPeople(noun) || (namesSource(noun) && w !== 'to'))
    );
  };
  const qualified = words.findIndex((w, i) => i > 0 && (QUALIFIER.test(w) || verbal(w, i)));
  const core = qualified > 0 ? words.slice(0, qualified) : words;
  // "85% of Democrats": after a share, a capitalised group of people is a common noun too.
  const last = core.at(-1) ?? '';
  const head = quantifier && /^\p{Lu}\p{Ll}+s$/u.test(last) && namesPeople(last.toLowerCase()) ? last.toLowerCase() : last;
  if (core.length === 0 || core.length > 5 || words.length > 16 || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(head)) return null;
  const notNominal = (w: string) =>
    NOT_IN_NOUN_PHRASE.has(w.toLowerCase()) || (/^\p{Ll}+(?:ly|ing|ed)$/u.test(w) && !ADJECTIVES_IN_LY.has(w)) || /[,;:]/.test(w);
  const qualifier = qualified > 0 ? words.slice(qualified + 1) : [];
  // "registered voters", "retired generals", "leading economists": a participle before a noun for people describes them.
  // Not "including labor unions", "according to three people": a preposition in -ing, or a participle before one.
  const clausal = qualified > 0 && verbal(words[qualified]!, qualified);
  // So does one in -ed before a source after a determiner: "a leaked memo", "the redacted copy" (not "placed newspaper ads").
  const describing = (w: string, i: number): boolean =>
    /^\p{Ll}+(?:ing|ed)$/u.test(w) &&
    !PREPOSITIONS_IN_ING.has(w) &&
    (namesPeople(head) || (namesSource(head) && w.endsWith('ed') && DETERMINER_FIRST.test(text))) &&
    (!notNominal(core[i + 1] ?? ',') || describing(core[i + 1]!, i + 1));
  // "a source close to him", "a source familiar with the talks": a pronoun may end the qualifier, "with" open it.
  if (
    core.some((w, i) => notNominal(w) && !describing(w, i)) ||
    (!clausal && qualifier.some((w) => notNominal(w) && !/^(?:the|a|an|to|of|and|in|on|for|with|about|by|him|her|them|us)$/i.test(w)))
  )
    return null;
  if (!namesPeople(head) && !namesSource(head)) return null;
  const definite = /^(?:the|its|his|her|their|our|these|those)\s/i.test(quantifier);
  const plural = COLLECTIVE_NOUNS.has(head) || (/s$/.test(head) && !/(?:ss|us|is)$/.test(head));
  // A singular noun with no determiner is no subject ("… a farmer, boatman and teacher who said"): a list of labels.
  // A name before it stands for a determiner: "a Foreign Ministry tweet", "Foreign Ministry tweet".
  if (!plural && !quantifier && !MASS_SOURCES.has(head) && !/^\p{Lu}\S*\s+\S/u.test(text)) return null;
  // What a participle or "to" adds says what the group does, not who it is.
  const description = clausal ? text.slice(quantifier.length).split(/\s+/).slice(0, qualified).join(' ') : text.slice(quantifier.length);
  return { form: 'role', head, description, definite, plural, common: true };
}
