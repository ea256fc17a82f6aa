/**
 * A point's link-preview image (Open Graph, Twitter card): 1200×630 PNG with the words,
 * who said them to whom, when, and the site's name. Drawn by satori (layout to SVG) and
 * resvg (SVG to PNG) from fonts shipped in the repository, never the machine's, so every
 * build draws the same picture.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png.ts';
import { clipAtWord, directionOf, previewQuote, rightToLeftPieces, visualOrder } from './preview-text.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** The quote, or the reported words. */
  words: string;
  direct: boolean;
  speaker: string;
  /** The speaker's role, as the articles give it. */
  role: string | null;
  /** Names of whom it was said to. */
  addressees: string[];
  /** The date, already in words and as precise as the sources ("January 2022"). */
  date: string;
  site: string;
}

/**
 * The fonts, in the order satori tries them for each character: Noto Sans for Latin, Greek and
 * Cyrillic, then Arabic, Hebrew, and the most used Chinese characters (with kana). Each file is a
 * family of its own: satori takes the first font whose name and weight match and does not look for
 * a missing glyph in another file of the same name, but it does walk a family list. The Chinese
 * files have no bold: satori sets those in the nearest weight there is. `src/assets/fonts/README.md`
 * says where each file comes from.
 */
const FONT_FILES: ReadonlyArray<{ family: string; file: (weight: number) => string; weights: readonly number[] }> = [
  ...['latin', 'latin-ext', 'cyrillic', 'greek'].map((subset) => ({
    family: `Noto Sans ${subset}`,
    file: (weight: number) => `noto-sans-${subset}-${weight}-normal.woff`,
    weights: [400, 700],
  })),
  { family: 'Noto Sans Arabic', file: (weight) => `noto-sans-arabic-arabic-${weight}-normal.woff`, weights: [400, 700] },
  { family: 'Noto Sans Hebrew', file: (weight) => `noto-sans-hebrew-hebrew-${weight}-normal.woff`, weights: [400, 700] },
  // Slices 100–119 of Google Fonts' cut of Noto Sans SC, by use: some 3,700 characters, kana among them, down to
  // those of names in the news (王毅 needs slice 107).
  ...Array.from({ length: 20 }, (_, i) => 119 - i).map((slice) => ({
    family: `Noto Sans SC ${slice}`,
    file: (weight: number) => `noto-sans-sc-${slice}-${weight}-normal.woff`,
    weights: [400],
  })),
];
const FAMILY = FONT_FILES.map((f) => f.family).join(', ');

/** The font files in `dir` (see its README), ready for `renderPreview`. */
export async function loadPreviewFonts(dir: string): Promise<Font[]> {
  const fonts: Font[] = [];
  for (const { family, file, weights } of FONT_FILES) {
    for (const weight of weights) {
      const data = await readFile(path.join(dir, file(weight)));
      fonts.push({ name: family, data, weight: weight as NonNullable<Font['weight']>, style: 'normal' });
    }
  }
  return fonts;
}

/** The element tree satori lays out, written as plain objects (the project has no JSX runtime). */
interface Node {
  type: 'div';
  props: { style: Record<string, string | number>; children: string | Node[] };
}

const div = (style: Record<string, string | number>, children: string | Node[]): Node => ({ type: 'div', props: { style, children } });

/**
 * Text in any direction (satori has none of its own): a right-to-left text as its pieces in a
 * row laid out from the right, wrapping onto the next line as such a text does; any other with
 * its right-to-left phrases turned round. `fontSize` spaces the pieces a word space apart.
 */
function text(style: Record<string, string | number>, content: string, fontSize: number): Node {
  if (directionOf(content) === 'ltr') return div(style, visualOrder(content));
  const pieces = rightToLeftPieces(content).map((piece) => div({}, piece));
  return div({ ...style, display: 'flex', flexDirection: 'row-reverse', flexWrap: 'wrap', columnGap: Math.round(fontSize * 0.26) }, pieces);
}

// The site's light palette (global.css), so a preview looks like the page it opens.
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#0b57d0';
const MARK = '#fff3b0';
const BAR = 16;
const MARGIN = { block: 56, left: 64, right: 72 };

function card(c: PreviewCard): Node {
  const quote = previewQuote(c.words, c.direct);
  const to = c.addressees.length > 0 ? `to ${c.addressees.join(', ')}` : null;
  const detail = [c.role, to].filter((x): x is string => x !== null).join(' · ');
  // Satori sizes boxes without their padding and border (content-box): the card is laid out in
  // explicit sizes, an accent bar beside a content column with margins.
  return div({ display: 'flex', width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, background: '#ffffff', color: INK, fontFamily: FAMILY }, [
    div({ width: BAR, height: PREVIEW_HEIGHT, background: ACCENT }, []),
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: PREVIEW_WIDTH - BAR - MARGIN.left - MARGIN.right,
        height: PREVIEW_HEIGHT - 2 * MARGIN.block,
        margin: `${MARGIN.block}px ${MARGIN.right}px ${MARGIN.block}px ${MARGIN.left}px`,
      },
      [
        div({ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: MUTED }, [
          div({ fontWeight: 700, color: ACCENT }, c.site),
          div({}, c.date),
        ]),
        div({ display: 'flex', alignItems: 'center', flexGrow: 1, fontSize: quote.fontSize, fontWeight: 700, lineHeight: 1.25 }, [
          text({ background: c.direct ? MARK : 'transparent', padding: c.direct ? '0 8px' : 0 }, quote.text, quote.fontSize),
        ]),
        div({ display: 'flex', flexDirection: 'column' }, [
          text({ fontSize: 40, fontWeight: 700 }, clipAtWord(c.speaker, 48), 40),
          ...(detail ? [text({ fontSize: 28, color: MUTED, marginTop: 8 }, clipAtWord(detail, 80), 28)] : []),
        ]),
      ],
    ),
  ]);
}

export interface RenderedPreview {
  /** PNG bytes, in a plain ArrayBuffer (what a `Response` body takes). */
  png: Uint8Array<ArrayBuffer>;
  /** Text the shipped fonts have no glyphs for (drawn as blanks): worth a warning, and a font, if it recurs. */
  missingGlyphs: string[];
}

export async function renderPreview(c: PreviewCard, fonts: Font[]): Promise<RenderedPreview> {
  const missingGlyphs: string[] = [];
  const svg = await satori(card(c), {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
    // Satori asks for more fonts exactly when a glyph is missing: note what, and offer none.
    loadAdditionalAsset: (_language, segment) => {
      missingGlyphs.push(segment);
      return Promise.resolve([]);
    },
  });
  // Text is already paths in the SVG: resvg needs no fonts, and must not look for the system's. Drawing takes
  // most of an image's time, and happens on libuv's threads: several images draw at once, on every core.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return { png: encodePng(image.pixels, image.width, image.height), missingGlyphs };
}
