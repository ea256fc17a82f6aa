/** The preview image: a 1200×630 PNG from the shipped fonts, every script the articles use, quickly. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Font } from 'satori';
import { loadPreviewFonts, renderPreview, PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewCard } from '../../src/pipeline/publish/preview-image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE, 'PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(new TextDecoder().decode(png.subarray(12, 16)), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const card = (overrides: Partial<PreviewCard> = {}): PreviewCard => ({
  words: 'We are waiting for written answers',
  direct: true,
  speaker: 'Sergey Lavrov',
  role: 'Russian Foreign Minister',
  addressees: ['Annalena Baerbock'],
  date: '18 January 2022',
  site: 'who-said-what',
  ...overrides,
});

let fonts: Font[];
before(async () => {
  fonts = await loadPreviewFonts('src/assets/fonts');
});

describe('renderPreview', () => {
  it('draws a 1200×630 PNG', async () => {
    const { png, missingGlyphs } = await renderPreview(card(), fonts);
    assert.deepEqual(pngSize(png), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
    assert.deepEqual(missingGlyphs, []);
  });

  it('has every glyph of a Cyrillic (and Greek, and Polish) quote in the shipped fonts', async () => {
    const { png, missingGlyphs } = await renderPreview(
      card({ words: 'Мы ждём письменных ответов — Ελληνικά, Łódź', speaker: 'Сергей Лавров', addressees: ['Анналена Бербок'] }),
      fonts,
    );
    assert.deepEqual(missingGlyphs, []);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  });

  for (const [script, words, speaker] of [
    ['Arabic', 'نحن ننتظر ردودا مكتوبة من الولايات المتحدة', 'سيرغي لافروف'],
    ['Hebrew', 'אנחנו מחכים לתשובות בכתב מוושינגטון', 'יאיר לפיד'],
    ['Chinese', '我们正在等待美国和北约的书面答复，希望下周能够收到。', '王毅'],
    ['Japanese kana', 'われわれは書面での回答を待っている', '林芳正'],
  ] as const) {
    it(`has every glyph of a quote and a name in ${script}`, async () => {
      const { png, missingGlyphs } = await renderPreview(card({ words, speaker, addressees: [speaker] }), fonts);
      assert.deepEqual(missingGlyphs, []);
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    });
  }

  it('reports text the fonts cannot draw instead of failing', async () => {
    const { png, missingGlyphs } = await renderPreview(card({ words: 'Moscow ☭ Washington' }), fonts);
    assert.deepEqual(missingGlyphs, ['☭']);
    assert.equal(pngSize(png).width, 1200);
  });

  it('draws a very long quote on the same card', async () => {
    const { png } = await renderPreview(card({ words: 'and the answer must be concrete '.repeat(40), direct: false }), fonts);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  });

  it('takes well under a second per image once the fonts are loaded', async () => {
    const started = performance.now();
    for (let i = 0; i < 5; i++) await renderPreview(card({ words: `Statement number ${i}` }), fonts);
    const each = (performance.now() - started) / 5;
    assert.ok(each < 1000, `${each.toFixed(0)} ms per image`);
  });
});
