import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { extractArticle } from '../../src/pipeline/extract/extract-article.ts';
import { parse, registry } from '../extract/support.ts';

const article = (id: string, date: string, text: string) => parse(text, { id, date });

describe('actors across articles', () => {
  const first = article('first', '2024-03-11', 'Lena Osei, a pollster in Port Sylvan, said the vote would be close.');
  const second = article('second', '2024-03-12', 'Lena Osei said on Tuesday that turnout had been higher than in any earlier election.');
  const surname = article('third', '2024-03-13', 'Osei said the count would take another two days at least.');

  it('one person named in full in two articles is one actor', () => {
    const { dataset } = buildDataset([first, second], registry());
    const speakers = new Set(dataset.points.map((p) => p.speaker));
    assert.deepEqual([...speakers], ['lena-osei']);
    assert.equal(dataset.actors.filter((a) => a.name === 'Lena Osei').length, 1);
  });

  it('a surname alone is the one person of that surname named in full in another article', () => {
    const { dataset } = buildDataset([first, surname], registry());
    const osei = dataset.actors.find((a) => a.id === 'lena-osei');
    assert.ok(osei, JSON.stringify(dataset.actors));
    assert.ok(osei.aliases.includes('Osei'), osei.aliases.join());
    assert.ok(dataset.points.length > 0, 'some statement');
    assert.ok(
      dataset.points.every((p) => p.speaker === 'lena-osei'),
      JSON.stringify(dataset.points.map((p) => p.speaker)),
    );
  });

  it('a surname two people share stays its own actor: never a guess between them', () => {
    const other = article('other', '2024-03-12', 'Kofi Osei, a farmer near the dam, said the canals had been dry since March.');
    const { dataset } = buildDataset([first, other, surname], registry());
    const speakerOf = (needle: string) => dataset.points.find((p) => p.summary.includes(needle))?.speaker;
    assert.equal(speakerOf('count would take'), 'osei');
    assert.equal(speakerOf('vote would be close'), 'lena-osei');
    assert.equal(speakerOf('canals had been dry'), 'kofi-osei');
  });

  it("the registry's actors keep their ids and gather the names the articles give them", () => {
    const text = 'Foreign Minister Ana Ruiz said the border would reopen on Friday for all lorries.';
    const { dataset } = buildDataset([article('a', '2024-03-12', text)], registry());
    const ruiz = dataset.actors.find((a) => a.id === 'ana-ruiz');
    assert.ok(ruiz);
    assert.ok(ruiz.aliases.includes('Ruiz'));
  });

  it('what one article says does not depend on the other articles, and the dataset not on their order', () => {
    const alone = extractArticle(surname, registry()).statements.map((s) => [s.speaker.name, s.words]);
    const { statements } = buildDataset([first, second, surname], registry());
    const together = statements.filter((s) => s.statement.article === 'third');
    assert.equal(together.length, alone.length);
    assert.deepEqual(buildDataset([surname, second, first], registry()).dataset, buildDataset([first, second, surname], registry()).dataset);
  });
});
