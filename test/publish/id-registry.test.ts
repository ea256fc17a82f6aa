/** The registry of published ids: what it remembers of a point, how it grows, how it is written and read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyRegistry, identityOf, parseIdRegistry, recordPublished, serialiseRegistry } from '../../src/pipeline/publish/id-registry.ts';
import { dataset, point, source } from '../export/support.ts';

describe('identityOf', () => {
  it('keeps speaker, date, normalised words and where each source reported it', () => {
    const p = point('p1', {
      quote: 'We’re READY, for talks!',
      sources: [source({ article: 'a1', offset: 12, excerpt: 'He said: “We’re READY, for talks!”', quote: 'We’re READY, for talks!' })],
    });
    assert.deepEqual(identityOf(p), {
      speaker: 'lavrov',
      date: '2022-02-01',
      words: 'ready talks',
      sources: [{ article: 'a1', offset: 12, length: 34, words: 'ready talks' }],
    });
  });

  it('takes the first report’s words when no source quotes directly', () => {
    const p = point('p1', { quote: null, sources: [source({ direct: false, quote: 'that Moscow awaits answers' })] });
    assert.equal(identityOf(p).words, 'moscow awaits answers');
  });
});

describe('recordPublished', () => {
  it('adds the ids of a build and never drops one that is gone', () => {
    const first = recordPublished(emptyRegistry(), dataset([point('p1'), point('p2')]));
    const second = recordPublished(first, dataset([point('p2'), point('p3')]));
    assert.deepEqual(Object.keys(second.points).sort(), ['p1', 'p2', 'p3']);
    assert.deepEqual(second.points.p1, first.points.p1);
  });

  it('keeps a known id’s identity, adding the sources it did not list yet', () => {
    const first = recordPublished(emptyRegistry(), dataset([point('p1', { date: '2022-02-01' })]));
    const again = recordPublished(first, dataset([point('p1', { date: '2022-02-02', sources: [source(), source({ article: 'a2', offset: 7 })] })]));
    assert.equal(again.points.p1!.date, '2022-02-01');
    assert.deepEqual(
      again.points.p1!.sources.map((s) => [s.article, s.offset]),
      [
        ['a1', 0],
        ['a2', 7],
      ],
    );
  });

  it('does not change the registry it is given', () => {
    const registry = emptyRegistry();
    recordPublished(registry, dataset([point('p1')]));
    assert.deepEqual(registry, emptyRegistry());
  });
});

describe('serialiseRegistry and parseIdRegistry', () => {
  it('round-trip, ids and sources in a fixed order whatever the build order', () => {
    const a = recordPublished(emptyRegistry(), dataset([point('b', { sources: [source({ article: 'a2' }), source()] }), point('a')]));
    const b = recordPublished(emptyRegistry(), dataset([point('a'), point('b', { sources: [source(), source({ article: 'a2' })] })]));
    const text = serialiseRegistry(a);
    assert.equal(text, serialiseRegistry(b));
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.indexOf('"a"') < text.indexOf('"b"'));
    assert.deepEqual(parseIdRegistry(text, 'ids.json'), parseIdRegistry(serialiseRegistry(parseIdRegistry(text, 'ids.json')), 'ids.json'));
  });

  it('names the file and the id at fault', () => {
    assert.throws(() => parseIdRegistry('{', 'ids.json'), /ids\.json: not JSON/);
    assert.throws(() => parseIdRegistry('{"format":2,"points":{}}', 'ids.json'), /expected \{"format": 1/);
    assert.throws(() => parseIdRegistry('{"format":1,"points":{"Bad Id":{}}}', 'ids.json'), /"Bad Id": not a point id/);
    assert.throws(
      () => parseIdRegistry('{"format":1,"points":{"p1":{"speaker":"x","date":null,"words":"w","sources":[{"article":"a"}]}}}', 'ids.json'),
      /ids\.json: "p1": a source needs/,
    );
  });
});

describe('the actors of the registry', () => {
  const withPages = (actors: { id: string; name: string; aliases: string[] }[]) => {
    const data = dataset([point('p1')]);
    data.actors = [
      ...actors.map((a) => ({ ...a, kind: 'person' as const, path: `/actors/${a.id}/` })),
      { id: 'unknown', name: 'Unresolved speaker', aliases: [], kind: 'unknown' },
    ];
    return data;
  };

  it('remembers every actor with a page by its names, keeps the first name and gathers the aliases', () => {
    const first = recordPublished(emptyRegistry(), withPages([{ id: 'lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'] }]));
    const second = recordPublished(first, withPages([{ id: 'lavrov', name: 'Sergei Lavrov', aliases: ['Russia’s top diplomat'] }]));
    assert.deepEqual(second.actors, { lavrov: { name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov', 'Russia’s top diplomat'] } });
  });

  it('round-trips, reads a registry written before actors had pages, and names an actor id at fault', () => {
    const registry = recordPublished(
      emptyRegistry(),
      withPages([
        { id: 'b', name: 'B', aliases: ['z', 'a'] },
        { id: 'a', name: 'A', aliases: [] },
      ]),
    );
    const text = serialiseRegistry(registry);
    assert.ok(text.indexOf('"a": {\n      "name"') < text.indexOf('"b": {\n      "name"'));
    assert.deepEqual(parseIdRegistry(text, 'ids.json').actors, { a: { name: 'A', aliases: [] }, b: { name: 'B', aliases: ['a', 'z'] } });
    assert.deepEqual(parseIdRegistry('{"format": 1, "points": {}}', 'old.json').actors, {});
    assert.throws(() => parseIdRegistry('{"format": 1, "points": {}, "actors": {"x": {"name": 1}}}', 'bad.json'), /bad\.json: actor "x": needs name/);
  });
});
