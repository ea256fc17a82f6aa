import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSearchIndex } from '../../src/pipeline/search/documents.ts';
import { SearchEngine } from '../../src/shared/search/engine.ts';
import { joinSearchIndex, namesOnly, searchPartPath, splitSearchIndex } from '../../src/shared/search/index-parts.ts';
import { appendTextIndex, field, textIndex } from '../../src/shared/search/text-index.ts';
import { dataset, points } from './support.ts';

/** A round trip through JSON, as the files are. */
const served = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const QUERIES = ['Lavrov', 'lavorv', 'la', '"written answers"', '=Blinken', "'moscow", 'ready talk', 'Times', 'security guar', "'s"];

describe('the search index in parts', () => {
  const whole = buildSearchIndex(dataset(points));

  it('cuts the statements into parts of the given size, in order, and joins them back', () => {
    const { manifest, parts } = served(splitSearchIndex(whole, 3));
    assert.equal(manifest.format, 2);
    assert.equal(manifest.statements, points.length);
    assert.equal(parts.length, Math.ceil(points.length / 3));
    assert.ok(parts.slice(0, -1).every((p) => p.docs.length === 3));
    assert.deepEqual(
      manifest.parts,
      parts.map((_, n) => `search/${n + 1}.json`),
    );
    assert.equal(searchPartPath(0), '/data/search/1.json');
    assert.equal('docs' in manifest, false);
    assert.deepEqual(joinSearchIndex(manifest, parts), served(whole));
  });

  it('has one part, empty, for no statements', () => {
    const { manifest, parts } = splitSearchIndex(buildSearchIndex(dataset([])));
    assert.deepEqual([manifest.statements, parts.length, parts[0]?.docs.length], [0, 1, 0]);
  });

  it('will not join parts that do not add up to the manifest', () => {
    const { manifest, parts } = splitSearchIndex(whole, 3);
    assert.throws(() => joinSearchIndex(manifest, parts.slice(1)), /the parts hold \d+ statements, the manifest says \d+/);
  });

  it('searches, ranks and marks as one file does, once every part is added to the engine', async () => {
    const one = await SearchEngine.create(served(whole));
    const { manifest, parts } = served(splitSearchIndex(whole, 2));
    const grown = await SearchEngine.create(namesOnly(manifest));
    assert.equal(grown.search('Lavrov', 10).total, 0);
    for (const part of parts) await grown.add(part.docs);
    // Queries that find something, or the comparison below would prove little.
    assert.ok(QUERIES.filter((q) => one.search(q, 1).total > 0).length >= 7);
    for (const query of QUERIES) {
      const expected = one.search(query, 100);
      const actual = grown.search(query, 100);
      assert.deepEqual(actual, expected, query);
      assert.deepEqual(
        actual.hits.map((h) => grown.view(h, actual.terms)),
        expected.hits.map((h) => one.view(h, expected.terms)),
        query,
      );
    }
    assert.deepEqual(grown.vocabulary(), one.vocabulary());
  });

  it('forgets what it matched before a part came', async () => {
    const { manifest, parts } = served(splitSearchIndex(whole, points.length - 1));
    const engine = await SearchEngine.create(namesOnly(manifest));
    await engine.add(parts[0]!.docs);
    const last = whole.docs.at(-1)!;
    const query = `=${whole.entities[last.speaker]!.name.split(' ')[0]}`;
    const before = engine.search(query, 100).hits.map((h) => h.doc.id);
    await engine.add(parts[1]!.docs);
    const after = engine.search(query, 100).hits.map((h) => h.doc.id);
    assert.ok(!before.includes(last.id) && after.includes(last.id), `${query}: ${before.join(', ')} then ${after.join(', ')}`);
  });
});

describe('appendTextIndex', () => {
  it('merges the words in order and numbers the later statements after the earlier', async () => {
    const a = await textIndex([field(['beta alpha', 'gamma'])]);
    const b = await textIndex([field(['alpha delta'])]);
    const joined = appendTextIndex(a, b);
    assert.deepEqual(joined.words, ['alpha', 'beta', 'delta', 'gamma']);
    assert.deepEqual(
      joined.postings.map((p) => [...p]),
      [[0, 2], [0], [2], [1]],
    );
    assert.deepEqual(joined.fields[0]!.folded, ['beta alpha', 'gamma', 'alpha delta']);
    const once = await textIndex([field(['beta alpha', 'gamma', 'alpha delta'])]);
    assert.deepEqual([joined.words, joined.postings], [once.words, once.postings]);
  });
});
