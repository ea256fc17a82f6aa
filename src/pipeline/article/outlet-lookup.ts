/**
 * Questions asked of the known-outlet list. Kept apart from `outlets.ts` so that
 * file stays pure data.
 */
import { KNOWN_OUTLETS, type KnownOutlet } from './outlets.ts';

/** Short all-capital aliases ("EP", "AP") must match exactly; longer names ignore case. */
function isStrictAlias(alias: string): boolean {
  return /^[A-Z]{1,5}$/.test(alias);
}

function simplify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/i, '')
    .replace(/[\s.]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The outlet that `name` names (canonical name or alias), or null. */
export function findOutletByName(name: string, outlets: readonly KnownOutlet[] = KNOWN_OUTLETS): KnownOutlet | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const wanted = simplify(trimmed);
  for (const outlet of outlets) {
    if (simplify(outlet.name) === wanted) return outlet;
    for (const alias of outlet.aliases) {
      if (isStrictAlias(alias) ? alias === trimmed : simplify(alias) === wanted) return outlet;
    }
  }
  return null;
}

/** The outlet owning `host` (a bare host, `www.` host or full URL), or null. */
export function findOutletByDomain(host: string, outlets: readonly KnownOutlet[] = KNOWN_OUTLETS): KnownOutlet | null {
  let h = host.trim().toLowerCase();
  try {
    if (/^https?:\/\//.test(h)) h = new URL(h).hostname;
  } catch {
    return null;
  }
  h = h.replace(/^www\./, '').replace(/[/:].*$/, '');
  for (const outlet of outlets) {
    for (const domain of outlet.domains) {
      if (h === domain || h.endsWith(`.${domain}`)) return outlet;
    }
  }
  return null;
}

/** The outlet whose own boilerplate this whole line is, or null. */
export function findOutletByBoilerplate(line: string, outlets: readonly KnownOutlet[] = KNOWN_OUTLETS): KnownOutlet | null {
  for (const outlet of outlets) {
    if (outlet.boilerplate.some((pattern) => pattern.test(line))) return outlet;
  }
  return null;
}
