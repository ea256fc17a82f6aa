/** What merging compares many times over, worked out once per statement and forgotten with it. */
export function perStatement<S extends object, R>(compute: (s: S) => R): (s: S) => R {
  const cache = new WeakMap<S, R>();
  return (s) => {
    if (!cache.has(s)) cache.set(s, compute(s));
    return cache.get(s)!;
  };
}
