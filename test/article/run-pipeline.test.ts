/**
 * A folder with bad files still publishes the good ones: what is left out is listed with the
 * reason, each among the warnings too (so `npm run extract` prints it), and an article the
 * extractor fails on is named and left out without taking the others down.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { duplicateTexts, futureDates } from '../../src/pipeline/article/checks.ts';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { Paragraph } from '../../src/pipeline/types.ts';
import { registry } from '../extract/support.ts';

const STORY = (name: string) => `Talks Resume in Geneva\n\n${name} said on Tuesday that the talks would resume next week, “we are ready,” he added.\n`;

let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wsw-pipeline-'));
});
after(() => rm(root, { recursive: true, force: true }));

async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir);
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
  return dir;
}

describe('runPipeline on a folder with bad files', () => {
  it('publishes every article it can read and lists every other file, once, with why', async () => {
    const dir = await folder('wire', {
      'a.txt': STORY('Sergey Lavrov'),
      'a.meta.yaml': 'date: 2022-01-18\n',
      'b.txt': Buffer.from(STORY('Antony Blinken').replace('Geneva', 'Gen\u00e8ve'), 'latin1'),
      'empty.txt': '',
      'scan.txt': Buffer.from('%PDF-1.4\n'),
      'orphan.meta.json': '{}',
    });
    const result = await runPipeline({ articlesDir: dir, actorsFile: 'content/actors.yaml', today: '2022-02-01' });
    assert.deepEqual(
      result.articles.map((a) => a.id),
      ['a', 'b'],
    );
    assert.deepEqual(result.dataset.builtFrom.articles, ['a', 'b']);
    assert.deepEqual(
      result.skipped.map((s) => s.file),
      ['empty.txt', 'orphan.meta.json', 'scan.txt'],
    );
    assert.deepEqual(
      result.warnings.filter((w) => w.kind === 'not-published').map((w) => w.article),
      ['empty', 'orphan', 'scan'],
    );
    assert.ok(result.warnings.some((w) => w.article === 'b' && w.kind === 'decoded'));
  });

  it('leaves out an article it is told to, and builds the dataset without it', async () => {
    const dir = await folder('leave-out', { 'a.txt': STORY('Sergey Lavrov'), 'b.txt': STORY('Antony Blinken') });
    const result = await runPipeline({ articlesDir: dir, actorsFile: 'content/actors.yaml', leaveOut: new Map([['b', 'its page could not be written']]) });
    assert.deepEqual(result.dataset.builtFrom.articles, ['a']);
    assert.ok(result.dataset.points.length > 0, 'the article kept yields points');
    assert.ok(result.dataset.points.every((p) => p.sources.every((s) => s.article === 'a')));
    assert.deepEqual(result.skipped, [{ file: 'b.txt', reason: 'its page could not be written' }]);
  });

  it('still refuses, naming it, a folder that does not exist', async () => {
    await assert.rejects(runPipeline({ articlesDir: path.join(root, 'nowhere') }), /nowhere: articles directory does not exist/);
  });
});

describe('buildDataset', () => {
  it('names an article the extractor fails on and publishes the others', () => {
    const good = parseArticle('good', STORY('Sergey Lavrov'), { date: '2022-01-18' });
    // A broken structure makes the extractor throw, as an unforeseen bug in it would.
    const broken = { ...parseArticle('broken', STORY('Antony Blinken')), paragraphs: null as unknown as Paragraph[] };
    const { dataset, failed } = buildDataset([broken, good], registry());
    assert.deepEqual(dataset.builtFrom.articles, ['good']);
    assert.ok(dataset.points.length > 0);
    assert.deepEqual(
      failed.map((f) => f.article),
      ['broken'],
    );
    assert.match(failed[0]!.reason, /^the extractor failed on it \(.+\)/);
  });
});

describe('checks across articles', () => {
  it('warns about a publication date after the build’s day, with a day of grace', () => {
    const on = (date: string) => parseArticle(date, STORY('Sergey Lavrov'), { date });
    const warnings = futureDates([on('2022-02-01'), on('2022-02-02'), on('2022-02-03')], '2022-02-01');
    assert.deepEqual(
      warnings.map((w) => w.article),
      ['2022-02-03'],
    );
    assert.match(warnings[0]!.message, /2022-02-03 \(from its sidecar\), is after the day of this build \(2022-02-01\)/);
  });

  it('warns about two files with the same text, naming the first', () => {
    const a = parseArticle('a', STORY('Sergey Lavrov'));
    const b = parseArticle('b', `Another Headline\n\n${STORY('Sergey Lavrov').split('\n\n')[1]}`);
    const c = parseArticle('c', STORY('Antony Blinken'));
    assert.deepEqual(
      duplicateTexts([c, b, a]).map((w) => [w.article, w.message]),
      [['b', 'the same text as a: its statements merge into the same points']],
    );
  });
});
