/**
 * The search index in parts: a small manifest at /data/search-index.json (the names, their
 * Fuse index, and where the statements are) and the statements in parts of SEARCH_PART_DOCS
 * at /data/search/N.json. At 100,000 statements the whole index is 55 MB of JSON (12 MB
 * gzip): one file is one parse that holds the page for seconds; parts are parsed and indexed
 * one at a time, as they arrive, with the page free in between (src/islands/search/load-index.ts).
 */
import type { SearchDocument, SearchIndexFile } from './index-file.ts';

/** Statements a part: about 1 MB of gzip, a few tens of milliseconds to parse and index. */
const SEARCH_PART_DOCS = 10_000;

export interface SearchIndexManifest extends Omit<SearchIndexFile, 'format' | 'docs'> {
  format: 2;
  /** How many statements the parts hold in all. */
  statements: number;
  /** The parts, in the index's order, relative to the manifest's own address. */
  parts: string[];
}

export interface SearchIndexPart {
  docs: SearchDocument[];
}

/** Part `n`'s address, relative to the manifest (/data/search-index.json), and its path in the site. */
const searchPartName = (n: number): string => `search/${n + 1}.json`;
export const searchPartPath = (n: number): string => `/data/${searchPartName(n)}`;

/** The manifest and the parts of `file`; at least one part, so that an empty index is still a complete one. */
export function splitSearchIndex(file: SearchIndexFile, size = SEARCH_PART_DOCS): { manifest: SearchIndexManifest; parts: SearchIndexPart[] } {
  const { format: _format, docs, ...names } = file;
  const parts = Array.from({ length: Math.max(1, Math.ceil(docs.length / size)) }, (_, n) => ({ docs: docs.slice(n * size, (n + 1) * size) }));
  return { manifest: { format: 2, ...names, statements: docs.length, parts: parts.map((_, n) => searchPartName(n)) }, parts };
}

/** The index without its statements: what an engine starts from before the parts come (SearchEngine.add). */
export function namesOnly(manifest: SearchIndexManifest): SearchIndexFile {
  const { format: _format, statements: _statements, parts: _parts, ...names } = manifest;
  return { format: 1, ...names, docs: [] };
}

/** The whole index again, from a manifest and its parts in its order. */
export function joinSearchIndex(manifest: SearchIndexManifest, parts: readonly SearchIndexPart[]): SearchIndexFile {
  const docs = parts.flatMap((part) => part.docs);
  if (docs.length !== manifest.statements) throw new Error(`search index: the parts hold ${docs.length} statements, the manifest says ${manifest.statements}`);
  return { ...namesOnly(manifest), docs };
}
