import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildLanes,
  DAY_MS,
  FOLDING,
  NO_FOLDS,
  shownPerLane,
  dayStart,
  glyphsInView,
  indexRows,
  itemInNextRow,
  itemsByRow,
  levelSlope,
  matchesFilter,
  NO_FILTER,
  OTHER_LANE,
  placeItems,
  rowGlyphs,
  spanRevealing,
  type View,
} from '../../src/islands/timeline/layout.ts';
import type { TimelinePoint } from '../../src/shared/dataset.ts';
import { actorMap, point } from './support.ts';

const all = (points: TimelinePoint[]) => points.map((_, i) => i);

/** A view of `days` days from `from`, `pxPerDay` wide each, marks `pitch` apart. */
function view(from: string, days: number, pxPerDay: number, pitch = 10): View {
  const start = dayStart(from);
  return { start, end: start + days * DAY_MS, px: (t) => ((t - start) / DAY_MS) * pxPerDay, pitch, groupPitch: pitch * 1.6 };
}

describe('lanes', () => {
  const points = [
    point('lavrov', '2022-01-18', { addressees: ['blinken'] }),
    point('lavrov', '2022-01-19'),
    point('kremlin', '2022-01-19', { addressees: ['press'] }),
    point('blinken', '2022-01-20'),
  ];

  it('puts each actor in its side’s lane, busiest lane and actor first, actors without a side in "Other" last', () => {
    const lanes = buildLanes(points, actorMap, 'actor');
    assert.deepEqual(
      lanes.lanes.map((l) => [l.side, l.count]),
      [
        ['Russia', 2],
        ['United States', 1],
        [OTHER_LANE, 1],
      ],
    );
    assert.deepEqual(
      lanes.rows.map((r) => r.label),
      ['Sergey Lavrov', 'Kremlin', 'Antony Blinken', 'The press'],
    );
    assert.deepEqual(
      lanes.rows.map((r) => r.lane),
      [0, 0, 1, 2],
    );
  });

  it('gives a row to actors who are only spoken to, so every link has an end', () => {
    const lanes = buildLanes([point('lavrov', '2022-01-18', { addressees: ['press'] })], actorMap, 'actor');
    assert.ok(lanes.rowOfActor.has('press'));
  });

  it('in side mode, makes one row per lane, shared by its actors', () => {
    const lanes = buildLanes(points, actorMap, 'side');
    assert.deepEqual(
      lanes.rows.map((r) => r.label),
      ['Russia', 'United States', OTHER_LANE],
    );
    assert.equal(lanes.rowOfActor.get('lavrov'), lanes.rowOfActor.get('kremlin'));
  });

  it('places an unknown actor in "Other" rather than failing', () => {
    const lanes = buildLanes([point('nobody-we-know', '2022-01-18')], actorMap, 'actor');
    assert.deepEqual(
      lanes.lanes.map((l) => l.side),
      [OTHER_LANE],
    );
  });
});

describe('folded lanes', () => {
  // 30 speakers without a side, the first the busiest: speaker i says 30 - i things.
  const crowd = new Map(
    Array.from({ length: 30 }, (_, i) => [`a${i}`, { id: `a${i}`, name: `Speaker ${String(i).padStart(2, '0')}`, side: null, role: null }]),
  );
  const said = [...crowd.keys()].flatMap((id, i) => Array.from({ length: 30 - i }, () => point(id, '2022-01-18')));
  const small = { rows: 8, lanes: 3, opened: 5 };

  it('folds nothing when every actor fits', () => {
    const lanes = buildLanes(said, crowd, 'actor');
    assert.ok(FOLDING.rows >= 30);
    assert.equal(lanes.rows.length, 30);
    assert.ok(lanes.rows.every((r) => !r.fold));
  });

  it('shows a lane’s most active actors and folds the rest into one row that still holds their marks', () => {
    const lanes = buildLanes(said, crowd, 'actor', NO_FOLDS, small);
    assert.deepEqual(
      lanes.rows.slice(0, 7).map((r) => r.key),
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
    );
    const fold = lanes.rows.at(-1)!;
    assert.equal(lanes.rows.length, small.rows);
    assert.deepEqual(fold.fold, { side: OTHER_LANE, actors: 23, open: false });
    assert.equal(fold.label, '23 others');
    assert.equal(lanes.rowOfActor.get('a29'), lanes.rows.length - 1);
  });

  it('opens one lane on demand, and keeps its height bounded however many it folds', () => {
    const lanes = buildLanes(said, crowd, 'actor', { open: OTHER_LANE, pinned: null }, small);
    assert.equal(lanes.rows.length, 7 + small.opened + 1);
    assert.deepEqual(lanes.rows.at(-1)!.fold, { side: OTHER_LANE, actors: 30 - 7 - small.opened, open: true });
    assert.equal(lanes.rows.at(-1)!.label, '18 more');
  });

  it('gives the actor the filter names a row of its own even when it would be folded', () => {
    const lanes = buildLanes(said, crowd, 'actor', { open: null, pinned: 'a20' }, small);
    assert.equal(lanes.rows[lanes.rowOfActor.get('a20')!]!.key, 'a20');
    assert.equal(lanes.rows.at(-1)!.fold!.actors, 22);
  });

  it('shares the rows among lanes, a lane that fits showing all its actors', () => {
    assert.equal(shownPerLane([2, 2], 8), Infinity);
    assert.equal(shownPerLane([10, 2, 10], 10), 3, '4 + 2 + 4 rows');
    assert.equal(shownPerLane([40, 40, 40, 40, 40], 8), 1, 'never fewer than one actor and the fold');
  });

  it('draws the actors of the quietest sides in the "Other" lane past the most lanes it has', () => {
    const sides = new Map(Array.from({ length: 5 }, (_, i) => [`s${i}`, { id: `s${i}`, name: `S ${i}`, side: `Side ${i}`, role: null }]));
    const points = [...sides.keys()].flatMap((id, i) => Array.from({ length: 5 - i }, () => point(id, '2022-01-18')));
    const lanes = buildLanes(points, sides, 'actor', NO_FOLDS, small);
    assert.deepEqual(
      lanes.lanes.map((l) => l.side),
      ['Side 0', 'Side 1', OTHER_LANE],
    );
    assert.deepEqual(
      lanes.rows.slice(-3).map((r) => r.key),
      ['s2', 's3', 's4'],
    );
  });
});

describe('filters', () => {
  const p = point('lavrov', '2022-01-18', { kind: 'call', addressees: ['blinken'] });
  it('by side of the speaker, kind, and actor (speaker or addressee)', () => {
    assert.equal(matchesFilter(p, NO_FILTER, actorMap), true);
    assert.equal(matchesFilter(p, { ...NO_FILTER, sides: ['Russia'] }, actorMap), true);
    assert.equal(matchesFilter(p, { ...NO_FILTER, sides: ['United States'] }, actorMap), false);
    assert.equal(matchesFilter(p, { ...NO_FILTER, kinds: ['statement', 'denial'] }, actorMap), false);
    assert.equal(matchesFilter(p, { ...NO_FILTER, actor: 'blinken' }, actorMap), true);
    assert.equal(matchesFilter(p, { ...NO_FILTER, actor: 'kremlin' }, actorMap), false);
    assert.equal(matchesFilter(point('press', '2022-01-18'), { ...NO_FILTER, sides: [OTHER_LANE] }, actorMap), true);
  });
});

describe('placing points in time', () => {
  it('leaves undated points out, keeps time order, spans a range to the end of its last day', () => {
    const points = [point('lavrov', '2022-01-20'), point('lavrov', null), point('kremlin', '2022-01-10', { dateEnd: '2022-01-16', precision: 'week' })];
    const items = placeItems(points, all(points), buildLanes(points, actorMap, 'actor'));
    assert.deepEqual(
      items.map((i) => [i.point, i.order]),
      [
        [2, 0],
        [0, 1],
      ],
    );
    assert.equal(items[0]!.t1 - items[0]!.t0, 7 * DAY_MS);
    assert.equal(items[0]!.ranged, true);
    assert.equal(items[1]!.ranged, false);
  });

  it('points to each addressee’s row once, never to its own', () => {
    const points = [point('lavrov', '2022-01-20', { addressees: ['blinken', 'blinken', 'kremlin', 'lavrov'] })];
    const lanes = buildLanes(points, actorMap, 'side');
    const [item] = placeItems(points, all(points), lanes);
    assert.deepEqual(item!.targets, [lanes.rowOfActor.get('blinken')]);
  });
});

describe('marks and groups', () => {
  const sameDay = [1, 2, 3].map(() => point('lavrov', '2022-01-18'));
  const setUp = (points: TimelinePoint[]) => {
    const lanes = buildLanes(points, actorMap, 'actor');
    const items = placeItems(points, all(points), lanes);
    return { lanes, items, rows: indexRows(items, lanes.rows.length) };
  };

  it('spreads points of the same day side by side when the day is wide enough, never on top of each other', () => {
    const { rows } = setUp(sameDay);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2022-01-17', 3, 100));
    assert.equal(glyphs.length, 3);
    assert.ok(glyphs.every((g) => !g.cluster));
    const at = glyphs.map((g) => g.at);
    assert.ok(at[1]! - at[0]! >= 10 && at[2]! - at[1]! >= 10, `spaced out: ${at.join(', ')}`);
    assert.ok(
      at.every((x) => x > 100 && x < 200),
      `inside their day: ${at.join(', ')}`,
    );
  });

  it('groups them, with their count, when zoomed out too far to spread them', () => {
    const { rows } = setUp(sameDay);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2022-01-01', 60, 10));
    assert.equal(glyphs.length, 1);
    assert.equal(glyphs[0]!.cluster, true);
    assert.equal(glyphs[0]!.items.length, 3);
  });

  it('groups neighbouring days closer than a mark, and keeps days further apart separate', () => {
    const points = ['2022-01-01', '2022-01-02', '2022-01-20'].map((d) => point('lavrov', d));
    const { rows } = setUp(points);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2021-12-25', 40, 5));
    assert.deepEqual(
      glyphs.map((g) => g.items.length),
      [2, 1],
    );
  });

  it('draws every point exactly once, as a mark or in a group, at any zoom', () => {
    const points = Array.from({ length: 200 }, (_, i) =>
      point(['lavrov', 'kremlin', 'blinken'][i % 3]!, `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`, {
        ...(i % 7 === 0 ? { dateEnd: `2022-01-${String(Math.min(28, 7 + (i % 28))).padStart(2, '0')}`, precision: 'week' as const } : {}),
      }),
    );
    const { rows, items } = setUp(points);
    for (const pxPerDay of [1, 5, 20, 80, 400]) {
      const ids = glyphsInView(rows, view('2021-12-01', 120, pxPerDay)).flatMap((g) => g.items.map((i) => i.id));
      assert.deepEqual(ids.sort(), items.map((i) => i.id).sort(), `at ${pxPerDay}px a day`);
    }
  });

  it('leaves out what is outside the view, but not a range that reaches into it', () => {
    const points = [point('lavrov', '2022-01-01'), point('lavrov', '2022-03-01'), point('lavrov', '2022-01-01', { dateEnd: '2022-01-31', precision: 'month' })];
    const { rows } = setUp(points);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2022-01-25', 10, 50));
    assert.deepEqual(
      glyphs.flatMap((g) => g.items.map((i) => i.point)),
      [2],
    );
  });

  it('leaves a day out of a group when it lies between the group’s members but outside the view', () => {
    // Known to the day over two weeks, it reaches into the view; in time order (by centre) it comes before the 8th.
    const long = point('lavrov', '2022-01-01', { dateEnd: '2022-01-14' });
    const points = [long, point('lavrov', '2022-01-08'), point('lavrov', '2022-01-10')];
    const { rows } = setUp(points);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2022-01-10', 30, 1));
    assert.deepEqual(
      glyphs.map((g) => ({ cluster: g.cluster, points: g.items.map((i) => i.point) })),
      [{ cluster: true, points: [0, 2] }],
    );
  });

  it('does not let a month-long range swallow the day it is centred on: it moves aside along its range', () => {
    const points = [point('lavrov', '2022-01-16'), point('lavrov', '2022-01-01', { dateEnd: '2022-01-31', precision: 'month' })];
    const { rows } = setUp(points);
    const glyphs = rowGlyphs(rows[0]!, 0, view('2022-01-01', 31, 12));
    assert.equal(glyphs.length, 2);
    assert.ok(glyphs.every((g) => !g.cluster));
    assert.ok(Math.abs(glyphs[0]!.at - glyphs[1]!.at) >= 10);
  });
});

describe('moving between rows', () => {
  it('goes to the closest point in time in the next row that has any, skipping empty rows', () => {
    const points = [
      point('lavrov', '2022-01-10', { addressees: ['kremlin'] }),
      point('lavrov', '2022-01-25'),
      point('blinken', '2022-01-01'),
      point('blinken', '2022-01-12'),
      point('press', '2022-01-30'),
    ];
    const lanes = buildLanes(points, actorMap, 'actor');
    // Lavrov, then Kremlin (only spoken to: a row without points), then Blinken, then the press.
    assert.deepEqual(
      lanes.rows.map((r) => r.key),
      ['lavrov', 'kremlin', 'blinken', 'press'],
    );
    const items = placeItems(points, all(points), lanes);
    const byRow = itemsByRow(items, lanes.rows.length);
    const lavrov = items.find((i) => i.point === 0)!;
    assert.equal(itemInNextRow(byRow, lavrov, 1)?.point, 3);
    assert.equal(
      itemInNextRow(
        byRow,
        items.find((i) => i.point === 3)!,
        1,
      )?.point,
      4,
    );
    assert.equal(itemInNextRow(byRow, lavrov, -1), null);
  });
});

describe('revealing a point', () => {
  it('narrows the span until the point is a mark of its own', () => {
    const points = Array.from({ length: 5 }, () => point('lavrov', '2022-01-18'));
    const lanes = buildLanes(points, actorMap, 'actor');
    const items = placeItems(points, all(points), lanes);
    const rows = indexRows(items, lanes.rows.length);
    const span = spanRevealing(rows[0]!, items[2]!, 64 * DAY_MS, DAY_MS / 2, 800, 15, 25);
    assert.ok(span < 64 * DAY_MS);
    // At that span, a day is wide enough for five marks.
    assert.ok((DAY_MS / span) * 800 >= 5 * 15, `a day is ${(DAY_MS / span) * 800}px`);
  });
});

describe('zoom levels', () => {
  it('lays out at the level at or just below the zoom, a quarter of a doubling apart', () => {
    for (const slope of [1e-7, 3.3e-6, 0.01, 1, 7.5]) {
      const level = levelSlope(slope);
      assert.ok(level <= slope && level > slope / 2 ** 0.25, `${slope} → ${level}`);
    }
    assert.equal(levelSlope(1.1), levelSlope(1.15));
    assert.notEqual(levelSlope(1.1), levelSlope(1.25));
  });

  it('stretched to the zoom, a level’s glyphs are never closer than they were laid out', () => {
    const points = Array.from({ length: 40 }, (_, i) => point('lavrov', `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`));
    const lanes = buildLanes(points, actorMap, 'actor');
    const rows = indexRows(placeItems(points, all(points), lanes), lanes.rows.length);
    const start = dayStart('2022-01-01');
    for (const pxPerDay of [3, 9, 14, 23, 40]) {
      const slope = pxPerDay / DAY_MS;
      const level = levelSlope(slope);
      const laidOut = glyphsInView(rows, { start, end: start + 28 * DAY_MS, px: (t) => (t - start) * level, pitch: 15, groupPitch: 25 });
      const shown = laidOut.map((g) => g.at * (slope / level)).sort((a, b) => a - b);
      for (let i = 1; i < shown.length; i++) assert.ok(shown[i]! - shown[i - 1]! >= 15 - 0.5, `${pxPerDay} px a day: ${shown[i - 1]} and ${shown[i]}`);
    }
  });
});
