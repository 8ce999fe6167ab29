/**
 * Issue 13 §1 in headless Chromium: the demo pane's set-up form at 320 and 500 px, run by keyboard alone. A commune
 * that is no preset starts from blank, is told what is missing at each field, fills its header, villages, units and
 * targets, saves, and the pane uses the campaign stored in "Cấu hình". Screenshots go to out/ to be looked at.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, STEP_MS, hasChromium, openPane, paneBrowserHooks, type DistServer } from './pane-browser';

const OUT = join(ROOT, 'out');
jest.setTimeout(5 * 60_000);

/** The focused element's field key ("place"), its id, or its tag. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el?.dataset.field ?? el?.id ?? el?.tagName ?? '';
});

/** Presses Tab until the focus is on `target` (a field key or an element id); fails after `limit` presses. */
async function tabTo(page: Page, target: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target} (focus on ${await focused(page)})`);
}

/** Tabs to a text field, clears it and types `text` (lines typed with Enter, as in a textarea). */
async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    await page.keyboard.type(line);
    if (i < lines.length - 1) await page.keyboard.press('Enter');
  }
}

const suite = hasChromium() ? describe : describe.skip;

suite('the set-up form in headless Chromium, by keyboard alone', () => {
  let server: DistServer;
  let browser: Browser;
  paneBrowserHooks(OUT, (started, launched) => {
    server = started;
    browser = launched;
  });

  async function openForm(width: number): Promise<Page> {
    const session = await openPane(browser, server.origin, { query: '?demo=1' });
    const { page } = session;
    await page.setViewportSize({ width, height: 900 });
    await page.getByText('Thôn Gò Da').first().waitFor({ timeout: STEP_MS });
    await tabTo(page, 'setup-open');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thiết lập kế hoạch của xã' }).waitFor({ timeout: STEP_MS });
    expect(await focused(page)).toBe('setup-title');
    expect(session.pageErrors).toEqual([]);
    return page;
  }

  it('starts from blank, says what is missing at each field, and saves a commune’s own plan at 320 px', async () => {
    const page = await openForm(320);
    // Nothing is wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(OUT, 'taskpane-setup-320.png'), fullPage: true });

    await tabTo(page, 'start-from');
    await page.keyboard.press('End'); // the last choice: blank
    await expect(page.locator('[data-field="body"]').inputValue()).resolves.toBe('');
    await tabTo(page, 'place');
    await page.keyboard.press('Enter'); // Enter submits the form
    await page.getByText(/^Còn \d+ mục cần sửa$/).waitFor({ timeout: STEP_MS });
    expect(await focused(page)).toBe('body');
    expect(await page.locator('[data-field="body"]').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(OUT, 'taskpane-setup-errors-320.png'), fullPage: true });

    await typeInto(page, 'body', 'ỦY BAN NHÂN DÂN XÃ BA TƠ');
    await typeInto(page, 'place', 'Ba Tơ');
    await typeInto(page, 'name', 'Đợt cao điểm tích hợp thẻ BHYT vào Sổ sức khỏe điện tử');
    await typeInto(page, 'start', '02/03/2026');
    await typeInto(page, 'end', '30/04/2026');
    await typeInto(page, 'signer', 'Phạm Văn Tâm');
    await typeInto(page, 'villages', 'Thôn Ba Tơ\nThôn Làng Mạ');
    await typeInto(page, 'units', 'Trạm Y tế xã');
    await typeInto(page, 'indicators.0.target', '95');
    await typeInto(page, 'indicators.1.target', '90');
    await typeInto(page, 'indicators.2.target', '80');
    await tabTo(page, 'indicators.2.deadline');
    await page.keyboard.press('Enter');

    await page.getByText('Đã lưu kế hoạch vào trang “Cấu hình”. Kế hoạch này đang được dùng.').waitFor({ timeout: STEP_MS });
    expect(await focused(page)).toBe('setup-open');
    const chosen = await page.locator('select').first().evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
    expect(chosen).toContain('Ba Tơ (02/03/2026 – 30/04/2026)');
    await page.context().close();
  });

  it('fits 500 px, and Escape closes the form with the focus back on its button', async () => {
    const page = await openForm(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(500);
    await page.screenshot({ path: join(OUT, 'taskpane-setup-500.png'), fullPage: true });
    await tabTo(page, 'place');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Thiết lập kế hoạch của xã' }).waitFor({ state: 'detached', timeout: STEP_MS });
    expect(await focused(page)).toBe('setup-open');
    await page.context().close();
  });
});
