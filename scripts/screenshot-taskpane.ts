// Screenshots of the built task pane in headless Chromium, as a 350 px task pane shows it outside Office:
//   <out>/taskpane.png         the page opened outside Excel ("open it from Excel")
//   <out>/taskpane-demo.png    ?demo=1, the sample workbook after "Tổng hợp"
//   <out>/taskpane-legacy.png  the message an Internet Explorer 11 webview gets
//   <out>/taskpane-setup-320.png, taskpane-setup-500.png  the demo's set-up form at 320 and 500 px
// Build first (npx webpack --mode production), then: npx tsx scripts/screenshot-taskpane.ts [out-dir]
// Needs the Debian package `chromium`. Requests to other hosts (Office.js on its CDN) are aborted.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, OFFICE_JS, ROOT, launchChromium, openPane, serveDist, type PaneSession } from '../test/web/pane-browser';

const IE11 = "Object.defineProperty(Document.prototype, 'documentMode', { get: () => 11 });";

function report(name: string, session: PaneSession): boolean {
  for (const url of session.outsideRequests) console.log(`${name}: blocked outside request ${url}${url === OFFICE_JS ? ' (Office.js, expected)' : ''}`);
  const problems = [...session.pageErrors.map((e) => `page error: ${e}`), ...session.consoleErrors.map((e) => `console: ${e}`)];
  for (const problem of problems) console.log(`${name}: ${problem}`);
  return problems.length === 0 && session.outsideRequests.every((url) => url === OFFICE_JS);
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'out'));
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npx webpack --mode production` first');
  mkdirSync(outDir, { recursive: true });
  const server = await serveDist();
  const browser = await launchChromium();
  let clean = true;
  try {
    const outside = await openPane(browser, server.origin);
    await outside.page.getByText('Hãy mở từ Excel').waitFor({ timeout: 15_000 });
    await outside.page.screenshot({ path: join(outDir, 'taskpane.png'), fullPage: true });
    clean = report('taskpane.png', outside) && clean;

    const demo = await openPane(browser, server.origin, { query: '?demo=1' });
    await demo.page.getByText('Thôn Gò Da').first().waitFor({ timeout: 15_000 });
    await demo.page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await demo.page.getByText('Kết quả tổng hợp').waitFor({ timeout: 15_000 });
    await demo.page.screenshot({ path: join(outDir, 'taskpane-demo.png'), fullPage: true });
    clean = report('taskpane-demo.png', demo) && clean;

    for (const width of [320, 500]) {
      const setup = await openPane(browser, server.origin, { query: '?demo=1' });
      await setup.page.setViewportSize({ width, height: 900 });
      await setup.page.getByRole('button', { name: 'Thiết lập kế hoạch của xã…' }).click();
      await setup.page.getByRole('heading', { name: 'Thiết lập kế hoạch của xã' }).waitFor({ timeout: 15_000 });
      await setup.page.screenshot({ path: join(outDir, `taskpane-setup-${width}.png`), fullPage: true });
      clean = report(`taskpane-setup-${width}.png`, setup) && clean;
    }

    const legacy = await openPane(browser, server.origin, { initScript: IE11 });
    await legacy.page.getByText('Phiên bản Office này quá cũ').waitFor({ timeout: 15_000 });
    await legacy.page.screenshot({ path: join(outDir, 'taskpane-legacy.png'), fullPage: true });
    clean = report('taskpane-legacy.png', legacy) && clean;

    console.log(`screenshots: ${outDir}/taskpane.png, taskpane-demo.png, taskpane-setup-320.png, taskpane-setup-500.png, taskpane-legacy.png`);
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
