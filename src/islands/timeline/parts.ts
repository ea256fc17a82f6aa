/** The parts of the timeline's data the page did not carry (src/pipeline/publish/point-chunks.ts), fetched all at once. */
import type { TimelineData } from '../../shared/dataset.ts';
import { OWN_KEYS } from './url-state.ts';

export async function loadParts(urls: readonly string[]): Promise<TimelineData[]> {
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`timeline: ${url} answered ${response.status}`);
      return (await response.json()) as TimelineData;
    }),
  );
}

/**
 * Once the first picture has been drawn (the task after the next frame), or after 250 ms
 * should no frame come (a tab opened in the background). Asking for 500 parts at 100,000
 * points is itself a few hundred milliseconds of work that the first render waited for.
 */
export const afterFirstFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });

/** Whether the address asks the timeline for a view of its own (a point, a range, filters, the list). */
export const hasOwnState = (search: string): boolean => OWN_KEYS.some((key) => new URLSearchParams(search).has(key));
