import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGoldAgainstCorpus, listArticles, loadGoldDir } from '../../src/pipeline/eval/corpus.ts';
import { GoldError } from '../../src/pipeline/eval/gold.ts';

const GOLD = { article: 'a1', articleDate: null, statements: [], noise: [] };

async function withDir(files: Record<string, string>, run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-corpus-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('loadGoldDir reads every gold file and ignores the articles beside them', async () => {
  await withDir({ 'a1.txt': 'text', 'a1.gold.json': JSON.stringify(GOLD), 'a1.meta.yaml': 'date: 2022-01-01' }, async (dir) => {
    const gold = await loadGoldDir(dir);
    assert.deepEqual(
      gold.map((g) => g.article),
      ['a1'],
    );
    assert.deepEqual(await listArticles(dir), ['a1']);
  });
});

test('loadGoldDir names the file that is not JSON', async () => {
  await withDir({ 'a1.gold.json': '{ "article": ' }, async (dir) => {
    await assert.rejects(
      loadGoldDir(dir),
      (error: unknown) => error instanceof GoldError && error.file.endsWith('a1.gold.json') && /not valid JSON/.test(error.message),
    );
  });
});

test('loadGoldDir rejects a gold file whose name does not match its article', async () => {
  await withDir({ 'b2.gold.json': JSON.stringify(GOLD) }, async (dir) => {
    await assert.rejects(loadGoldDir(dir), /does not match the file name/);
  });
});

test('checkGoldAgainstCorpus rejects gold for an article that is not in the corpus', () => {
  assert.throws(
    () => checkGoldAgainstCorpus([{ ...GOLD, article: 'missing' }], ['a1'], 'gold', 'articles'),
    (error: unknown) => error instanceof GoldError && /"missing" is not in the corpus articles/.test(error.message),
  );
  checkGoldAgainstCorpus([GOLD], ['a1'], 'gold', 'articles');
});
