/**
 * The search index and the code that searches it, fetched the first time they
 * are needed (the reader focuses the box, or arrives with `?q=`), never with the
 * page: both are a separate download that first paint does not wait for.
 */
import type { SearchIndexFile } from '../../shared/search/index-file.ts';
import type { SearchEngine } from '../../shared/search/engine.ts';
import { POPUP_LIMIT } from '../../shared/search/options.ts';

let loading: Promise<SearchEngine> | null = null;

/** `indexUrl`: where the page says the index is (the form's `data-search-index`, which knows the site's base path). */
export function loadEngine(indexUrl: string): Promise<SearchEngine> {
  if (!loading) {
    loading = (async () => {
      // The engine module (and Fuse with it) is split from the page's script by the dynamic import.
      const [response, { SearchEngine }] = await Promise.all([fetch(indexUrl), import('../../shared/search/engine.ts')]);
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      const file = (await response.json()) as SearchIndexFile;
      if (file.format !== 1) throw new Error(`search index: format ${String(file.format)}, expected 1`);
      // A macrotask between slices lets keystrokes in while the text index is built.
      const engine = await SearchEngine.create(file, () => new Promise((resolve) => setTimeout(resolve, 0)));
      engine.warm(POPUP_LIMIT);
      return engine;
    })();
    // A failed download is tried again the next time search is needed.
    loading.catch(() => (loading = null));
  }
  return loading;
}
