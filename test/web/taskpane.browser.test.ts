/**
 * The built task pane in headless Chromium, outside Office: it shows itself without a script error,
 * in Vietnamese, and asks nothing of any origin but its own (besides the Office.js load, aborted here).
 * Uses dist/ as `npm run build` (in .ci/run) left it, building it first when it is missing or older
 * than its sources. Whatever beforeAll reached, afterAll stops the build and closes the browser and server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { DIST, OFFICE_JS, ROOT, STEP_MS, hasChromium, openPane, paneBrowserHooks, type DistServer, type PaneSession } from './pane-browser';
import { readXlsxBytes } from '../../src/files/read-xlsx';

const OUT = join(ROOT, 'out');
const TEST_MS = 5 * 60_000;
jest.setTimeout(TEST_MS);

/** What every page must satisfy: no script error, no console error, no request anywhere but its own origin and Office.js. */
function expectClean(session: PaneSession): void {
  expect(session.pageErrors).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.outsideRequests.filter((url) => url !== OFFICE_JS)).toEqual([]);
  expect(session.outsideRequests.length).toBeLessThanOrEqual(1);
}

/** axe-core's findings that matter here: serious and critical ones, as "rule: where" lines. */
async function seriousViolations(page: Page, state: string): Promise<string[]> {
  // axe-core itself, put into the page as Playwright's own evaluate does (not a script tag, which the pane's policy could refuse).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const found = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return found.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${state}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`));
}

/** What has the keyboard focus: its accessible label, else its text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    return a ? (a.getAttribute('aria-label') ?? a.textContent ?? '').trim() : '';
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on an element whose label or text starts with `name`. */
async function tabTo(page: Page, name: string, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)).startsWith(name)) return;
  }
  throw new Error(`the keyboard never reached "${name}" (last: "${await focused(page)}")`);
}

const suite = hasChromium() ? describe : describe.skip;
const name = hasChromium() ? 'the task pane in headless Chromium' : 'the task pane in headless Chromium (skipped: /usr/bin/chromium is not installed)';

suite(name, () => {
  let server: DistServer;
  let browser: Browser;
  paneBrowserHooks(OUT, (started, launched) => {
    server = started;
    browser = launched;
  });

  it('shows itself in Vietnamese outside Office, with no script error and no outside request but Office.js', async () => {
    const session = await openPane(browser, server.origin);
    const { page } = session;
    await page.getByText('Hãy mở từ Excel').waitFor({ timeout: STEP_MS });
    const text = await page.locator('body').innerText();
    expect(text).toContain('Tổng hợp');
    expect(text).toContain('Dữ liệu không rời khỏi sổ làm việc.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.screenshot({ path: join(OUT, 'taskpane.png'), fullPage: true });
    expect(session.outsideRequests).toEqual([OFFICE_JS]);
    // Outside Excel there is no workbook: the workspace and the gateways are never downloaded.
    expect(server.served.filter((path) => /(workspace|gateway)\.js$/.test(path))).toEqual([]);
    expectClean(session);
    await page.context().close();
  });

  it('shows its name and a loading line from the HTML alone, before any script runs (a slow link is never blank)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
    await page.goto(`${server.origin}/taskpane.html`);
    const status = page.getByRole('status');
    expect(await status.innerText()).toMatch(/^Tổng hợp SSKĐT\s+Đang tải, xin chờ… \(Loading…\)$/);
    expect(await status.isVisible()).toBe(true);
    await context.close();
  });

  it('consolidates the demo workbook, lists its issues and builds the report file from a lazily loaded writer chunk', async () => {
    const session = await openPane(browser, server.origin, { query: '?demo=1' });
    const { page } = session;
    await page.getByText('Thôn Gò Da').first().waitFor({ timeout: STEP_MS });
    expect(server.served).not.toContain('/report-writer.js');
    // The first paint's script, then the workspace and the demo gateway as their own chunks; never Office's adapter.
    expect(server.served).toEqual(expect.arrayContaining(['/taskpane.js', '/workspace.js', '/demo-gateway.js']));
    expect(server.served).not.toContain('/office-gateway.js');

    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText('Kết quả tổng hợp').waitFor({ timeout: STEP_MS });
    const text = await page.locator('body').innerText();
    expect(text).toContain('Thôn, tổ dân phố chưa đạt');
    expect(text).toContain('Chưa đạt');
    expect(text).toContain('Khổ in A4');
    expect(text).toMatch(/Lỗi\s+/);
    await page.getByText('Ô F11').waitFor({ timeout: STEP_MS });
    await page.screenshot({ path: join(OUT, 'taskpane-demo.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Mở báo cáo thành tệp riêng' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bao-cao-tong-hop.xlsx');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readXlsxBytes(new Uint8Array(bytes)).map((g) => g.sheet)).toContain('Báo cáo tuần');
    expect(server.served).toContain('/report-writer.js');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Consolidate', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectClean(session);
    await page.context().close();
  });

  it('has no serious or critical accessibility finding (axe) in any state of the pane', async () => {
    const found: string[] = [];
    const outside = await openPane(browser, server.origin);
    await outside.page.getByText('Hãy mở từ Excel').waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(outside.page, 'outside Excel')));
    await outside.page.context().close();

    // The page as a slow link shows it: the HTML's loading line, the pane's script not yet arrived (held back here).
    const loading = await browser.newContext();
    const loadingPage = await loading.newPage();
    await loadingPage.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(`${server.origin}/`) && !url.endsWith('/taskpane.js') ? route.continue() : route.abort();
    });
    await loadingPage.goto(`${server.origin}/taskpane.html`);
    await loadingPage.getByText('Đang tải, xin chờ…').waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(loadingPage, 'loading (no script yet)')));
    await loading.close();

    const session = await openPane(browser, server.origin, { query: '?demo=1' });
    const { page } = session;
    await page.getByText('Thôn Gò Da').first().waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(page, 'the demo workbook')));
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(page, 'checked')));
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByRole('heading', { name: 'Kết quả tổng hợp' }).waitFor({ timeout: STEP_MS });
    await page.screenshot({ path: join(OUT, 'taskpane-consolidated.png'), fullPage: true });
    await page.locator('section', { has: page.getByRole('heading', { name: 'Kết quả kiểm tra' }) }).screenshot({ path: join(OUT, 'taskpane-issues.png') });
    found.push(...(await seriousViolations(page, 'consolidated')));
    await page.getByRole('button', { name: /^Chuyển sang/ }).click();
    await page.getByText('Kế hoạch, ngày hoặc kỳ báo cáo đã đổi').waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(page, 'stale after the date changed')));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Consolidate', exact: true }).waitFor({ timeout: STEP_MS });
    found.push(...(await seriousViolations(page, 'in English')));
    expectClean(session);
    await page.context().close();
    expect(found).toEqual([]);
  });

  it('can be used by keyboard alone: each run moves the focus to what it produced and says it is done', async () => {
    const session = await openPane(browser, server.origin, { query: '?demo=1' });
    const { page } = session;
    await page.getByText('Thôn Gò Da').first().waitFor({ timeout: STEP_MS });
    const announced = page.locator('[aria-live="polite"]');

    await tabTo(page, 'Kiểm tra');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor({ timeout: STEP_MS });
    await page.waitForFunction((name) => document.activeElement?.textContent?.trim() === name, 'Kết quả kiểm tra', { timeout: STEP_MS });
    expect(await focused(page)).toBe('Kết quả kiểm tra');
    await announced.filter({ hasText: /^Đã kiểm tra xong: \d+ lỗi, \d+ cảnh báo, \d+ ghi chú\.$/ }).waitFor({ timeout: STEP_MS });

    // The first sheet of the first severity is open; its first finding is a link the keyboard reaches and follows.
    await tabTo(page, 'Ô ');
    expect(await focused(page)).toMatch(/^Ô [A-Z]+\d+ – /);
    await page.keyboard.press('Enter');
    // A closed sheet opens with the keyboard (a native disclosure).
    const closed = page.locator('details:not([open]) > summary').first();
    if ((await closed.count()) > 0) {
      const label = ((await closed.textContent()) ?? '').trim();
      await tabTo(page, label);
      await page.keyboard.press('Enter');
      expect(await page.locator('details[open] > summary', { hasText: label }).count()).toBeGreaterThan(0);
    }

    await tabTo(page, 'Tổng hợp', true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kết quả tổng hợp' }).waitFor({ timeout: STEP_MS });
    await page.waitForFunction((name) => document.activeElement?.textContent?.trim() === name, 'Kết quả tổng hợp', { timeout: STEP_MS });
    expect(await focused(page)).toBe('Kết quả tổng hợp');
    await announced.filter({ hasText: /^Đã tổng hợp xong: đã ghi \d+ trang báo cáo vào sổ làm việc\.$/ }).waitFor({ timeout: STEP_MS });

    await tabTo(page, 'Mở báo cáo thành tệp riêng');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('bao-cao-tong-hop.xlsx');
    expectClean(session);
    await page.context().close();
  });

  it('takes the as-of date day first in an English browser, says beside the field why 31/02/2025 is no date, and picks a day on its own calendar by keyboard (issue 13 §2)', async () => {
    // An American browser: its own date input would have read 07/01/2026 as 1 July.
    const session = await openPane(browser, server.origin, { query: '?demo=1', locale: 'en-US', viewport: { width: 320, height: 900 } });
    const { page } = session;
    const field = page.getByLabel('Số liệu tính đến ngày');
    await field.waitFor({ timeout: STEP_MS });
    expect(await field.getAttribute('type')).toBe('text');
    const consolidate = page.getByRole('button', { name: 'Tổng hợp', exact: true });

    await field.fill('31/02/2025');
    await field.press('Tab');
    const alert = page.getByRole('alert').filter({ hasText: 'Ngày chưa đúng' });
    expect(await alert.innerText()).toBe('Ngày chưa đúng: tháng 2/2025 chỉ có 28 ngày.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await consolidate.isDisabled()).toBe(true);
    await page.screenshot({ path: join(OUT, 'taskpane-date-error-320.png'), fullPage: true });

    await field.fill('27/10/2025');
    await field.press('Enter');
    expect(await alert.count()).toBe(0);
    expect(await consolidate.isEnabled()).toBe(true);
    await page.getByText('Báo cáo Tuần 4 (27/10/2025 – 02/11/2025), hạn trước 09:00 thứ Hai, 03/11/2025.').waitFor({ timeout: STEP_MS });

    // Alt+↓ opens the calendar on the date; → moves a day, PageDown a month, Enter picks; focus goes back to its button.
    await field.press('Alt+ArrowDown');
    const calendar = page.getByRole('group', { name: 'Lịch chọn ngày số liệu' });
    await calendar.waitFor({ timeout: STEP_MS });
    expect(await calendar.getByText('Tháng 10/2025').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('thứ Hai, 27/10/2025');
    expect(await calendar.locator('th').allInnerTexts()).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    await page.screenshot({ path: join(OUT, 'taskpane-calendar-320.png'), fullPage: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await calendar.getByText('Tháng 11/2025').count()).toBe(1);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Enter');
    expect(await calendar.count()).toBe(0);
    expect(await field.inputValue()).toBe('28/10/2025');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Chọn ngày trên lịch');

    // Typed as Vietnamese write it, 7 January 2026 is 7 January: after the campaign, so the pane says so.
    await field.fill('07/01/2026');
    await field.press('Tab');
    expect(await field.inputValue()).toBe('07/01/2026');
    await page.getByText('Ngày số liệu 07/01/2026 là sau khi đợt đã kết thúc', { exact: false }).waitFor({ timeout: STEP_MS });
    // Esc closes the calendar without changing the date.
    await page.getByRole('button', { name: 'Chọn ngày trên lịch' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('thứ Tư, 07/01/2026');
    await page.keyboard.press('Escape');
    expect(await calendar.count()).toBe(0);
    expect(await field.inputValue()).toBe('07/01/2026');
    expectClean(session);
    await page.context().close();
  });

  it('shows a plain Vietnamese and English message, without React, in an Internet Explorer 11 webview', async () => {
    const ie11 = "Object.defineProperty(Document.prototype, 'documentMode', { get: () => 11 });";
    const session = await openPane(browser, server.origin, { initScript: ie11 });
    const { page } = session;
    await page.getByText('Phiên bản Office này quá cũ để chạy Tổng hợp SSKĐT').waitFor({ timeout: STEP_MS });
    await page.waitForTimeout(500); // the deferred bundle has run by now and must have left the message alone
    const text = await page.locator('body').innerText();
    expect(text).toContain('Excel trên web');
    expect(text).toContain('This version of Office is too old for SSKĐT Rollup');
    expect(text).not.toContain('Hãy mở từ Excel');
    await page.screenshot({ path: join(OUT, 'taskpane-legacy.png'), fullPage: true });
    expectClean(session);
    await page.context().close();
  });

  it('in Excel, registers the ribbon’s consolidate before it asks for any chunk, and runs it from the same page (the shared runtime)', async () => {
    // Office as Excel hands it to the page, recorded: an Excel whose ExcelApi is too old, so the command ends in a dialog without a workbook.
    const excelHost = `
      window.ribbon = { associated: [], requestedBefore: null, dialogs: [], completed: 0, panes: 0 };
      const handlers = {};
      window.Office = {
        HostType: { Excel: 'Excel' },
        EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        onReady(callback) {
          const info = { host: 'Excel', platform: 'OfficeOnline' };
          return Promise.resolve().then(() => { if (callback) callback(info); return info; });
        },
        actions: {
          associate(name, handler) {
            ribbon.associated.push(name);
            // Every script asked for so far: webpack adds a chunk's <script> the moment it is imported.
            const asked = [...document.scripts].map((script) => script.src).filter(Boolean);
            ribbon.requestedBefore = [...asked, ...performance.getEntriesByType('resource').map((entry) => entry.name)].map((url) => new URL(url).pathname);
            handlers[name] = handler;
          },
        },
        context: {
          requirements: { isSetSupported: (set) => set === 'SharedRuntime' },
          ui: {
            displayDialogAsync(url, options, callback) {
              const dialog = { url, handlers: {}, addEventHandler(type, handler) { this.handlers[type] = handler; }, close() {} };
              ribbon.dialogs.push(dialog);
              callback({ status: 'succeeded', value: dialog });
            },
          },
        },
        addin: { showAsTaskpane() { ribbon.panes++; return Promise.resolve(); } },
      };
      window.pressRibbon = (name) => handlers[name]({ completed() { ribbon.completed++; } });
    `;
    type Recorded = { associated: string[]; requestedBefore: string[]; dialogs: { url: string }[]; completed: number; panes: number };
    const recorded = (page: Page) => page.evaluate(() => (window as unknown as { ribbon: Recorded }).ribbon);
    const session = await openPane(browser, server.origin, { initScript: excelHost });
    const { page } = session;
    await page.getByText('Phiên bản Excel quá cũ').first().waitFor({ timeout: STEP_MS }); // the pane rendered too
    const before = await recorded(page);
    expect(before.associated).toEqual(['consolidate']);
    expect(before.requestedBefore).toContain('/taskpane.js');
    expect(before.requestedBefore.filter((path) => /(workspace|gateway|ribbon-command)\.js$/.test(path))).toEqual([]);
    expect(server.served).not.toContain('/ribbon-command.js');

    await page.evaluate(() => (window as unknown as { pressRibbon: (name: string) => void }).pressRibbon('consolidate'));
    await page.waitForFunction(() => (window as unknown as { ribbon: Recorded }).ribbon.dialogs.length === 1, undefined, { timeout: STEP_MS });
    expect(server.served).toContain('/ribbon-command.js');
    const pressed = await recorded(page);
    const dialogUrl = new URL(pressed.dialogs[0].url);
    expect(dialogUrl.origin + dialogUrl.pathname).toBe(`${server.origin}/commands.html`);
    expect(JSON.parse(dialogUrl.searchParams.get('ribbon') ?? 'null')).toEqual({ kind: 'failed', failure: { code: 'HOST_TOO_OLD' } });
    expect({ completed: pressed.completed, panes: pressed.panes }).toEqual({ completed: 0, panes: 0 });
    await page.evaluate(() => {
      const dialog = (window as unknown as { ribbon: { dialogs: { handlers: Record<string, (arg: unknown) => void> }[] } }).ribbon.dialogs[0];
      dialog.handlers.dialogMessageReceived({ message: 'close' });
    });
    await page.waitForFunction(() => (window as unknown as { ribbon: Recorded }).ribbon.completed === 1, undefined, { timeout: STEP_MS });
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests.filter((url) => url !== OFFICE_JS)).toEqual([]);
    await page.context().close();

    // The dialog's page as Office opens it: the message in words, Vietnamese first, without the engine.
    const dialog = await browser.newContext({ viewport: { width: 420, height: 400 } });
    const dialogPage = await dialog.newPage();
    await dialogPage.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
    await dialogPage.goto(dialogUrl.toString());
    await dialogPage.getByRole('heading', { level: 1, name: 'Phiên bản Excel quá cũ' }).waitFor({ timeout: STEP_MS });
    expect(await dialogPage.locator('section[lang="en"] h2').innerText()).toBe('This Excel is too old');
    expect(await dialogPage.evaluate(() => document.activeElement?.textContent)).toBe('Đóng · Close');
    expect(await seriousViolations(dialogPage, 'ribbon dialog')).toEqual([]);
    await dialog.close();
  });

  it('is served with its legacy check as ASCII-only ES5 and the .xlsx writer out of the initial bundle', () => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<div id="?root"?><p [^>]*>.*Đang tải.*<\/div><script src="?legacy-check\.js"?><\/script>/);
    expect(readFileSync(join(DIST, 'legacy-check.js'), 'latin1')).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
    expect(readFileSync(join(DIST, 'taskpane.js'), 'utf8')).not.toContain('sharedStrings.xml');
    expect(readFileSync(join(DIST, 'report-writer.js'), 'utf8')).toContain('sharedStrings.xml');
  });

  it('keeps the first paint at most 140 KB gzipped: the engine, zod and date-fns come in the workspace chunk', () => {
    const first = readFileSync(join(DIST, 'taskpane.js'));
    const gzipped = readFileSync(join(DIST, 'taskpane.js.gz'));
    expect(gunzipSync(gzipped).equals(first)).toBe(true);
    expect(gzipped.length).toBeLessThanOrEqual(140 * 1024);
    const workspace = readFileSync(join(DIST, 'workspace.js'), 'utf8');
    // zod's error class, date-fns's English locale, an engine message: in the workspace, not the first paint.
    for (const marker of ['ZodError', 'less than a second', 'danh sách sai lệch thông tin của Trạm Y tế']) {
      expect({ marker, first: first.toString('utf8').includes(marker) }).toEqual({ marker, first: false });
      expect({ marker, workspace: workspace.includes(marker) }).toEqual({ marker, workspace: true });
    }
    // The ribbon's command is its own chunk, and its dialog's page (commands.js) carries no engine.
    const ribbonCommand = readFileSync(join(DIST, 'ribbon-command.js'), 'utf8');
    const dialogPage = readFileSync(join(DIST, 'commands.js'), 'utf8');
    for (const marker of ['Tổng hợp (ribbon) failed', 'danh sách sai lệch thông tin của Trạm Y tế']) {
      expect({ marker, first: first.toString('utf8').includes(marker), dialog: dialogPage.includes(marker), command: ribbonCommand.includes(marker) }).toEqual({
        marker,
        first: false,
        dialog: false,
        command: true,
      });
    }
    for (const asset of ['taskpane.html', 'taskpane.js', 'workspace.js', 'office-gateway.js', 'report-writer.js', 'ribbon-command.js', 'commands.html', 'commands.js']) {
      expect({ asset, br: existsSync(join(DIST, `${asset}.br`)), gz: existsSync(join(DIST, `${asset}.gz`)) }).toEqual({ asset, br: true, gz: true });
    }
  });
});
