import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { parseCampaign } from '../../../src/core/campaign/load';
import { Campaign, type CampaignInput } from '../../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { KCB_HEADER, SERVICE_HEADER, formGrid } from '../../helpers/forms';
import { cccd, listGrid } from '../../helpers/lists';

// Thượng Ninh runs Tuesday 23/6 to Tuesday 30/6/2026: week 1 is 23–28/6, week 2 29–30/6.
// Its identity_mismatch_resolved comes from the working list of data errors; a commune that prefers the
// station's own tally on its KCB form configures it as a cumulative count indicator, as here.
const THUONG_NINH = Campaign.parse({
  ...PRESETS['thuong-ninh-2026'],
  indicators: [
    ...PRESETS['thuong-ninh-2026'].indicators.filter((i) => i.id !== 'identity_mismatch_resolved'),
    {
      source: 'counts',
      id: 'identity_mismatch_resolved',
      label: { vi: 'Sai lệch thông tin định danh được giải quyết (theo biểu của Trạm Y tế)', en: 'Identity mismatches resolved (station tally)' },
      form: 'kcb',
      numerator: 'mismatchResolved',
      denominator: 'mismatchFound',
      target: { op: '>=', value: 100 },
      cumulative: true,
    },
  ],
});
const run = (grids: Grid[], asOf: string, campaign = THUONG_NINH) => ReportModel.parse(consolidate({ grids, campaign, asOf }));

/** The station's figures for the two weeks: week 1 mostly, week 2 catches up. */
const station = formGrid('Trạm Y tế', KCB_HEADER, [
  {
    Tuần: 'Tuần 1',
    'Tổng số lượt KCB': 200,
    'Số lượt được hướng dẫn': 190,
    'Hồ sơ KCB mới': 150,
    'Ký số, gửi trong ngày': 145,
    'Số trường hợp sai lệch': 10,
    'Đã xử lý sai lệch': 6,
  },
  {
    Tuần: 'Tuần 2',
    'Tổng số lượt KCB': 120,
    'Số lượt được hướng dẫn': 120,
    'Hồ sơ KCB mới': 100,
    'Ký số, gửi trong ngày': 94,
    'Số trường hợp sai lệch': 4,
    'Đã xử lý sai lệch': 4,
  },
]);

const fraction = (model: ReportModel, id: string) => {
  const v = model.entities.find((e) => e.sheet === 'Trạm Y tế')!.indicators[id];
  return v && [v.numerator, v.denominator, v.met];
};

describe('thuong-ninh-2026: the health station’s indicators from a two-week form (seed 001, chỉ tiêu 2–4)', () => {
  it('as of week 1: the week’s own rows, and the mismatches from the start', () => {
    const model = run([station], '2026-06-27');
    expect(model.period.index).toBe(1);
    expect(fraction(model, 'visitors_guided')).toEqual([190, 200, false]);
    expect(fraction(model, 'records_sent_same_day')).toEqual([145, 150, true]);
    // Cumulative, yet only up to the as-of week: week 2's row is not counted yet.
    expect(fraction(model, 'identity_mismatch_resolved')).toEqual([6, 10, false]);
  });

  it('as of week 2: the week’s rows only for the weekly indicators, the whole campaign for the cumulative one', () => {
    const model = run([station], '2026-06-30');
    expect(model.period.index).toBe(2);
    expect(fraction(model, 'visitors_guided')).toEqual([120, 120, true]);
    expect(fraction(model, 'records_sent_same_day')).toEqual([94, 100, false]);
    expect(fraction(model, 'identity_mismatch_resolved')).toEqual([10, 14, false]);
  });

  it('sums several rows of one week: daily rows, dates and ranges map to their week', () => {
    const daily = formGrid('Trạm Y tế', ['STT', 'Ngày', 'Tổng số lượt KCB', 'Số lượt được hướng dẫn'], [
      { Ngày: '27/6/2026', 'Tổng số lượt KCB': 30, 'Số lượt được hướng dẫn': 30 },
      { Ngày: '29/6', 'Tổng số lượt KCB': 40, 'Số lượt được hướng dẫn': 35 },
      { Ngày: '30/06/2026', 'Tổng số lượt KCB': 20, 'Số lượt được hướng dẫn': 20 },
    ]);
    const model = run([daily], '2026-06-30');
    expect(model.forms[0].rows.map((r) => [r.label, r.week])).toEqual([
      ['27/06/2026', 1],
      ['29/06/2026', 2],
      ['30/06/2026', 2],
    ]);
    expect(fraction(model, 'visitors_guided')).toEqual([55, 60, false]);
  });

  it('adds the count indicators to the unit totals and to the history like any indicator', () => {
    const model = run([station], '2026-06-30');
    expect(model.totals.unit).toMatchObject({ entities: 1, records: 0, counted: 0 });
    expect(Object.keys(model.totals.unit.indicators)).toEqual(['visitors_guided', 'records_sent_same_day', 'identity_mismatch_resolved']);
    expect(model.history.filter((r) => r.kind === 'commune-unit').map((r) => [r.indicator, r.numerator, r.denominator])).toEqual([
      ['visitors_guided', 120, 120],
      ['records_sent_same_day', 94, 100],
      ['identity_mismatch_resolved', 10, 14],
    ]);
  });
});

describe('a count form next to person lists (bo-y-2025)', () => {
  const BO_Y = PRESETS['bo-y-2025'];
  const AS_OF = '2025-10-24'; // week 3: 20–26/10
  const people = (n: number, integrated: number, from: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `Người ${from + i}`, birth: '01/01/1980', cccd: cccd(1980, true, from + i), resident: 'x', level2: 'x', activated: 'x', integrated: i < integrated ? 'x' : '' }));
  const grids: Grid[] = [
    listGrid('UBND xã', people(10, 9, 1)),
    formGrid('Trạm Y tế', KCB_HEADER, [
      { Tuần: 2, 'Tổng số lượt KCB': 70, 'Có TK mức 2 đã tích hợp BHYT': 50, 'Chưa có TK, chuyển Công an': 10 },
      { Tuần: 3, 'Tổng số lượt KCB': 80, 'Có TK mức 2 đã tích hợp BHYT': 68, 'Chưa có TK, chuyển Công an': 8 },
    ]),
    listGrid('Thôn 1', people(20, 15, 100)),
    formGrid('Trung tâm PVHCC', SERVICE_HEADER, [
      { 'Từ ngày': '20/10/2025', 'Đến ngày': '24/10/2025', 'Tổng số người đến giao dịch': 40, 'Có TK mức 2 đã tích hợp BHYT': 30, 'Chưa có TK, chuyển Công an': 10 },
    ]),
    { sheet: 'Hướng dẫn', values: [['Cách điền biểu'], ['Ghi số nguyên, không ghi chữ.']] },
  ];
  const model = run(grids, AS_OF, BO_Y);

  it('gives each form’s unit the count indicators of its form, and only those', () => {
    expect(model.entities.map((e) => [e.kind, e.sheet, e.form ?? null, Object.keys(e.indicators)])).toEqual([
      ['village', 'Thôn 1', null, ['level2_registered', 'level2_activated', 'bhyt_in_sskdt']],
      ['unit', 'UBND xã', null, ['level2_registered', 'level2_activated', 'bhyt_in_sskdt', 'unit_staff_integrated']],
      ['unit', 'Trạm Y tế', 'kcb', ['kcb_integrated']],
      ['unit', 'Trung tâm PVHCC', 'service', ['service_integrated']],
    ]);
    const station = model.entities.find((e) => e.sheet === 'Trạm Y tế')!;
    expect(station).toMatchObject({ records: 2, counted: 0, headerRow: 3, dataDate: '2025-10-26' });
    // Seed 000 §III.3: 100% of the visitors with an account, who are the 80 visits less the 8 sent to the police.
    expect(station.indicators.kcb_integrated).toMatchObject({ numerator: 68, denominator: 72, met: false });
    expect(model.sheets.map((s) => [s.sheet, s.role, s.records])).toEqual([
      ['UBND xã', 'unit', 10],
      ['Trạm Y tế', 'unit', 2],
      ['Thôn 1', 'village', 20],
      ['Trung tâm PVHCC', 'unit', 1],
      ['Hướng dẫn', 'none', 0],
    ]);
  });

  it('adds the forms into the unit totals: entities and indicators, not persons', () => {
    expect(model.totals.unit).toMatchObject({ entities: 3, records: 10, counted: 10 });
    expect(model.totals.unit.indicators.unit_staff_integrated).toMatchObject({ numerator: 9, denominator: 10 });
    expect(model.totals.unit.indicators.kcb_integrated).toMatchObject({ numerator: 68, denominator: 72 });
    expect(model.totals.unit.indicators.service_integrated).toMatchObject({ numerator: 30, denominator: 30, met: true });
    expect(model.totals.village.indicators.kcb_integrated).toBeUndefined();
  });

  it('still reports a sheet that is neither a list nor a form', () => {
    expect(model.issues.map((i) => [i.sheet, i.code])).toEqual([['Hướng dẫn', 'SHEET_NO_HEADER']]);
  });

  it('lists the forms in the model, every figure per row, and their units in the completeness list', () => {
    expect(model.forms.map((f) => [f.sheet, f.kind, f.dated, f.measures, f.rows.length])).toEqual([
      ['Trạm Y tế', 'kcb', true, ['visits', 'guided', 'integratedLevel2', 'referred', 'newRecords', 'signedSameDay', 'cccdVisits', 'cccdReturned', 'mismatchFound', 'mismatchResolved'], 2],
      ['Trung tâm PVHCC', 'service', true, ['served', 'integratedLevel2', 'referred'], 1],
    ]);
    expect(model.forms[1].rows[0]).toEqual({ row: 4, week: 3, label: '20/10/2025 – 24/10/2025', from: '2025-10-20', to: '2025-10-24', measures: { served: 40, integratedLevel2: 30, referred: 10 } });
    expect(model.completeness.map((c) => [c.name, c.status])).toEqual([
      ['Thôn 1', 'ok'],
      ['UBND xã', 'ok'],
      ['Trạm Y tế', 'ok'],
      ['Trung tâm PVHCC', 'ok'],
    ]);
  });

  it('calls a form without a row for the reporting week stale', () => {
    const late = run([formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 2, 'Tổng số lượt KCB': 70, 'Có TK mức 2 đã tích hợp BHYT': 50 }])], AS_OF, BO_Y);
    expect(late.completeness).toEqual([{ name: 'Trạm Y tế', kind: 'unit', sheet: 'Trạm Y tế', status: 'stale', dataDate: '2025-10-19', overdue: false }]);
    expect(late.entities[0].indicators.kcb_integrated).toMatchObject({ numerator: 0, denominator: 0, met: null });
  });

  describe('in the report', () => {
    const sheets = layoutReport(model, { final: true });
    const texts = (name: string) => sheets.find((s: SheetSpec) => s.name === name)!.rows.map((row) => row.map((c) => (c ? c.v : null)));
    const rowStarting = (rows: CellValue[][], first: CellValue, second?: CellValue) =>
      rows.find((r) => r[0] === first && (second === undefined || r[1] === second)) ?? null;

    it('the weekly report has a section with each form’s figures: last week, this week, to date', () => {
      const weekly = texts('Báo cáo tuần');
      const heading = weekly.findIndex((r) => r[0] === 'III. SỐ LIỆU TỔNG HỢP CỦA TRẠM Y TẾ, TRUNG TÂM PVHCC, TRƯỜNG HỌC');
      expect(heading).toBeGreaterThan(0);
      expect(weekly[heading + 1][0]).toBe('1. Trạm Y tế (Trạm Y tế: khám chữa bệnh)');
      expect(weekly[heading + 2]).toEqual(['STT', 'Nội dung', null, null, null, 'Tuần 2', 'Tuần 3', 'Lũy kế từ đầu đợt', null, null]);
      expect(weekly[heading + 3]).toEqual(['1', 'Tổng số lượt khám chữa bệnh', null, null, null, 70, 80, 150, null, null]);
      expect(weekly[heading + 5]).toEqual(['3', 'Có tài khoản định danh mức 2 được tích hợp thẻ BHYT', null, null, null, 50, 68, 118, null, null]);
      // The narrative names the station with its weekly figure.
      expect(weekly.some((r) => typeof r[0] === 'string' && r[0].includes('Trạm Y tế (số liệu tuần) đạt 94,4% (68/72), chưa đạt chỉ tiêu'))).toBe(true);
    });

    it('the summary sheet shows the forms row by row, and no person count for a form', () => {
      const summary = texts('Tổng hợp');
      expect(rowStarting(summary, '2', 'Trạm Y tế')?.[2]).toBeNull();
      const periods = summary.filter((r) => r[1] === 'Tuần 2' || r[1] === 'Tuần 3').map((r) => r.slice(0, 6));
      expect(periods).toEqual([
        ['1', 'Tuần 2', 2, 70, 0, 50],
        ['2', 'Tuần 3', 3, 80, 0, 68],
      ]);
    });

    it('the final report follows the count indicators week by week', () => {
      const final = texts('Báo cáo tổng kết');
      expect(final.some((r) => typeof r[0] === 'string' && r[0].startsWith('6. Người đến khám chữa bệnh tại Trạm Y tế'))).toBe(true);
    });

    it('a campaign whose forms never came shows no empty table for their indicators', () => {
      const listsOnly = run([listGrid('Thôn 1', people(5, 5, 1))], AS_OF, BO_Y);
      const weekly = layoutReport(listsOnly).find((s) => s.name === 'Báo cáo tuần')!;
      const cells = weekly.rows.flat().map((c) => (c ? String(c.v) : ''));
      expect(cells.some((t) => t.includes('Trạm Y tế'))).toBe(false);
      expect(cells.some((t) => t.startsWith('III. SỐ LIỆU TỔNG HỢP'))).toBe(false);
    });
  });
});

describe('the campaign schema: count indicators', () => {
  const base: CampaignInput = {
    id: 'thu',
    name: 'Thử',
    issuingBody: { name: 'UBND XÃ THỬ', place: 'Thử' },
    start: '2026-06-23',
    end: '2026-06-30',
    reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
    indicators: [
      {
        id: 'level2',
        label: { vi: 'Mức 2', en: 'Level 2' },
        appliesTo: ['village'],
        denominator: { flags: ['resident'] },
        numerator: { flags: ['level2'] },
        target: { op: '>=', value: 80 },
      },
    ],
  };
  const withCount = (indicator: Record<string, unknown>) => parseCampaign({ ...base, indicators: [...base.indicators, indicator] });
  const guided = { source: 'counts', id: 'guided', label: { vi: 'Hướng dẫn', en: 'Guided' }, form: 'kcb', numerator: 'guided', denominator: 'visits', target: { op: '>=', value: 100 } };

  it('fills `source: persons` where a configuration leaves it out, and `appliesTo: [unit]` for a count indicator', () => {
    const parsed = withCount(guided);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.campaign.indicators.map((i) => [i.id, i.source, i.appliesTo])).toEqual([
      ['level2', 'persons', ['village']],
      ['guided', 'counts', ['unit']],
    ]);
  });

  it.each([
    [{ ...guided, numerator: 'served' }, 'indicators[1].numerator', '"served" is not a figure of the kcb form'],
    [{ ...guided, numerator: 'visits', denominator: 'guided' }, 'indicators[1].numerator', '"visits" is not a part of "guided"'],
    [{ ...guided, appliesTo: ['village'] }, 'indicators[1].appliesTo', 'count indicators apply to units only'],
    [{ ...guided, form: 'clinic' }, 'indicators[1].form', ''],
    [{ ...guided, source: 'forms' }, 'indicators[1].source', ''],
    [{ ...guided, flags: [] }, 'indicators[1].flags', 'khóa này không có'],
  ])('refuses %j at %s', (indicator, path, message) => {
    const parsed = withCount(indicator);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toContain(path);
    expect(parsed.problems.find((p) => p.path === path)!.message).toContain(message);
  });
});

// Seed 000 §III.3 and §III.7: the target is 100% of the visitors *with* a level-2 account; those without one are
// sent to the police, so the denominator is the visits (or people served) less those referred (ISSUE 10 §5).
describe('bo-y-2025: the station’s and the centre’s share is of those with a level-2 account', () => {
  const BO_Y = PRESETS['bo-y-2025'];
  const AS_OF = '2025-10-24'; // week 3
  const model = run(
    [
      formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 3, 'Tổng số lượt KCB': 120, 'Có TK mức 2 đã tích hợp BHYT': 90, 'Chưa có TK, chuyển Công an': 20 }]),
      formGrid('Trung tâm PVHCC', SERVICE_HEADER, [
        { 'Từ ngày': '20/10/2025', 'Đến ngày': '24/10/2025', 'Tổng số người đến giao dịch': 50, 'Có TK mức 2 đã tích hợp BHYT': 40, 'Chưa có TK, chuyển Công an': 5 },
      ]),
    ],
    AS_OF,
    BO_Y,
  );
  const value = (sheet: string, id: string) => model.entities.find((e) => e.sheet === sheet)!.indicators[id];

  it('counts 120 visits, 90 integrated, 20 referred as 90/100 = 90%, short of 100% (was 90/120 = 75% against 80%)', () => {
    expect(value('Trạm Y tế', 'kcb_integrated')).toMatchObject({ numerator: 90, denominator: 100, percent: 90, target: { op: '>=', value: 100 }, met: false });
  });

  it('counts 50 served, 40 integrated, 5 referred as 40/45 = 88,9%, not met (was 40/50 = 80,0% "Đạt")', () => {
    const centre = value('Trung tâm PVHCC', 'service_integrated');
    expect(centre).toMatchObject({ numerator: 40, denominator: 45, met: false });
    expect(centre.percent).toBeCloseTo(88.89, 2);
  });

  it('sums the differences into the units’ total: 130/145', () => {
    expect(model.totals.unit.indicators.kcb_integrated).toMatchObject({ numerator: 90, denominator: 100 });
    expect(model.totals.unit.indicators.service_integrated).toMatchObject({ numerator: 40, denominator: 45 });
  });

  it('meets 100% when everyone with an account was integrated, however many were referred', () => {
    const all = run([formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 3, 'Tổng số lượt KCB': 120, 'Có TK mức 2 đã tích hợp BHYT': 100, 'Chưa có TK, chuyển Công an': 20 }])], AS_OF, BO_Y);
    expect(all.entities[0].indicators.kcb_integrated).toMatchObject({ numerator: 100, denominator: 100, met: true });
  });

  it('has no figure and names the column when the form lacks the referred count', () => {
    const noReferred = run(
      [formGrid('Trạm Y tế', ['STT', 'Tuần', 'Tổng số lượt KCB', 'Có TK mức 2 đã tích hợp BHYT'], [{ Tuần: 3, 'Tổng số lượt KCB': 120, 'Có TK mức 2 đã tích hợp BHYT': 90 }])],
      AS_OF,
      BO_Y,
    );
    expect(noReferred.entities[0].indicators.kcb_integrated).toBeUndefined();
    expect(noReferred.issues.filter((i) => i.code === 'COUNT_COLUMN_MISSING').map((i) => i.message)).toEqual([expect.stringContaining('Chưa có tài khoản')]);
  });
});

describe('a count indicator whose denominator is a difference', () => {
  const base = { source: 'counts', id: 'x', label: { vi: 'x', en: 'x' }, form: 'kcb', numerator: 'integratedLevel2', denominator: 'visits', target: { op: '>=', value: 100 } } as const;
  const campaign = (ind: object): CampaignInput => ({ ...PRESETS['bo-y-2025'], indicators: [ind as CampaignInput['indicators'][number]] });

  it('accepts a subtracted figure that is a separate part of the same whole as the numerator', () => {
    expect(parseCampaign(campaign({ ...base, denominatorLess: 'referred' })).ok).toBe(true);
  });

  it.each([
    ['the numerator itself', 'integratedLevel2'],
    ['a part of the same whole checked on its own, which may overlap the numerator', 'guided'],
    ['a figure of another whole', 'newRecords'],
  ])('refuses %s, which could make the rate exceed 100%%', (_what, less) => {
    const parsed = parseCampaign(campaign({ ...base, denominatorLess: less }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('indicators[0].denominatorLess');
  });

  it('refuses a figure the form does not hold', () => {
    const parsed = parseCampaign(campaign({ ...base, denominatorLess: 'served' }));
    expect(parsed.ok).toBe(false);
  });
});
