/**
 * The built task pane (dist/) in Debian's headless Chromium, as a task pane outside Office shows it:
 * served from 127.0.0.1, every request to another origin recorded and aborted (Office.js from
 * Microsoft's CDN is the only one the page may attempt), page errors and console errors collected.
 * Shared by test/web/taskpane.browser.test.ts and scripts/screenshot-taskpane.ts.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { distHandler } from '../../scripts/serve/dist-handler';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The one outside address the page may try: Microsoft requires add-ins to load Office.js from its CDN. */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const TASK_PANE_SIZE = { width: 350, height: 900 };

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** What the add-in build reads: dist/ older than any of these is rebuilt. */
const BUILD_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** True when dist/ holds a build newer than every file it is built from (as `.ci/run`'s `npm run build` leaves it). */
export function distIsCurrent(): boolean {
  const built = statSync(join(DIST, 'taskpane.html'), { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= Math.max(...BUILD_INPUTS.map((p) => newestChange(join(ROOT, p))));
}

/** A build that can be stopped: `done` settles when webpack exits, `stop` kills it if it still runs. */
export interface DistBuild {
  done: Promise<void>;
  stop(): void;
}

/**
 * Builds dist/ with webpack unless it is current. Asynchronous, so the test's own time limit can
 * fire and its afterAll can stop a build still running (about 20 s on a quiet machine, over 200 s on a busy one).
 */
export function ensureDist(): DistBuild {
  if (distIsCurrent()) return { done: Promise.resolve(), stop: () => undefined };
  const child = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`webpack exited with ${code ?? signal}:\n${output.slice(-4000)}`))));
  });
  return { done, stop: () => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')) };
}

export interface DistServer {
  origin: string;
  /** Paths served, in order (e.g. "/report-writer.js"). */
  served: string[];
  close(): Promise<void>;
}

export function serveDist(): Promise<DistServer> {
  const served: string[] = [];
  const server = createServer(distHandler(DIST, (path) => served.push(path)));
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        served,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 120_000, // a busy 2-core machine can take a minute to start it
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface PaneSession {
  page: Page;
  /** Requests to any other origin, all aborted. */
  outsideRequests: string[];
  pageErrors: string[];
  /** Console errors, except the aborted Office.js load. */
  consoleErrors: string[];
}

/** Opens taskpane.html (with an optional query such as "?demo=1") in a fresh page of the browser. */
export async function openPane(
  browser: Browser,
  origin: string,
  options: { query?: string; initScript?: string; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: options.viewport ?? TASK_PANE_SIZE, locale: options.locale ?? 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  const session: PaneSession = { page, outsideRequests: [], pageErrors: [], consoleErrors: [] };
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    session.outsideRequests.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => session.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const blockedOfficeJs = message.text().startsWith('Failed to load resource') && message.location().url === OFFICE_JS;
    if (!blockedOfficeJs) session.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.goto(`${origin}/taskpane.html${options.query ?? ''}`);
  return session;
}

/** Long enough for webpack on a slow busy 2-core machine (about 210 s measured). */
export const SETUP_MS = 15 * 60_000;
/** One step of a test: a page change, a wait for text. */
export const STEP_MS = 60_000;

/**
 * Registers the suite's beforeAll and afterAll: builds dist/ when it is not current, serves it and starts
 * Chromium, handing both to `ready`. Whatever beforeAll reached, even when its time ran out, afterAll stops
 * the build and closes the browser and the server.
 */
export function paneBrowserHooks(outDir: string, ready: (server: DistServer, browser: Browser) => void): void {
  let build: DistBuild | undefined;
  let starting: Promise<unknown>[] = [];
  let finished = false;
  beforeAll(async () => {
    build = ensureDist();
    await build.done;
    if (finished) return; // afterAll already ran: the time ran out during the build
    mkdirSync(outDir, { recursive: true });
    const serving = serveDist();
    const launching = launchChromium();
    starting = [serving, launching];
    ready(await serving, await launching);
  }, SETUP_MS);

  afterAll(async () => {
    finished = true;
    build?.stop();
    const [serving, launching] = await Promise.allSettled(starting);
    await Promise.allSettled([
      launching?.status === 'fulfilled' ? (launching.value as Browser).close() : undefined,
      serving?.status === 'fulfilled' ? (serving.value as DistServer).close() : undefined,
    ]);
  }, STEP_MS * 2);
}
