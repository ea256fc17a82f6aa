/**
 * The points in parts, so that the first load does not grow with the story: the home page
 * carries the newest part (the timeline's data and the list), and the island fetches the
 * others as static files; without JavaScript, each other part is a page of the list.
 * Parts are ranges of the dataset's order (oldest first, undated last): the last one holds
 * the newest statements.
 */

/** Points a part: about 20 kB of gzip data for the island, and as much for the list. */
export const CHUNK_POINTS = 500;

/** The [start, end) ranges of `count` points, oldest first; at least one, empty for no points. */
export function pointChunks(count: number, size = CHUNK_POINTS): Array<[number, number]> {
  const parts = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: parts }, (_, i) => [i * size, Math.min(count, (i + 1) * size)]);
}

/** The island's data for part `n` (of every part but the last, which the home page embeds). */
export const chunkPath = (n: number): string => `/data/timeline/${n + 1}.json`;

/** The list's page for part `n` (every part but the last, which is the home page's list). */
export const statementsPagePath = (n: number): string => `/statements/${n + 1}/`;

/** The pages of the list besides the home page, oldest first. */
export const statementsPages = (count: number): string[] => pointChunks(count).slice(0, -1).map((_, n) => statementsPagePath(n));
