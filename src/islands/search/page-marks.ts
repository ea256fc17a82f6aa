/**
 * The search page's own list, marked: a committed search puts `<mark>`s in each result's
 * speaker, addressees and words (src/components/PointSummary.astro names them with
 * `data-search-field`), and the part of a source that matched when the words do not show it.
 * Everything goes in as text (render-results.ts); the marks go again when the search does.
 */
import type { HitView } from '../../shared/search/engine.ts';
import type { Segment } from '../../shared/search/highlight.ts';
import { aliasNote, appendSegments } from './render-results.ts';

/** Where a field's text is: the link to an actor's page, when it has one, else the field itself. */
const textOf = (field: Element): Element => field.querySelector('a') ?? field;

export class PageMarks {
  /** Each field's text as the page gave it. */
  private readonly plain = new Map<Element, string>();

  constructor(items: readonly HTMLElement[]) {
    for (const item of items) {
      for (const field of item.querySelectorAll('[data-search-field]')) this.plain.set(field, textOf(field).textContent ?? '');
    }
  }

  /** `view`'s marks in `item`, or none. */
  show(item: HTMLElement, view: HitView | null): void {
    const field = (name: string) => [...item.querySelectorAll<HTMLElement>(`[data-search-field="${name}"]`)];
    const paint = (element: HTMLElement | undefined, segments: readonly Segment[] | null | undefined) => {
      if (!element) return;
      const text = textOf(element);
      if (segments) {
        text.replaceChildren();
        appendSegments(text, segments);
      } else {
        text.textContent = this.plain.get(element) ?? '';
      }
    };
    paint(field('speaker')[0], view?.speaker);
    // The alias a name matched through, when the name itself does not show it (as the box's results say it).
    item.querySelector('[data-search-alias]')?.remove();
    if (view?.speakerAlias) {
      const alias = aliasNote(view.speakerAlias);
      alias.dataset.searchAlias = '';
      field('speaker')[0]?.after(alias);
    }
    field('addressee').forEach((element, i) => paint(element, view?.addressees[i]));
    paint(field('words')[0], view?.words);
    const excerpt = field('excerpt')[0];
    if (excerpt) {
      excerpt.hidden = !view?.excerpt;
      paint(excerpt, view?.excerpt ?? null);
    }
  }
}
