/**
 * Where the end-to-end servers listen. `E2E_PORT` lets two checkouts run their suites side by
 * side without sharing a server; the page of another origin that embeds the timeline listens
 * five ports up, unless `E2E_HOST_PORT` says otherwise.
 */
export const HOST = '127.0.0.1';
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4322);
export const HOST_SITE_PORT = Number(process.env.E2E_HOST_PORT ?? SITE_PORT + 5);
export const HOST_SITE_ORIGIN = `http://${HOST}:${HOST_SITE_PORT}`;
