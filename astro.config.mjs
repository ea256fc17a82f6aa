// @ts-check
import { defineConfig } from 'astro/config';
import { articlesIntegration } from './src/integrations/articles-integration.ts';
import { buildCacheIntegration } from './src/integrations/build-cache-integration.ts';
import { headersIntegration } from './src/integrations/headers-integration.ts';
import {
  ACTORS_FILE,
  ARTICLES_DIR,
  ASTRO_CACHE_DIR,
  BASE_PATH,
  PREVIOUS_OUTPUT_DIR,
  EXTRACTION_CACHE_DIR,
  GENERATED_DIR,
  OUT_DIR,
  PAGE_CACHE_DIR,
  PAGE_CACHE_KEY_FILE,
  PAGE_CACHE_MANIFESTS,
  SITE_URL,
  STRICT,
} from './src/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: OUT_DIR,
  cacheDir: ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  integrations: [
    articlesIntegration({
      articlesDir: ARTICLES_DIR,
      actorsFile: ACTORS_FILE,
      generatedDir: GENERATED_DIR,
      basePath: BASE_PATH,
      strict: STRICT,
      extractionCacheDir: EXTRACTION_CACHE_DIR,
    }),
    buildCacheIntegration({
      pagesDir: PAGE_CACHE_DIR,
      manifestsDir: PAGE_CACHE_MANIFESTS,
      keyFile: PAGE_CACHE_KEY_FILE,
      previousOutputDir: PREVIOUS_OUTPUT_DIR,
    }),
    headersIntegration(BASE_PATH),
  ],
  // A static site with one page per point: keep the build's output deterministic.
  build: {
    format: 'directory',
    // The Content-Security-Policy (src/pipeline/publish/security-headers.ts) allows no inline style or script:
    // every stylesheet is a file, however small.
    inlineStylesheets: 'never',
    // Pages a few at a time, so that preview images draw on every core while pages wait for them.
    concurrency: 4,
  },
  // …and every script too (Vite would inline a small one).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
