/**
 * A newsroom's page on another origin, for the embed test: it puts the embed code for the
 * address in `?embed=` into a story, as another site would paste it. Started by
 * playwright.config.ts beside the site's own server (a page of another origin must come from
 * a server: Chromium does not let a page that is not on this machine frame one that is).
 *
 * node --import tsx e2e/support/host-site.ts PORT
 */
import { createServer } from 'node:http';
import { embedSnippet } from '../../src/islands/embed/snippet.ts';

const port = Number(process.argv[2]);
if (!Number.isInteger(port)) throw new Error('usage: host-site.ts PORT');

createServer((request, response) => {
  const src = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).searchParams.get('embed');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom’s story</title></head>
<body>
<main>
<h1>How the talks went</h1>
<p>The newsroom’s own story, with the timeline inside it.</p>
${src ? embedSnippet(src) : ''}
<p>The story goes on below the timeline.</p>
</main>
</body>
</html>
`);
}).listen(port, '127.0.0.1');
