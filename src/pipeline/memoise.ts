/**
 * A function of a string remembered for the strings it has seen: the same few names and
 * phrases come back in every sentence. The memory is bounded (emptied when full), so a
 * corpus of a million names cannot hold them all. `compute` never returns undefined: that is
 * what the memory answers for a string it has not seen.
 */
export function memoiseBounded<T extends NonNullable<unknown> | null>(compute: (key: string) => T, kept: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    // One lookup, not two: this runs for every name and phrase of every sentence.
    const found = known.get(key);
    if (found !== undefined) return found;
    if (known.size >= kept) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
