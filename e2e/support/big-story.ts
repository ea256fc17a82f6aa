/**
 * A story bigger than the seed articles, served in place of the home page's own data: the
 * page as built, with its embedded timeline data replaced (as the home page does it, by
 * firstPart) and the other parts and the search index answered by the test's routes. What it
 * exercises is the site's own island, at a size the five seeds never reach.
 */
import type { Page } from '@playwright/test';
import { firstPart, jsonForScript, payloadPart, timelinePayload } from '../../src/lib/timeline-payload.ts';
import { partFiles, pointChunks } from '../../src/pipeline/publish/point-chunks.ts';
import { buildSearchIndex } from '../../src/pipeline/search/documents.ts';
import { searchPartPath, splitSearchIndex } from '../../src/shared/search/index-parts.ts';
import type { Actor, Dataset } from '../../src/pipeline/types.ts';
import { generateDataset } from '../../scripts/bench/generate.ts';
import { at } from './site.ts';

/** 1,200 generated points; one in ten said by one of 40 envoys of France, more than a lane shows. */
export function bigStory(): Dataset {
  const base = generateDataset(1200, 7);
  const envoys: Actor[] = Array.from({ length: 40 }, (_, i) => ({
    id: `envoy-${i + 1}`,
    name: `Envoy ${String(i + 1).padStart(2, '0')}`,
    aliases: [],
    kind: 'person',
    side: 'France',
  }));
  const points = base.points.map((p, i) => (i % 10 === 0 ? { ...p, speaker: envoys[(i / 10) % envoys.length]!.id } : p));
  return { ...base, actors: [...base.actors, ...envoys], points };
}

/** Points a file of the story's older points holds. */
export const STORY_FILE_POINTS = 400;

const DATA_SCRIPT = /(<script type="application\/json" id="timeline-data">)[\s\S]*?(<\/script>)/;

/** Serves `dataset` on the home page, in parts as the site does; returns the parts' addresses, oldest first. */
export async function serveStory(page: Page, dataset: Dataset): Promise<string[]> {
  const data = timelinePayload(dataset);
  // Files smaller than the site's, so that the story's older points come in several, merged in order.
  const ranges = partFiles(data.points.length, STORY_FILE_POINTS);
  const url = (n: number) => at(`/e2e-story/${n + 1}.json`);
  const first = firstPart(
    data,
    pointChunks(data.points.length).at(-1)!,
    ranges.map((_, n) => url(n)),
  );
  await page.route(
    (u) => u.pathname === at('/'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(DATA_SCRIPT, (_, open: string, close: string) => `${open}${jsonForScript(first)}${close}`);
      await route.fulfill({ response, body: html });
    },
  );
  const parts = ranges.map((range, n) => [url(n), JSON.stringify(payloadPart(data, range))] as const);
  for (const [address, body] of parts) {
    await page.route(
      (u) => u.pathname === address,
      (route) => route.fulfill({ contentType: 'application/json', body }),
    );
  }
  // The search index in parts smaller than the site's, so that the story's needs several.
  const search = splitSearchIndex(buildSearchIndex(dataset), 500);
  const files = [[at('/data/search-index.json'), search.manifest] as const, ...search.parts.map((part, n) => [at(searchPartPath(n)), part] as const)];
  for (const [address, body] of files) {
    await page.route(
      (u) => u.pathname === address,
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
    );
  }
  return parts.map(([address]) => address);
}
