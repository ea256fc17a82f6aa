/**
 * A real `astro build` of a wire folder with bad files in it (written here, byte by byte): the
 * good articles are published, under a base path; the build's report names every problem on a
 * line of its own; the data page lists what was not published and why; and `--strict` stops on
 * them with one line per file and no stack trace. Two builds of four small articles: seconds.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

const run = promisify(execFile);

const STORY = (name: string, day: string) =>
  `Talks Resume in Geneva\n\n${name} said on ${day} that the talks would resume next week. "We are ready," he added.\n`;

/** Each file of the folder, and whether it is to be published. */
const FILES: Record<string, { content: string | Uint8Array; published: boolean }> = {
  'good.txt': { content: STORY('Sergey Lavrov', 'Tuesday'), published: true },
  'good.meta.yaml': { content: 'date: 2022-01-18\noutlet: The Test Wire\n', published: true },
  'latin1.txt': { content: Buffer.from(STORY('Antony Blinken', 'Monday').replace('Geneva', 'Gen\u00e8ve'), 'latin1'), published: true },
  'nul.txt': { content: Buffer.concat([Buffer.from(STORY('Jens Stoltenberg', 'Friday')), Buffer.from([0])]), published: true },
  'copy.txt': { content: STORY('Sergey Lavrov', 'Tuesday'), published: true },
  'dateline.txt': { content: `date 2022-13-45\n\n${STORY('Ned Price', 'Thursday')}`, published: true },
  'future.txt': { content: STORY('Linda Thomas-Greenfield', 'Wednesday'), published: true },
  'future.meta.yaml': { content: 'date: 2999-01-01\n', published: true },
  'empty.txt': { content: '', published: false },
  'scan.txt': { content: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1'), published: false },
  'orphan.meta.yaml': { content: 'title: A Sidecar Alone\n', published: false },
  'broken.txt': { content: STORY('Dmitry Peskov', 'Monday'), published: false },
  'broken.meta.yaml': { content: 'date: 2022-02-30\n', published: false },
};
const NOT_PUBLISHED = ['broken.txt', 'empty.txt', 'orphan.meta.yaml', 'scan.txt'];

let tmp: string;
let env: NodeJS.ProcessEnv;

async function build(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/astro.js', 'build', ...args], { env, maxBuffer: 16 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wsw-wire-'));
  await mkdir(path.join(tmp, 'articles'));
  for (const [name, { content }] of Object.entries(FILES)) await writeFile(path.join(tmp, 'articles', name), content);
  // A story's actor registry lives beside its articles folder; this one names no one in advance.
  await writeFile(path.join(tmp, 'actors.yaml'), '[]\n');
  env = {
    ...process.env,
    NO_COLOR: '1',
    ARTICLES_DIR: path.join(tmp, 'articles'),
    GENERATED_DIR: path.join(tmp, 'generated'),
    OUT_DIR: path.join(tmp, 'dist'),
    // Its own cache: the default is named after the output folder, and would be the site's own.
    WSW_CACHE_DIR: path.join(tmp, 'cache'),
    SITE_URL: 'https://example.org/news/wsw/',
  };
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('a build of a wire folder with bad files', () => {
  it('with --strict, stops on them: one line for each, and no stack trace', async () => {
    const { code, output } = await build('--strict');
    assert.notEqual(code, 0);
    for (const file of NOT_PUBLISHED) {
      assert.equal(output.split('\n').filter((line) => line.includes(`NOT PUBLISHED ${path.join(tmp, 'articles', file)}: `)).length, 1, file);
    }
    assert.match(output, /--strict: 4 files are not published/);
    assert.doesNotMatch(output, /Stack trace|\n\s+at |unhandled error/i);
  });

  it('without it, publishes every other article, under the base path, and reports each problem', async () => {
    const { code, output } = await build();
    assert.equal(code, 0, output);
    const dataset = JSON.parse(await readFile(path.join(tmp, 'dist', 'data', 'timeline.json'), 'utf8')) as { articles: Array<{ id: string; path: string }> };
    const published = Object.entries(FILES)
      .filter(([name, f]) => f.published && name.endsWith('.txt'))
      .map(([name]) => name.slice(0, -4));
    assert.deepEqual(
      dataset.articles.map((a) => a.id),
      published.sort(),
    );
    for (const article of dataset.articles) assert.equal(article.path, `/news/wsw/articles/${article.id}/`);
    for (const [article, problem] of [
      ['latin1', /not valid UTF-8: read as Windows-1252/],
      ['nul', /a stray control character \(NUL or the like\) removed/],
      ['good', /the same text as copy/],
      ['dateline', /the dateline "date 2022-13-45" writes a date that is no day of the calendar/],
      ['future', /its date, 2999-01-01 \(from its sidecar\), is after the day of this build/],
    ] as const) {
      assert.match(output, new RegExp(`\\] ${article}: ${problem.source}`), article);
    }
  });

  it('lists on the data page what was not published, and why', async () => {
    const html = await readFile(path.join(tmp, 'dist', 'data', 'index.html'), 'utf8');
    // What a reader sees: tags gone, entities read, white space collapsed as a browser does.
    const text = (markup: string) =>
      markup
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    const listed = [...html.matchAll(/<li data-skipped-file="([^"]+)"[^>]*>(.*?)<\/li>/g)].map((m) => [m[1], text(m[2]!)]);
    assert.deepEqual(
      listed.map(([file]) => file),
      NOT_PUBLISHED,
    );
    assert.match(String(listed[0]![1]), /^broken\.txt: its sidecar broken\.meta\.yaml is invalid: "date" must be a real day/);
    assert.match(String(listed[3]![1]), /^scan\.txt: a PDF document, not plain text$/);
    assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/news\/wsw\/data\/">/);
  });
});
