/**
 * A made-up dataset of any size, the same every time for the same seed: several
 * years of statements between a few dozen actors, with bursts of many points on
 * the same days (as in a crisis), ranges, undated points and multi-source points.
 */
import type { Actor, Dataset, DatasetArticle, DatePrecision, Point, PointKind } from '../../src/pipeline/types.ts';

/** mulberry32: a tiny seeded generator, the same numbers on every machine; good enough to spread test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = ['Russia', 'United States', 'NATO', 'France', 'Germany', 'Ukraine', 'China'];
const KINDS: [PointKind, number][] = [
  ['statement', 60],
  ['document', 10],
  ['call', 10],
  ['meeting', 10],
  ['denial', 10],
];
const PRECISIONS: [DatePrecision | 'undated', number][] = [
  ['day', 80],
  ['week', 10],
  ['month', 6],
  ['year', 1],
  ['undated', 3],
];
const DAYS = 3 * 365;
const START = Date.parse('2020-01-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateDataset(count: number, seed = 1): Dataset {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = <T>(table: readonly [T, number][]): T => {
    let r = rnd() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return table.at(-1)![0];
  };

  const actors: Actor[] = SIDES.flatMap((side) =>
    [1, 2, 3, 4].map((n) => ({
      id: `${side.toLowerCase().replace(/\W+/g, '-')}-${n}`,
      name: `${side} speaker ${n}`,
      aliases: [],
      kind: 'person' as const,
      description: `Official ${n} of ${side}`,
      side,
    })),
  );
  actors.push(
    { id: 'press', name: 'The press', aliases: [], kind: 'group' },
    { id: 'unknown', name: 'Unresolved speaker', aliases: [], kind: 'unknown' },
    { id: 'observer', name: 'An observer', aliases: [], kind: 'person' },
  );
  const articles: DatasetArticle[] = Array.from({ length: 200 }, (_, i) => ({
    id: `article-${i}`,
    title: `Article ${i}`,
    outlet: pick(['Wire A', 'Wire B', 'Daily C']),
    date: iso(START + Math.floor(rnd() * DAYS) * DAY),
    dateSource: 'dateline',
    url: null,
    path: `/articles/article-${i}/`,
  }));
  // Crisis days: a third of all points fall on a few days, so that many share a day and a row.
  const hotDays = Array.from({ length: 25 }, () => Math.floor(rnd() * DAYS));

  const points: Point[] = Array.from({ length: count }, (_, i) => {
    const speaker = pick(actors);
    const addressees = rnd() < 0.5 ? [] : [pick(actors).id, ...(rnd() < 0.2 ? [pick(actors).id] : [])].filter((a) => a !== speaker.id);
    const precision = weighted(PRECISIONS);
    const day = rnd() < 0.33 ? pick(hotDays) : Math.floor(rnd() * DAYS);
    const length = { day: 1, week: 7, month: 30, year: 365, unknown: 1, undated: 0 }[precision];
    const date = precision === 'undated' ? null : iso(START + day * DAY);
    const dateEnd = date === null ? null : iso(START + (day + length - 1) * DAY);
    const id = `${date ?? 'undated'}-bench-${String(i).padStart(5, '0')}`;
    const words = `Statement number ${i} about the matter at hand`;
    return {
      id,
      path: `/points/${id}/`,
      kind: weighted(KINDS),
      speaker: speaker.id,
      addressees: [...new Set(addressees)],
      quote: rnd() < 0.6 ? words : null,
      summary: `${speaker.name}: ${words}`,
      date,
      dateEnd,
      datePrecision: precision === 'undated' ? 'unknown' : precision,
      sources: Array.from({ length: rnd() < 0.3 ? 2 : 1 }, () => ({
        article: pick(articles).id,
        direct: true,
        quote: words,
        excerpt: `${speaker.name} said: “${words}.”`,
        cue: 'said',
        offset: 0,
      })),
    };
  });
  points.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  return { format: 1, builtFrom: { articles: articles.map((a) => a.id) }, actors, articles, points };
}
