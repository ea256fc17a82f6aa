/** The search index in parts (src/shared/search/index-parts.ts), made once per build: the manifest and every part share it. */
import { buildSearchIndex } from '../pipeline/search/documents.ts';
import { splitSearchIndex } from '../shared/search/index-parts.ts';
import { derived } from './dataset.ts';

export const searchIndexParts = () => derived('search-index-parts', (index) => splitSearchIndex(buildSearchIndex(index.dataset)));
