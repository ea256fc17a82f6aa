import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstPart, payloadPart } from '../../src/lib/timeline-payload.ts';
import { CHUNK_POINTS, partFiles, pointChunks, statementsPages } from '../../src/pipeline/publish/point-chunks.ts';
import { actors, point } from '../timeline/support.ts';

describe('the points in parts', () => {
  it('cuts the points into ranges of a fixed size from the newest, oldest first, the last always full', () => {
    assert.deepEqual(pointChunks(1200, 500), [
      [0, 200],
      [200, 700],
      [700, 1200],
    ]);
    assert.deepEqual(pointChunks(500, 500), [[0, 500]]);
    assert.deepEqual(pointChunks(0, 500), [[0, 0]]);
  });

  it('gives the island the points before the newest part in larger files, cut from the newest end', () => {
    assert.deepEqual(partFiles(2 * CHUNK_POINTS + 50, 100), [
      [0, 50],
      [50, 150],
      [150, 250],
    ]);
    assert.deepEqual(partFiles(3 * CHUNK_POINTS, 5 * CHUNK_POINTS), [[0, 2 * CHUNK_POINTS]]);
    assert.deepEqual(partFiles(CHUNK_POINTS), [], 'the newest part is the whole story');
  });

  it('gives the list a page for every part but the newest, which is the home page', () => {
    assert.deepEqual(statementsPages(CHUNK_POINTS), []);
    assert.deepEqual(statementsPages(2 * CHUNK_POINTS + 1), ['/statements/1/', '/statements/2/']);
  });

  const data = {
    actors,
    articles: [
      { id: 'a', title: 'A', outlet: null, path: '/articles/a/' },
      { id: 'b', title: 'B', outlet: null, path: '/articles/b/' },
    ],
    points: [
      point('lavrov', '2022-01-10', { sources: [{ article: 'a', direct: true, excerpt: '', anchor: '' }] }),
      point('blinken', '2022-01-12', {
        dateEnd: '2022-01-18',
        precision: 'week',
        addressees: ['kremlin'],
        sources: [{ article: 'b', direct: true, excerpt: '', anchor: '' }],
      }),
      point('press', null),
    ],
  };

  it('hands each part only the actors and articles its points name', () => {
    const part = payloadPart(data, [1, 2]);
    assert.deepEqual(part.actors.map((a) => a.id).sort(), ['blinken', 'kremlin']);
    assert.deepEqual(
      part.articles.map((a) => a.id),
      ['b'],
    );
  });

  it('embeds the newest part with the addresses of the others and the span of the whole story', () => {
    const first = firstPart(data, [1, 3], ['/data/timeline/1.json']);
    assert.deepEqual(
      first.points.map((p) => p.speaker),
      ['blinken', 'press'],
    );
    assert.deepEqual(first.more, { chunks: ['/data/timeline/1.json'], points: 3, span: ['2022-01-10', '2022-01-18'] });
    assert.equal(firstPart(data, [0, 3], []).more, undefined, 'one part is the whole story');
  });
});
