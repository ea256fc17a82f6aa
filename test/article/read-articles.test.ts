import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticleReadError, readArticles } from '../../src/pipeline/article/read-articles.ts';
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

async function failsWith(dir: string, file: string, reason: RegExp): Promise<void> {
  await assert.rejects(readArticles(dir), (error: unknown) => {
    assert.ok(error instanceof ArticleReadError, String(error));
    assert.equal(error.file, path.join(dir, file));
    assert.match(error.reason, reason);
    assert.equal(error.message, `${error.file}: ${error.reason}`);
    return true;
  });
}

describe('readArticles', () => {
  it('reads *.txt sorted by name, ignoring other files', async () => {
    const dir = await dirWith({ 'b.txt': BODY, 'a.txt': BODY, 'notes.md': '# not an article', 'c.txt.bak': 'x' });
    const articles = await readArticles(dir);
    assert.deepEqual(articles.map((a) => a.id), ['a', 'b']);
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
    const [a, b, c] = await readArticles(dir);
    assert.equal(a?.date, '2022-01-18');
    assert.equal(a?.dateSource, 'metadata');
    assert.equal(a?.outlet, 'The Moscow Times');
    assert.equal(b?.title, 'B Title');
    assert.equal(c?.url, 'https://example.com/c');
  });

  it('strips a BOM, parses CRLF text, and keeps raw as decoded', async () => {
    const raw = `Talks Headline Here\r\n\r\n${BODY}\r\n`;
    const dir = await dirWith({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw, 'utf8')]) });
    const [article] = await readArticles(dir);
    assert.equal(article?.raw, raw);
    assert.equal(article?.title, 'Talks Headline Here');
    assert.equal(article?.text, BODY);
  });

  it('fails on invalid UTF-8', async () => {
    const dir = await dirWith({ 'a.txt': Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x2e]) });
    await failsWith(dir, 'a.txt', /not valid UTF-8/);
  });

  it('fails on a binary file with NUL bytes', async () => {
    const dir = await dirWith({ 'a.txt': Buffer.from([0x48, 0x00, 0x69]) });
    await failsWith(dir, 'a.txt', /NUL/);
  });

  it('fails on an empty file and a whitespace-only file', async () => {
    await failsWith(await dirWith({ 'a.txt': '' }), 'a.txt', /empty/);
    await failsWith(await dirWith({ 'a.txt': ' \n\u00A0\t\r\n' }), 'a.txt', /empty/);
  });

  it('fails when nothing but boilerplate is left', async () => {
    const dir = await dirWith({ 'a.txt': 'date 2022-02-01 Support The Moscow Times!\n\nhttps://example.com/x\n\nImage: AP\n' });
    await failsWith(dir, 'a.txt', /no body text/);
  });

  it('fails on an invalid sidecar, naming the sidecar', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'a.meta.yaml': 'date: 2022-02-30\n' });
    await failsWith(dir, 'a.meta.yaml', /invalid sidecar: .*real day/);
  });

  it('fails on a sidecar without an article', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'b.meta.json': '{}' });
    await failsWith(dir, 'b.meta.json', /sidecar without an article/);
  });

  it('fails on two sidecars for one article', async () => {
    const dir = await dirWith({ 'a.txt': BODY, 'a.meta.json': '{}', 'a.meta.yaml': '' });
    await failsWith(dir, 'a.meta.yaml', /second sidecar/);
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
    const articles = await readArticles(ARTICLES_DIR);
    assert.ok(articles.length >= 5);
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
