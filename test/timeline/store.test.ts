/** The one path from a change to the page: one frame draws, writes the address and announces, however many changes it gathers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Store } from '../../src/islands/timeline/store.ts';

interface Counter {
  n: number;
  /** Not in the address. */
  hover: number;
  announcement: string;
}

/** A store whose frames run when the test says, and a log of what each effect was given. */
function harness(live = true) {
  const frames: (() => void)[] = [];
  const log = { draws: [] as number[], urls: [] as number[], announced: [] as string[] };
  const store = new Store<Counter>(
    { n: 0, hover: 0, announcement: '' },
    ['n'],
    {
      draw: (state) => log.draws.push(state.n),
      writeUrl: (state) => log.urls.push(state.n),
      announce: (text) => log.announced.push(text),
    },
    (frame) => frames.push(frame),
  );
  if (live) store.goLive();
  const runFrame = () => frames.splice(0).forEach((frame) => frame());
  return { store, log, frames, runFrame };
}

describe('the timeline store', () => {
  it('applies an update at once, and draws and writes the address once, in the next frame', () => {
    const { store, log, frames, runFrame } = harness();
    store.update({ n: 1 });
    assert.equal(store.state.n, 1);
    assert.deepEqual(log.draws, []);
    assert.equal(frames.length, 1);
    runFrame();
    assert.deepEqual(log.draws, [1]);
    assert.deepEqual(log.urls, [1]);
  });

  it('gathers the updates of one frame into one draw and one address write, of the last state', () => {
    const { store, log, frames, runFrame } = harness();
    store.update({ n: 1 });
    store.update({ n: 2 });
    store.redraw();
    store.update({ n: 3 });
    assert.equal(frames.length, 1);
    runFrame();
    assert.deepEqual(log.draws, [3]);
    assert.deepEqual(log.urls, [3]);
  });

  it('draws a change the address does not say without writing the address', () => {
    const { store, log, runFrame } = harness();
    store.update({ hover: 1, announcement: 'over a mark' });
    runFrame();
    assert.deepEqual(log.draws, [0]);
    assert.deepEqual(log.urls, []);
    assert.deepEqual(log.announced, ['over a mark']);
  });

  it('draws a moved picture without writing the address', () => {
    const { store, log, runFrame } = harness();
    store.redraw();
    store.redraw();
    runFrame();
    assert.deepEqual(log.draws, [0]);
    assert.deepEqual(log.urls, []);
  });

  it('does nothing in a frame nobody asked for', () => {
    const { store, log, frames, runFrame } = harness();
    store.update({ n: 1 });
    runFrame();
    runFrame();
    assert.equal(frames.length, 0);
    assert.deepEqual(log.draws, [1]);
  });

  it('writes no address while the page sets itself up from the address', () => {
    const { store, log, runFrame } = harness(false);
    store.update({ n: 1 });
    runFrame();
    assert.deepEqual(log.draws, [1]);
    assert.deepEqual(log.urls, []);
    store.goLive();
    store.update({ n: 2 });
    runFrame();
    assert.deepEqual(log.urls, [2]);
  });

  it('announces a new line once, and never the same line twice in a row', () => {
    const { store, log, runFrame } = harness();
    store.update({ announcement: 'first' });
    store.update({ announcement: 'second' });
    runFrame();
    assert.deepEqual(log.announced, ['second']);
    store.update({ announcement: 'second', n: 5 });
    runFrame();
    assert.deepEqual(log.announced, ['second']);
    assert.deepEqual(log.draws, [0, 5]);
    store.update({ announcement: 'first' });
    runFrame();
    assert.deepEqual(log.announced, ['second', 'first']);
  });
});
