import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { occurrences, type Placement } from '../../src/shared/search/highlight.ts';
import { NameText } from '../../src/shared/search/name-text.ts';
import { invention } from './invented.ts';

const PLACEMENTS: Placement[] = ['anywhere', 'word-start', 'whole-word'];

/** The plain way: each entity's names in turn, the first that has the needle placed as asked. */
function eachName(names: readonly (readonly string[])[], needle: string, placement: Placement): [number, number][] {
  return names.flatMap((list, entity): [number, number][] => {
    const place = list.findIndex((name) => occurrences(name, needle, placement).length > 0);
    return place === -1 ? [] : [[entity, place]];
  });
}

describe('looking for a term in every name at once', () => {
  const made = invention(5);
  // Names of one to four words, some repeated as an alias, some entities with no alias, one with an empty one.
  const name = (): string => Array.from({ length: 1 + made.below(4) }, () => made.word(1, 9)).join(' ');
  const names = Array.from({ length: 400 }, () => {
    const own = name();
    return [own, ...Array.from({ length: made.below(4) }, () => (made.chance(0.2) ? own : name()))];
  });
  names.push(['', 'x']);
  const needles = [
    ...Array.from({ length: 300 }, () => {
      const word = made.pick(made.pick(names));
      const from = made.below(word.length);
      return word.slice(from, from + 1 + made.below(8));
    }),
    ...Array.from({ length: 50 }, () => made.word(1, 4)),
  ].filter((needle) => needle.length > 0);
  const text = new NameText(names);

  it('finds each entity with the needle placed as asked, and its first name that has it, as looking name by name does', () => {
    let found = 0;
    for (const placement of PLACEMENTS) {
      for (const needle of needles) {
        const expected = eachName(names, needle, placement);
        const actual: [number, number][] = [];
        text.find(needle, placement, (entity, place) => actual.push([entity, place]));
        assert.deepEqual(actual, expected, `${placement} "${needle}"`);
        found += expected.filter(([, place]) => place > 0).length;
      }
    }
    assert.ok(found > 100, `only ${found} finds in an alias: the comparison proves little`);
  });

  it('does not find a needle across two names', () => {
    const two = new NameText([['anna', 'maria'], ['olena']]);
    const finds = (needle: string, placement: Placement): [number, number][] => {
      const found: [number, number][] = [];
      two.find(needle, placement, (entity, place) => found.push([entity, place]));
      return found;
    };
    for (const needle of ['na ma', 'namaria', 'ria olena', 'aolena']) assert.deepEqual(finds(needle, 'anywhere'), [], needle);
    assert.deepEqual(finds('ole', 'word-start'), [[1, 0]]);
    assert.deepEqual(finds('ria', 'anywhere'), [[0, 1]]);
  });
});
