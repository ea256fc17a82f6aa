/** An article file's bytes: what is read, what is read with a note, what is refused, and why (README, "Input rules"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeArticle, isKnownEncoding } from '../../src/pipeline/article/decode.ts';

const TEXT = 'Der Außenminister sagte am Dienstag: „Wir warten auf Antworten.“';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

function read(bytes: Uint8Array, declared?: string): { text: string; notes: string[] } {
  const result = decodeArticle(bytes, declared);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return { text: result.text, notes: result.notes };
}

function refused(bytes: Uint8Array): string {
  const result = decodeArticle(bytes);
  assert.ok(!result.ok, 'expected the file to be refused');
  return result.reason;
}

describe('decodeArticle', () => {
  it('reads UTF-8, with or without a byte-order mark, and has nothing to say', () => {
    assert.deepEqual(read(Buffer.from(TEXT)), { text: TEXT, notes: [] });
    assert.deepEqual(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])), { text: TEXT, notes: [] });
  });

  it('reads UTF-16 of either byte order when a byte-order mark says which', () => {
    assert.deepEqual(read(utf16(TEXT, 'le', true)), { text: TEXT, notes: [] });
    assert.deepEqual(read(utf16(TEXT, 'be', true)), { text: TEXT, notes: [] });
  });

  it('reads UTF-16 without a mark by its NUL bytes, and notes the guess', () => {
    for (const order of ['le', 'be'] as const) {
      const { text, notes } = read(utf16(TEXT, order, false));
      assert.equal(text, TEXT);
      assert.match(notes.join(), new RegExp(`UTF-16${order.toUpperCase()}`));
    }
  });

  it('reads what is not UTF-8 as Windows-1252, curly quotes and all, and notes the guess', () => {
    const { text, notes } = read(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]));
    assert.equal(text, '“Café” – €5');
    assert.match(notes.join(), /Windows-1252/);
  });

  it('trusts the encoding a sidecar declares, and refuses bytes that are not in it', () => {
    assert.deepEqual(read(Buffer.from([0xcc, 0xe8, 0xf0]), 'windows-1251'), { text: 'Мир', notes: [] });
    assert.deepEqual(read(Buffer.from([0x93, 0x80, 0x94]), 'latin1'), { text: '“€”', notes: [] });
    const result = decodeArticle(Buffer.from([0xff, 0xfe, 0xfd]), 'utf-8');
    assert.ok(!result.ok && /not valid utf-8 text/.test(result.reason));
  });

  it('removes stray NUL and control bytes from text, saying how many', () => {
    const { text, notes } = read(Buffer.concat([Buffer.from('The envoy said'), Buffer.from([0, 7]), Buffer.from(' nothing.')]));
    assert.equal(text, 'The envoy said nothing.');
    assert.match(notes.join(), /2 stray control characters/);
  });

  it('refuses formats that are not text, by their first bytes', () => {
    assert.match(refused(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), /PDF document/);
    assert.match(refused(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), /JPEG image/);
    assert.match(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0])), /ZIP archive/);
    assert.match(refused(Buffer.from('{\\rtf1\\ansi The envoy said}')), /RTF document/);
  });

  it('refuses data full of control bytes as binary', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    assert.match(refused(noise), /binary data \(\d+ of its 400 bytes are control characters\)/);
  });

  it('refuses an empty file, a blank one, and UTF-32', () => {
    assert.equal(refused(Buffer.alloc(0)), 'empty file');
    assert.equal(refused(Buffer.from(' \n\t\r\n')), 'empty or whitespace-only file');
    assert.match(refused(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), /UTF-32/);
  });

  it('refuses a byte-order mark that the bytes after it belie', () => {
    assert.match(refused(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28])), /UTF-8 byte-order mark but is not valid UTF-8/);
  });
});

describe('isKnownEncoding', () => {
  it('knows the encodings the WHATWG decoder knows, by any of their labels', () => {
    for (const label of ['windows-1251', 'koi8-r', 'shift_jis', 'latin1', 'utf-16le']) assert.ok(isKnownEncoding(label), label);
    for (const label of ['klingon', 'utf-32', '']) assert.ok(!isKnownEncoding(label), label);
  });
});
