import { campaignJson, parseCampaign } from '../../../src/core/campaign/load';
import { PRESETS, presetIds } from '../../../src/core/campaign/presets';
import { CAMPAIGN_LIMITS, Campaign, type CampaignInput, isPersonIndicator } from '../../../src/core/campaign/schema';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const validInput: CampaignInput = {
  id: 'test-campaign',
  name: 'Chiến dịch thử',
  issuingBody: { name: 'ỦY BAN NHÂN DÂN XÃ THỬ', place: 'Thử' },
  start: '2025-10-10',
  end: '2025-11-15',
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
  indicators: [
    {
      id: 'level2_registered',
      label: { vi: 'Mức 2', en: 'Level 2' },
      appliesTo: ['village'],
      denominator: { flags: ['resident'] },
      numerator: { flags: ['level2'] },
      target: { op: '>', value: 95 },
    },
  ],
};

describe('campaign presets', () => {
  it('offers the five seed campaigns in seed order', () => {
    expect(presetIds()).toEqual(['bo-y-2025', 'thuong-ninh-2026', 'dinh-hoa-2025', 'thanh-hoa-2023', 'tri-ton-2026']);
  });

  it.each(presetIds())('%s survives a JSON round trip through the schema unchanged', (id) => {
    const preset = PRESETS[id];
    expect(preset.id).toBe(id);
    expect(Campaign.parse(JSON.parse(JSON.stringify(preset)))).toEqual(preset);
  });

  it.each(presetIds())('%s writes every Vietnamese text in NFC', (id) => {
    for (const text of strings(PRESETS[id])) expect(text).toBe(text.normalize('NFC'));
  });

  it('keeps the Bờ Y indicators and their order exactly as the plan lists them, the count-form ones last', () => {
    const boY = PRESETS['bo-y-2025'];
    expect(boY.indicators.map((i) => i.id)).toEqual([
      'level2_registered',
      'level2_activated',
      'new_dossiers_activated_integrated',
      'bhyt_in_sskdt',
      'unit_staff_integrated',
      'kcb_integrated',
      'service_integrated',
    ]);
    expect(boY.issuingBody).toEqual({ supervising: 'UBND TỈNH QUẢNG NGÃI', name: 'ỦY BAN NHÂN DÂN XÃ BỜ Y', place: 'Bờ Y' });
    expect(boY.reporting).toEqual({ cadence: 'weekly', cadences: [], weekday: 1, time: '09:00', finalReportDue: '2025-11-15' });
    expect(boY.indicators[0]).toMatchObject({
      denominator: { flags: ['resident', 'hasCccd'], minAge: 14 },
      numerator: { flags: ['level2'] },
      target: { op: '>', value: 95 },
    });
    expect(boY.indicators[4]).toMatchObject({ appliesTo: ['unit'], denominator: { flags: [] }, deadline: '2025-10-20' });
  });

  it('fills an omitted flag list with an empty one (Tri Tôn health staff count everyone on the unit list)', () => {
    const staff = PRESETS['tri-ton-2026'].indicators.filter(isPersonIndicator).find((i) => i.id === 'health_staff_four_items');
    expect(staff?.denominator).toEqual({ flags: [] });
    expect(staff?.entityNamePrefixes).toEqual(['tram y te']);
  });

  it('carries the Định Hóa pace of 10 points a week', () => {
    const pace = PRESETS['dinh-hoa-2025'].indicators.find((i) => i.id === 'bhyt_in_sskdt');
    expect(pace?.pacePointsPerWeek).toBe(10);
  });
});

describe('parseCampaign', () => {
  it('accepts a valid configuration and fills defaults', () => {
    const result = parseCampaign(validInput);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.campaign.entities).toEqual([]);
  });

  it('names the exact place of each problem in a broken configuration', () => {
    const broken = {
      ...validInput,
      reporting: { ...validInput.reporting, weekday: 8 },
      indicators: [
        validInput.indicators[0],
        { ...validInput.indicators[0], id: 'level2_activated', numerator: { flags: ['levle2'] } },
        { ...validInput.indicators[0], id: 'bhyt_in_sskdt', target: { op: '>=', value: 180 } },
      ],
    };
    const result = parseCampaign(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['reporting.weekday', 'indicators[1].numerator.flags[0]', 'indicators[2].target.value']),
    );
    for (const problem of result.problems) expect(problem.message).not.toBe('');
  });

  it('reports a missing field by its name', () => {
    const { name: _name, ...withoutName } = validInput;
    const result = parseCampaign(withoutName);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'name' })] });
  });

  it('reports the campaign-wide rules: end before start, duplicate indicator ids', () => {
    const result = parseCampaign({
      ...validInput,
      end: '2025-10-01',
      indicators: [validInput.indicators[0], validInput.indicators[0]],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'end', message: 'ngày kết thúc trước ngày bắt đầu (end is before start)' },
        { path: 'indicators[1].id', message: 'mã chỉ tiêu level2_registered bị trùng (duplicate indicator id)' },
      ],
    });
  });

  it('reports a value that is not an object at the root with an empty path', () => {
    const result = parseCampaign('bo-y-2025');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ path: '' })] });
  });
});

describe('a hand-written campaign file', () => {
  const good = PRESETS['bo-y-2025'];

  test('reports a misspelt key instead of silently dropping it', () => {
    const first = good.indicators[0] as { numerator: unknown };
    const typo = { ...good, indicators: [{ ...first, numerater: first.numerator }] };
    const parsed = parseCampaign(typo);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('indicators[0].numerater');
  });

  // ISSUE 14 §2: a typo "entites" silently dropped every configured village.
  test('refuses a misspelt top-level key by its name, in Vietnamese', () => {
    const parsed = parseCampaign({ ...good, entites: [{ sheet: 'Thôn 1' }] });
    expect(parsed).toEqual({ ok: false, problems: [{ path: 'entites', message: expect.stringContaining('khóa này không có trong cấu hình chiến dịch') }] });
  });

  test('refuses an indicator id every JavaScript object already has', () => {
    const indicators = [{ ...good.indicators[0], id: 'constructor' }, ...good.indicators.slice(1)];
    const parsed = parseCampaign({ ...good, indicators });
    expect(parsed).toEqual({ ok: false, problems: [{ path: 'indicators[0].id', message: expect.stringContaining('trùng tên dành riêng') }] });
  });

  test('bounds how many indicators, villages and recipients a campaign may hold', () => {
    const many = Array.from({ length: CAMPAIGN_LIMITS.indicators + 1 }, (_, i) => ({ ...good.indicators[0], id: `chi_tieu_${i}` }));
    const entities = Array.from({ length: CAMPAIGN_LIMITS.entities + 1 }, (_, i) => ({ sheet: `Thôn ${i}` }));
    const parsed = parseCampaign({ ...good, indicators: many, entities });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path).sort()).toEqual(['entities', 'indicators']);
    expect(parseCampaign({ ...good, indicators: many.slice(0, CAMPAIGN_LIMITS.indicators) }).ok).toBe(true);
  });

  test('reads a file saved with a byte-order mark, as Notepad writes it', () => {
    const text = '\uFEFF' + JSON.stringify(good);
    expect(() => JSON.parse(text)).toThrow();
    const parsed = parseCampaign(campaignJson(text));
    expect(parsed.ok && parsed.campaign.id).toBe(good.id);
  });

  test('refuses a date that is not on the calendar', () => {
    const parsed = parseCampaign({ ...good, end: '2025-11-31' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual([{ path: 'end', message: 'not a calendar date' }]);
  });
});
