/**
 * End-to-end tests against the built site (`dist/`, or `OUT_DIR`), served by `astro preview`,
 * with the same environment as the build. Which tests run follows what the site was built from:
 * - the story written for the suite (`ARTICLES_DIR=e2e/story/articles`, e2e/story/README.md):
 *   every spec but the smoke test, at desktop and phone size (`npm run test:e2e` builds it into
 *   `dist-story/` and runs them; `npm run test:e2e -- e2e/search.spec.ts` runs one spec);
 * - any other folder, the seed articles in content/ first: the smoke test alone
 *   (`*.smoke.spec.ts`: the real site builds, serves and draws; `npm run test:e2e:seeds`).
 * With `BASE_PATH` (or a `SITE_URL` with a path) set as for the build, the suite runs under that
 * folder (`npm run test:e2e:subpath`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/browser.ts';
import { HOST, HOST_SITE_ORIGIN, HOST_SITE_PORT, SITE_PORT } from './e2e/support/ports.ts';
import { ARTICLES_DIR, BASE_PATH, OUT_DIR } from './src/site-config.ts';
import { builtFromStory, SMOKE_SPEC } from './e2e/support/story.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const testDir = path.join(root, 'e2e');
/** With a trailing slash, so that a test's relative address stays under the base path. */
const baseURL = `http://${HOST}:${SITE_PORT}${BASE_PATH}`;

if (!existsSync(path.join(root, OUT_DIR, 'index.html'))) {
  throw new Error(
    `${OUT_DIR}/ has no built site: build it with the same ARTICLES_DIR and OUT_DIR before \`npx playwright test\` (\`npm run test:e2e\` does both).`,
  );
}
/** The whole suite on the story written for it; on any other articles, the smoke test alone. */
const onStory = builtFromStory(ARTICLES_DIR, path.join(root, OUT_DIR));

const browser = resolveChromium();
const launchOptions = { executablePath: browser.executablePath, args: CHROMIUM_ARGS };

/** A server the tests need, started unless one already answers at `url` (outside CI). */
const server = (command: string, url: string, timeout: number) =>
  ({ command, cwd: root, url, reuseExistingServer: !process.env.CI, timeout, stdout: 'ignore', stderr: 'pipe' }) as const;

const MOBILE_SPEC = /\.mobile\.spec\.ts$/;
const hasMobileSpecs = readdirSync(testDir, { recursive: true, encoding: 'utf8' }).some((f) => MOBILE_SPEC.test(f));

const desktop = { browserName: 'chromium', viewport: { width: 1280, height: 800 }, launchOptions } as const;
const projects: Project[] = onStory
  ? [{ name: 'desktop-chromium', testIgnore: [MOBILE_SPEC, SMOKE_SPEC], use: desktop }]
  : [{ name: 'smoke', testMatch: SMOKE_SPEC, use: desktop }];
// Only when there is something to run: a project with no tests would just be noise in the report.
if (onStory && hasMobileSpecs) {
  projects.push({
    name: 'mobile-chromium',
    testMatch: MOBILE_SPEC,
    use: {
      browserName: 'chromium',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      launchOptions,
    },
  });
}

export default defineConfig({
  testDir,
  testMatch: /\.spec\.ts$/,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // 'list' only: the HTML reporter would offer to open a browser when a test fails.
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects,
  webServer: [
    server(`npx astro preview --port ${SITE_PORT} --host ${HOST}`, baseURL, 60_000),
    // A newsroom's page on another origin, for the embed test (e2e/support/host-site.ts).
    server(`node --import tsx e2e/support/host-site.ts ${HOST_SITE_PORT}`, `${HOST_SITE_ORIGIN}/`, 30_000),
  ],
});
