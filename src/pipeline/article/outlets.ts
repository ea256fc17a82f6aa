/**
 * Known news outlets, as data.
 *
 * This is the ONLY place where an outlet's own wording may be recognised. Every
 * other rule in the article parser is general; when a site adds a promotional line
 * of its own, add a pattern here rather than a special case in the code.
 *
 * - `aliases` are other spellings that name the same outlet in datelines, headline
 *   suffixes, bylines and copyright lines. Short all-capital aliases (e.g. "EP")
 *   are matched case-sensitively, so that ordinary words are not taken for them.
 * - `domains` are matched against URL hosts and `www.` mentions (subdomains too).
 * - `boilerplate` patterns are tested against one whole, trimmed, space-normalised
 *   line; a match removes the line as promotion and names the outlet as publisher.
 */
export interface KnownOutlet {
  /** Canonical display name. */
  name: string;
  aliases: string[];
  domains: string[];
  boilerplate: RegExp[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  {
    name: 'The Moscow Times',
    aliases: ['Moscow Times', 'MT'],
    domains: ['themoscowtimes.com'],
    boilerplate: [/^Support The Moscow Times!?$/i, /^The Moscow Times(?:['’]s?)? (?:team of journalists|needs your help)\b.*$/i],
  },
  {
    name: 'Europa Press',
    aliases: ['EP'],
    domains: ['europapress.es'],
    boilerplate: [],
  },
  {
    name: 'The Asia Business Daily',
    aliases: ['Asia Business Daily', 'Asia Economy', 'Asiae'],
    domains: ['asiae.co.kr'],
    boilerplate: [],
  },
  {
    name: 'The Washington Post',
    aliases: ['Washington Post', 'WaPo'],
    domains: ['washingtonpost.com'],
    boilerplate: [],
  },
  {
    name: 'The New York Times',
    aliases: ['New York Times', 'NYT'],
    domains: ['nytimes.com'],
    boilerplate: [],
  },
  {
    name: 'The Wall Street Journal',
    aliases: ['Wall Street Journal', 'WSJ'],
    domains: ['wsj.com'],
    boilerplate: [],
  },
  {
    name: 'The Guardian',
    aliases: ['Guardian'],
    domains: ['theguardian.com'],
    boilerplate: [],
  },
  {
    name: 'Reuters',
    aliases: ['Thomson Reuters'],
    domains: ['reuters.com'],
    boilerplate: [],
  },
  {
    name: 'Associated Press',
    aliases: ['The Associated Press', 'AP'],
    domains: ['apnews.com'],
    boilerplate: [],
  },
  {
    name: 'Agence France-Presse',
    aliases: ['AFP', 'Agence France Presse'],
    domains: ['afp.com'],
    boilerplate: [],
  },
  {
    name: 'TASS',
    aliases: ['TASS News Agency'],
    domains: ['tass.ru', 'tass.com'],
    boilerplate: [],
  },
  {
    name: 'Sputnik',
    aliases: ['Sputnik News'],
    domains: ['sputniknews.com'],
    boilerplate: [],
  },
  {
    name: 'RIA Novosti',
    aliases: ['RIA'],
    domains: ['ria.ru'],
    boilerplate: [],
  },
  {
    name: 'Interfax',
    aliases: [],
    domains: ['interfax.ru', 'interfax.com'],
    boilerplate: [],
  },
  {
    name: 'CNN',
    aliases: [],
    domains: ['cnn.com'],
    boilerplate: [],
  },
  {
    name: 'BBC',
    aliases: ['BBC News'],
    domains: ['bbc.com', 'bbc.co.uk'],
    boilerplate: [],
  },
  {
    name: 'Al Jazeera',
    aliases: [],
    domains: ['aljazeera.com'],
    boilerplate: [],
  },
  {
    name: 'El País',
    aliases: ['El Pais'],
    domains: ['elpais.com'],
    boilerplate: [],
  },
  {
    name: 'EFE',
    aliases: ['Agencia EFE'],
    domains: ['efe.com'],
    boilerplate: [],
  },
  {
    name: 'Deutsche Welle',
    aliases: ['DW'],
    domains: ['dw.com'],
    boilerplate: [],
  },
  {
    name: 'Politico',
    aliases: [],
    domains: ['politico.com', 'politico.eu'],
    boilerplate: [],
  },
  {
    name: 'Bloomberg',
    aliases: [],
    domains: ['bloomberg.com'],
    boilerplate: [],
  },
  {
    name: 'Financial Times',
    aliases: ['FT'],
    domains: ['ft.com'],
    boilerplate: [],
  },
  {
    name: 'Xinhua',
    aliases: ['Xinhua News Agency'],
    domains: ['xinhuanet.com', 'news.cn'],
    boilerplate: [],
  },
  {
    name: 'Yonhap',
    aliases: ['Yonhap News Agency'],
    domains: ['yna.co.kr'],
    boilerplate: [],
  },
  {
    name: 'The Kyiv Independent',
    aliases: ['Kyiv Independent'],
    domains: ['kyivindependent.com'],
    boilerplate: [],
  },
];
