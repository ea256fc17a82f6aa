/**
 * Character-level clean-up of lines and paragraphs.
 *
 * Only spacing and obvious copy artefacts are touched. Markup-like or MDX-special
 * characters (`{`, `<`, `import`) are left exactly as they are: escaping belongs
 * to whatever stage renders the text, and changing them here would break quotes
 * that contain them.
 */

/** Byte order marks anywhere, and invisible characters that copy tools leave behind. */
const INVISIBLE_RE = /\uFEFF|\u200B|\u200C|\u200D|\u2060|\u00AD/g;
/** Every kind of horizontal space, including the non-breaking ones PDFs and CMSs love. */
const SPACES_RE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Windows and old-Mac line ends become `\n`; a leading BOM goes. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** One line: invisible characters dropped, any run of spaces made one plain space, trimmed. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ').trim();
}

const CLOSERS = `["'”’»)\\]]*`;

/**
 * Paragraph-level artefacts of copying:
 * - a stray period after a finished sentence ("on Tuesday. ." / "on Tuesday..") where
 *   the paragraph ends or a new sentence starts; a real ellipsis ("...", or spaced ". . .", after a
 *   full stop too: ". . . .") is kept;
 * - a space before a comma or period ("said ." → "said.").
 */
export function fixArtefacts(paragraph: string): string {
  let text = paragraph;
  text = text.replace(new RegExp(`(?<![\\s.])([.!?]${CLOSERS}) \\.(?! \\.)(?= \\p{Lu}| ?$)`, 'gu'), '$1');
  text = text.replace(/(?<![.\s])\.\.(?!\.)(?= \p{Lu}|$)/gu, '.');
  text = text.replace(/([\p{L}\p{N}"”’)]) ([.,])(?= |$)(?! \.)/gu, '$1$2');
  return text;
}
