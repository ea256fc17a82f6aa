/** Points the sources do not date have no place on the time axis: they are buttons beside the picture instead. */
import { lineOf, type Lookup } from './details.ts';
import { must } from './dom.ts';
import type { TimelinePoint } from '../../shared/dataset.ts';

/** Lists `points[i]` for each of `indices` in `section`, hidden when there are none; a click calls `open(i)`. */
export function fillUndated(section: HTMLElement, indices: number[], points: readonly TimelinePoint[], lookup: Lookup, open: (index: number) => void): void {
  section.hidden = indices.length === 0;
  must<HTMLElement>(section, 'ul').replaceChildren(
    ...indices.map((index) => {
      const point = points[index]!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tl-undated-point';
      button.dataset.point = point.id;
      button.textContent = lineOf(point, lookup);
      button.addEventListener('click', () => open(index));
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
  );
}
