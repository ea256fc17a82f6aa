import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readQuery, writeQuery } from '../../src/islands/search/query-url.ts';

describe('the search in the address bar', () => {
  it('reads q', () => {
    assert.equal(readQuery('?p=x&q=Lavrov+%22security%22'), 'Lavrov "security"');
    assert.equal(readQuery(''), '');
  });

  it("sets q and keeps the timeline's parameters as they are", () => {
    const timeline = '?p=2022-01-18-x&from=2022-01-10&to=2022-01-31&side=Russia&side=United+States&kind=call';
    const written = writeQuery(timeline, 'Lavrov');
    const params = new URLSearchParams(written);
    assert.equal(params.get('q'), 'Lavrov');
    assert.deepEqual(params.getAll('side'), ['Russia', 'United States']);
    for (const key of ['p', 'from', 'to', 'kind']) assert.equal(params.get(key), new URLSearchParams(timeline).get(key), key);
    assert.equal(writeQuery(written, 'Blinken').replace('q=Blinken', 'q=Lavrov'), written, 'q changes in place');
  });

  it('drops q for a blank query, and writes nothing when nothing is left', () => {
    assert.equal(writeQuery('?q=x&p=y', '  '), '?p=y');
    assert.equal(writeQuery('?q=x', ''), '');
  });

  it('survives characters that mean something in a URL or in HTML', () => {
    const query = '<img src=x onerror=alert(1)> & #top ?=';
    assert.equal(readQuery(writeQuery('', query)), query);
  });
});
