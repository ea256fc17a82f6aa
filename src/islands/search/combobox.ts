/**
 * The search box as an ARIA combobox with a listbox popup (the WAI-ARIA APG
 * pattern): focus stays in the text box; the active option is named by
 * aria-activedescendant; Up/Down move, Enter chooses, Escape closes then clears.
 */

export interface ListState {
  open: boolean;
  /** Options listed. */
  count: number;
  /** The active option, or -1 for none. */
  active: number;
  /** Whether the box holds any text. */
  hasText: boolean;
}

export type KeyOutcome =
  /** Make this option active, opening the list if it is closed. */
  | { action: 'move'; active: number }
  | { action: 'choose'; active: number }
  | { action: 'close' }
  | { action: 'clear' }
  /** Enter with no option active: search for the text (the search page lists every result). */
  | { action: 'submit' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What a key does to the list, or null to leave the key to the text box. */
export function comboboxKey(event: KeyInput, state: ListState): KeyOutcome | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { open, count, active } = state;
  switch (event.key) {
    case 'ArrowDown':
      if (count === 0) return null;
      // Wraps, so that the first result is one key away from the last.
      return { action: 'move', active: open && active < count - 1 ? active + 1 : 0 };
    case 'ArrowUp':
      if (count === 0) return null;
      return { action: 'move', active: open && active > 0 ? active - 1 : count - 1 };
    case 'Enter':
      return open && active >= 0 ? { action: 'choose', active } : { action: 'submit' };
    case 'Escape':
      if (open) return { action: 'close' };
      return state.hasText ? { action: 'clear' } : null;
    default:
      return null;
  }
}

/** The combobox's ARIA state on the page: which option is active, whether the popup shows. */
export class Combobox {
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly popup: HTMLElement,
  ) {
    // Set here rather than in the markup: without this script the box is a plain search field.
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
  }

  get isOpen(): boolean {
    return !this.popup.hidden;
  }

  state(): ListState {
    return { open: this.isOpen, count: this.options().length, active: this.active, hasText: this.input.value !== '' };
  }

  open(): void {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  /** After each keystroke: no option active, as the APG has it while typing. */
  reset(): void {
    this.setActive(-1);
  }

  activeIndex(): number {
    return this.active;
  }

  setActive(index: number): void {
    const options = this.options();
    options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  /** The option a click landed in, as an index. */
  indexOf(target: EventTarget | null): number {
    const option = target instanceof Element ? target.closest('[role="option"]') : null;
    return option ? this.options().indexOf(option as HTMLElement) : -1;
  }

  private options(): HTMLElement[] {
    return [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  }
}
