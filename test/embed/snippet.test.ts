/** The embed code: an iframe of the embed page, its address escaped, with only the timeline's view in it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMBED_TITLE, embedSnippet, timelineView } from '../../src/islands/embed/snippet.ts';

describe('timelineView', () => {
  it('keeps the timeline’s parameters, in its own order, and drops the rest', () => {
    assert.equal(
      timelineView('?q=Lavrov&actor=sergey-lavrov&utm_source=x&p=a-point&from=2022-01-01&to=2022-01-31'),
      '?p=a-point&from=2022-01-01&to=2022-01-31&actor=sergey-lavrov',
    );
    assert.equal(timelineView('?side=NATO&side=Russia&kind=call'), '?side=NATO&side=Russia&kind=call');
    assert.equal(timelineView(''), '');
  });
});

describe('embedSnippet', () => {
  it('is one iframe with a title, a size and the permission to copy links, its address escaped for an attribute', () => {
    const code = embedSnippet('https://example.org/embed/?p=a&side=A "B" <C>');
    assert.match(code, /^<iframe src="https:\/\/example\.org\/embed\/\?p=a&amp;side=A &quot;B&quot; &lt;C>" /);
    assert.ok(code.includes(`title="${EMBED_TITLE}"`));
    assert.match(code, / width="100%" height="\d+" /);
    assert.match(code, / allow="clipboard-write" /);
    assert.ok(code.endsWith('></iframe>'));
  });
});
