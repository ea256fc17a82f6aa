/** Exchanges as threads: a point's links both ways, and the whole exchange it belongs to. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Threads, type Linked } from '../../src/shared/threads.ts';

const letter: Linked = { id: 'letter' };
const reply: Linked = { id: 'reply', inReplyTo: 'letter' };
const followUp: Linked = { id: 'follow-up', inReplyTo: 'reply' };
const call: Linked = { id: 'call' };
const readout: Linked = { id: 'readout', about: 'call' };
const alone: Linked = { id: 'alone', inReplyTo: 'a-point-of-another-build', about: null };
const threads = new Threads([letter, call, reply, readout, followUp, alone]);

describe('Threads', () => {
  it('gives each point what it answers and what answers it', () => {
    assert.deepEqual(threads.linksOf(reply), { inReplyTo: letter, about: null, replies: [followUp], saidAbout: [] });
    assert.deepEqual(threads.linksOf(call), { inReplyTo: null, about: null, replies: [], saidAbout: [readout] });
  });

  it('puts a whole exchange together in the order of the points, from any of its points', () => {
    assert.deepEqual(threads.threadOf(followUp), [letter, reply, followUp]);
    assert.deepEqual(threads.threadOf(letter), threads.threadOf(followUp));
    assert.deepEqual(threads.threadOf(readout), [call, readout]);
  });

  it('ignores a link to a point it does not have, and gives a point with no links no thread', () => {
    assert.deepEqual(threads.linksOf(alone).inReplyTo, null);
    assert.deepEqual(threads.threadOf(alone), []);
  });
});
