/**
 * The buttons of the folded rows ("12 others"), laid over the row labels: real buttons, so that
 * a lane opens by keyboard, pointer or screen reader alike. The canvas draws the rows; these
 * only say what each fold holds and open or close it.
 */
import type { Geometry } from './geometry.ts';
import type { Lanes } from './layout.ts';

export class FoldButtons {
  constructor(
    private readonly container: HTMLElement,
    onToggle: (side: string) => void,
  ) {
    container.addEventListener('click', (event) => {
      const side = (event.target as Element).closest<HTMLElement>('[data-fold]')?.dataset.fold;
      if (side !== undefined) onToggle(side);
    });
  }

  /** One button per fold row, at its row; the button that had the focus keeps it. `top`: the canvas's offset in the container's parent. */
  show(lanes: Lanes, g: Geometry, top: number): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.fold;
    const buttons = g.vertical
      ? []
      : lanes.rows.flatMap((row, i) => {
          if (!row.fold) return [];
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'tl-fold';
          button.dataset.fold = row.fold.side;
          button.setAttribute('aria-expanded', String(row.fold.open));
          button.textContent = row.label;
          const others = `${row.fold.actors} other ${row.fold.actors === 1 ? 'speaker' : 'speakers'}`;
          button.setAttribute(
            'aria-label',
            row.fold.open
              ? `Fold the ${row.fold.side} lane back${row.fold.actors > 0 ? ` (${others} still folded)` : ''}`
              : `Show ${others} of the ${row.fold.side} lane`,
          );
          button.style.top = `${top + g.rowCentre[i]!}px`;
          button.style.width = `${g.gutter - 4}px`;
          return [button];
        });
    this.container.replaceChildren(...buttons);
    if (focused !== undefined) buttons.find((b) => b.dataset.fold === focused)?.focus();
  }
}
