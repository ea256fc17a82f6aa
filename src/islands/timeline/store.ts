/**
 * The one way a change reaches the page: `update` merges what changed into the state, and
 * one animation frame later the picture is drawn, the address bar is told (when what
 * changed is something the address says), and the live region says the announcement if it
 * is a new one. However many changes a frame gathers
 * (a click that focuses a point and opens it), it draws once and writes once. Zooming
 * and panning change no state, only the picture: `redraw` draws and does nothing else,
 * so a zoom frame costs what it did before there was a store.
 */

/** What every state carries: the line for the live region. */
export interface Announcing {
  announcement: string;
}

export interface StoreEffects<S> {
  draw(state: Readonly<S>): void;
  writeUrl(state: Readonly<S>): void;
  announce(text: string): void;
}

/** Runs `callback` before the next frame (requestAnimationFrame in the page). */
export type Scheduler = (callback: () => void) => void;

export class Store<S extends Announcing> {
  #state: S;
  #frameAsked = false;
  #drawDue = false;
  #urlDue = false;
  #live = false;
  #announced = '';

  /** `inUrl`: the parts of the state the address bar says. */
  constructor(
    initial: S,
    private readonly inUrl: readonly (keyof S)[],
    private readonly effects: StoreEffects<S>,
    private readonly schedule: Scheduler,
  ) {
    this.#state = initial;
  }

  get state(): Readonly<S> {
    return this.#state;
  }

  /**
   * From now on, changes are written to the address bar. Until then the page is setting
   * itself up from the address, which already says what the changes are.
   */
  goLive(): void {
    this.#live = true;
  }

  /** The state changed: draw, write the address if it says what changed, announce, all in the next frame. */
  update(patch: Partial<S>): void {
    this.#state = { ...this.#state, ...patch };
    if (this.#live && this.inUrl.some((key) => key in patch)) this.#urlDue = true;
    this.redraw();
  }

  /** Only the picture changed (the view moved, the focus ring came or went): draw in the next frame. */
  redraw(): void {
    this.#drawDue = true;
    if (this.#frameAsked) return;
    this.#frameAsked = true;
    this.schedule(() => this.#frame());
  }

  #frame(): void {
    this.#frameAsked = false;
    const state = this.#state;
    if (this.#drawDue) {
      this.#drawDue = false;
      this.effects.draw(state);
    }
    if (this.#urlDue) {
      this.#urlDue = false;
      this.effects.writeUrl(state);
    }
    // A live region that is told the same words again may say them again: only news is said.
    if (state.announcement !== this.#announced) {
      this.#announced = state.announcement;
      this.effects.announce(state.announcement);
    }
  }
}
