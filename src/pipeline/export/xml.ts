/**
 * Building XML (and the HTML fragments TimelineJS wants) from article text without
 * ever pasting raw text into markup: every text node and attribute value goes through
 * `escapeXml`, and children are only ever other built elements.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab, LF and CR,
 * unpaired surrogates, U+FFFE and U+FFFF. A pasted article can carry any of them, and
 * one is enough to make a strict parser reject the whole feed.
 */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what it removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe as XML character data or a quoted attribute value (and as HTML text or attribute, alike). */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup already built by this module: the only thing `element` accepts as children besides text. */
export interface Markup {
  readonly markup: string;
}

export type Attributes = Record<string, string | number | null | undefined>;

const NAME = /^[A-Za-z_][\w.:-]*$/;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => {
      if (!NAME.test(name)) throw new Error(`not an XML attribute name: ${name}`);
      return ` ${name}="${escapeXml(String(value))}"`;
    })
    .join('');
}

/**
 * One element. Strings among the children are text and are escaped; `Markup` children are
 * elements built here. Without children it is written self-closing, which is XML: the HTML
 * fragments built here always have content.
 */
export function element(name: string, attrs: Attributes = {}, children: ReadonlyArray<string | Markup> = []): Markup {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  const inner = children.map((c) => (typeof c === 'string' ? escapeXml(c) : c.markup)).join('');
  return { markup: children.length === 0 ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>` };
}

/** Several elements side by side, as one child. */
export function fragment(children: ReadonlyArray<string | Markup>): Markup {
  return { markup: children.map((c) => (typeof c === 'string' ? escapeXml(c) : c.markup)).join('') };
}

/** A whole document: the XML declaration, then the root element, one trailing newline. */
export function xmlDocument(root: Markup): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.markup}\n`;
}
