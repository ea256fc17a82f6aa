/**
 * The dataset and what the pages make of it, read once per build.
 *
 * Every page needs the dataset, and thousands of pages are built: read and indexed once,
 * and again only when the articles integration has written it anew (in `astro dev`, after an
 * article is edited), it costs a page nothing. The models of the points', actors' and
 * statements' pages are worked out on first use, each in one pass (page-models.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, Warning } from '../pipeline/types.ts';
import type { BuildReport } from '../pipeline/publish/build-report.ts';
import { indexDataset, type DatasetIndex } from '../pipeline/publish/dataset-index.ts';
import { GENERATED_DIR } from '../site-config.ts';

export type { DatasetIndex } from '../pipeline/publish/dataset-index.ts';

const DATASET_FILE = path.join(GENERATED_DIR, 'dataset.json');
const REPORT_FILE = path.join(GENERATED_DIR, 'report.json');

/** When and how big the generated files were: a new build of them changes it. */
function stamp(): string {
  return [DATASET_FILE, REPORT_FILE]
    .map((file) => {
      const { mtimeMs, size } = statSync(file);
      return `${mtimeMs}:${size}`;
    })
    .join('/');
}

interface Loaded {
  stamp: string;
  index: DatasetIndex;
  report: BuildReport;
  /** The report's warnings, by article. */
  warnings: Map<string, Warning[]>;
  /** Anything worked out from the dataset, by name, for as long as the dataset stays the same. */
  derived: Map<string, unknown>;
}

let loaded: Loaded | null = null;

function load(): Loaded {
  const now = stamp();
  if (loaded?.stamp !== now) {
    const dataset = JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as Dataset;
    const report = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as BuildReport;
    const warnings = new Map<string, Warning[]>();
    for (const warning of report.warnings) {
      const list = warnings.get(warning.article);
      if (list) list.push(warning);
      else warnings.set(warning.article, [warning]);
    }
    loaded = { stamp: now, index: indexDataset(dataset), report, warnings, derived: new Map() };
  }
  return loaded;
}

/** The dataset the articles integration wrote before content sync. */
export const loadDataset = (): Dataset => load().index.dataset;

/** The dataset with lookups by id. */
export const datasetIndex = (): DatasetIndex => load().index;

/**
 * The build's report: the files not published (listed on the data page) and what the pipeline
 * could not settle, per article (shown on the article's page), so nothing is lost without trace.
 */
export const loadReport = (): BuildReport => load().report;

/** What the pipeline could not settle about one article: shown on its page. */
export const warningsOf = (article: string): Warning[] => load().warnings.get(article) ?? [];

/** `make(index)`, worked out once for the dataset as it is now; `key` names it. */
export function derived<T>(key: string, make: (index: DatasetIndex) => T): T {
  const { derived: cache, index } = load();
  if (!cache.has(key)) cache.set(key, make(index));
  return cache.get(key) as T;
}
