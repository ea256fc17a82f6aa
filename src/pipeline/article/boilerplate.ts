/**
 * Recognising lines and paragraphs that are not the article's body.
 *
 * Every rule here is general (how promotions, captions, credits, copyright lines,
 * bylines... are written anywhere); an outlet's own wording lives in `outlets.ts`.
 * Rules look at a WHOLE line or paragraph, never at a fragment inside a sentence,
 * and are kept narrow: a body line wrongly kept costs little, a quote wrongly
 * removed loses data. Whatever is recognised is returned with a reason so the
 * caller can record it.
 */
import type { RemovedLine } from '../types.ts';
import { findOutletByBoilerplate, findOutletByDomain, findOutletByName } from './outlet-lookup.ts';

export type RemovalReason = RemovedLine['reason'];

export interface BoilerplateVerdict {
  reason: RemovalReason;
  /** The outlet that published the article, when the line proves it (promotion, copyright). */
  publisher?: string;
  /** An outlet the line merely suggests (a byline's "…, Associated Press"). */
  outletHint?: string;
  link?: string;
  byline?: string;
}

/** Lines longer than this are prose, whatever they start with. */
const SHORT = 160;

const LINK_RE = /^<?((?:https?:\/\/|www\.)[^\s<>]+?)>?$/i;

const PROMOTION_RES: RegExp[] = [
  /^support (?:us|our (?:work|journalism|newsroom|reporting)|independent (?:journalism|media|news))\b/i,
  /^subscribe\b/i,
  /^sign up (?:for|to|here|now|today)\b/i,
  /^(?:donate|become a (?:member|subscriber|supporter|patron))\b/i,
  /^follow (?:us|@\w+)\b/i,
  /^follow\b.{0,60}\bon (?:twitter|x|facebook|telegram|instagram|youtube|google news)\b/i,
  /^(?:download|get) (?:our|the) (?:\w+ )?app\b/i,
  /^(?:join|get|receive) (?:our|the) (?:\w+ ){0,2}newsletter\b/i,
  /^click here\b/i,
];

const RELATED_RES: RegExp[] = [
  /^(?:related(?: articles?| stories| story| coverage| content| news| reading| links?)?|read (?:more|also|next)|see also|also read|more on this(?: story| topic)?|further reading|recommended(?: reading| for you)?|you (?:may|might) also like|more from [\p{L} ]{1,40})\s*[:|–—-]\s*\S.*$/iu,
  /^(?:related(?: articles?| stories| coverage)?|read more|read also|see also|more on this story|recommended)\s*:?$/i,
];

const GENERIC_BOILERPLATE_RE =
  /^(?:advertisement|advertising|sponsored(?: content)?|share(?: this (?:article|story))?|share on \w+|print|e-?mail|comments?|listen to (?:this )?(?:article|story)|click to enlarge|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|copy link|tweet|loading\W*|page \d+ of \d+)$/i;

const AGENCIES =
  '(?:AP|AFP|EPA|Reuters|Getty Images|TASS|Sputnik|Xinhua|RIA Novosti|Shutterstock|Pool|ZUMA Press|Anadolu Agency|Bloomberg|NurPhoto|SOPA Images)';

const CREDIT_LINE_RES: RegExp[] = [
  /^(?:(?:top|header|main|cover|featured) image|photo(?:graph)?s?|images?|pictures?|pictured|foto|illustration|graphic|video|credits?|photo credit|image credit)\s*(?:by|credit|courtesy(?: of)?)?\s*[:：|–—]\s*\S.{0,120}$/iu,
  /^(?:photo|image|picture)s?\s+(?:by|courtesy(?: of)?|credit)\s+\S.{0,100}$/iu,
  new RegExp(`^\\(?${AGENCIES}(?: Photo)?\\s*\\/\\s*[^()]{1,80}\\)?$`, 'iu'),
  /^\([^()]*\b(?:photo|image|getty images|pool|handout)\b[^()]*\)$/iu,
  new RegExp(`^\\p{Lu}[\\p{L}.'’ -]{0,60}\\s*\\/\\s*${AGENCIES}(?:\\s+via\\s+[\\p{L} ]+)?$`, 'iu'),
  /^(?:Getty Images|Shutterstock|iStock|Alamy)(?:\s*\/\s*[\p{L} ]+)?$/iu,
  // "Source: Al Jazeera and news agencies", "Sources: Reuters, AFP"
  /^sources?\s*:\s*[\p{Lu}][\p{L}.,&' -]{1,80}$/iu,
];

/** Words that mark the tail of a caption as a picture credit. */
const CREDIT_MARKER_RE =
  /\b(?:photo|image|picture|credit|courtesy|getty images|shutterstock|istock|alamy|reuters|afp|epa|tass|sputnik|ria novosti|xinhua|wikimedia|wikipedia|flickr|creative commons|cc by(?:-[a-z]{2})*|public domain|government works|press service|press office|pool|handout|file)\b/i;

const CONTRIBUTION_KINDS =
  '(?:(?:additional|further)\\s+)?(?:reporting|writing|editing|compiled|reported|research|fact-checking|graphics|translated|translation)';
const CONTRIBUTION_SEGMENT_RE = new RegExp(`^${CONTRIBUTION_KINDS}\\s+by\\s+(.+)$`, 'iu');
const CONTRIBUTED_RE = /^[^.!?]{2,120}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b[^.!?]{0,80}[.!]?$/iu;
const TRAILING_CONTRIBUTION_RE = new RegExp(`\\s*\\(\\s*${CONTRIBUTION_KINDS}\\s+by\\b[^()]*\\)\\s*$`, 'iu');

const BYLINE_ROLE_RE = /\b(?:reporter|correspondent|writer|editor|journalist|staff|columnist|contributor|by)\b|기자|特派員|記者/iu;
const LEADING_BRACKET_BYLINE_RE = /^\[([^\]\n]{3,80})\]\s*/u;

/** Small words allowed inside a list of names ("Jane Doe and John Smith in Moscow"). */
const NAME_GLUE = new Set([
  'and',
  '&',
  'in',
  'from',
  'at',
  'of',
  'the',
  'de',
  'del',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'le',
  'la',
  'di',
  'da',
  'dos',
  'with',
  'for',
  'via',
  'by',
  'staff',
]);

/** Every word is capitalised, a name particle, or punctuation: looks like names, not a clause. */
function looksLikeNames(text: string): boolean {
  const words = text.split(/[\s,;/]+/u).filter((w) => w !== '' && !/^[-–—|()]+$/u.test(w));
  if (words.length === 0 || words.length > 14) return false;
  return words.every((w) => /^[("“]?[\p{Lu}\p{N}]/u.test(w) || NAME_GLUE.has(w.toLowerCase()));
}

function isContributionLine(line: string): boolean {
  if (line.length > 300) return false;
  // The word first: the pattern alone costs a long article a second of backtracking over its lines.
  if (/contributed/i.test(line) && CONTRIBUTED_RE.test(line)) return true;
  const inner = line
    .replace(/^\(\s*/, '')
    .replace(/\s*\)\.?$/, '')
    .replace(/\.$/, '');
  const segments = inner.split(/\s*;\s*/);
  return segments.every((segment) => {
    const m = CONTRIBUTION_SEGMENT_RE.exec(segment);
    return m !== null && looksLikeNames(m[1] ?? '');
  });
}

/** "By Jane Doe", "By Jane Doe and John Roe, Associated Press". */
function matchBylineLine(line: string): BoilerplateVerdict | null {
  const bracket = /^\[([^\]\n]{3,80})\]$/u.exec(line);
  if (bracket && BYLINE_ROLE_RE.test(bracket[1] ?? '')) return { reason: 'byline', byline: (bracket[1] ?? '').trim() };
  const m = /^by\s+(.+?)\.?$/iu.exec(line);
  if (!m || line.length > 120) return null;
  const names = m[1] ?? '';
  const firstWord = names.split(/\s/, 1)[0] ?? '';
  if (/ing$/i.test(firstWord) || !looksLikeNames(names)) return null;
  const verdict: BoilerplateVerdict = { reason: 'byline', byline: names };
  const lastSegment = names.split(/\s*[,|–—]\s*/u).pop() ?? '';
  const outlet = lastSegment !== names ? findOutletByName(lastSegment) : null;
  if (outlet) verdict.outletHint = outlet.name;
  return verdict;
}

/** Who a copyright line names, preferring a known outlet found by domain or name. */
export function copyrightHolder(line: string): string | null {
  const domain = /\b(?:https?:\/\/)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b/i.exec(line)?.[1];
  const byDomain = domain ? findOutletByDomain(domain) : null;
  if (byDomain) return byDomain.name;
  const holder = line
    .replace(/^(?:\s*(?:©|\(c\)|copyright\b))+\s*/i, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b,?/g, '')
    .replace(/\([^)]*\)/g, '')
    .split(/\.\s|\.$|\ball rights reserved\b/i)[0]
    ?.replace(/[\s.,;:©]+$/u, '')
    .trim();
  if (!holder || holder.length > 60 || !/^\p{Lu}/u.test(holder)) return null;
  return findOutletByName(holder)?.name ?? holder;
}

/**
 * Program text that a copy from a web page or a CMS brings along: a statement of JavaScript, PHP
 * or CSS, an embed's markup, a lone brace. Each pattern needs the shape of code from the line's
 * first character to its last (a statement ends with `;` or `{`), so that prose that starts like
 * code ("export const a = 1 is what the envoy wrote") or a paragraph in `<p>` tags is never taken.
 */
const CODE_LINE_RES: RegExp[] = [
  /^(?:const|let|var)\s+[\w$]+\s*=.*;$/u,
  /^(?:async\s+)?function\b\s*[\w$]*\s*\([^)]*\)\s*\{.*$/u,
  /^import\s+(?:[^'"]+\s+from\s+)?['"][^'"]+['"];?$|^import\s*\(.*\);?$/u,
  /^export\s+(?:default|const|let|function|class)\b.*[;{]$/u,
  /^(?:if|for|while|switch)\s*\(.*\)\s*\{$/u,
  /^(?:return\b.*|[\w$.]+\s*\(.*\)|[\w$.[\]'"]+\s*=\s*.+);$/u,
  /^(?:<\?php|#include\s*[<"]|#!\/)/u,
  // Nothing but tags, or an element whose inside is never prose.
  /^(?:<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>\s*)+$|^<(?:script|style|iframe|noscript|object|embed)\b/iu,
  /^[{}()[\];,]+$/u,
  // A CSS rule: a selector without spaces inside its parts, then `{` (no quantifier nests in another).
  /^[.#@]?[\w-]+(?:[ ,>+~]+[.#]?[\w-]+){0,5} ?\{[^{}]*\}?$/u,
];

function isCodeLine(line: string): boolean {
  return CODE_LINE_RES.some((re) => re.test(line));
}

function isCopyrightLine(line: string): boolean {
  if (line.length > 250) return false;
  return /^(?:©|\(c\)\s|copyright\b)/i.test(line) || /\ball rights reserved\b/i.test(line);
}

/**
 * A whole line that is not body text, or null. Safe to apply to single lines of
 * hard-wrapped text: every pattern needs the entire line to be boilerplate.
 */
export function classifyLine(line: string): BoilerplateVerdict | null {
  const link = LINK_RE.exec(line);
  if (link) return { reason: 'link', link: link[1] ?? line };
  if (isCodeLine(line)) return { reason: 'code' };

  const outlet = findOutletByBoilerplate(line);
  if (outlet) return { reason: 'promotion', publisher: outlet.name };

  if (isCopyrightLine(line)) {
    const holder = copyrightHolder(line);
    return holder ? { reason: 'copyright', publisher: holder } : { reason: 'copyright' };
  }
  if (RELATED_RES.some((re) => re.test(line))) return { reason: 'related' };
  if (isContributionLine(line)) return { reason: 'contributor' };
  if (line.length > SHORT) return null;
  if (PROMOTION_RES.some((re) => re.test(line))) return { reason: 'promotion' };
  // "Sergei Lavrov. Mikhail Metzel / TASS": a description before the credit makes it a caption.
  if (CREDIT_LINE_RES.some((re) => re.test(line))) return { reason: /\p{Ll}\. \p{Lu}/u.test(line) ? 'caption' : 'credit' };
  if (GENERIC_BOILERPLATE_RE.test(line)) return { reason: 'boilerplate' };
  return matchBylineLine(line);
}

/** The end of a caption after its last description sentence: only names, credits or a domain. */
function isCreditTail(tail: string): boolean {
  const words = tail.split(/\s+/);
  if (words.length > 8) return false;
  const creditish = CREDIT_MARKER_RE.test(tail) || /\S\s*\/\s*\S/u.test(tail) || /^[\w-]+(?:\.[\w-]+)+$/u.test(tail);
  return creditish && looksLikeNames(tail);
}

/**
 * A photo caption with its credit ("Antony Blinken. U.S. Department of State (U.S.
 * Government Works)", "Vladimir Putin. Kremlin.ru", "Sergei Lavrov. Mikhail
 * Metzel / TASS"): short, no closing sentence punctuation, no quotation, and it
 * ends in a parenthesised or trailing picture credit.
 */
export function isCaption(paragraph: string): boolean {
  if (paragraph.length > 300 || /["“”«»]/u.test(paragraph)) return false;
  if (/[.!?:;,]$/u.test(paragraph)) return false;
  // "(AP Photo/…)" or, Al Jazeera style, "[File: Stringer/AFP]".
  const parenthetical = /[([]([^()[\]]+)[)\]]$/u.exec(paragraph);
  if (parenthetical && CREDIT_MARKER_RE.test(parenthetical[1] ?? '') && parenthetical.index > 0) return true;
  const splits = [...paragraph.matchAll(/\. (?=\S)/gu)];
  return splits.some((split) => isCreditTail(paragraph.slice((split.index ?? 0) + 2)));
}

/** Like `classifyLine`, plus rules that need a whole (possibly rejoined) paragraph. */
export function classifyParagraph(paragraph: string): BoilerplateVerdict | null {
  const verdict = classifyLine(paragraph);
  if (verdict) return verdict;
  if (isCaption(paragraph)) return { reason: 'caption' };
  return null;
}

/**
 * A bracketed byline opening the first paragraph ("[Asia Economy Reporter Hyunwoo
 * Lee] The United States…"). Only when the brackets hold a role word, so an
 * editorial insertion such as "[It] is Washington…" stays.
 */
export function splitLeadingByline(paragraph: string): { removed: string; byline: string; rest: string } | null {
  const m = LEADING_BRACKET_BYLINE_RE.exec(paragraph);
  if (!m || !BYLINE_ROLE_RE.test(m[1] ?? '')) return null;
  return { removed: m[0].trim(), byline: (m[1] ?? '').trim(), rest: paragraph.slice(m[0].length) };
}

/** A wire-style "(Reporting by …; Editing by …)" closing a paragraph. */
export function splitTrailingContribution(paragraph: string): { removed: string; rest: string } | null {
  const m = TRAILING_CONTRIBUTION_RE.exec(paragraph);
  if (!m || m.index === 0) return null;
  return { removed: m[0].trim(), rest: paragraph.slice(0, m.index) };
}
