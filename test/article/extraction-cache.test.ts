/**
 * The extraction cache: a second run extracts only what changed, and what it reuses makes the
 * very same dataset as extracting everything again.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codeVersion } from '../../src/pipeline/extraction-cache.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

const STORY = (name: string, words: string) => `Talks Resume in Geneva\n\n${name} said on Tuesday that ${words}, “we are ready,” he added.\n`;

let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wsw-extraction-cache-'));
});
after(() => rm(root, { recursive: true, force: true }));

async function story(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
}

describe('runPipeline with an extraction cache', () => {
  it('extracts only the new or changed articles, and builds the same dataset as without the cache', async () => {
    const articlesDir = path.join(root, 'wire');
    const cache = { dir: path.join(root, 'cache'), version: 'v1' };
    await story(articlesDir, {
      'a.txt': STORY('Sergey Lavrov', 'the talks would resume next week'),
      'a.meta.yaml': 'date: 2022-01-18\n',
      'b.txt': STORY('Antony Blinken', 'the answers would be written'),
    });
    const first = await runPipeline({ articlesDir, extractionCache: cache });
    assert.deepEqual(first.cache, { reused: 0, extracted: 2 });

    await story(articlesDir, { 'c.txt': STORY('Jens Stoltenberg', 'the alliance stood united'), 'b.meta.yaml': 'date: 2022-01-19\n' });
    const second = await runPipeline({ articlesDir, extractionCache: cache });
    // a is reused; b's sidecar changed, and c is new.
    assert.deepEqual(second.cache, { reused: 1, extracted: 2 });
    assert.deepEqual(second.dataset, (await runPipeline({ articlesDir })).dataset);
    // What this run did not use is gone: one entry per article.
    assert.equal((await readdir(cache.dir)).length, 3);

    const again = await runPipeline({ articlesDir, extractionCache: { ...cache, version: 'v2' } });
    assert.deepEqual(again.cache, { reused: 0, extracted: 3 }, 'another extractor version reuses nothing');
  });
});

describe('codeVersion', () => {
  it('changes when a file of the code changes, and only then', async () => {
    const code = path.join(root, 'code');
    await story(path.join(code, 'nested'), { 'one.ts': 'export const a = 1;\n' });
    const before = codeVersion([code]);
    assert.equal(codeVersion([code]), before);
    await writeFile(path.join(code, 'nested', 'one.ts'), 'export const a = 2;\n');
    assert.notEqual(codeVersion([code]), before);
  });
});
