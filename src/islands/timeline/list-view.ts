/**
 * "List view": the page's server-rendered list of points in place of the picture,
 * following the same filters.
 */
import { must } from './dom.ts';

export class ListView {
  private readonly toggle: HTMLElement;

  /** `list` is null on a page that has no list to show. */
  constructor(
    private readonly root: HTMLElement,
    private readonly list: HTMLElement | null,
  ) {
    this.toggle = must<HTMLElement>(root, '[data-action=list]');
  }

  show(on: boolean): void {
    this.toggle.setAttribute('aria-pressed', String(on));
    for (const part of this.root.querySelectorAll<HTMLElement>('[data-picture]')) part.hidden = on;
    this.list?.classList.toggle('tl-list-shown', on);
  }

  /** Hides the entries of points that are not in `ids`. */
  filter(ids: ReadonlySet<string>): void {
    if (!this.list) return;
    for (const li of this.list.querySelectorAll<HTMLElement>('li[data-point]')) li.hidden = !ids.has(li.dataset.point ?? '');
  }
}
