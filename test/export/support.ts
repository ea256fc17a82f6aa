/** Datasets to export, and a well-formedness check for the XML the exporters write. */
import assert from 'node:assert/strict';
import type { Dataset, Point, Source } from '../../src/pipeline/types.ts';

export function source(overrides: Partial<Source> = {}): Source {
  return { article: 'a1', direct: true, quote: 'we are ready', excerpt: 'He said “we are ready”.', cue: 'said', offset: 0, ...overrides };
}

export function point(id: string, overrides: Partial<Point> = {}): Point {
  return {
    id,
    path: `/points/${id}/`,
    kind: 'statement',
    speaker: 'lavrov',
    addressees: [],
    quote: 'we are ready',
    summary: 'Sergey Lavrov: we are ready',
    date: '2022-02-01',
    dateEnd: '2022-02-01',
    datePrecision: 'day',
    sources: [source()],
    ...overrides,
  };
}

export function dataset(points: Point[]): Dataset {
  return {
    format: 1,
    builtFrom: { articles: ['a1', 'a2'] },
    actors: [
      { id: 'lavrov', name: 'Sergey Lavrov', aliases: [], kind: 'person', description: 'Russian Foreign Minister' },
      { id: 'blinken', name: 'Antony Blinken', aliases: [], kind: 'person' },
      { id: 'nato', name: 'NATO', aliases: [], kind: 'organisation' },
      { id: 'unknown', name: 'Unresolved speaker', aliases: [], kind: 'unknown' },
    ],
    articles: [
      { id: 'a1', title: 'One', outlet: 'The Moscow Times', date: '2022-02-01', dateSource: 'dateline', url: 'https://example.com/one', path: '/articles/a1/' },
      { id: 'a2', title: null, outlet: null, date: '2022-02-03', dateSource: 'dateline', url: null, path: '/articles/a2/' },
    ],
    points,
  };
}

/** Text that would break markup if pasted in raw. */
export const HOSTILE = `</script><b>bold</b> & "quotes" 'single' ]]> <!-- \u0001\uFFFF`;

/**
 * A strict-enough check that `xml` is well formed: one declaration, tags that nest and
 * close, text and attribute values with no raw `<` and only known entity references.
 * The end-to-end tests parse the served files with the browser's strict XML parser too.
 */
export function assertWellFormedXml(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are what it checks for
  assert.doesNotMatch(body, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'no character XML forbids');
  const stack: string[] = [];
  let rest = body;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    assert.doesNotMatch(text, /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, `an entity in ${JSON.stringify(text.slice(0, 60))}`);
    assert.ok(!text.includes(']]>'), 'no "]]>" in text');
    if (lt < 0) break;
    const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/.exec(rest.slice(lt));
    assert.ok(tag, `a tag at ${JSON.stringify(rest.slice(lt, lt + 60))}`);
    const [whole, closing, name, attrs, selfClosing] = tag;
    for (const value of attrs!.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value[1]!, /&(?!(?:amp|lt|gt|quot|apos);)/);
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes what was opened`);
    else if (!selfClosing) stack.push(name!);
    rest = rest.slice(lt + whole.length);
  }
  assert.deepEqual(stack, [], 'every element is closed');
}
