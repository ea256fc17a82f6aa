/** datasetToCsv: RFC 4180 quoting, spreadsheet formula defusing, one row per point–source pair. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../../e2e/support/csv.ts';
import { datasetToCsv } from '../../src/pipeline/export/csv.ts';
import type { Dataset, Point, Source } from '../../src/pipeline/types.ts';

function source(overrides: Partial<Source> = {}): Source {
  return { article: 'a1', direct: true, quote: 'we are ready', excerpt: 'He said “we are ready”.', cue: 'said', offset: 0, ...overrides };
}

function point(id: string, overrides: Partial<Point> = {}): Point {
  return {
    id,
    path: `/points/${id}/`,
    kind: 'statement',
    speaker: 'lavrov',
    addressees: [],
    quote: 'we are ready',
    summary: 'Lavrov: we are ready',
    date: '2022-02-01',
    dateEnd: null,
    datePrecision: 'day',
    sources: [source()],
    ...overrides,
  };
}

function dataset(points: Point[]): Dataset {
  return {
    format: 1,
    builtFrom: { articles: ['a1', 'a2'] },
    actors: [
      { id: 'lavrov', name: 'Sergey Lavrov', aliases: [], kind: 'person' },
      { id: 'blinken', name: 'Antony Blinken', aliases: [], kind: 'person' },
      { id: 'nato', name: 'NATO', aliases: [], kind: 'organisation' },
    ],
    articles: [
      { id: 'a1', title: 'One', outlet: 'The Moscow Times', date: '2022-02-01', dateSource: 'dateline', url: null, path: '/articles/a1/' },
      { id: 'a2', title: null, outlet: null, date: null, dateSource: 'none', url: null, path: '/articles/a2/' },
    ],
    points,
  };
}

/** The CSV as records of named fields. */
function rows(csv: string): Array<Record<string, string>> {
  const [header, ...records] = parseCsv(csv);
  assert.ok(header);
  return records.map((record) => {
    assert.equal(record.length, header.length, `record ${JSON.stringify(record)} has every column`);
    return Object.fromEntries(header.map((name, i) => [name, record[i]!]));
  });
}

describe('datasetToCsv', () => {
  it('starts with the header row and ends every record with CRLF', () => {
    const csv = datasetToCsv(dataset([point('p1')]));
    assert.match(csv, /^point_id,point_path,kind,speaker,speaker_name,/);
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.split('\r\n').length, 3, 'header, one row, and the empty string after the last CRLF');
  });

  it('writes an empty dataset as the header alone', () => {
    const csv = datasetToCsv(dataset([]));
    assert.equal(parseCsv(csv).length, 1);
  });

  it('writes one row per point–source pair, in order', () => {
    const csv = datasetToCsv(
      dataset([
        point('p1', { sources: [source({ article: 'a1', offset: 5 }), source({ article: 'a2', offset: 7, direct: false })] }),
        point('p2', { sources: [source({ article: 'a2', offset: 9 })] }),
      ]),
    );
    assert.deepEqual(
      rows(csv).map((r) => [r.point_id, r.source_article, r.source_offset, r.source_direct, r.source_outlet]),
      [
        ['p1', 'a1', '5', 'true', 'The Moscow Times'],
        ['p1', 'a2', '7', 'false', ''],
        ['p2', 'a2', '9', 'true', ''],
      ],
    );
  });

  it('flattens speaker and addressees into ids and names', () => {
    const [row] = rows(datasetToCsv(dataset([point('p1', { addressees: ['blinken', 'nato', 'unknown-x'] })])));
    assert.equal(row!.speaker, 'lavrov');
    assert.equal(row!.speaker_name, 'Sergey Lavrov');
    assert.equal(row!.addressees, 'blinken;nato;unknown-x');
    assert.equal(row!.addressee_names, 'Antony Blinken; NATO; unknown-x');
  });

  it('flattens the reply links into the ids of the points they name', () => {
    const [reply, plain] = rows(datasetToCsv(dataset([point('p1', { inReplyTo: 'p0', about: 'a-call' }), point('p2')])));
    assert.deepEqual([reply!.in_reply_to, reply!.about], ['p0', 'a-call']);
    assert.deepEqual([plain!.in_reply_to, plain!.about], ['', '']);
  });

  it('writes null as an empty field', () => {
    const [row] = rows(datasetToCsv(dataset([point('p1', { quote: null, date: null, sources: [source({ cue: null })] })])));
    assert.equal(row!.quote, '');
    assert.equal(row!.date, '');
    assert.equal(row!.date_end, '');
    assert.equal(row!.source_cue, '');
  });

  describe('quoting', () => {
    const cases: Array<[string, string, string]> = [
      ['a comma', 'ready, he said', '"ready, he said"'],
      ['double quotes', 'the "final" answer', '"the ""final"" answer"'],
      ['a line break', 'line one\nline two', '"line one\nline two"'],
      ['a CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
      ['nothing special', 'plain words; and a semicolon', 'plain words; and a semicolon'],
      ['curly quotes only', '“ready”', '“ready”'],
    ];
    for (const [name, value, written] of cases) {
      it(`quotes a field with ${name} only when needed, and it reads back`, () => {
        const csv = datasetToCsv(dataset([point('p1', { summary: value })]));
        const line = csv.slice(csv.indexOf('\r\n') + 2);
        assert.ok(line.includes(`,${written},`), `${JSON.stringify(written)} in ${JSON.stringify(line)}`);
        assert.equal(rows(csv)[0]!.summary, value);
      });
    }

    it('keeps every field in its column when many need quoting', () => {
      const nasty = 'a,"b"\nc';
      const csv = datasetToCsv(dataset([point('p1', { quote: nasty, summary: nasty, sources: [source({ quote: nasty, excerpt: nasty, cue: nasty })] })]));
      const [row] = rows(csv);
      for (const column of ['quote', 'summary', 'source_quote', 'source_excerpt', 'source_cue']) {
        assert.equal(row![column], nasty, column);
      }
      assert.equal(row!.date, '2022-02-01');
    });
  });

  describe('formula injection', () => {
    for (const lead of ['=', '+', '-', '@']) {
      it(`defuses a field starting with ${lead} by prefixing an apostrophe`, () => {
        const value = `${lead}HYPERLINK("http://evil.example","click")`;
        const [row] = rows(datasetToCsv(dataset([point('p1', { summary: value, sources: [source({ excerpt: value })] })])));
        assert.equal(row!.summary, `'${value}`);
        assert.equal(row!.source_excerpt, `'${value}`);
      });
    }

    it('defuses a formula that also needs quoting', () => {
      const value = '=1+2,"x"';
      const csv = datasetToCsv(dataset([point('p1', { summary: value })]));
      assert.ok(csv.includes(`,"'=1+2,""x""",`));
      assert.equal(rows(csv)[0]!.summary, `'${value}`);
    });

    it('leaves these characters alone when they are not first', () => {
      const value = 'a = b + c - d @ e';
      const [row] = rows(datasetToCsv(dataset([point('p1', { summary: value })])));
      assert.equal(row!.summary, value);
    });
  });
});
