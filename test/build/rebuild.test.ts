/**
 * A rebuild on the cache of the build before makes the same site as a build from nothing
 * (src/integrations/previous-output.ts completes the last output in place): after an article
 * is added and another removed, every file is byte for byte the same as a cold build's, the
 * removed article's pages are gone, and the pages that did not change came from the cache.
 * Three builds of a few small articles, written here: seconds.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

const run = promisify(execFile);

const ARTICLES: Record<string, string> = {
  'harbour.txt':
    'date 2022-03-01 The Test Wire\nHarbour Talks Stall\n\nMayor Ida Renn said on Monday that the harbour talks had stalled. "We are still waiting," she added.\n',
  'bridge.txt':
    'date 2022-03-02 The Test Wire\nBridge Toll Doubles\n\nCouncillor Piet Var said on Tuesday that the toll was unfair. "Nobody asked us," he told reporters.\n',
  'ferry.txt': 'date 2022-03-03 The Test Wire\nFerry Strike Ends\n\nUnion leader Ama Sol said on Wednesday that the strike was over. "We won," she said.\n',
};
const ADDED = {
  'pier.txt': 'date 2022-03-04 The Test Wire\nPier Reopens\n\nMayor Ida Renn said on Thursday that the pier would reopen. "It is safe," she said.\n',
};

let tmp: string;

/** `astro build` of `articles` into `site/dist`, with its cache in `site/cache`: its log. */
async function build(site: string, articles: Record<string, string>): Promise<string> {
  await rm(path.join(site, 'articles'), { recursive: true, force: true });
  await mkdir(path.join(site, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(site, 'articles', name), text);
  await writeFile(path.join(site, 'actors.yaml'), '[]\n');
  const env = {
    ...process.env,
    NO_COLOR: '1',
    ARTICLES_DIR: path.join(site, 'articles'),
    GENERATED_DIR: path.join(site, 'generated'),
    OUT_DIR: path.join(tmp, 'dist'),
    WSW_CACHE_DIR: path.join(site, 'cache'),
  };
  const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/astro.js', 'build'], { env, maxBuffer: 64 << 20 });
  return stdout + stderr;
}

/** Every file of the output, by path, with a hash of its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(
      path.relative(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return files;
}

let warm: { log: string; files: Map<string, string> };
let cold: Map<string, string>;

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wsw-rebuild-'));
  const { 'ferry.txt': _removed, ...kept } = ARTICLES;
  // The two warm builds share a cache; all three write to the same output folder, one after the other.
  await build(path.join(tmp, 'warm'), ARTICLES);
  const log = await build(path.join(tmp, 'warm'), { ...kept, ...ADDED });
  warm = { log, files: await snapshot(path.join(tmp, 'dist')) };
  // From nothing: no output before it, and an empty cache.
  await rm(path.join(tmp, 'dist'), { recursive: true, force: true });
  await build(path.join(tmp, 'cold'), { ...kept, ...ADDED });
  cold = await snapshot(path.join(tmp, 'dist'));
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('a rebuild after one article is added and another removed', () => {
  it('reuses the pages that did not change', () => {
    const reused = /(\d+) pages reused from the cache, (\d+) rendered/.exec(warm.log);
    assert.ok(reused, warm.log);
    assert.ok(Number(reused[1]) > 0, 'some pages reused');
    assert.ok(Number(reused[2]) > 0, 'some pages rendered');
  });

  it('leaves no page of the removed article', () => {
    assert.ok(
      [...warm.files.keys()].some((file) => file.startsWith(`articles${path.sep}harbour${path.sep}`)),
      'a kept article has its page',
    );
    assert.deepEqual(
      [...warm.files.keys()].filter((file) => file.includes('ferry')),
      [],
    );
  });

  it('makes the same files, byte for byte, as a build from nothing', () => {
    assert.deepEqual([...warm.files.keys()].sort(), [...cold.keys()].sort());
    const differ = [...cold].filter(([file, hash]) => warm.files.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differ, []);
  });
});
