/** What the search benches (scripts/search-bench.ts, search-engine.ts) share: their options, percentiles, and the machine's load. */
import { loadavg } from 'node:os';

/** `--name N` on the command line, a positive number, or `fallback`. */
export function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const ms = (value: number): string => `${value.toFixed(1)} ms`.padStart(9);

/** The load average over 1, 5 and 15 minutes: timings on this shared two-core machine are read against it. */
export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
