/**
 * Every actor's and outlet's names and aliases, folded, in one string, so that a term is
 * looked for in all of them with one `indexOf` loop: at 100,000 statements, 4,100 entities
 * have 20,000 names, and a call to `includes` on each took about a millisecond a keystroke.
 * The answer is the one a look at each name in turn gives (test/search/name-text.test.ts).
 */
import { placedAt, type Placement } from './highlight.ts';

/** Between names: no term holds it (query.ts makes control characters spaces), and it is no part of a word. */
const SEPARATOR = '\u0000';

export class NameText {
  private readonly text: string;
  /** Where each name starts in `text`: entity by entity, each one's name then its aliases. */
  private readonly starts: Int32Array;
  /** Per name (as `starts`): its entity, and its place among the entity's names (0: the name itself). */
  private readonly entityOf: Int32Array;
  private readonly placeOf: Int32Array;
  /** Per entity, and one past the last: where its first name starts in `text`. */
  private readonly entityStarts: Int32Array;

  /** `names`: each entity's names, folded, the name itself first. */
  constructor(names: readonly (readonly string[])[]) {
    const all = names.flat();
    this.text = all.join(SEPARATOR);
    this.starts = new Int32Array(all.length);
    this.entityOf = new Int32Array(all.length);
    this.placeOf = new Int32Array(all.length);
    this.entityStarts = new Int32Array(names.length + 1);
    let slot = 0;
    let at = 0;
    names.forEach((list, entity) => {
      this.entityStarts[entity] = at;
      list.forEach((name, place) => {
        this.starts[slot] = at;
        this.entityOf[slot] = entity;
        this.placeOf[slot++] = place;
        at += name.length + SEPARATOR.length;
      });
    });
    this.entityStarts[names.length] = at;
  }

  /**
   * Each entity with `needle` (folded, not empty) placed as asked in one of its names, in
   * the entities' order, with the first name that has it.
   */
  find(needle: string, placement: Placement, found: (entity: number, place: number) => void): void {
    let at = this.text.indexOf(needle);
    while (at !== -1) {
      if (!placedAt(this.text, at, needle, placement)) {
        at = this.text.indexOf(needle, at + 1);
        continue;
      }
      const slot = this.slotAt(at);
      const entity = this.entityOf[slot]!;
      found(entity, this.placeOf[slot]!);
      // Its later names would add nothing: on to the next entity's.
      at = this.text.indexOf(needle, this.entityStarts[entity + 1]);
    }
  }

  /** The name `at` falls in. */
  private slotAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
