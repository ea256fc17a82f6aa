/**
 * One term's score for each statement, and the statements that have one, in the order they
 * first scored. A common prefix scores most of the statements: at 100,000, a list of them
 * grown one push at a time cost the garbage collector a copy at every keystroke, and finding
 * them afterwards by a pass over the scores cost a millisecond when half were set. They go
 * into a buffer kept between terms instead, and leave it as one typed array, outside the
 * collector's heap.
 */
export class Tally {
  readonly scores: Float32Array;
  private count = 0;

  /** `scratch`: at least `statements` long, and used by one tally at a time. */
  constructor(
    statements: number,
    private readonly scratch: Int32Array,
  ) {
    this.scores = new Float32Array(statements);
  }

  /** Keeps the higher of a statement's scores. */
  keep(doc: number, score: number): void {
    const before = this.scores[doc]!;
    if (score <= before) return;
    if (before === 0) this.scratch[this.count++] = doc;
    this.scores[doc] = score;
  }

  /** The statements with a score. */
  docs(): Int32Array {
    return this.scratch.slice(0, this.count);
  }
}
