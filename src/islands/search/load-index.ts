/**
 * The search index and the code that searches it, fetched the first time they
 * are needed (the reader focuses the box, or arrives with `?q=`), never with the
 * page: both are a separate download that first paint does not wait for.
 *
 * The index comes as a manifest and parts (src/shared/search/index-parts.ts): every
 * part is asked for at once, and each is parsed and indexed as its turn comes, in the
 * index's order, with the page free for keystrokes between them.
 */
import { namesOnly, type SearchIndexManifest, type SearchIndexPart } from '../../shared/search/index-parts.ts';
import type { SearchEngine } from '../../shared/search/engine.ts';
import { POPUP_LIMIT } from '../../shared/search/options.ts';

let loading: Promise<SearchEngine> | null = null;

/** A macrotask: lets keystrokes in between slices of the work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function json<T>(url: URL | string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: ${String(url)} answered HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** `indexUrl`: where the page says the manifest is (the form's `data-search-index`, which knows the site's base path). */
export function loadEngine(indexUrl: string): Promise<SearchEngine> {
  if (!loading) {
    loading = (async () => {
      // The engine module (and Fuse with it) is split from the page's script by the dynamic import.
      const [manifest, { SearchEngine }] = await Promise.all([json<SearchIndexManifest>(indexUrl), import('../../shared/search/engine.ts')]);
      if (manifest.format !== 2) throw new Error(`search index: format ${String(manifest.format)}, expected 2`);
      const base = new URL(indexUrl, location.href);
      const parts = manifest.parts.map((name) => json<SearchIndexPart>(new URL(name, base)));
      // A part that fails must not go unhandled while an earlier one is indexed: the first failure is thrown below.
      for (const part of parts) part.catch(() => {});
      const engine = await SearchEngine.create(namesOnly(manifest));
      for (const part of parts) {
        await pause();
        await engine.add((await part).docs, pause);
      }
      if (engine.docs.length !== manifest.statements) throw new Error(`search index: ${engine.docs.length} statements, expected ${manifest.statements}`);
      engine.warm(POPUP_LIMIT);
      return engine;
    })();
    // A failed download is tried again the next time search is needed.
    loading.catch(() => (loading = null));
  }
  return loading;
}
