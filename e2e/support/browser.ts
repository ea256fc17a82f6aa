/**
 * Which Chromium the end-to-end tests drive. Browsers cannot always be downloaded
 * (offline builders, distributions Playwright does not package for), so a system
 * Chromium is preferred; Playwright's own download is the fallback.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Launch flags: no sandbox (containers, root), and nothing that talks to the network or a GPU on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ResolvedBrowser {
  executablePath: string;
  /** Where the path came from, for the log line. */
  source: string;
}

/** `CHROMIUM_PATH` (or `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`), then a system Chromium, then Playwright's own. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ResolvedBrowser {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const) {
    const value = env[name];
    if (!value) continue;
    // A path given on purpose that does not exist is a mistake to report, not to route around.
    if (!existsSync(value)) throw new Error(`${name} is set to "${value}", but there is no file there.`);
    return { executablePath: value, source: name };
  }
  for (const candidate of SYSTEM_CHROMIUMS) {
    if (existsSync(candidate)) return { executablePath: candidate, source: 'system' };
  }
  const bundled = playwrightChromium();
  if (bundled) return { executablePath: bundled, source: 'playwright' };
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Get one of these:',
      '  - a system Chromium: `sudo apt-get install chromium` (Debian/Ubuntu), found at /usr/bin/chromium;',
      "  - Playwright's own build: `npx playwright install chromium`;",
      '  - or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

/** Playwright's downloaded Chromium, when it is on disk. */
function playwrightChromium(): string | null {
  try {
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    // No build for this platform: Playwright throws rather than returning a path.
    return null;
  }
}
