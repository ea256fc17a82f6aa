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
/** Two articles of the end-to-end suite's story (e2e/story/), and its actor registry beside them. */
const STORY = 'e2e/story';
const ARTICLES = ['harbour-ledger-seizure', 'vyrna-daily-answer'];

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

const recorded = async (): Promise<string[]> => Object.keys(parseIdRegistry(await readFile(env.PUBLISHED_IDS_FILE!, 'utf8'), 'ids.json').points);

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wsw-publish-'));
  for (const id of ARTICLES) {
    for (const file of [`${id}.txt`, `${id}.meta.yaml`]) await cp(path.join(STORY, 'articles', file), path.join(tmp, 'articles', file));
  }
  await cp(path.join(STORY, 'actors.yaml'), path.join(tmp, 'actors.yaml'));
  env = { ...process.env, ARTICLES_DIR: path.join(tmp, 'articles'), PUBLISHED_IDS_FILE: path.join(tmp, 'published-ids.json') };
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
    assert.ok('oskar-brandvik' in actors, 'the actors with pages are recorded too, named by the registry beside the articles');
    assert.equal((await publishIds('--check')).code, 0);

    await rm(path.join(tmp, 'articles', `${ARTICLES[1]}.txt`));
    const again = await publishIds();
    assert.equal(again.code, 0);
    assert.match(again.stderr, /[1-9]\d* retired ids/);
    const kept = new Set(await recorded());
    assert.deepEqual(
      first.filter((id) => !kept.has(id)),
      [],
      'every recorded id is still there',
    );
  });
});
