/** `npm run publish-ids`: records a build's ids, never drops one, and `--check` says what is unrecorded. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { parseIdRegistry } from '../../src/pipeline/publish/id-registry.ts';

const run = promisify(execFile);
const ARTICLES = ['000_43d6ccf62db35b61', '004_0a95f826a008e82f'];

let tmp: string;
let env: NodeJS.ProcessEnv;

async function publishIds(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/publish-ids.ts', ...args], { env });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const recorded = async (): Promise<string[]> =>
  Object.keys(parseIdRegistry(await readFile(env.PUBLISHED_IDS_FILE!, 'utf8'), 'ids.json').points);

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wsw-publish-'));
  for (const id of ARTICLES) await cp(`content/articles/${id}.txt`, path.join(tmp, 'articles', `${id}.txt`));
  env = { ...process.env, ARTICLES_DIR: path.join(tmp, 'articles'), ACTORS_FILE: 'content/actors.yaml', PUBLISHED_IDS_FILE: path.join(tmp, 'published-ids.json') };
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('publish-ids', () => {
  it('records the ids, keeps them when an article goes, and --check tells when the registry is behind', async () => {
    const behind = await publishIds('--check');
    assert.equal(behind.code, 1);
    assert.match(behind.stderr, /unrecorded: /);

    assert.equal((await publishIds()).code, 0);
    const first = await recorded();
    assert.ok(first.length > 0);
    const actors = parseIdRegistry(await readFile(env.PUBLISHED_IDS_FILE!, 'utf8'), 'ids.json').actors ?? {};
    assert.ok('sergey-lavrov' in actors, 'the actors with pages are recorded too');
    assert.equal((await publishIds('--check')).code, 0);

    await rm(path.join(tmp, 'articles', `${ARTICLES[1]}.txt`));
    const again = await publishIds();
    assert.equal(again.code, 0);
    assert.match(again.stderr, /[1-9]\d* retired ids/);
    const kept = new Set(await recorded());
    assert.deepEqual(first.filter((id) => !kept.has(id)), [], 'every recorded id is still there');
  });
});
