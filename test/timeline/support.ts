/** Small hand-made timeline data for the layout tests. */
import type { TimelineActor, TimelinePoint } from '../../src/shared/dataset.ts';

export const actors: TimelineActor[] = [
  { id: 'lavrov', name: 'Sergey Lavrov', side: 'Russia', role: 'Russian Foreign Minister' },
  { id: 'kremlin', name: 'Kremlin', side: 'Russia', role: null },
  { id: 'blinken', name: 'Antony Blinken', side: 'United States', role: 'U.S. Secretary of State' },
  { id: 'press', name: 'The press', side: null, role: null },
];
export const actorMap = new Map(actors.map((a) => [a.id, a]));

let serial = 0;
export function point(speaker: string, date: string | null, extra: Partial<TimelinePoint> = {}): TimelinePoint {
  const id = extra.id ?? `p${String(++serial).padStart(3, '0')}`;
  return {
    id,
    path: `/points/${id}/`,
    kind: 'statement',
    speaker,
    addressees: [],
    quote: null,
    summary: `${speaker} said something`,
    date,
    dateEnd: date,
    precision: date === null ? 'unknown' : 'day',
    sources: [],
    ...extra,
  };
}
