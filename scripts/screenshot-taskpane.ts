// Screenshots of the built task pane in headless Chromium, every state at both task-pane widths
// Office gives (320 px, the narrowest, and 500 px), as <out>/taskpane-<state>-<width>.png:
//   outside    the page opened outside Excel ("open it from Excel")
//   loading    the HTML's own loading line, before the pane's script arrives
//   demo       ?demo=1, the sample workbook as it opens
//   checked    after "Kiểm tra": the findings by severity
//   result     after "Tổng hợp": the result card and the findings
//   stale      after the date changed: the note asking for a new run
//   english    the result in English
//   setup      the set-up form
//   legacy     the message an Internet Explorer 11 webview gets
// Build first (npx webpack --mode production), then: npx tsx scripts/screenshot-taskpane.ts [out-dir]
// Needs the Debian package `chromium`. Requests to other hosts (Office.js on its CDN) are aborted.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST, OFFICE_JS, ROOT, launchChromium, openPane, serveDist, type PaneSession } from '../test/web/pane-browser';

const IE11 = "Object.defineProperty(Document.prototype, 'documentMode', { get: () => 11 });";
const WIDTHS = [320, 500];
const WAIT = { timeout: 30_000 };

function report(name: string, session: PaneSession): boolean {
  for (const url of session.outsideRequests) console.log(`${name}: blocked outside request ${url}${url === OFFICE_JS ? ' (Office.js, expected)' : ''}`);
  const problems = [...session.pageErrors.map((e) => `page error: ${e}`), ...session.consoleErrors.map((e) => `console: ${e}`)];
  for (const problem of problems) console.log(`${name}: ${problem}`);
  return problems.length === 0 && session.outsideRequests.every((url) => url === OFFICE_JS);
}

async function shoot(page: Page, outDir: string, state: string, width: number): Promise<string> {
  const name = `taskpane-${state}-${width}.png`;
  await page.screenshot({ path: join(outDir, name), fullPage: true });
  return name;
}

/** The demo from its first paint to English, a picture at each step. */
async function demoStates(browser: Browser, origin: string, outDir: string, width: number): Promise<{ names: string[]; clean: boolean }> {
  const session = await openPane(browser, origin, { query: '?demo=1' });
  const { page } = session;
  await page.setViewportSize({ width, height: 900 });
  const names: string[] = [];
  await page.getByText('Thôn Gò Da').first().waitFor(WAIT);
  names.push(await shoot(page, outDir, 'demo', width));
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor(WAIT);
  names.push(await shoot(page, outDir, 'checked', width));
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByRole('heading', { name: 'Kết quả tổng hợp' }).waitFor(WAIT);
  names.push(await shoot(page, outDir, 'result', width));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Consolidation result' }).or(page.getByRole('button', { name: 'Consolidate', exact: true })).first().waitFor(WAIT);
  names.push(await shoot(page, outDir, 'english', width));
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await page.getByRole('button', { name: /^Chuyển sang Tuần/ }).click();
  await page.getByText('Kế hoạch, ngày hoặc kỳ báo cáo đã đổi').waitFor(WAIT);
  names.push(await shoot(page, outDir, 'stale', width));
  const clean = report(`demo at ${width} px`, session);
  await page.context().close();
  return { names, clean };
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'out'));
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npx webpack --mode production` first');
  mkdirSync(outDir, { recursive: true });
  const server = await serveDist();
  const browser = await launchChromium();
  let clean = true;
  const names: string[] = [];
  try {
    for (const width of WIDTHS) {
      const outside = await openPane(browser, server.origin);
      await outside.page.setViewportSize({ width, height: 900 });
      await outside.page.getByText('Hãy mở từ Excel').waitFor(WAIT);
      names.push(await shoot(outside.page, outDir, 'outside', width));
      clean = report(`outside at ${width} px`, outside) && clean;
      await outside.page.context().close();

      const loading = await browser.newContext({ viewport: { width, height: 600 } });
      const loadingPage = await loading.newPage();
      await loadingPage.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith(`${server.origin}/`) && !url.endsWith('/taskpane.js') ? route.continue() : route.abort();
      });
      await loadingPage.goto(`${server.origin}/taskpane.html`);
      await loadingPage.getByText('Đang tải, xin chờ…').waitFor(WAIT);
      names.push(await shoot(loadingPage, outDir, 'loading', width));
      await loading.close();

      const demo = await demoStates(browser, server.origin, outDir, width);
      names.push(...demo.names);
      clean = demo.clean && clean;

      const setup = await openPane(browser, server.origin, { query: '?demo=1' });
      await setup.page.setViewportSize({ width, height: 900 });
      await setup.page.getByRole('button', { name: 'Thiết lập kế hoạch của xã…' }).click();
      await setup.page.getByRole('heading', { name: 'Thiết lập kế hoạch của xã' }).waitFor(WAIT);
      names.push(await shoot(setup.page, outDir, 'setup', width));
      clean = report(`setup at ${width} px`, setup) && clean;
      await setup.page.context().close();

      const legacy = await openPane(browser, server.origin, { initScript: IE11 });
      await legacy.page.setViewportSize({ width, height: 900 });
      await legacy.page.getByText('Phiên bản Office này quá cũ').waitFor(WAIT);
      names.push(await shoot(legacy.page, outDir, 'legacy', width));
      clean = report(`legacy at ${width} px`, legacy) && clean;
      await legacy.page.context().close();
    }
    console.log(`screenshots in ${outDir}: ${names.join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  if (!clean) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
