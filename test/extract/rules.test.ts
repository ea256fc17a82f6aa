/**
 * Every rule in the catalogue, run on its own examples: it must fire on each text it
 * exists for, and must not on each near miss it lists.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGUE } from '../../src/pipeline/extract/catalogue.ts';
import { watchFirings } from '../../src/pipeline/rule.ts';
import { describeAll, extract } from './support.ts';

const DATE = '2024-03-14';

function firings(text: string) {
  return watchFirings(() => extract(text, { date: DATE }));
}

describe('rule catalogue', () => {
  it('has rules, each named once', () => {
    assert.ok(CATALOGUE.length > 0);
    const names = CATALOGUE.map((r) => r.name);
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
    );
  });

  it('gives every rule a concern, a description and at least one text it fires on', () => {
    for (const r of CATALOGUE) {
      assert.match(r.name, /^(?:cue|speaker|words|addressee|act|date|noise|coreference)\.[a-z0-9-]+$/, r.name);
      assert.ok(r.what.length > 10, `${r.name}: what it matches`);
      assert.ok(r.fires.length > 0, `${r.name}: no example it fires on`);
    }
  });
});

for (const r of CATALOGUE) {
  describe(`rule ${r.name}: ${r.what}`, () => {
    for (const text of r.fires) {
      it(`fires on: ${text}`, () => {
        const { result, fired } = firings(text);
        assert.ok(fired.has(r.name), `did not fire; fired: ${[...fired].join(', ') || 'nothing'}; statements: ${describeAll(result)}`);
      });
    }
    for (const text of r.doesNotFire ?? []) {
      it(`does not fire on: ${text}`, () => {
        const { result, fired } = firings(text);
        assert.ok(!fired.has(r.name), `fired; statements: ${describeAll(result)}`);
      });
    }
  });
}
