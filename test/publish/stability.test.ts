/**
 * Ids stay put: the seed articles' point ids survive adding an article, removing an
 * unrelated one and reading the articles in another order; and every id a registry
 * remembers that a build no longer has leads to its successor or to a reason.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readActorRegistry } from '../../src/pipeline/actors/read-actor-registry.ts';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { emptyRegistry, identityOf, recordPublished } from '../../src/pipeline/publish/id-registry.ts';
import { retiredIds } from '../../src/pipeline/publish/successor.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';

const SEEDS = 'content/articles';
const EXTRA = 'test/publish/fixtures/lavrov-truss-moscow.txt';

let tmp: string;
let seeds: PipelineResult;

/** The seeds copied to a temporary folder, minus the files of `without`, plus `extra` files. */
async function variant(name: string, { without, extra = [] }: { without?: string; extra?: string[] }): Promise<PipelineResult> {
  const dir = path.join(tmp, name);
  await cp(SEEDS, dir, { recursive: true });
  if (without) for (const file of await readdir(dir)) if (file.startsWith(`${without}.`)) await rm(path.join(dir, file));
  for (const file of extra) await cp(file, path.join(dir, path.basename(file)));
  return runPipeline({ articlesDir: dir });
}

const ids = (result: PipelineResult): Set<string> => new Set(result.dataset.points.map((p) => p.id));

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wsw-ids-'));
  seeds = await runPipeline({ articlesDir: SEEDS });
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('point ids of the seed articles', () => {
  it('all exist, unchanged, when another article is added', async () => {
    const more = await variant('extra', { extra: [EXTRA] });
    const after = ids(more);
    assert.ok(after.size > seeds.dataset.points.length, 'the extra article brings points of its own');
    assert.deepEqual(
      seeds.dataset.points.map((p) => p.id).filter((id) => !after.has(id)),
      [],
    );
  });

  it('of points another article does not report stay unchanged when that article is removed', async () => {
    const dropped = '004_0a95f826a008e82f';
    const fewer = ids(await variant('fewer', { without: dropped }));
    const unrelated = seeds.dataset.points.filter((p) => !p.sources.some((s) => s.article === dropped));
    assert.ok(unrelated.length > 0 && unrelated.length < seeds.dataset.points.length);
    assert.deepEqual(
      unrelated.map((p) => p.id).filter((id) => !fewer.has(id)),
      [],
    );
  });

  it('do not depend on the order the articles are read in', async () => {
    const actors = await readActorRegistry('content/actors.yaml');
    const reversed = buildDataset([...seeds.articles].reverse(), actors).dataset;
    assert.deepEqual(
      reversed.points.map((p) => p.id),
      seeds.dataset.points.map((p) => p.id),
    );
  });
});

describe('retired ids', () => {
  it('each lead to a current point or to a reason, once an article is removed', async () => {
    const dropped = '002_ba492a271d179c88';
    const registry = recordPublished(emptyRegistry(), seeds.dataset);
    const fewer = await variant('retire', { without: dropped });
    const current = ids(fewer);
    const retired = retiredIds(registry, fewer.dataset);
    const gone = seeds.dataset.points.filter((p) => !current.has(p.id));
    assert.ok(gone.length > 0, 'removing an article retires some ids');
    assert.deepEqual(
      retired.map((r) => r.id),
      gone.map((p) => p.id).sort(),
    );
    for (const r of retired) {
      if (r.kind === 'moved') assert.ok(current.has(r.to.id), `${r.id} moves to a current point`);
      else {
        const articles = new Set(registry.points[r.id]!.sources.map((s) => s.article));
        assert.equal(r.because, articles.size === 1 && articles.has(dropped) ? 'articles-gone' : 'not-found', r.id);
      }
    }
    const onlyThere = gone.filter((p) => p.sources.every((s) => s.article === dropped));
    assert.ok(onlyThere.length > 0);
    for (const p of onlyThere) {
      assert.deepEqual(
        retired.find((r) => r.id === p.id),
        { id: p.id, kind: 'removed', because: 'articles-gone', articles: [] },
      );
    }
  });

  it('lead from an id published before its quote was corrected to the point its sentence now makes', () => {
    const target = seeds.dataset.points.find((p) => p.quote !== null)!;
    const before = { ...identityOf(target), words: `${identityOf(target).words} misread` };
    const [retired] = retiredIds({ format: 1, points: { 'published-before-a-correction': before } }, seeds.dataset);
    assert.ok(retired?.kind === 'moved');
    assert.equal(retired.to.id, target.id);
  });
});
