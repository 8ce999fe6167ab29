/**
 * The ribbon's Tổng hợp button against the recording Excel fake and a recorded Office UI: it uses the
 * workbook's own campaign, always says what came of it in a dialog (Vietnamese first), opens the pane
 * when there is no campaign and the host has a shared runtime, and tells Office it is done once the
 * dialog is closed.
 */
import { consolidateCommand } from '../../src/commands/command';
import { onWorkbookChanged } from '../../src/commands/runtime';
import { noticeOf, type RibbonMessage } from '../../src/commands/message';
import { dialogText, dialogUrl, messageFromSearch } from '../../src/commands/dialog';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { CONFIG_LABELS, campaignToConfigSheet } from '../../src/core/campaign/config-sheet';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Campaign } from '../../src/core/campaign/schema';
import { SHEET } from '../../src/core/vocabulary';
import { FakeExcel } from '../excel/fake-excel';
import { addVillage } from '../excel/fixtures';
import { FakeOfficeUi, type FakeDialog } from './fake-office-ui';

/** The function file (the task pane's page, manifest.xml's Taskpane.Url) and the dialog's page beside it. */
const PAGE = 'https://localhost:3000/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN';
const DIALOG = 'https://localhost:3000/commands.html';
const TRI_TON = PRESETS['tri-ton-2026'];

let restore: (() => void)[] = [];
let consoleError: jest.SpyInstance;
beforeEach(() => {
  // The failures go to the console too, for whoever supports the add-in; kept out of the test output.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  for (const undo of restore.reverse()) undo();
  restore = [];
});

function host(options: { sharedRuntime?: boolean; paneFails?: boolean } = {}) {
  const fake = new FakeExcel();
  restore.push(fake.install());
  const ui = new FakeOfficeUi(options);
  restore.push(ui.install());
  return { fake, ui };
}

async function storeCampaign(campaign: Campaign): Promise<void> {
  await createOfficeGateway().writeConfig(campaignToConfigSheet(campaign));
}

/** Presses the button; resolves with the dialog it opened and the command's promise, not yet done. */
async function press(ui: FakeOfficeUi) {
  const event = { completed: jest.fn() };
  const done = consolidateCommand(event as unknown as Office.AddinCommands.Event, PAGE);
  const dialog = await ui.nextDialog();
  return { event, done, dialog, message: messageOf(dialog) };
}

function messageOf(dialog: FakeDialog): RibbonMessage {
  const url = new URL(dialog.url);
  expect(url.origin + url.pathname).toBe(DIALOG);
  const message = messageFromSearch(url.search);
  if (!message) throw new Error(`no message in ${dialog.url}`);
  return message;
}

describe('the ribbon’s Tổng hợp button', () => {
  test('consolidates with the workbook’s own campaign, selects the report and says so; done once the dialog is closed', async () => {
    const { fake, ui } = host({ sharedRuntime: true });
    addVillage(fake, 'Thôn 1', 30);
    await storeCampaign(TRI_TON);
    const { event, done, dialog, message } = await press(ui);

    expect(message).toMatchObject({ kind: 'written', campaign: TRI_TON.name });
    if (message.kind !== 'written') throw new Error(message.kind);
    expect(message.sheets).toContain(SHEET.weekly);
    for (const sheet of message.sheets) expect(fake.sheetNames()).toContain(sheet);
    expect(fake.selection).toEqual({ sheet: message.sheets[0], address: 'A1' });
    const notice = noticeOf(message);
    expect(notice.title.vi).toBe('Đã lập báo cáo');
    expect(notice.body?.vi).toContain(`Kế hoạch “${TRI_TON.name}”`);
    expect(event.completed).not.toHaveBeenCalled();
    expect(ui.paneRequests).toBe(0); // a report written needs no pane

    dialog.send('close');
    await done;
    expect(dialog.closed).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('tells a pane in the same runtime to read the workbook again once a report is written, and only then', async () => {
    const { fake, ui } = host({ sharedRuntime: true });
    addVillage(fake, 'Thôn 1', 30);
    const heard = jest.fn();
    const stop = onWorkbookChanged(heard);
    restore.push(stop);
    const first = await press(ui); // no campaign yet: nothing written
    expect(first.message.kind).toBe('noCampaign');
    first.dialog.send('close');
    await first.done;
    expect(heard).not.toHaveBeenCalled();

    await storeCampaign(TRI_TON);
    const second = await press(ui);
    expect(second.message.kind).toBe('written');
    expect(heard).toHaveBeenCalledTimes(1);
    second.dialog.send('close');
    await second.done;
    stop();
    const third = await press(ui);
    third.dialog.send('close');
    await third.done;
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('without a campaign, with a shared runtime: consolidates nothing (no preset stands in), opens the pane once and says it is open', async () => {
    const { fake, ui } = host({ sharedRuntime: true });
    addVillage(fake, 'Thôn 1', 30);
    const { event, done, dialog, message } = await press(ui);

    expect(message).toEqual({ kind: 'noCampaign', paneOpened: true });
    expect(fake.sheetNames()).toEqual(['Thôn 1']);
    expect(ui.panesShown).toBe(1);
    const notice = noticeOf(message);
    expect(notice.title.vi).toBe('Sổ làm việc này chưa có kế hoạch');
    expect(notice.next?.vi).toMatch(/^Bảng điều khiển đã mở bên cạnh sổ làm việc: chọn kế hoạch của xã/);
    expect(notice.next?.en).toMatch(/^The task pane is now open/);
    expect(event.completed).not.toHaveBeenCalled();

    dialog.closeByUser();
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(ui.panesShown).toBe(1);
  });

  test('without a campaign and without a shared runtime: the pane is not asked for, and the dialog names the button that opens it', async () => {
    const { fake, ui } = host({ sharedRuntime: false });
    addVillage(fake, 'Thôn 1', 3);
    const { event, done, dialog, message } = await press(ui);
    expect(message).toEqual({ kind: 'noCampaign' });
    expect(ui.paneRequests).toBe(0);
    expect(noticeOf(message).next?.vi).toContain('nếu chưa thấy, bấm Mở bảng điều khiển trên thẻ Trang chủ');
    dialog.send('close');
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a shared runtime whose pane will not show: the dialog names the button, as without one', async () => {
    const { fake, ui } = host({ sharedRuntime: true, paneFails: true });
    addVillage(fake, 'Thôn 1', 3);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { event, done, dialog, message } = await press(ui);
    warn.mockRestore();
    expect(ui.paneRequests).toBe(1);
    expect(message).toEqual({ kind: 'noCampaign' });
    expect(noticeOf(message).next?.vi).toContain('Mở bảng điều khiển');
    dialog.send('close');
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a failure is shown with what to do (Excel editing a cell), nothing is written, and the command is done', async () => {
    const { fake, ui } = host();
    addVillage(fake, 'Thôn 1', 30);
    await storeCampaign(TRI_TON);
    const before = fake.sheetNames();
    fake.failSync(1, { code: 'InvalidOperationInCellEditMode' });
    const { event, done, dialog, message } = await press(ui);

    expect(message).toEqual({ kind: 'failed', failure: { code: 'READ_FAILED', problem: 'cellEditing' } });
    expect(fake.sheetNames()).toEqual(before);
    expect(consoleError).toHaveBeenCalled();
    const notice = noticeOf(message);
    expect(notice.intent).toBe('error');
    expect(notice.next?.vi).toBe('Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.');
    dialog.send('close');
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a sheet beyond the read limit is named in the dialog, with where its data ends', async () => {
    const { fake, ui } = host();
    await storeCampaign(TRI_TON);
    const wide = fake.addSheet('Thôn Giang Lố');
    for (let r = 0; r < 250; r++) {
      wide.setValue(r, 0, r + 1);
      wide.setValue(r, 16_383, 'x');
    }
    const { done, dialog, message } = await press(ui);
    expect(message).toMatchObject({ kind: 'failed', failure: { code: 'SHEET_TOO_LARGE', sheet: 'Thôn Giang Lố', lastCell: 'XFD250' } });
    expect(noticeOf(message).title.vi).toBe('Trang “Thôn Giang Lố” vượt quá giới hạn đọc');
    dialog.send('close');
    await done;
  });

  test('a stored campaign that fails validation stops the run and says what is wrong', async () => {
    const { fake, ui } = host();
    addVillage(fake, 'Thôn 1', 3);
    await storeCampaign(TRI_TON);
    const config = fake.sheet(SHEET.config);
    const row = config.values.findIndex((cells) => cells?.[0] === CONFIG_LABELS.start);
    config.setValue(row, 1, '32/13/2025');
    const { done, dialog, message } = await press(ui);

    expect(message.kind).toBe('campaignInvalid');
    expect(fake.sheetNames()).toEqual(['Thôn 1', SHEET.config]);
    expect(noticeOf(message).title.vi).toBe('Trang cấu hình có lỗi');
    expect(noticeOf(message).details).toContain(`Dòng ${row + 1}, ô B${row + 1}`);
    dialog.send('close');
    await done;
  });

  test('a list named like a report sheet: nothing written, the list selected and named in the dialog', async () => {
    const { fake, ui } = host();
    addVillage(fake, 'Thôn 1', 3);
    addVillage(fake, SHEET.summary, 5);
    await storeCampaign(TRI_TON);
    const { done, dialog, message } = await press(ui);

    expect(message).toEqual({ kind: 'refused', refusal: { code: 'SHEET_NAME_RESERVED', sheets: [SHEET.summary] } });
    expect(fake.selection).toEqual({ sheet: SHEET.summary, address: 'A1' });
    expect(noticeOf(message).body?.vi).toContain(`Trang "${SHEET.summary}" là danh sách`);
    dialog.send('close');
    await done;
  });

  test('a dialog that cannot open (another one is open) still ends the command', async () => {
    const { fake, ui } = host();
    addVillage(fake, 'Thôn 1', 3);
    ui.failNextDialog = 12007;
    const event = { completed: jest.fn() };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await consolidateCommand(event as unknown as Office.AddinCommands.Event, PAGE);
    warn.mockRestore();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(ui.dialogs).toHaveLength(0);
  });
});

describe('the dialog page', () => {
  test('reads back the message it was opened with, and nothing from an address that holds none or a damaged one', () => {
    const message: RibbonMessage = { kind: 'written', campaign: 'Đợt 1', asOf: '2025-10-26', sheets: ['Báo cáo tuần', 'Lỗi dữ liệu'], errors: 3, warnings: 1200 };
    expect(messageFromSearch(new URL(dialogUrl(message, `${PAGE}#x`)).search)).toEqual(message);
    const opened: RibbonMessage = { kind: 'noCampaign', paneOpened: true };
    expect(messageFromSearch(new URL(dialogUrl(opened, PAGE)).search)).toEqual(opened);
    expect(messageFromSearch('')).toBeNull();
    expect(messageFromSearch('?ribbon=%7B')).toBeNull();
    expect(messageFromSearch(`?ribbon=${encodeURIComponent(JSON.stringify({ kind: 'written', campaign: 1 }))}`)).toBeNull();
  });

  test('opens beside the function file, whichever page that is, under any path', () => {
    const message: RibbonMessage = { kind: 'noCampaign' };
    const where = (page: string) => {
      const url = new URL(dialogUrl(message, page));
      return url.origin + url.pathname;
    };
    expect(where('https://ubnd-xa.example.vn/sskdt/taskpane.html?_host_Info=Excel')).toBe('https://ubnd-xa.example.vn/sskdt/commands.html');
    // A manifest installed before the shared runtime loads commands.html itself as the function file.
    expect(where('https://ubnd-xa.example.vn/sskdt/commands.html')).toBe('https://ubnd-xa.example.vn/sskdt/commands.html');
  });

  test('shows Vietnamese first, then English, with the counts as each language writes them', () => {
    const message: RibbonMessage = { kind: 'written', campaign: 'Đợt 1', asOf: '2025-10-26', sheets: ['Báo cáo tuần'], errors: 3, warnings: 1200 };
    const [vi, en] = dialogText(noticeOf(message));
    expect(vi).toEqual({
      lang: 'vi',
      heading: 'Đã lập báo cáo',
      paragraphs: [
        'Kế hoạch “Đợt 1”, số liệu đến ngày 26/10/2025. Đã ghi các trang báo cáo: “Báo cáo tuần”.',
        'Các danh sách có 3 lỗi cần sửa và 1.200 cảnh báo. Bấm Mở bảng điều khiển để xem từng lỗi, hoặc để tổng hợp cho ngày khác.',
      ],
    });
    expect(en.lang).toBe('en');
    expect(en.paragraphs[1]).toContain('3 errors to fix and 1,200 warnings');
  });
});
