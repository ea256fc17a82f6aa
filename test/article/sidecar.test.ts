import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSidecar, SidecarError } from '../../src/pipeline/article/sidecar.ts';

function rejects(content: string, format: 'yaml' | 'json', reason: RegExp): void {
  assert.throws(
    () => parseSidecar('x.meta.' + format, content, format),
    (error: unknown) => {
      assert.ok(error instanceof SidecarError);
      assert.ok(error.message.startsWith(`x.meta.${format}: `), error.message);
      assert.match(error.reason, reason);
      return true;
    },
  );
}

describe('parseSidecar', () => {
  it('reads every known key from YAML, with comments, keeping the date a string', () => {
    const yaml = [
      '# Editorial note',
      'title: A Title',
      'outlet: The Moscow Times',
      'date: 2022-01-18',
      'url: https://example.com/a',
      'language: pt-BR',
      'byline: "  Jane Doe  "',
    ].join('\n');
    assert.deepEqual(parseSidecar('a.meta.yaml', yaml, 'yaml'), {
      title: 'A Title',
      outlet: 'The Moscow Times',
      date: '2022-01-18',
      url: 'https://example.com/a',
      language: 'pt-BR',
      byline: 'Jane Doe',
    });
  });

  it('reads JSON', () => {
    assert.deepEqual(parseSidecar('a.meta.json', '{"date": "2022-02-01", "outlet": "EFE"}', 'json'), { date: '2022-02-01', outlet: 'EFE' });
  });

  it('accepts an empty or comments-only YAML sidecar as no metadata', () => {
    assert.deepEqual(parseSidecar('a.meta.yaml', '# nothing yet\n', 'yaml'), {});
  });

  it('rejects unknown keys', () => rejects('titel: Typo', 'yaml', /unknown key "titel"/));
  it('rejects an impossible date', () => rejects('date: 2022-02-30', 'yaml', /real day/));
  it('rejects a badly written date', () => rejects('{"date": "1 Feb 2022"}', 'json', /YYYY-MM-DD/));
  it('rejects a non-http url', () => rejects('url: ftp://example.com/a', 'yaml', /http/));
  it('rejects a malformed url', () => rejects('url: not a url', 'yaml', /not a valid URL/));
  it('rejects empty strings', () => rejects('title: "   "', 'yaml', /must not be empty/));
  it('rejects non-string values', () => rejects('{"title": 5}', 'json', /must be a string, got a number/));
  it('rejects a null value', () => rejects('outlet:', 'yaml', /must be a string, got null/));
  it('rejects a list instead of a mapping', () => rejects('- a\n- b', 'yaml', /mapping/));
  it('rejects a bad language tag', () => rejects('language: English', 'yaml', /BCP 47/));
  it('rejects invalid YAML', () => rejects('title: [unclosed', 'yaml', /not valid YAML/));
  it('rejects invalid JSON', () => rejects('{"title": ', 'json', /not valid JSON/));
  it('rejects JSON null', () => rejects('null', 'json', /got null/));
});
