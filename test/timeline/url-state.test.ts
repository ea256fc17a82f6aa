import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_FILTER } from '../../src/islands/timeline/layout.ts';
import { readUrlState, writeUrlState, type UrlState } from '../../src/islands/timeline/url-state.ts';

const empty: UrlState = { point: null, from: null, to: null, filter: NO_FILTER, listView: false };

describe('the view in the address bar', () => {
  it('refuses a day the calendar does not have, rather than rolling it into the next month', () => {
    for (const query of [
      '?from=2022-02-30&to=2022-03-05',
      '?from=2022-01-10&to=2021-02-29',
      '?from=2022-04-31&to=2022-05-02',
      '?from=2022-00-10&to=2022-01-02',
    ]) {
      const state = readUrlState(query);
      assert.deepEqual([state.from, state.to], [null, null], query);
    }
    assert.deepEqual(readUrlState('?from=2024-02-29&to=2024-03-01').from, '2024-02-29', 'a leap day is a day');
  });

  it('round-trips point, range, filters and list view', () => {
    const state: UrlState = {
      point: '2022-01-18-lavrov-x',
      from: '2022-01-10',
      to: '2022-01-31',
      filter: { sides: ['Russia', 'United States'], kinds: ['call'], actor: 'sergey-lavrov' },
      listView: true,
    };
    const query = writeUrlState('', state);
    assert.equal(query, '?p=2022-01-18-lavrov-x&from=2022-01-10&to=2022-01-31&side=Russia&side=United+States&kind=call&actor=sergey-lavrov&view=list');
    assert.deepEqual(readUrlState(query), state);
  });

  it('writes nothing for the default view', () => {
    assert.equal(writeUrlState('', empty), '');
  });

  it('keeps parameters that are not its own', () => {
    assert.equal(writeUrlState('?utm_source=feed&p=old', { ...empty, point: 'new' }), '?utm_source=feed&p=new');
  });

  it('ignores a range that is malformed, half given or backwards', () => {
    for (const query of [
      '?from=2022-01-10',
      '?from=yesterday&to=2022-01-31',
      '?from=2022-02-01&to=2022-01-01',
      '?from=2022-13-45&to=2022-14-01',
      '?from=0000-01-01&to=0001-01-01',
    ]) {
      const state = readUrlState(query);
      assert.deepEqual([state.from, state.to], [null, null], query);
    }
  });
});
