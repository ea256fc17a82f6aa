/**
 * The points in parts, so that the first load does not grow with the story: the home page
 * carries the newest part (the timeline's data and the list); without JavaScript, each other
 * part is a page of the list, and the island fetches the points before the newest part in
 * larger files (`partFiles`). Parts and files are ranges of the dataset's order (oldest first,
 * undated last), cut from the newest end: the last part, the home page's, is always full, so
 * the first load is the same size whatever the story's; the oldest holds what is left over.
 */

/** Points a part: the home page carries one, as list and data (about 60 kB of gzip HTML at PolNeAR, timed by the bench). */
export const CHUNK_POINTS = 200;

/** The [start, end) ranges of `count` points, oldest first; at least one, empty for no points. */
export function pointChunks(count: number, size = CHUNK_POINTS): Array<[number, number]> {
  const parts = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: parts }, (_, i) => {
    const end = count - (parts - 1 - i) * size;
    return [Math.max(0, end - size), end];
  });
}

/**
 * Points a file the island fetches: each request costs the page far more than its bytes, so
 * the points it does not carry come in few files (at 100,000 points, 20 files arrive and are
 * laid out in about a third of the time 500 parts of 200 took: scripts/bench/README.md), yet
 * small enough that parsing one (2.9 MB there) holds the page up for about 9 ms, 26 ms at 10,000.
 */
const FILE_POINTS = 5_000;

/** The files the island fetches: every point before the newest part, oldest first; none when the newest part is all. */
export function partFiles(count: number, filePoints = FILE_POINTS): Array<[number, number]> {
  const [newest] = pointChunks(count).at(-1)!;
  return newest === 0 ? [] : pointChunks(newest, filePoints);
}

/** The island's data for file `n` of `partFiles`. */
export const chunkPath = (n: number): string => `/data/timeline/${n + 1}.json`;

/** The list's page for part `n` (every part but the last, which is the home page's list). */
export const statementsPagePath = (n: number): string => `/statements/${n + 1}/`;

/** The pages of the list besides the home page, oldest first. */
export const statementsPages = (count: number): string[] =>
  pointChunks(count)
    .slice(0, -1)
    .map((_, n) => statementsPagePath(n));
