/**
 * A point's link-preview image (Open Graph, Twitter card): 1200×630 PNG with the words,
 * who said them to whom, when, and the site's name. Drawn by satori (layout to SVG) and
 * resvg (SVG to PNG) from fonts shipped in the repository, never the machine's, so every
 * build draws the same picture.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { clipAtWord, previewQuote } from './preview-text.ts';

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
 * Each script subset is its own family: satori takes the first font whose name and weight
 * match and does not look for a missing glyph in another file of the same name, but it does
 * walk a family list.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;
const WEIGHTS = [400, 700] as const;
const FAMILY = SUBSETS.map((s) => `Noto Sans ${s}`).join(', ');

/** The Noto Sans files in `dir` (see its README), ready for `renderPreview`. */
export async function loadPreviewFonts(dir: string): Promise<Font[]> {
  const fonts: Font[] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const data = await readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
      fonts.push({ name: `Noto Sans ${subset}`, data, weight, style: 'normal' });
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
          div({ background: c.direct ? MARK : 'transparent', padding: c.direct ? '0 8px' : 0 }, quote.text),
        ]),
        div({ display: 'flex', flexDirection: 'column' }, [
          div({ fontSize: 40, fontWeight: 700 }, clipAtWord(c.speaker, 48)),
          ...(detail ? [div({ fontSize: 28, color: MUTED, marginTop: 8 }, clipAtWord(detail, 80))] : []),
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
    loadAdditionalAsset: async (_language, segment) => {
      missingGlyphs.push(segment);
      return [];
    },
  });
  // Text is already paths in the SVG: resvg needs no fonts, and must not look for the system's.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png: new Uint8Array(png), missingGlyphs };
}
