/**
 * The timeline island's data (src/shared/dataset.ts), cut from the dataset at build time for
 * the home page, the embed, the parts they fetch and the benchmark's generated datasets.
 */
import { sourceAnchors } from '../pipeline/render/highlights.ts';
import type { Dataset, TimelineData } from '../shared/dataset.ts';

/** `headings` gives a readable title for articles whose text had no headline. */
export function timelinePayload(dataset: Dataset, headings: ReadonlyMap<string, string> = new Map()): TimelineData {
  return {
    actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, side: a.side ?? null, role: a.description ?? null, path: a.path ?? null })),
    articles: dataset.articles.map((a) => ({
      id: a.id,
      title: headings.get(a.id) ?? a.title ?? a.id,
      outlet: a.outlet,
      path: a.path,
    })),
    points: dataset.points.map((p) => {
      const anchors = sourceAnchors(p);
      return {
        id: p.id,
        path: p.path,
        kind: p.kind,
        speaker: p.speaker,
        addressees: p.addressees,
        quote: p.quote,
        summary: p.summary,
        date: p.date,
        dateEnd: p.dateEnd,
        precision: p.datePrecision,
        sources: p.sources.map((s, i) => ({ article: s.article, direct: s.direct, excerpt: s.excerpt, anchor: anchors[i]! })),
        inReplyTo: p.inReplyTo ?? null,
        about: p.about ?? null,
      };
    }),
  };
}

/** JSON that is safe inside a `<script type="application/json">`: no `</script>` can end it early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Part of the payload: `points`, and only the actors and articles they name. */
export function payloadPart(data: TimelineData, [start, end]: readonly [number, number]): TimelineData {
  const points = data.points.slice(start, end);
  const actorIds = new Set(points.flatMap((p) => [p.speaker, ...p.addressees]));
  const articleIds = new Set(points.flatMap((p) => p.sources.map((s) => s.article)));
  return {
    actors: data.actors.filter((a) => actorIds.has(a.id)),
    articles: data.articles.filter((a) => articleIds.has(a.id)),
    points,
  };
}

/**
 * What the home page embeds: the `newest` part, and where the island finds the others
 * (`urls`: their addresses, oldest first) with the span of the whole story, so that the
 * picture is laid out for all of it from the first frame.
 */
export function firstPart(data: TimelineData, newest: readonly [number, number], urls: readonly string[]): TimelineData {
  const part = payloadPart(data, newest);
  if (urls.length === 0) return part;
  const days = data.points.flatMap((p) => (p.date === null ? [] : [p.date, p.dateEnd ?? p.date])).sort();
  const span: [string, string] | null = days.length > 0 ? [days[0]!, days.at(-1)!] : null;
  return { ...part, more: { chunks: [...urls], points: data.points.length, span } };
}
