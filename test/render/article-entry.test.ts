/**
 * An article's body must reach the page as exactly its text, inertly: `bodyHtml` is the one
 * place article text meets markup. The assertions read the HTML back (tags, attributes, text)
 * as a browser would, for text written to break out of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import { articleBody, articleFrontmatter, articleText, bodyHtml, type Highlight } from '../../src/pipeline/render/article-entry.ts';
import type { Paragraph, ParagraphKind, ParsedArticle } from '../../src/pipeline/types.ts';

const ALLOWED_TAGS = new Set(['p', 'h2', 'mark', 'span']);
const ALLOWED_ATTRIBUTES = new Set(['id', 'class', 'data-point']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body as HTML, with the tags it opens (in document order) and every attribute name it uses. */
function render(a: ParsedArticle, highlights: Highlight[] = []): { html: string; tags: string[] } {
  const html = bodyHtml(articleBody(a, highlights));
  const tags: string[] = [];
  for (const m of html.matchAll(/<([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*>/g)) {
    tags.push(m[1]!);
    for (const attribute of m[2]!.matchAll(/([a-z-]+)="/g)) assert.ok(ALLOWED_ATTRIBUTES.has(attribute[1]!), `attribute ${attribute[1]}`);
  }
  // Every "<" left in the HTML opens or closes one of the elements counted above: none comes from the text.
  assert.equal((html.match(/</g) ?? []).length, tags.length * 2, 'no stray markup');
  return { html, tags };
}

/** Text content of the HTML bodyHtml writes (no comments, no raw text elements). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------
// Articles built by hand
// ---------------------------------------------------------------------------

function article(paragraphs: Array<string | { kind: ParagraphKind; text: string }>, extra: Partial<ParsedArticle> = {}): ParsedArticle {
  let offset = 0;
  const built: Paragraph[] = paragraphs.map((p) => {
    const { kind, text } = typeof p === 'string' ? { kind: 'body' as const, text: p } : p;
    const paragraph = { kind, text, offset };
    offset += text.length + 2;
    return paragraph;
  });
  return {
    id: 'test',
    raw: built.map((p) => p.text).join('\n\n'),
    title: null,
    subtitle: null,
    outlet: null,
    date: null,
    time: null,
    dateSource: 'none',
    byline: null,
    url: null,
    links: [],
    language: 'en',
    paragraphs: built,
    text: built.map((p) => p.text).join('\n\n'),
    removed: [],
    ...extra,
  };
}

/** A highlight of the first occurrence of `excerpt` in the article's clean text. */
function highlight(a: ParsedArticle, excerpt: string, point: string, from = 0): Highlight {
  const start = a.text.indexOf(excerpt, from);
  assert.ok(start >= 0, `"${excerpt}" is in the text`);
  return { start, end: start + excerpt.length, anchor: `s-${point}`, point };
}

const HOSTILE: Array<[string, string]> = [
  ['braces', 'Braces {1+1} and }{ and {{x}} and {/* c */} stay as typed.'],
  ['a lone opening brace', 'An unclosed { brace'],
  ['a lone closing brace', 'A stray } brace'],
  ['a script element', '<script>alert(1)</script>'],
  ['an img with an event handler', '<img src=x onerror=alert(1)>'],
  ['closing and opening tags', '</p><p id="p-9">injected</p><h1>'],
  ['an HTML comment', '<!-- hidden --> after'],
  ['an import at the start', "import x from 'y'"],
  ['an export at the start', 'export const a = 1'],
  ['ESM after a line break', "first line\nimport x from 'y'\nexport const a = 1"],
  ['a Markdown heading', '# heading'],
  ['Markdown emphasis', '*bold* and _em_ and **strong** and ~~struck~~'],
  ['Markdown links and images', '[link](http://x) and <http://y> and ![img](x.png) and http://z.example'],
  ['backticks', 'Backticks `code` and ``` fenced ``` and a lone `'],
  ['Markdown blocks', '> quoted\n- item\n1. item\n---\n    indented\n| a | b |\n|---|---|'],
  ['entities', '&amp; &lt;b&gt; &#123; &#x7d; &copy; &nbsp;'],
  ['line and paragraph separators', 'Line\u2028separator and\u2029paragraph separator'],
  ['quotes', `Quotes "double" 'single' “curly” ‘curly’ «guillemets» and \`grave\``],
  ['backslashes', 'Backslashes \\ \\\\ \\n \\u007b \\" \\{ \\< and a trailing \\'],
  ['a template literal', '`${process.exit(1)}` and ${x}'],
  ['JSX-looking text', '<Foo bar={1} /> and <>fragment</> and <x.y>'],
  ['control and odd characters', 'tab\there, CR\rthere, DEL\u007f, NEL\u0085, BOM\ufeff, emoji 😀, RTL \u202e'],
];

describe('bodyHtml: hostile paragraph text renders as exactly that text', () => {
  for (const [name, text] of HOSTILE) {
    it(name, () => {
      const { html, tags } = render(article([text]));
      assert.equal(html, `<p id="p-1">${escapeText(text)}</p>`);
      assert.equal(textOf(html), text);
      assert.deepEqual(tags, ['p']);
    });
  }

  it('all of them together, as body paragraphs and subheadings', () => {
    const paragraphs = HOSTILE.map(([, text], i): { kind: ParagraphKind; text: string } => ({ kind: i % 3 === 0 ? 'subheading' : 'body', text }));
    const { html, tags } = render(article(paragraphs));
    const expected = paragraphs.map((p, i) => {
      const tag = p.kind === 'subheading' ? 'h2' : 'p';
      return `<${tag} id="p-${i + 1}">${escapeText(p.text)}</${tag}>`;
    });
    assert.equal(html, expected.join('\n'));
    assert.ok(tags.length > 0, 'some element');
    assert.ok(
      tags.every((tag) => ALLOWED_TAGS.has(tag)),
      `only p/h2 elements: ${tags.join(', ')}`,
    );
  });

  it('hostile text in the facts and the text reads back exactly from the files the build writes', () => {
    const text = HOSTILE.map(([, t]) => t).join('\n\n');
    const a = article(
      HOSTILE.map(([, t]) => t),
      {
        title: 'A "title": {x} <b>\u2028 --- no',
        subtitle: 'yes',
        date: '2022-02-01',
        byline: "By O'Brien & Co. #1",
        raw: `---\n${text}\n---\n`,
        removed: [{ text: '--- {x}: y', reason: 'boilerplate' }],
      },
    );
    const facts = JSON.parse(JSON.stringify(articleFrontmatter(a))) as ReturnType<typeof articleFrontmatter>;
    const written = JSON.parse(JSON.stringify(articleText(a))) as ReturnType<typeof articleText>;
    assert.deepEqual(facts, articleFrontmatter(a));
    assert.equal(facts.date, '2022-02-01', 'a date stays a string');
    assert.equal(written.raw, a.raw);
    assert.deepEqual(written.removed, a.removed);
    assert.equal(written.body.map((b) => b.parts.map((p) => p.text).join('')).join('\n\n'), text);
  });

  it('a hostile raw article, parsed, reaches the page paragraph for paragraph', () => {
    const raw = [
      'Talks Resume in Geneva',
      '',
      "The minister said {1+1} was <script>alert(1)</script> on Tuesday, and import x from 'y' too.",
      '',
      'export const a = 1 is what the envoy wrote, adding *bold* [link](http://x) `code` &amp; \\ "q".',
      '',
    ].join('\n');
    const a = parseArticle('hostile', raw);
    assert.ok(a.paragraphs.length >= 2);
    const { html, tags } = render(a);
    const rendered = [...html.matchAll(/<(p|h2) id="p-\d+">(.*?)<\/\1>/gs)].map((m) => textOf(m[2]!));
    assert.deepEqual(
      rendered,
      a.paragraphs.map((p) => p.text),
    );
    assert.ok(tags.length > 0, 'some element');
    assert.ok(tags.every((tag) => ALLOWED_TAGS.has(tag)));
  });
});

describe('bodyHtml: highlights', () => {
  const first = 'The minister spoke first. He said the talks would go on.';
  const second = 'Later, the envoy said Russia was ready. Nobody else spoke.';

  it('wrap exactly the excerpt in <mark id="s-…">', () => {
    const a = article([first, second]);
    const h = highlight(a, 'He said the talks would go on.', 'a');
    const { html, tags } = render(a, [h]);
    assert.equal(
      html,
      '<p id="p-1">The minister spoke first. <mark id="s-a" class="statement" data-point="a">He said the talks would go on.</mark></p>\n' +
        `<p id="p-2">${second}</p>`,
    );
    assert.deepEqual(tags, ['p', 'mark', 'p']);
  });

  it('map offsets in the second paragraph', () => {
    const a = article([first, second]);
    const h = highlight(a, 'the envoy said Russia was ready.', 'b');
    assert.ok(h.start > first.length, 'the offset is into the whole clean text');
    const { html } = render(a, [h]);
    assert.equal(
      html,
      `<p id="p-1">${first}</p>\n` +
        '<p id="p-2">Later, <mark id="s-b" class="statement" data-point="b">the envoy said Russia was ready.</mark> Nobody else spoke.</p>',
    );
  });

  it('one in each paragraph, in a whole article, keeps all the text', () => {
    const a = article([first, { kind: 'subheading', text: 'Reactions' }, second]);
    const hs = [highlight(a, 'The minister spoke first.', 'a'), highlight(a, 'Nobody else spoke.', 'b')];
    const { html } = render(a, hs);
    assert.match(html, /<p id="p-1"><mark id="s-a" class="statement" data-point="a">The minister spoke first\.<\/mark> He said/);
    assert.match(html, /<h2 id="p-2">Reactions<\/h2>/);
    assert.match(html, /ready\. <mark id="s-b" class="statement" data-point="b">Nobody else spoke\.<\/mark><\/p>$/);
    assert.deepEqual(
      [...html.matchAll(/<(p|h2) id="p-\d+">(.*?)<\/\1>/g)].map((m) => textOf(m[2]!)),
      [first, 'Reactions', second],
    );
  });

  it('that overlap make one mark, with a <span id> anchor for the other statement', () => {
    const a = article([first, second]);
    const outer = highlight(a, 'He said the talks would go on.', 'outer');
    const inner = highlight(a, 'the talks would go on', 'inner');
    const { html, tags } = render(a, [inner, outer]);
    assert.equal(
      html.split('\n')[0],
      '<p id="p-1">The minister spoke first. <mark id="s-outer" class="statement" data-point="outer">' +
        '<span id="s-inner" data-point="inner"></span>He said the talks would go on.</mark></p>',
    );
    assert.equal(tags.filter((t) => t === 'mark').length, 1);
    assert.equal(tags.filter((t) => t === 'span').length, 1);
  });

  it('that overlap partly make one mark over both excerpts', () => {
    const a = article([first, second]);
    const left = highlight(a, 'spoke first. He said', 'left');
    const right = highlight(a, 'He said the talks', 'right');
    const { html } = render(a, [right, left]);
    assert.equal(
      html.split('\n')[0],
      '<p id="p-1">The minister <mark id="s-left" class="statement" data-point="left">' +
        '<span id="s-right" data-point="right"></span>spoke first. He said the talks</mark> would go on.</p>',
    );
  });

  it('that only touch stay two marks', () => {
    const a = article([first]);
    const hs = [highlight(a, 'The minister spoke first.', 'a'), highlight(a, ' He said the talks would go on.', 'b')];
    const { html } = render(a, hs);
    assert.equal(
      html,
      '<p id="p-1"><mark id="s-a" class="statement" data-point="a">The minister spoke first.</mark>' +
        '<mark id="s-b" class="statement" data-point="b"> He said the talks would go on.</mark></p>',
    );
  });

  it('over hostile text keep it literal, and hostile anchors stay attribute values', () => {
    const text = 'He wrote {1+1} <script>alert(1)</script> and import x from "y" \u2028 \\ done.';
    const a = article([text]);
    const h: Highlight = { start: 9, end: text.length - 6, anchor: 's-"x"{y}<z>', point: "p'{}" };
    const { html, tags } = render(a, [h]);
    assert.equal(
      html,
      `<p id="p-1">He wrote <mark id="s-&quot;x&quot;{y}&lt;z&gt;" class="statement" data-point="p'{}">` +
        `${escapeText(text.slice(9, -6))}</mark>${escapeText(text.slice(-6))}</p>`,
    );
    assert.deepEqual(tags, ['p', 'mark']);
  });
});
