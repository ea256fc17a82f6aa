/**
 * Exchanges as threads: the points a point is linked with by `inReplyTo` (a reply and what it
 * answers) and `about` (a call or meeting and what was said in or about it). Pure and generic
 * over the point's shape, so the point pages and the timeline island read threads alike.
 */

/** What a thread needs of a point. */
export interface Linked {
  id: string;
  inReplyTo?: string | null;
  about?: string | null;
}

export interface PointLinks<P> {
  /** What it answers. */
  inReplyTo: P | null;
  /** The call or meeting it was said in or about. */
  about: P | null;
  /** What answers it. */
  replies: P[];
  /** What was said in or about it (a call or meeting). */
  saidAbout: P[];
}

/** The links of each point and the whole exchange each belongs to, worked out once for a list of points. */
export class Threads<P extends Linked> {
  readonly #byId: Map<string, P>;
  readonly #replies = new Map<string, P[]>();
  readonly #saidAbout = new Map<string, P[]>();
  /** Each linked point's exchange. */
  readonly #thread = new Map<string, P[]>();

  /** `points` in the order threads are told in (the dataset's: by date, then id; undated last). */
  constructor(readonly points: readonly P[]) {
    this.#byId = new Map(points.map((p) => [p.id, p]));
    const root = new Map(points.map((p) => [p.id, p.id]));
    const find = (id: string): string => {
      while (root.get(id) !== id) id = root.get(id)!;
      return id;
    };
    for (const p of points) {
      for (const [target, into] of [
        [p.inReplyTo, this.#replies],
        [p.about, this.#saidAbout],
      ] as const) {
        if (!target || !this.#byId.has(target)) continue;
        const list = into.get(target);
        if (list) list.push(p);
        else into.set(target, [p]);
        root.set(find(p.id), find(target));
      }
    }
    const exchanges = new Map<string, P[]>();
    for (const p of points) {
      const key = find(p.id);
      const members = exchanges.get(key);
      if (members) members.push(p);
      else exchanges.set(key, [p]);
    }
    for (const members of exchanges.values()) if (members.length > 1) for (const p of members) this.#thread.set(p.id, members);
  }

  linksOf(point: P): PointLinks<P> {
    const get = (id: string | null | undefined) => (id ? (this.#byId.get(id) ?? null) : null);
    return {
      inReplyTo: get(point.inReplyTo),
      about: get(point.about),
      replies: this.#replies.get(point.id) ?? [],
      saidAbout: this.#saidAbout.get(point.id) ?? [],
    };
  }

  /** Every point of `point`'s exchange, itself included, in the order of `points`; empty when it is linked to none. */
  threadOf(point: P): P[] {
    return this.#thread.get(point.id) ?? [];
  }
}
