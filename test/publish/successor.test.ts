/** What a retired id leads to: the point sharing its source, else the same speaker's like words, else a reason. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyRegistry, identityOf, recordPublished, type IdRegistry, type PublishedPoint } from '../../src/pipeline/publish/id-registry.ts';
import { retiredIds } from '../../src/pipeline/publish/successor.ts';
import type { Point } from '../../src/pipeline/types.ts';
import { dataset, point, source } from '../export/support.ts';

const registryOf = (entries: Record<string, PublishedPoint>): IdRegistry => ({ format: 1, points: entries });

const waiting = point('2022-01-18-lavrov-waiting-answers-aaaaaa', {
  quote: 'we are waiting for written answers',
  sources: [source({ article: 'a1', offset: 100, excerpt: 'Lavrov said: “We are waiting for written answers.”', quote: 'we are waiting for written answers' })],
});

describe('retiredIds', () => {
  it('lists only ids the build no longer has', () => {
    const registry = recordPublished(emptyRegistry(), dataset([waiting]));
    assert.deepEqual(retiredIds(registry, dataset([waiting])), []);
  });

  it('sends a corrected quote to the point reported by the same sentence', () => {
    const corrected: Point = { ...waiting, id: 'new-id', quote: 'we are still waiting for the written answers' };
    const [retired] = retiredIds(
      registryOf({ [waiting.id]: identityOf(waiting) }),
      dataset([corrected, point('other', { sources: [source({ offset: 900 })] })]),
    );
    assert.equal(retired?.kind, 'moved');
    assert.equal(retired.kind === 'moved' && retired.to.id, 'new-id');
    assert.equal(retired.kind === 'moved' && retired.because, 'same-source');
  });

  it('follows a report whose offset moved when the article text was edited, by its words', () => {
    const moved: Point = { ...waiting, id: 'moved', sources: [{ ...waiting.sources[0]!, offset: 4000 }] };
    const [retired] = retiredIds(registryOf({ old: identityOf(waiting) }), dataset([moved]));
    assert.ok(retired?.kind === 'moved' && retired.to.id === 'moved' && retired.because === 'same-source');
  });

  it('sends both halves of a merge to the merged point', () => {
    const other = point('other-old', { sources: [source({ article: 'a2', offset: 5, excerpt: 'x'.repeat(30) })] });
    const merged: Point = { ...waiting, id: 'merged', sources: [...waiting.sources, ...other.sources] };
    const retired = retiredIds(registryOf({ [waiting.id]: identityOf(waiting), [other.id]: identityOf(other) }), dataset([merged]));
    assert.deepEqual(
      retired.map((r) => (r.kind === 'moved' ? r.to.id : r.kind)),
      ['merged', 'merged'],
    );
  });

  it('when a sentence yields two points, prefers the one with the same words', () => {
    const sentence = { article: 'a1', offset: 100, excerpt: 'x'.repeat(60) };
    const a = point('a', { quote: 'sanctions will follow', sources: [source({ ...sentence, quote: 'sanctions will follow' })] });
    const b = point('b', { quote: 'we are waiting for written answers', sources: [source({ ...sentence, quote: 'we are waiting for written answers' })] });
    const [retired] = retiredIds(registryOf({ old: identityOf(waiting) }), dataset([a, b]));
    assert.ok(retired?.kind === 'moved' && retired.to.id === 'b');
  });

  it('falls back to the same speaker’s statement in like words when no source is shared', () => {
    const elsewhere = point('elsewhere', { quote: 'we are waiting for the written answers', sources: [source({ article: 'a2', offset: 0 })] });
    const byOther = point('by-other', { speaker: 'blinken', quote: 'we are waiting for written answers', sources: [source({ article: 'a2', offset: 500 })] });
    const [retired] = retiredIds(registryOf({ old: identityOf(waiting) }), dataset([byOther, elsewhere]));
    assert.ok(retired?.kind === 'moved' && retired.to.id === 'elsewhere' && retired.because === 'same-words');
  });

  it('says the articles are gone when none of them is in the build', () => {
    const gone = point('gone', { sources: [source({ article: 'deleted' })] });
    const [retired] = retiredIds(registryOf({ gone: identityOf(gone) }), dataset([]));
    assert.deepEqual(retired, { id: 'gone', kind: 'removed', because: 'articles-gone', articles: [] });
  });

  it('says the articles no longer yield it when they are still there', () => {
    const [retired] = retiredIds(registryOf({ old: identityOf(waiting) }), dataset([]));
    assert.deepEqual(retired, { id: 'old', kind: 'removed', because: 'not-found', articles: ['a1'] });
  });

  it('gives every retired id in id order, whatever order the registry lists them in', () => {
    const gone = identityOf(point('x', { sources: [source({ article: 'deleted' })] }));
    assert.deepEqual(
      retiredIds(registryOf({ zz: gone, aa: gone, mm: gone }), dataset([])).map((r) => r.id),
      ['aa', 'mm', 'zz'],
    );
  });
});
