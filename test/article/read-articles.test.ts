import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticleReadError, readArticles, type ReadResult } from '../../src/pipeline/article/read-articles.ts';
import { parseSidecar } from '../../src/pipeline/article/sidecar.ts';
import { ARTICLES_DIR } from './support.ts';

const BODY = 'The foreign minister said on Tuesday that the talks would continue next week.';

let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wsw-articles-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
/** A fresh directory holding the given files (string → UTF-8, bytes as given). */
async function dirWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(root, `case-${counter++}`);
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

/** Reads `dir`, expecting `file` alone to be left out, for `reason`, and everything else read. */
async function skips(dir: string, file: string, reason: RegExp): Promise<ReadResult> {
  const result = await readArticles(dir);
  assert.deepEqual(
    result.skipped.map((s) => s.file),
    [file],
  );
  assert.match(result.skipped[0]!.reason, reason);
  return result;
}

const warningsOf = (result: ReadResult, kind: string) => result.warnings.filter((w) => w.kind === kind).map((w) => [w.article, w.message]);

describe('readArticles', () => {
  it('reads *.txt sorted by name, ignoring other files', async () => {
    const dir = await dirWith({ 'b.txt': BODY, 'a.txt': BODY, 'notes.md': '# not an article', 'c.txt.bak': 'x' });
    const { articles, skipped } = await readArticles(dir);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['a', 'b'],
    );
    assert.deepEqual(skipped, []);
  });

  it('merges YAML, YML and JSON sidecars', async () => {
    const dir = await dirWith({
      'a.txt': BODY,
      'a.meta.yaml': 'date: 2022-01-18\noutlet: The Moscow Times\n',
      'b.txt': BODY,
      'b.meta.yml': 'title: B Title\n',
      'c.txt': BODY,
      'c.meta.json': '{"url": "https://example.com/c"}',
    });
    const [a, b, c] = (await readArticles(dir)).articles;
    assert.equal(a?.date, '2022-01-18');
    assert.equal(a?.dateSource, 'metadata');
    assert.equal(a?.outlet, 'The Moscow Times');
    assert.equal(b?.title, 'B Title');
    assert.equal(c?.url, 'https://example.com/c');
  });

  it('strips a BOM, parses CRLF text, and keeps raw as decoded', async () => {
    const raw = `Talks Headline Here\r\n\r\n${BODY}\r\n`;
    const dir = await dirWith({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw, 'utf8')]) });
    const [article] = (await readArticles(dir)).articles;
    assert.equal(article?.raw, raw);
    assert.equal(article?.title, 'Talks Headline Here');
    assert.equal(article?.text, BODY);
  });

  it('reads text that is not UTF-8 as Windows-1252, and says so', async () => {
    const dir = await dirWith({ 'a.txt': Buffer.from(`Caf\xe9 Talks Resume\n\n${BODY}`, 'latin1'), 'b.txt': BODY });
    const result = await readArticles(dir);
    assert.equal(result.articles[0]?.title, 'Café Talks Resume');
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(
      warningsOf(result, 'decoded').map(([a]) => a),
      ['a'],
    );
    assert.match(warningsOf(result, 'decoded')[0]![1]!, /Windows-1252/);
  });

  it('takes the encoding a sidecar gives', async () => {
    const cyrillic = Buffer.from([0xcc, 0xe8, 0xf0]); // "Мир" in Windows-1251
    const dir = await dirWith({ 'a.txt': Buffer.concat([cyrillic, Buffer.from(`\n\n${BODY}`)]), 'a.meta.yaml': 'encoding: windows-1251\n' });
    const result = await readArticles(dir);
    assert.equal(result.articles[0]?.title, 'Мир');
    assert.deepEqual(result.warnings, []);
  });

  it('strips a stray NUL byte and says so, publishing the rest', async () => {
    const dir = await dirWith({
      'a.txt': Buffer.concat([Buffer.from('Talks Headline\n\nThe minister said'), Buffer.from([0]), Buffer.from(' on Tuesday that the talks would go on.')]),
    });
    const result = await readArticles(dir);
    assert.equal(result.articles[0]?.text, 'The minister said on Tuesday that the talks would go on.');
    assert.match(warningsOf(result, 'decoded')[0]![1]!, /stray control character/);
  });

  it('leaves out a binary file, and publishes the others', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await skips(await dirWith({ 'a.txt': BODY, 'b.txt': png }), 'b.txt', /PNG image/);
    assert.deepEqual(
      result.articles.map((a) => a.id),
      ['a'],
    );
  });

  it('leaves out an empty file and a whitespace-only file', async () => {
    await skips(await dirWith({ 'a.txt': '', 'b.txt': BODY }), 'a.txt', /empty/);
    await skips(await dirWith({ 'a.txt': ' \n\u00A0\t\r\n', 'b.txt': BODY }), 'a.txt', /empty/);
  });

  it('leaves out a file where nothing but boilerplate is left', async () => {
    const dir = await dirWith({ 'a.txt': 'date 2022-02-01 Support The Moscow Times!\n\nhttps://example.com/x\n\nImage: AP\n' });
    await skips(dir, 'a.txt', /no body text/);
  });

  it('leaves out an article whose sidecar is invalid, naming the sidecar', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'a.meta.yaml': 'date: 2022-02-30\n' });
    await skips(dir, 'a.txt', /sidecar a\.meta\.yaml is invalid: .*real day/);
  });

  it('lists a sidecar without an article', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'b.meta.json': '{}' });
    const result = await skips(dir, 'b.meta.json', /sidecar without its article/);
    assert.deepEqual(
      result.articles.map((a) => a.id),
      ['a'],
    );
  });

  it('leaves out an article with two sidecars, since either could be meant', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'a.meta.json': '{}', 'a.meta.yaml': '' });
    await skips(dir, 'a.txt', /2 sidecars \(a\.meta\.json, a\.meta\.yaml\)/);
  });

  it('warns about a dateline whose date is no day, naming the date', async () => {
    const result = await readArticles(await dirWith({ 'a.txt': `date 2022-13-45\n\nTalks Headline\n\n${BODY}` }));
    assert.equal(result.articles[0]?.date, null);
    assert.deepEqual(
      warningsOf(result, 'dateline').map(([a]) => a),
      ['a'],
    );
    assert.match(warningsOf(result, 'dateline')[0]![1]!, /"date 2022-13-45"/);
  });

  it('fails clearly on a missing directory', async () => {
    const missing = path.join(root, 'does-not-exist');
    await assert.rejects(readArticles(missing), (error: unknown) => {
      assert.ok(error instanceof ArticleReadError);
      assert.equal(error.file, missing);
      assert.match(error.message, /does not exist/);
      return true;
    });
  });

  it('reads the real content folder, applying its sidecars', async () => {
    const { articles, skipped, warnings } = await readArticles(ARTICLES_DIR);
    assert.ok(articles.length >= 5);
    assert.deepEqual(skipped, []);
    assert.deepEqual(warnings, []);
    const byId = new Map(articles.map((a) => [a.id, a]));
    assert.equal(byId.get('000_43d6ccf62db35b61')?.outlet, 'The Moscow Times');
    assert.equal(byId.get('003_d35343b13bc32c5b')?.time, '09:49');
    for (const article of articles) {
      const sidecarPath = path.join(ARTICLES_DIR, `${article.id}.meta.yaml`);
      const sidecar = await readFile(sidecarPath, 'utf8').catch(() => null);
      if (sidecar === null) continue;
      const meta = parseSidecar(sidecarPath, sidecar, 'yaml');
      if (meta.date) {
        assert.equal(article.date, meta.date);
        assert.equal(article.dateSource, 'metadata');
      }
      if (meta.outlet) assert.equal(article.outlet, meta.outlet);
    }
  });
});
