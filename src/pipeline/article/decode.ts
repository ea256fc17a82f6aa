/**
 * An article file's bytes → its text, or the reason it is not text.
 *
 * Wire folders hold what newsrooms are sent: UTF-8 mostly, but also UTF-16 from Windows tools,
 * Latin-1 or Windows-1252 from old systems, a stray NUL from a broken copy, and now and then a PDF
 * or a picture saved as `.txt`. What can be read unambiguously is read; what has to be guessed is
 * read with a note saying so; what is not text is refused with the reason. The README's
 * "Input rules" table is this module, in words.
 */

export type Decoding =
  | {
      ok: true;
      text: string;
      /** What was guessed or repaired, for the build's report. */
      notes: string[];
    }
  | { ok: false; reason: string };

/** Formats that are not text, by the bytes they start with. RTF is text, but not the article's. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or a Word or OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a Word 97–2003 document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

/** More control characters than this share of the bytes (and than a handful), and the file is data, not text with a stray one. */
const BINARY_SHARE = 0.01;
const STRAY_MAX = 8;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Windows-1252's characters at bytes 0x80–0x9F, where Latin-1 has control codes: the curly quotes,
 * dashes and euro sign of text from Windows. Written out because Node's decoder reads the label
 * `windows-1252` as plain Latin-1 (browsers do not). Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no
 * character, and stay control codes.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function isControlByte(b: number): boolean {
  return b < 0x20 ? b < 0x09 || b > 0x0d : b === 0x7f;
}

/** UTF-16 written without a byte-order mark: text in Latin letters has a NUL in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero >= 0.4 * pairs && evenZero <= 0.05 * pairs) return 'utf-16le';
  if (evenZero >= 0.4 * pairs && oddZero <= 0.05 * pairs) return 'utf-16be';
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid sequence is an error, not a U+FFFD quietly put into a quotation.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether `label` names an encoding the decoder knows (`windows-1251`, `koi8-r`, `shift_jis`…). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode an article file. `declared` is the encoding its sidecar names, which is trusted over
 * any guess; without one, a byte-order mark decides, then UTF-8, then Windows-1252.
 */
export function decodeArticle(bytes: Uint8Array, declared?: string): Decoding {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const notes: string[] = [];
  let text: string | null;

  if (declared !== undefined) {
    // WHATWG gives `latin1`, `iso-8859-1` and `ascii` the same decoder as `windows-1252`.
    text = new TextDecoder(declared).encoding === 'windows-1252' ? decodeWindows1252(bytes) : strictDecode(declared, bytes);
    if (text === null) return { ok: false, reason: `not valid ${declared} text, the encoding its sidecar gives` };
    text = text.replace(/^\uFEFF/, '');
  } else if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'UTF-32 text, which is not read: save it as UTF-8' };
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = strictDecode('utf-8', bytes.subarray(3));
    if (text === null) return { ok: false, reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = strictDecode(encoding, bytes.subarray(2));
    if (text === null) return { ok: false, reason: `starts with a UTF-16 byte-order mark but is not valid ${encoding.toUpperCase()}` };
  } else {
    const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
    if (signature) return { ok: false, reason: `${signature.name}, not plain text` };
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) {
      text = strictDecode(utf16, bytes);
      if (text === null) return { ok: false, reason: 'binary data (NUL bytes throughout), not text' };
      notes.push(`no byte-order mark: read as ${utf16.toUpperCase()}, which its NUL bytes show`);
    } else {
      const controls = bytes.reduce((n, b) => n + Number(isControlByte(b)), 0);
      if (controls > STRAY_MAX && controls > BINARY_SHARE * bytes.length) {
        return { ok: false, reason: `binary data (${controls} of its ${bytes.length} bytes are control characters), not text` };
      }
      text = strictDecode('utf-8', bytes);
      if (text === null) {
        text = decodeWindows1252(bytes);
        notes.push('not valid UTF-8: read as Windows-1252 (Latin-1); if that is wrong, give its encoding in a sidecar');
      }
    }
  }

  const stray = text.match(CONTROL_RE)?.length ?? 0;
  if (stray > 0) {
    text = text.replace(CONTROL_RE, '');
    notes.push(`${stray === 1 ? 'a stray control character' : `${stray} stray control characters`} (NUL or the like) removed`);
  }
  if (text.trim() === '') return { ok: false, reason: 'empty or whitespace-only file' };
  return { ok: true, text, notes };
}
