import type { Dataset } from '../types.ts';

const COLUMNS = [
  'point_id',
  'point_path',
  'kind',
  'speaker',
  'speaker_name',
  'addressees',
  'addressee_names',
  'quote',
  'summary',
  'date',
  'date_end',
  'date_precision',
  'source_article',
  'source_outlet',
  'source_direct',
  'source_quote',
  'source_excerpt',
  'source_cue',
  'source_offset',
  // Added after the first release: at the end, so that readers that count columns still find the others.
  'in_reply_to',
  'about',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. A leading `=+-@` is defused for spreadsheets. */
function field(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per point–source pair, the point's fields flattened (DATASET.md). */
export function datasetToCsv(dataset: Dataset): string {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const outlet = new Map(dataset.articles.map((a) => [a.id, a.outlet]));
  const rows: string[] = [COLUMNS.join(',')];
  for (const p of dataset.points) {
    for (const s of p.sources) {
      rows.push(
        [
          p.id,
          p.path,
          p.kind,
          p.speaker,
          actorName.get(p.speaker) ?? p.speaker,
          p.addressees.join(';'),
          p.addressees.map((a) => actorName.get(a) ?? a).join('; '),
          p.quote,
          p.summary,
          p.date,
          p.dateEnd,
          p.datePrecision,
          s.article,
          outlet.get(s.article) ?? null,
          s.direct,
          s.quote,
          s.excerpt,
          s.cue,
          s.offset,
          p.inReplyTo ?? null,
          p.about ?? null,
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
