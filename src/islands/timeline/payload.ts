/**
 * Built on the server (the home page, and the benchmark's generated datasets):
 * never imported by the island, which only needs the types.
 */
import { sourceAnchors } from '../../pipeline/render/highlights.ts';
import type { Dataset } from '../../pipeline/types.ts';
import type { TimelineData } from './types.ts';

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
