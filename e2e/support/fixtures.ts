/**
 * The `test` every spec uses: Playwright's, plus a watch on each page for console
 * errors, uncaught exceptions, failed requests and error responses. A test fails
 * if any page it visited had one, unless the test declared it expected.
 */
import { expect, test as base, type Page } from '@playwright/test';

export interface PageProblems {
  /** Declare that this URL is meant to answer with this error status (a 404 page, say). */
  expectStatus(url: string, status: number): void;
  /** Declare that console errors matching `pattern` are what the test provokes. */
  allowConsole(pattern: RegExp): void;
  /** Everything seen so far that was not declared. */
  readonly list: string[];
}

function watch(page: Page): PageProblems {
  const seen: string[] = [];
  const expected = new Map<string, number>();
  const allowed: RegExp[] = [];
  const isExpected = (url: string, status: number) => expected.get(url) === status;

  page.on('console', (message) => {
    if (message.type() !== 'error' || allowed.some((pattern) => pattern.test(message.text()))) return;
    const at = message.location().url;
    // Chromium logs every error response as "Failed to load resource"; a declared one is not a problem.
    if (/Failed to load resource/.test(message.text()) && [...expected.keys()].includes(at)) return;
    seen.push(`console error: ${message.text()}${at ? ` (at ${at})` : ''}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown error';
    // A request cut short because the test moved on to another page (a favicon, say) is not the site's fault.
    if (reason === 'net::ERR_ABORTED') return;
    seen.push(`request failed: ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isExpected(response.url(), response.status())) {
      seen.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return {
    expectStatus: (url, status) => expected.set(url, status),
    allowConsole: (pattern) => allowed.push(pattern),
    get list() {
      return [...seen];
    },
  };
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems = watch(page);
      await use(problems);
      expect(problems.list, 'console errors, exceptions or failed requests on the pages visited').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
