/** What each drawing layer works out from the frame and the geometry, traced into recorders instead of a canvas. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scaleUtc } from 'd3-scale';
import type { Geometry } from '../../src/islands/timeline/geometry.ts';
import { traceLinks, traceThread } from '../../src/islands/timeline/layers/arcs.ts';
import { axisTicks, tickLabel } from '../../src/islands/timeline/layers/axis.ts';
import { columnLines, tintedBands } from '../../src/islands/timeline/layers/bands.ts';
import { focusRings } from '../../src/islands/timeline/layers/focus.ts';
import { clusterRadius, stampAt } from '../../src/islands/timeline/layers/marks.ts';
import { traceRanges } from '../../src/islands/timeline/layers/ranges.ts';
import { DAY_MS, type Glyph, type Item } from '../../src/islands/timeline/layout.ts';
import { glyphAt } from '../../src/islands/timeline/render.ts';
import type { Theme } from '../../src/islands/timeline/theme.ts';

/** Every call a layer makes on a path, in order. */
class Recorder {
  calls: (string | number)[][] = [];
  rect(...args: number[]): void {
    this.calls.push(['rect', ...args]);
  }
  moveTo(...args: number[]): void {
    this.calls.push(['moveTo', ...args]);
  }
  lineTo(...args: number[]): void {
    this.calls.push(['lineTo', ...args]);
  }
  quadraticCurveTo(...args: number[]): void {
    this.calls.push(['quadraticCurveTo', ...args]);
  }
  closePath(): void {
    this.calls.push(['closePath']);
  }
  count(name: string): number {
    return this.calls.filter((call) => call[0] === name).length;
  }
}

const theme = {
  cluster: 'grey',
  otherKind: 'black',
  kinds: { statement: 'blue', document: 'green' },
} as unknown as Theme;

/** Three lanes of one row each, across a picture 600 px wide: time from 100 to 580 px. */
const across: Geometry = {
  vertical: false,
  width: 600,
  height: 120,
  timeStart: 100,
  timeEnd: 580,
  gutter: 90,
  axisBand: 24,
  rowCentre: [40, 60, 80],
  lanes: [
    { start: 30, end: 50, label: 'Russia' },
    { start: 50, end: 70, label: 'United States' },
    { start: 70, end: 90, label: 'Other' },
  ],
  rowLabels: ['A', 'B', 'C'],
};
const down: Geometry = { ...across, vertical: true, width: 300, height: 700 };

let serial = 0;
const item = (row: number, extra: Partial<Item> = {}): Item => ({
  point: serial,
  id: `p${serial++}`,
  kind: 'statement',
  row,
  targets: [],
  t0: 0,
  t1: DAY_MS,
  ranged: false,
  order: 0,
  ...extra,
});
const glyph = (at: number, items: Item[], extra: Partial<Glyph> = {}): Glyph => ({
  row: items[0]!.row,
  at,
  items,
  cluster: items.length > 1,
  from: at,
  to: at,
  ...extra,
});

describe('the bands layer', () => {
  it('tints every other lane across the picture, or down it on a phone', () => {
    assert.deepEqual(tintedBands(across), [
      [0, 30, 600, 20],
      [0, 70, 600, 20],
    ]);
    assert.deepEqual(tintedBands(down), [
      [30, 0, 20, 700],
      [70, 0, 20, 700],
    ]);
  });

  it('puts a side’s name over its column in two lines at most', () => {
    assert.deepEqual(columnLines('Russia'), ['Russia']);
    assert.deepEqual(columnLines('United States'), ['United', 'States']);
    assert.deepEqual(columnLines('European Union members'), ['European', 'Union members']);
  });
});

describe('the axis layer', () => {
  const scale = scaleUtc()
    .domain([Date.UTC(2022, 0, 10), Date.UTC(2022, 0, 20)])
    .range([across.timeStart, across.timeEnd]);

  it('draws grid lines on the middle of whole pixels, and labels the ticks near the picture', () => {
    const axis = axisTicks(scale, across);
    assert.ok(axis.grid.length >= 2);
    for (const at of axis.grid) assert.equal(at % 1, 0.5);
    assert.deepEqual(
      axis.labels.map((l) => l.text),
      ['10 Jan', '12 Jan', '14 Jan', '16 Jan', '18 Jan', '20 Jan'],
    );
    assert.deepEqual(axis.grid, [100.5, 196.5, 292.5, 388.5, 484.5, 580.5]);
    assert.ok(axis.labels.every((l) => l.at >= across.timeStart - 40 && l.at <= across.timeEnd + 40));
  });

  it('leaves out the labels of ticks far past the ends', () => {
    const wide = scaleUtc()
      .domain([Date.UTC(2022, 0, 10), Date.UTC(2022, 0, 20)])
      .range([-2000, 2000]);
    const axis = axisTicks(wide, across);
    assert.ok(axis.labels.length > 0);
    assert.ok(axis.labels.length < axis.grid.length);
  });

  it('labels each tick as coarsely as it falls: a year, a month, a day or an hour', () => {
    assert.equal(tickLabel(new Date(Date.UTC(2022, 0, 1))), '2022');
    assert.equal(tickLabel(new Date(Date.UTC(2022, 2, 1))), 'March');
    assert.equal(tickLabel(new Date(Date.UTC(2022, 2, 7))), '7 Mar');
    assert.equal(tickLabel(new Date(Date.UTC(2022, 2, 7, 6))), '06:00');
  });
});

describe('the ranges layer', () => {
  it('draws a point known to the week as a bar with end caps, in its kind’s colour', () => {
    const week = glyph(200, [item(1, { ranged: true, kind: 'document' })], { from: 150, to: 250 });
    const bars = traceRanges([week], across, theme, () => new Recorder());
    assert.deepEqual([...bars.keys()], ['green']);
    assert.deepEqual(bars.get('green')!.calls, [
      ['rect', 151, 59, 98, 2],
      ['rect', 151, 56, 2, 8],
      ['rect', 247, 56, 2, 8],
    ]);
  });

  it('draws no bar for a day, nor for a range too short to see, and groups in the group colour', () => {
    const day = glyph(200, [item(0)], { from: 150, to: 250 });
    const short = glyph(300, [item(0, { ranged: true })], { from: 299, to: 301 });
    const group = glyph(400, [item(2, { ranged: true }), item(2, { ranged: true })], { from: 350, to: 450 });
    const bars = traceRanges([day, short, group], across, theme, () => new Recorder());
    assert.deepEqual([...bars.keys()], ['grey']);
    assert.equal(bars.get('grey')!.count('rect'), 3);
  });

  it('turns the bars with the picture on a phone', () => {
    const week = glyph(200, [item(1, { ranged: true })], { from: 150, to: 250 });
    const [call] = traceRanges([week], down, theme, () => new Recorder()).get('blue')!.calls;
    assert.deepEqual(call, ['rect', 59, 151, 2, 98]);
  });
});

describe('the arcs layer', () => {
  const paths = () => ({ links: new Recorder(), heads: new Recorder(), strongLinks: new Recorder(), strongHeads: new Recorder() });

  it('links each mark to its addressees’ rows, faint, with an arrowhead each', () => {
    const speaker = glyph(200, [item(0, { targets: [1, 2] })]);
    const p = paths();
    const traced = traceLinks({ glyphs: [speaker], focused: null, selected: null, linkLimit: 10 }, across, p);
    assert.equal(traced.faint, 2);
    assert.equal(traced.strong.size, 0);
    assert.equal(p.links.count('quadraticCurveTo'), 2);
    assert.equal(p.heads.count('closePath'), 2);
    // From just below the speaker's mark, bowing forward in time, to just above the addressee's row.
    assert.deepEqual(p.links.calls[0], ['moveTo', 200, 48]);
    assert.deepEqual(p.links.calls[1]!.slice(0, 1), ['quadraticCurveTo']);
    assert.deepEqual(p.links.calls[1]!.slice(3), [200, 56]);
  });

  it('draws the focused and selected points’ links strong, and past the limit no faint one', () => {
    const focused = item(0, { targets: [1] });
    const glyphs = [glyph(200, [focused]), glyph(300, [item(1, { targets: [2] })]), glyph(400, [item(2, { targets: [0] })])];
    const p = paths();
    const traced = traceLinks({ glyphs, focused, selected: null, linkLimit: 1 }, across, p);
    assert.equal(p.strongLinks.count('quadraticCurveTo'), 1);
    assert.deepEqual(
      [...traced.strong].map((g) => g.at),
      [200],
    );
    assert.equal(p.links.count('quadraticCurveTo'), 1);
    assert.ok(traced.faint > 1);
  });

  it('links a group to each of its members’ addressees once', () => {
    const group = glyph(200, [item(0, { targets: [1] }), item(0, { targets: [1, 2] })]);
    const p = paths();
    traceLinks({ glyphs: [group], focused: null, selected: null, linkLimit: 10 }, across, p);
    assert.equal(p.links.count('quadraticCurveTo'), 2);
  });

  it('joins the marks of an exchange in time order, once per glyph, skipping those out of view', () => {
    const [a, b, c, d] = [item(0), item(1), item(1), item(2)];
    const glyphs = [glyph(100, [a]), glyph(200, [b, c])];
    const line = new Recorder();
    traceThread(glyphs, [a, b, c, d], across, line);
    assert.deepEqual(line.calls, [
      ['moveTo', 100, 40],
      ['lineTo', 200, 60],
    ]);
  });
});

describe('the marks layer', () => {
  it('stamps a sprite centred on its glyph, on whole device pixels', () => {
    const mark = glyph(200.3, [item(1)]);
    assert.deepEqual(stampAt(mark, across, 17, 1), [192, 52]);
    assert.deepEqual(stampAt(mark, across, 17, 2), [192, 51.5]);
    assert.deepEqual(stampAt(mark, down, 17, 1), [52, 192]);
  });

  it('draws bigger discs for groups of more digits', () => {
    assert.ok(clusterRadius(9) < clusterRadius(10));
    assert.ok(clusterRadius(99) < clusterRadius(100));
  });

  it('finds the mark under the pointer, the nearest when two are close', () => {
    const marks = [glyph(200, [item(0)]), glyph(212, [item(0)])];
    assert.equal(glyphAt(marks, across, 205, 41), marks[0]);
    assert.equal(glyphAt(marks, across, 208, 41), marks[1]);
    assert.equal(glyphAt(marks, across, 205, 60), null);
  });
});

describe('the focus layer', () => {
  const selected = item(0);
  const focused = item(1);
  const strong = [glyph(200, [selected]), glyph(300, [focused, item(1)])];

  it('rings the selected point, and the focused one while the timeline has the keyboard focus', () => {
    assert.deepEqual(focusRings(strong, { focused, selected, showFocus: true }, across), [
      { x: 200, y: 40, r: 10, width: 2, colour: 'accent' },
      { x: 300, y: 60, r: clusterRadius(2) + 6, width: 3, colour: 'focus' },
    ]);
    assert.deepEqual(
      focusRings(strong, { focused, selected, showFocus: false }, across).map((r) => r.colour),
      ['accent'],
    );
  });

  it('turns with the picture on a phone', () => {
    const [ring] = focusRings(strong, { focused: null, selected, showFocus: false }, down);
    assert.deepEqual([ring?.x, ring?.y], [40, 200]);
  });
});
