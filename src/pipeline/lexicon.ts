// Word lists keep their hand packing (prettier-ignore on each): one word a line would make a 230-line file 800.
/**
 * The nouns and names the extractor reasons with, in one place: role nouns, pronouns,
 * nationalities, places (the verbs are in `verbs.ts`). General English and general world knowledge only — no
 * entry names an article's wording. Actors themselves live in `content/actors.yaml`.
 */
/** Nouns that name a person or body by its role; a mention with one of them can be resolved to an earlier name. */
// prettier-ignore
export const ROLE_HEADS = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'diplomat', 'diplomats',
  'president', 'prime minister', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'representative',
  'negotiator', 'adviser', 'advisor', 'aide', 'leader', 'leaders', 'source', 'sources', 'counterpart', 'colleague', 'chief', 'head',
  'embassy', 'ministry', 'department', 'office', 'government', 'administration', 'agency', 'kremlin', 'press office',
  'press service', 'mission', 'delegation', 'commission', 'council', 'army', 'military', 'general', 'commander',
  'king', 'queen', 'emir', 'sheikh', 'mayor', 'governor', 'senator', 'lawmaker', 'lawmakers', 'analyst', 'expert',
  'statement', 'readout', 'communique', 'document', 'letter', 'reply', 'response', 'note', 'follow-up', 'service',
  'diplomatic service', 'bloc', 'team', 'body',
] as const;

/** Bodies, as opposed to people: a pronoun "it" refers to one of these. */
// prettier-ignore
export const ORGANISATION_HEADS = new Set([
  'embassy', 'ministry', 'department', 'office', 'government', 'administration', 'agency', 'kremlin', 'press office',
  'press service', 'mission', 'delegation', 'commission', 'council', 'army', 'military', 'service', 'diplomatic service',
  'bloc', 'team', 'body',
]);

/** Nouns for documents that "say" things on behalf of their author. */
// prettier-ignore
export const DOCUMENT_HEADS = new Set([
  'statement', 'readout', 'communique', 'document', 'letter', 'report', 'post', 'tweet', 'reply', 'response', 'note', 'follow-up',
]);

/** Office synonyms: how copy names an office, to match a registry role such as "Foreign Minister of Russia". */
// prettier-ignore
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

// prettier-ignore
export const PERSONAL_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'thing'>> = {
  he: 'male', she: 'female', they: 'plural', it: 'thing', we: 'plural', him: 'male', her: 'female', them: 'plural',
};

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/** Nationality adjectives, mapped to the country they speak for. General knowledge: extend freely. */
// prettier-ignore
export const NATIONALITIES: Readonly<Record<string, string>> = {
  russian: 'Russia', american: 'United States', ukrainian: 'Ukraine', french: 'France', german: 'Germany',
  british: 'United Kingdom', chinese: 'China', japanese: 'Japan', indian: 'India', pakistani: 'Pakistan',
  iranian: 'Iran', israeli: 'Israel', turkish: 'Turkey', polish: 'Poland', belarusian: 'Belarus', serbian: 'Serbia',
  kosovar: 'Kosovo', armenian: 'Armenia', azerbaijani: 'Azerbaijan', georgian: 'Georgia', italian: 'Italy',
  spanish: 'Spain', korean: 'South Korea', 'south korean': 'South Korea', 'north korean': 'North Korea',
  filipino: 'Philippines', philippine: 'Philippines', vietnamese: 'Vietnam', taiwanese: 'Taiwan',
  hungarian: 'Hungary', swedish: 'Sweden', finnish: 'Finland', canadian: 'Canada', saudi: 'Saudi Arabia',
  qatari: 'Qatar', egyptian: 'Egypt', syrian: 'Syria', lebanese: 'Lebanon', iraqi: 'Iraq', venezuelan: 'Venezuela',
  cuban: 'Cuba', mexican: 'Mexico', brazilian: 'Brazil', 'nato-led': 'NATO', european: 'European Union',
  chilean: 'Chile', argentine: 'Argentina', argentinian: 'Argentina', bolivian: 'Bolivia', peruvian: 'Peru',
  colombian: 'Colombia', 'south african': 'South Africa', nigerian: 'Nigeria', kenyan: 'Kenya',
  ethiopian: 'Ethiopia', emirati: 'United Arab Emirates', jordanian: 'Jordan', afghan: 'Afghanistan',
  australian: 'Australia', indonesian: 'Indonesia', dutch: 'Netherlands', belgian: 'Belgium', austrian: 'Austria',
  swiss: 'Switzerland', norwegian: 'Norway', danish: 'Denmark', greek: 'Greece', romanian: 'Romania',
  moldovan: 'Moldova', lithuanian: 'Lithuania', latvian: 'Latvia', estonian: 'Estonia', slovak: 'Slovakia',
  czech: 'Czech Republic', bulgarian: 'Bulgaria', croatian: 'Croatia', bosnian: 'Bosnia and Herzegovina',
  montenegrin: 'Montenegro', albanian: 'Albania', macedonian: 'North Macedonia', cypriot: 'Cyprus', libyan: 'Libya',
  tunisian: 'Tunisia', algerian: 'Algeria', moroccan: 'Morocco', sudanese: 'Sudan', yemeni: 'Yemen', omani: 'Oman',
  kuwaiti: 'Kuwait', bahraini: 'Bahrain', palestinian: 'Palestine', bangladeshi: 'Bangladesh',
  'sri lankan': 'Sri Lanka', nepali: 'Nepal', mongolian: 'Mongolia', kazakh: 'Kazakhstan', uzbek: 'Uzbekistan',
  thai: 'Thailand', malaysian: 'Malaysia', singaporean: 'Singapore', irish: 'Ireland', portuguese: 'Portugal',
  slovenian: 'Slovenia', icelandic: 'Iceland',
};

/**
 * Countries, blocs and capitals, mapped to the country they stand for: "Moscow said"
 * is Russia speaking. General knowledge, not editorial data: extend freely.
 */
// prettier-ignore
export const PLACES: Readonly<Record<string, string>> = {
  russia: 'Russia', kremlin: 'Russia', moscow: 'Russia', 'u.s.': 'United States', us: 'United States',
  'united states': 'United States', washington: 'United States', ukraine: 'Ukraine', kyiv: 'Ukraine',
  kiev: 'Ukraine', france: 'France', paris: 'France', elysee: 'France', 'élysée': 'France', germany: 'Germany',
  berlin: 'Germany', uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom',
  london: 'United Kingdom', china: 'China', beijing: 'China', japan: 'Japan', tokyo: 'Japan', india: 'India',
  'new delhi': 'India', pakistan: 'Pakistan', islamabad: 'Pakistan', iran: 'Iran', tehran: 'Iran', israel: 'Israel',
  turkey: 'Turkey', 'türkiye': 'Turkey', ankara: 'Turkey', poland: 'Poland', warsaw: 'Poland', belarus: 'Belarus',
  minsk: 'Belarus', serbia: 'Serbia', belgrade: 'Serbia', kosovo: 'Kosovo', pristina: 'Kosovo', armenia: 'Armenia',
  yerevan: 'Armenia', azerbaijan: 'Azerbaijan', baku: 'Azerbaijan', georgia: 'Georgia', tbilisi: 'Georgia',
  italy: 'Italy', rome: 'Italy', spain: 'Spain', madrid: 'Spain', seoul: 'South Korea', pyongyang: 'North Korea',
  philippines: 'Philippines', manila: 'Philippines', vietnam: 'Vietnam', hanoi: 'Vietnam', taiwan: 'Taiwan',
  taipei: 'Taiwan', hungary: 'Hungary', budapest: 'Hungary', sweden: 'Sweden', finland: 'Finland', canada: 'Canada',
  ottawa: 'Canada', qatar: 'Qatar', egypt: 'Egypt', cairo: 'Egypt', syria: 'Syria', iraq: 'Iraq', nato: 'NATO',
  eu: 'European Union', 'european union': 'European Union', brussels: 'European Union', un: 'United Nations',
  'u.n.': 'United Nations',
  chile: 'Chile', santiago: 'Chile', argentina: 'Argentina', 'buenos aires': 'Argentina', bolivia: 'Bolivia',
  'la paz': 'Bolivia', peru: 'Peru', lima: 'Peru', colombia: 'Colombia', bogota: 'Colombia',
  'south africa': 'South Africa', pretoria: 'South Africa', nigeria: 'Nigeria', abuja: 'Nigeria', kenya: 'Kenya',
  nairobi: 'Kenya', ethiopia: 'Ethiopia', 'addis ababa': 'Ethiopia', 'saudi arabia': 'Saudi Arabia',
  riyadh: 'Saudi Arabia', 'united arab emirates': 'United Arab Emirates', uae: 'United Arab Emirates',
  'abu dhabi': 'United Arab Emirates', jordan: 'Jordan', amman: 'Jordan', afghanistan: 'Afghanistan',
  kabul: 'Afghanistan', australia: 'Australia', canberra: 'Australia', indonesia: 'Indonesia', jakarta: 'Indonesia',
  netherlands: 'Netherlands', belgium: 'Belgium', austria: 'Austria', switzerland: 'Switzerland',
  bern: 'Switzerland', norway: 'Norway', oslo: 'Norway', denmark: 'Denmark', copenhagen: 'Denmark', greece: 'Greece',
  athens: 'Greece', romania: 'Romania', bucharest: 'Romania', moldova: 'Moldova', chisinau: 'Moldova',
  lithuania: 'Lithuania', vilnius: 'Lithuania', latvia: 'Latvia', riga: 'Latvia', estonia: 'Estonia',
  tallinn: 'Estonia', slovakia: 'Slovakia', bratislava: 'Slovakia', 'czech republic': 'Czech Republic',
  prague: 'Czech Republic', bulgaria: 'Bulgaria', sofia: 'Bulgaria', croatia: 'Croatia', zagreb: 'Croatia',
  sarajevo: 'Bosnia and Herzegovina', montenegro: 'Montenegro', podgorica: 'Montenegro', albania: 'Albania',
  tirana: 'Albania', 'north macedonia': 'North Macedonia', skopje: 'North Macedonia', cyprus: 'Cyprus',
  nicosia: 'Cyprus', libya: 'Libya', tripoli: 'Libya', tunisia: 'Tunisia', tunis: 'Tunisia', algeria: 'Algeria',
  algiers: 'Algeria', morocco: 'Morocco', rabat: 'Morocco', sudan: 'Sudan', khartoum: 'Sudan', yemen: 'Yemen',
  oman: 'Oman', muscat: 'Oman', kuwait: 'Kuwait', bahrain: 'Bahrain', beirut: 'Lebanon', lebanon: 'Lebanon',
  damascus: 'Syria', baghdad: 'Iraq', saudi: 'Saudi Arabia', 'north korea': 'North Korea',
  'south korea': 'South Korea', bangladesh: 'Bangladesh', dhaka: 'Bangladesh', mongolia: 'Mongolia',
  kazakhstan: 'Kazakhstan', astana: 'Kazakhstan', thailand: 'Thailand', bangkok: 'Thailand', malaysia: 'Malaysia',
  singapore: 'Singapore', ireland: 'Ireland', dublin: 'Ireland', portugal: 'Portugal', lisbon: 'Portugal',
  mexico: 'Mexico', 'mexico city': 'Mexico', brazil: 'Brazil', brasilia: 'Brazil', venezuela: 'Venezuela',
  caracas: 'Venezuela', cuba: 'Cuba', havana: 'Cuba', palestine: 'Palestine',
  // Further states and capitals, so a title ending in one ("… of the Republic of Uzbekistan") reads as a place.
  uzbekistan: 'Uzbekistan', tashkent: 'Uzbekistan', kyrgyzstan: 'Kyrgyzstan', bishkek: 'Kyrgyzstan',
  tajikistan: 'Tajikistan', dushanbe: 'Tajikistan', turkmenistan: 'Turkmenistan', ashgabat: 'Turkmenistan',
  myanmar: 'Myanmar', naypyidaw: 'Myanmar', cambodia: 'Cambodia', 'phnom penh': 'Cambodia', laos: 'Laos',
  vientiane: 'Laos', 'sri lanka': 'Sri Lanka', colombo: 'Sri Lanka', nepal: 'Nepal', kathmandu: 'Nepal',
  'new zealand': 'New Zealand', wellington: 'New Zealand', ecuador: 'Ecuador', quito: 'Ecuador',
  paraguay: 'Paraguay', asuncion: 'Paraguay', uruguay: 'Uruguay', montevideo: 'Uruguay', panama: 'Panama',
  guatemala: 'Guatemala', honduras: 'Honduras', nicaragua: 'Nicaragua', managua: 'Nicaragua',
  'el salvador': 'El Salvador', 'costa rica': 'Costa Rica', haiti: 'Haiti', ghana: 'Ghana', accra: 'Ghana',
  senegal: 'Senegal', dakar: 'Senegal', mali: 'Mali', bamako: 'Mali', niger: 'Niger', niamey: 'Niger', chad: 'Chad',
  cameroon: 'Cameroon', kinshasa: 'Democratic Republic of the Congo', angola: 'Angola', luanda: 'Angola',
  mozambique: 'Mozambique', zimbabwe: 'Zimbabwe', harare: 'Zimbabwe', zambia: 'Zambia', tanzania: 'Tanzania',
  uganda: 'Uganda', kampala: 'Uganda', rwanda: 'Rwanda', kigali: 'Rwanda', somalia: 'Somalia', mogadishu: 'Somalia',
  eritrea: 'Eritrea', djibouti: 'Djibouti', 'south sudan': 'South Sudan', iceland: 'Iceland', reykjavik: 'Iceland',
  luxembourg: 'Luxembourg', malta: 'Malta', slovenia: 'Slovenia', ljubljana: 'Slovenia',
  bosnia: 'Bosnia and Herzegovina', stockholm: 'Sweden', helsinki: 'Finland', vienna: 'Austria',
  'the hague': 'Netherlands', amsterdam: 'Netherlands',
};

/** Every word that ties a phrase to a side. */
export const DEMONYMS: Readonly<Record<string, string>> = { ...NATIONALITIES, ...PLACES };

/** Words a capitalised name never starts with, though they are capitalised at a sentence start. */
// prettier-ignore
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'and', 'but', 'or', 'as', 'after', 'before', 'while',
  'however', 'meanwhile', 'earlier', 'later', 'also', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'his', 'her', 'their', 'its', 'our', 'according', 'both', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'secretary', 'minister', 'president', 'foreign', 'deputy', 'prime', 'general',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'chancellor', 'press', 'state', 'defense', 'defence',
  'senior', 'chief', 'head', 'envoy', 'vice', 'special', 'permanent', 'representative', 'national', 'security',
  'adviser', 'advisor', 'pentagon', 'department', 'ministry', 'office', 'top', 'former', 'acting', 'interior',
  'economy', 'finance', 'trade', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'adm', 'king',
  'queen', 'emir', 'crown', 'prince', 'reporter', 'correspondent', 'leader', 'commander', 'director', 'undersecretary',
  'assistant', 'executive', 'high', 'commissioner', 'council', 'spokesperson', 'speaker', 'mayor', 'governor',
  'commodore', 'admiral', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'marshal', 'brigadier', 'senator',
  'congressman', 'congresswoman', 'judge', 'justice', 'bishop', 'pope', 'rabbi', 'imam', 'princess', 'chairman',
  'chairwoman', 'chair', 'mp', 'professor', 'prof', 'ambassador-at-large', 'agriculture', 'energy', 'justice',
  'health', 'education', 'culture', 'industry', 'commerce', 'transport', 'environment', 'labour', 'labor',
  // Portfolios in full titles: "Minister of Water Resources Jamshid Tursunov", "… of Foreign Affairs …".
  'resources', 'affairs', 'water', 'irrigation', 'fisheries', 'development', 'emergency', 'emergencies', 'situations',
  'relations', 'communications', 'infrastructure', 'republic',
]);

/**
 * Words that open a sentence capitalised and are never a name there: function words and
 * sentence adverbs ("Despite", "Meanwhile", "Asked"). A sentence opening on any other one
 * capitalised word ("Abdikarimov came out to the press") opens on a name.
 */
// prettier-ignore
export const SENTENCE_OPENERS = new Set(
  (
    'about above across after against along although among and another any around as at because before behind below ' +
    'beneath beside besides between beyond both but by despite during each either even every except few for from here ' +
    'how however if in inside instead into it its like many meanwhile more moreover most much near neither never ' +
    'nevertheless next no none nonetheless nor not now of off often on once only or other otherwise our outside over ' +
    'perhaps rather several since so some soon still such than that the their then there therefore these they this ' +
    'those though through throughout thus till to today together tomorrow tonight too toward towards under unless unlike ' +
    'until up upon we what whatever when whenever where whereas whether which while who whom whose why with within ' +
    'without yesterday yet you your he she his her i my me also already again always finally first second third last ' +
    'later earlier indeed maybe overall afterward afterwards hence asked speaking according'
  ).split(' '),
);

/** Adjectives that open a noun phrase for a source, capitalised when they open the sentence: "Exit polls", "Early returns", "New research". */
// prettier-ignore
export const OPENING_ADJECTIVES = new Set(
  ('exit early new recent latest internal private public national local previous independent official preliminary separate ' +
    'final annual online federal global original further similar additional many most some several few all both other').split(' '),
);

/** Nouns for people or bodies that the endings in `PERSON_ENDING` miss, singular and plural. */
// prettier-ignore
const PEOPLE_NOUNS = new Set(
  ('others official officials aide aides ally allies source sources critic critics expert experts delegate delegates ' +
    'candidate candidates authorities troops rebel rebels family families group groups union unions party parties ' +
    'campaign campaigns agency agencies company companies firm firms spokesman spokesmen spokeswoman spokeswomen ' +
    'spokespeople man men woman women youth youths veteran veterans colleague colleagues friend friends relative relatives ' +
    'neighbour neighbours neighbor neighbors diplomat diplomats lawmaker lawmakers republicans democrats conservative ' +
    'conservatives liberal liberals moderate moderates progressive progressives evangelical evangelicals local locals ' +
    'native natives refugee refugees migrant migrants immigrant immigrants chief head judge judges nurse nurses attorney ' +
    'attorneys scholar scholars executive executives guard guards chair chairman chairwoman priest bishop rabbi imam coach ' +
    'fan fans mother father wife husband son daughter brother sister child children kid kids girl girls boy boys person ' +
    'couple community committee committees panel board jury court team teams pundit pundits clerk clerks staffer staffers ' +
    'actress actresses waitress waitresses hostess heiress princess duchess empress stewardess witness witnesses ' +
    'partisan partisans citizen citizens victim victims widow widows guest guests mom moms dad dads magnate magnates ' +
    'tycoon tycoons mogul moguls billionaire billionaires millionaire millionaires adult adults teen teens elite elites ' +
    'admiral admirals colonel colonels captain captains marshal marshals commodore pope prince princes cardinal cardinals ' +
    'detective detectives deputy deputies host hosts advocate advocates').split(' '),
);
/** Nouns for a body of people that take a plural verb without ending in -s ("police say"). */
// prettier-ignore
export const COLLECTIVE_NOUNS = new Set(['police', 'people', 'staff', 'clergy', 'crowd', 'public', 'media', 'press', 'audience', 'electorate', 'military', 'personnel', 'folks']);
/** Endings of nouns for people: "voter", "activists", "residents", "physician", "survivors", "trustees", "businessman" (not "-ment": "parliament"). */
const PERSON_ENDING = /(?:er|ist|ian|[^m]ent|ant|or|ee)s?$|(?:man|woman|men|women|person|people)$/;
/** Nouns with those endings that name things, not people. */
// prettier-ignore
const THINGS = new Set(
  ('number paper document comment statement event element payment amount percent talent moment component content argument ' +
    'agreement color colour error factor sector door floor order letter matter center centre power water border corner answer ' +
    'summer winter other never however ever together rather whether either neither after under over later meanwhile ' +
    'instance distance silence evidence sentence president mayor former latter').split(' '),
);
/** Sources that report on behalf of no named person: "a new poll", "the memo", "exit polls". */
// prettier-ignore
const SOURCE_NOUNS = new Set(
  ('poll survey study report newspaper paper memo cable investigation analysis analyses audit review website article editorial ' +
    'filing complaint lawsuit indictment ruling data figures results findings estimates records statement letter document ' +
    'readout post tweet note email message ad advertisement video book transcript testimony release story column blog ' +
    'broadcast inquiry probe census assessment affidavit deposition petition missive memorandum dossier copy draft evidence').split(' '),
);

/** Whether a lowercase noun names a person or a body of people. */
export function namesPeople(noun: string): boolean {
  const singular = noun.replace(/s$/, '');
  return PEOPLE_NOUNS.has(noun) || COLLECTIVE_NOUNS.has(noun) || (PERSON_ENDING.test(noun) && !THINGS.has(noun) && !THINGS.has(singular));
}

/** Bodies that speak through a spokesperson or a statement: "the airline said", "the hospital confirmed". */
// prettier-ignore
const BODY_NOUNS = new Set(
  ('airline carrier bank network channel station hospital university college school court museum church club league ' +
    'firm company corporation business startup utility charity foundation institute think-tank nonprofit ' +
    'organization organisation association federation coalition alliance movement party board council county city ' +
    'town village district police-department sheriff prosecutors regulator watchdog tribunal').split(' '),
);

/** Whether a lowercase noun names something that reports: a poll, a memo, a newspaper, an agency, an airline. */
export function namesSource(noun: string): boolean {
  const singular = noun.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  return [noun, singular].some((n) => SOURCE_NOUNS.has(n) || BODY_NOUNS.has(n) || DOCUMENT_HEADS.has(n) || ORGANISATION_HEADS.has(n));
}

/**
 * The states of the United States and their newspaper abbreviations: "a nurse from Dayton, Ohio,"
 * and "Speaking in Boise, Idaho," go on naming a place, never who speaks.
 */
// prettier-ignore
export const US_STATES = new Set(
  (
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|' +
    'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|' +
    'Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|' +
    'Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|' +
    'Wyoming|D.C.|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|' +
    'Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.'
  ).split('|'),
);
