/** The XML builder: text and attributes always escaped, characters XML forbids dropped, names checked. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { element, escapeXml, fragment, xmlDocument } from '../../src/pipeline/export/xml.ts';
import { assertWellFormedXml, HOSTILE } from './support.ts';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    assert.equal(escapeXml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('drops characters XML 1.0 forbids, keeps tab, line breaks and astral characters', () => {
    assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF'), 'abcdef');
    assert.equal(escapeXml('tab\there\nline\r'), 'tab\there\nline\r');
    assert.equal(escapeXml('emoji \u{1F600} ok'), 'emoji \u{1F600} ok');
  });

  it('drops unpaired surrogates, which no encoder can write', () => {
    assert.equal(escapeXml('a\uD800b\uDC00c'), 'abc');
  });

  it('leaves text without markup characters as it is, Cyrillic included', () => {
    assert.equal(escapeXml('Мы ждём ответов'), 'Мы ждём ответов');
  });
});

describe('element', () => {
  it('escapes text children and attribute values, and nests built elements as they are', () => {
    const built = element('entry', { title: HOSTILE }, [HOSTILE, element('b', {}, ['x'])]);
    assert.ok(!built.markup.includes('</script>'));
    assert.ok(built.markup.endsWith('<b>x</b></entry>'));
    assertWellFormedXml(xmlDocument(built));
  });

  it('leaves out attributes that are null or undefined', () => {
    assert.equal(element('link', { href: '/a/', title: null, rel: undefined }).markup, '<link href="/a/"/>');
  });

  it('writes an element without children self-closing', () => {
    assert.equal(element('link', { href: '/' }).markup, '<link href="/"/>');
    assert.equal(element('p', {}, ['']).markup, '<p></p>');
  });

  it('refuses element and attribute names that are not names', () => {
    assert.throws(() => element('a b'), /element name/);
    assert.throws(() => element('a', { 'on"x': '1' }), /attribute name/);
  });

  it('joins a fragment of text and elements', () => {
    assert.equal(fragment(['a < b ', element('i', {}, ['c'])]).markup, 'a &lt; b <i>c</i>');
  });
});
