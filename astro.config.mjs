// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { articlesIntegration } from './src/integrations/articles-integration.ts';
import { ARTICLES_DIR, GENERATED_DIR, SITE_URL } from './src/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [articlesIntegration({ articlesDir: ARTICLES_DIR, generatedDir: GENERATED_DIR }), mdx()],
  // A static site with one page per point: keep the build's output deterministic.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
