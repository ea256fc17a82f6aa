/**
 * `npm run publish-ids [-- --check]`: records the point and actor ids of the current articles in
 * the committed registry (content/published-ids.json), so that links to them keep working after
 * a correction or a merge gives a point a new id, or an actor is named anew. Run it when
 * publishing, and commit the file.
 * Entries are only ever added. The build never writes the registry; it only reads it.
 *
 * `--check` writes nothing and fails when the current build has ids the registry lacks.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { readIdRegistry } from '../src/pipeline/publish/read-id-registry.ts';
import { retiredActors } from '../src/pipeline/publish/actor-successor.ts';
import { actorsWithPages, recordPublished, serialiseRegistry } from '../src/pipeline/publish/id-registry.ts';
import { retiredIds } from '../src/pipeline/publish/successor.ts';
import { ACTORS_FILE, ARTICLES_DIR, PUBLISHED_IDS_FILE } from '../src/site-config.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const { dataset } = await runPipeline({ articlesDir: ARTICLES_DIR, actorsFile: ACTORS_FILE });
  const registry = await readIdRegistry(PUBLISHED_IDS_FILE);
  const actors = actorsWithPages(dataset);
  const unrecorded = [
    ...dataset.points.filter((p) => !(p.id in registry.points)).map((p) => p.id),
    ...actors.filter((a) => !(a.id in (registry.actors ?? {}))).map((a) => `actor ${a.id}`),
  ];
  const retired = [...retiredIds(registry, dataset), ...retiredActors(registry, dataset)];
  const moved = retired.filter((r) => r.kind === 'moved').length;
  const summary =
    `${dataset.points.length} current point ids and ${actors.length} actor ids, ${unrecorded.length} not yet recorded; ` +
    `${retired.length} retired ids (${moved} redirect, ${retired.length - moved} removed)`;

  if (values.check) {
    process.stderr.write(`${PUBLISHED_IDS_FILE}: ${summary}\n${unrecorded.map((id) => `  unrecorded: ${id}\n`).join('')}`);
    if (unrecorded.length > 0) process.stderr.write('Run `npm run publish-ids` and commit the registry.\n');
    return unrecorded.length > 0 ? 1 : 0;
  }
  await writeFile(PUBLISHED_IDS_FILE, serialiseRegistry(recordPublished(registry, dataset)));
  process.stderr.write(`${PUBLISHED_IDS_FILE}: ${summary}; recorded ${unrecorded.length}\n`);
  return 0;
}

process.exitCode = await main();
