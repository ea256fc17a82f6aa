import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../../src/pipeline/search/documents.ts';
import { nameWordsOf } from '../../src/shared/search/index-file.ts';
import { NAME_WORD_FUSE_OPTIONS } from '../../src/shared/search/options.ts';
import { dataset, point, points, source } from './support.ts';

describe('the search index', () => {
  const file = buildSearchIndex(dataset(points));

  it('has one compact document per statement, in the dataset order, with what a result shows', () => {
    assert.deepEqual(
      file.docs.map((d) => d.id),
      points.map((p) => p.id),
    );
    const [answers] = file.docs;
    assert.ok(answers);
    const name = (i: number | undefined) => file.entities[i ?? -1]?.name;
    assert.equal(answers.path, '/points/lavrov-answers/');
    assert.equal(answers.when, '1 February 2022');
    assert.equal(answers.words, '“We are waiting for written answers”');
    assert.equal(name(answers.speaker), 'Sergey Lavrov');
    assert.deepEqual(answers.addressees.map(name), ['Antony Blinken']);
    assert.deepEqual(answers.outlets.map(name), ['The Moscow Times']);
    assert.deepEqual(answers.excerpts, ['Lavrov said: “We are waiting for written answers,” after talks with Blinken.']);
    const undated = file.docs.find((d) => d.id === 'us-undated');
    assert.deepEqual([undated?.date, undated?.when, undated?.words], [null, 'Undated', 'United States: is ready to talk']);
  });

  it('names each actor and outlet once, only those some statement involves', () => {
    const names = file.entities.map((e) => `${e.kind}:${e.name}`);
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.includes('outlet:Europa Press'));
    assert.ok(!names.includes('actor:Vladimir Putin'), 'an actor no statement involves');
  });

  it('lists each excerpt once and each outlet once, and leaves out unknown outlets', () => {
    const twice = source('The same sentence.', { article: 'a2' });
    const one = buildSearchIndex({
      ...dataset([point('lavrov', { sources: [twice, { ...twice }] })]),
      articles: [{ id: 'a2', title: null, outlet: null, date: null, dateSource: 'none', url: null, path: '/articles/a2/' }],
    });
    assert.deepEqual(one.docs[0]?.excerpts, ['The same sentence.']);
    assert.deepEqual(one.docs[0]?.outlets, []);
  });

  it('ships the words of names folded, with a Fuse index Fuse.parseIndex reads back', () => {
    assert.ok(file.nameWords.includes('lavrov'));
    assert.ok(file.nameWords.includes('elysee'), 'folded');
    assert.ok(file.nameWords.includes('thomas-greenfield') && file.nameWords.includes('greenfield'));
    assert.deepEqual(file.nameWords, [...file.nameWords].sort());
    const fuse = new Fuse(
      file.nameWords,
      NAME_WORD_FUSE_OPTIONS,
      Fuse.parseIndex<string>(JSON.parse(JSON.stringify(file.nameWordIndex)) as typeof file.nameWordIndex),
    );
    assert.deepEqual(
      fuse.search('lavorv').map((r) => r.item),
      ['lavrov'],
    );
  });

  it('splits a name into words, and hyphenated or possessive words into their parts as well', () => {
    assert.deepEqual(nameWordsOf("russia's top diplomat, linda thomas-greenfield"), [
      "russia's",
      'russia',
      'top',
      'diplomat',
      'linda',
      'thomas-greenfield',
      'thomas',
      'greenfield',
    ]);
    assert.deepEqual(nameWordsOf('u.s. -- a'), []);
  });
});
