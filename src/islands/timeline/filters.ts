/** The Filters form: it shows the filter in force, and hands back the one the reader ticks. */
import { must } from './dom.ts';
import type { Filter } from './layout.ts';
import type { TimelineActor } from '../../shared/dataset.ts';

export class FilterForm {
  private readonly form: HTMLFormElement;
  private readonly count: HTMLElement;

  constructor(root: HTMLElement, onChange: (filter: Filter) => void) {
    this.form = must<HTMLFormElement>(root, 'form[data-filters]');
    this.count = must<HTMLElement>(root, '[data-filter-count]');
    this.form.addEventListener('change', () => onChange(this.read()));
    // The reset event comes before the fields are reset.
    this.form.addEventListener('reset', () => setTimeout(() => onChange(this.read())));
  }

  show(filter: Filter): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const chosen = box.name === 'side' ? filter.sides : filter.kinds;
      box.checked = chosen.length === 0 || chosen.includes(box.value);
    }
    must<HTMLSelectElement>(this.form, 'select[name=actor]').value = filter.actor ?? '';
    this.countOn(filter);
  }

  /** Options for `actors` the list lacks (those of parts fetched after the page), in the list's order by name. */
  addActors(actors: readonly TimelineActor[]): void {
    const select = must<HTMLSelectElement>(this.form, 'select[name=actor]');
    const listed = new Set([...select.options].map((o) => o.value));
    const added = actors.filter((a) => !listed.has(a.id)).map((a) => new Option(a.name, a.id));
    if (added.length === 0) return;
    const chosen = select.value;
    const [anyone, ...named] = [...select.options];
    select.replaceChildren(anyone!, ...[...named, ...added].sort((a, b) => a.text.localeCompare(b.text)));
    select.value = chosen;
  }

  private read(): Filter {
    const chosen = (name: string) => {
      const boxes = [...this.form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)];
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      // All or none ticked both mean "no filter": an empty timeline is never what anyone asked for.
      return checked.length === boxes.length ? [] : checked;
    };
    const filter = {
      sides: chosen('side'),
      kinds: chosen('kind'),
      actor: must<HTMLSelectElement>(this.form, 'select[name=actor]').value || null,
    };
    this.countOn(filter);
    return filter;
  }

  /** The form folds away: its summary says how many filters are on. */
  private countOn(filter: Filter): void {
    const n = Number(filter.sides.length > 0) + Number(filter.kinds.length > 0) + Number(filter.actor !== null);
    this.count.textContent = n > 0 ? ` (${n} on)` : '';
  }
}
