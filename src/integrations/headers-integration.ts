import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../pipeline/publish/security-headers.ts';

/**
 * Writes `_headers` into the build: the security headers (src/pipeline/publish/security-headers.ts)
 * for hosts that read that file. Other hosts ignore it, and get the policy from each page's meta tag.
 */
export function headersIntegration(basePath: string): AstroIntegration {
  return {
    name: 'who-said-what:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(basePath));
      },
    },
  };
}
