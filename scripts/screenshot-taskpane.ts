// Serves dist/ on 127.0.0.1 and screenshots taskpane.html in headless Chromium, as a task
// pane outside Office shows it. Build first (npx webpack --mode production), then:
//   npx tsx scripts/screenshot-taskpane.ts [out/taskpane.png]
// Needs the Debian package `chromium`. Requests to other hosts (Office.js on its CDN) are
// aborted, so the page must render its "open it from Excel" message without them.
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TASK_PANE_SIZE = { width: 350, height: 640 };
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(DIST, `.${urlPath}`);
    const isFile = file.startsWith(DIST + sep) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!isFile) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function main(): Promise<void> {
  const outFile = resolve(process.argv[2] ?? join(ROOT, 'out', 'taskpane.png'));
  if (!statSync(join(DIST, 'taskpane.html'), { throwIfNoEntry: false })) {
    throw new Error('dist/taskpane.html is missing: run `npx webpack --mode production` first');
  }
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: TASK_PANE_SIZE, locale: 'vi-VN' });
    const blocked: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Open this add-in from Excel').waitFor({ timeout: 15_000 });
    mkdirSync(dirname(outFile), { recursive: true });
    await page.screenshot({ path: outFile, fullPage: true });

    console.log(`screenshot: ${outFile}`);
    console.log(`title: ${await page.title()}`);
    for (const url of blocked) console.log(`blocked outside request: ${url}`);
    for (const problem of problems) console.log(problem);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
