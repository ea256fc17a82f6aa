/**
 * A function of a string remembered for the strings it has seen: the same few names and
 * phrases come back in every sentence. The memory is bounded (emptied when full), so a
 * corpus of a million names cannot hold them all.
 */
export function memoiseBounded<T>(compute: (key: string) => T, kept: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= kept) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
