/**
 * The set-up form (issue 13 §1) in node: its state (start from the plan in use, a preset or blank; errors once Save
 * was tried), what Save writes through the gateway, and the form as rendered (react-dom/server): every field has a
 * visible label tied to its control, and each error stands in that field, in the pane's language.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { campaignFromConfigGrid } from '../../src/core/campaign/config-sheet';
import { PRESETS } from '../../src/core/campaign/presets';
import { SetupForm } from '../../src/taskpane/components/SetupForm';
import { editingFrom, edited, saveDraft, type Editing, type SetupFormState } from '../../src/taskpane/hooks/useSetupForm';
import { LanguageProvider } from '../../src/taskpane/language';
import type { Lang } from '../../src/taskpane/i18n';
import type { Grid } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/sheetspec';
import { FakeGateway } from './fake-gateway';

const BO_Y = PRESETS['bo-y-2025'];

function gridOf(spec: SheetSpec): Grid {
  return { sheet: spec.name, values: spec.rows.map((cells) => cells.map((c) => c?.v ?? '')) };
}

function formState(editing: Editing): SetupFormState {
  const nothing = () => undefined;
  return { editing, saving: false, open: nothing, startFrom: nothing, change: nothing, changeIndicator: nothing, save: () => Promise.resolve(false), cancel: nothing };
}

function render(editing: Editing, lang: Lang = 'vi'): string {
  return renderToStaticMarkup(
    <LanguageProvider initial={lang}>
      <FluentProvider theme={webLightTheme}>
        <SetupForm form={formState(editing)} current={BO_Y} />
      </FluentProvider>
    </LanguageProvider>,
  );
}

/** The text of every <label for="id">, by id. */
function labels(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<label[^>]*for="([^"]+)"[^>]*>(.*?)<\/label>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]));
}

/** Each control's field key and element id. */
const controls = (html: string) => [...html.matchAll(/<(?:input|textarea|select)\b[^>]*>/g)].map((m) => ({ field: /data-field="([^"]+)"/.exec(m[0])?.[1], id: /\bid="([^"]+)"/.exec(m[0])?.[1] ?? '' }));
const at = (html: string, field: string) => html.indexOf(`data-field="${field}"`);

describe('the set-up form’s state', () => {
  test('starts from the plan in use, a preset, or blank (nothing of any commune, no target guessed)', () => {
    expect(editingFrom({ kind: 'current' }, BO_Y).draft.place).toBe('Bờ Y');
    expect(editingFrom({ kind: 'preset', id: 'tri-ton-2026' }, BO_Y).draft.place).toBe('Tri Tôn');
    const blank = editingFrom({ kind: 'blank' }, BO_Y).draft;
    expect([blank.place, blank.body, blank.start]).toEqual(['', '', '']);
    expect(blank.indicators.map((i) => i.target)).toEqual(['', '', '']);
  });

  test('says nothing while someone types, then keeps each error current once Save was tried', async () => {
    const gateway = new FakeGateway();
    let e = editingFrom({ kind: 'blank' }, BO_Y);
    e = edited(e, { ...e.draft, place: 'Ba Tơ' });
    expect(e.errors).toEqual({});
    const outcome = await saveDraft(gateway, e);
    if (!('editing' in outcome)) throw new Error('a blank form must not save');
    expect(gateway.calls).toEqual([]);
    expect(outcome.editing.attempts).toBe(1);
    expect(outcome.editing.errors.body?.vi).toBe('Hãy điền mục này.');
    const fixed = edited(outcome.editing, { ...outcome.editing.draft, body: 'ỦY BAN NHÂN DÂN XÃ BA TƠ' });
    expect(fixed.errors.body).toBeUndefined();
    expect(fixed.errors.start).toBeDefined();
  });

  test('Save writes the campaign into the “Cấu hình” sheet as rows that read back to it', async () => {
    const gateway = new FakeGateway();
    const e = editingFrom({ kind: 'current' }, BO_Y);
    const outcome = await saveDraft(gateway, edited(e, { ...e.draft, signer: 'Nguyễn Văn Bình', villages: 'Thôn Gò Da\nThôn Bờ Y' }));
    if (!('saved' in outcome)) throw new Error(JSON.stringify(outcome.editing.errors));
    expect(gateway.calls.map((c) => c.method)).toEqual(['writeConfig']);
    const call = gateway.calls[0];
    if (call.method !== 'writeConfig') throw new Error('expected writeConfig');
    const read = campaignFromConfigGrid(gridOf(call.spec));
    expect(read).toEqual({ ok: true, campaign: outcome.saved });
    expect(outcome.saved.report.signature.name).toBe('Nguyễn Văn Bình');
    expect(outcome.saved.entities.map((x) => x.sheet)).toEqual(['Thôn Gò Da', 'Thôn Bờ Y']);
  });

  test('a failed write is thrown for the pane to show, never swallowed', async () => {
    const gateway = new FakeGateway({ failOn: { method: 'writeConfig', error: new Error('disk') } });
    await expect(saveDraft(gateway, editingFrom({ kind: 'current' }, BO_Y))).rejects.toThrow('disk');
  });
});

describe('the set-up form as rendered', () => {
  const html = render(editingFrom({ kind: 'current' }, BO_Y));

  test('every control has a visible label tied to it', () => {
    const all = controls(html);
    expect(all.length).toBeGreaterThanOrEqual(18 + 3 * BO_Y.indicators.length);
    const named = labels(html);
    expect(all.filter((c) => !c.field || !named.get(c.id)?.trim())).toEqual([]);
    const label = (field: string) => named.get(all.find((c) => c.field === field)?.id ?? '');
    expect(label('place')).toContain('Địa danh ghi ngày tháng');
    expect(label('indicators.0.target')).toContain('Tỷ lệ (%)');
    expect(label('recipients')).toContain('Nơi nhận');
  });

  test('shows the campaign’s header, signer, recipients and each indicator under its own words', () => {
    expect(html).toContain('value="ỦY BAN NHÂN DÂN XÃ BỜ Y"');
    expect(html).toContain('Bờ Y, ngày … tháng … năm …');
    expect(html).toContain('Số: …/BC-UBND');
    expect(html).toContain('Lưu: VT, CAX');
    for (const ind of BO_Y.indicators) expect(html).toContain(ind.label.vi);
  });

  test('each error stands in its own field, in the pane’s language, with a count at the top', () => {
    const blank = editingFrom({ kind: 'blank' }, BO_Y);
    const failed: Editing = { ...blank, tried: true, attempts: 1, errors: { place: { vi: 'Hãy điền mục này.', en: 'Fill this in.' }, 'indicators.1.target': { vi: 'Ghi mức chỉ tiêu', en: 'Write the target' } } };
    const vi = render(failed);
    expect(vi).toContain('Còn 2 mục cần sửa');
    // The message sits right after its control, before the next field's.
    expect(vi.indexOf('Hãy điền mục này.')).toBeGreaterThan(at(vi, 'place'));
    expect(vi.indexOf('Hãy điền mục này.')).toBeLessThan(at(vi, 'symbol'));
    expect(vi.indexOf('Ghi mức chỉ tiêu')).toBeGreaterThan(at(vi, 'indicators.1.target'));
    expect(vi.indexOf('Ghi mức chỉ tiêu')).toBeLessThan(at(vi, 'indicators.1.deadline'));
    // The control says it is wrong and which message describes it.
    const place = /<input\b[^>]*data-field="place"[^>]*>/.exec(vi)?.[0] ?? '';
    expect(place).toContain('aria-invalid="true"');
    expect(render(failed, 'en')).toContain('Fill this in.');
    expect(render(failed, 'en')).toContain('2 items to fix');
  });
});
