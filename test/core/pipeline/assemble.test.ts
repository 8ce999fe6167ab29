import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readLists } from '../../../src/core/pipeline/read-lists';
import { readForms } from '../../../src/core/pipeline/read-forms';
import { rowLocator } from '../../../src/core/pipeline/locate';
import { describeIssues } from '../../../src/core/pipeline/describe-issues';
import { evaluate, formTotalsByWeek } from '../../../src/core/pipeline/evaluate';
import { sheetsRead } from '../../../src/core/pipeline/sheets-read';
import { assembleReport, type ReportParts } from '../../../src/core/pipeline/assemble';
import { weekOf, ymd } from '../../../src/core/campaign/periods';
import { periodOf } from '../../../src/core/campaign/report-periods';
import { findDuplicates } from '../../../src/core/table/duplicates';
import { ReportModel } from '../../../src/core/report/model';
import type { HistoryRow } from '../../../src/core/history/history';
import type { Grid } from '../../../src/core/grid';
import { formGrid } from '../../helpers/forms';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const base = campaignWith();
const campaign = campaignWith({
  indicators: [
    { ...base.indicators[0], pacePointsPerWeek: 10 },
    {
      source: 'counts',
      id: 'kcb_guided',
      label: { vi: 'Lượt KCB được hướng dẫn', en: 'Visits guided' },
      form: 'kcb',
      numerator: 'guided',
      denominator: 'visits',
      cumulative: true,
      target: { op: '>=', value: 50 },
      deadline: '2025-11-01',
    },
    { source: 'mismatches', id: 'resolved', label: { vi: 'Đã xử lý sai lệch', en: 'Resolved' }, target: { op: '>=', value: 90 } },
  ],
});
const AS_OF = '2025-10-24';
const MADE_AT = '2025-10-24T15:30';
const shared = cccd(1985, true, 42);
const STATION_HEADER = ['STT', 'Tuần', 'Số lượt được hướng dẫn', 'Tổng số lượt KCB'];

// Thôn 2 was read from Excel row 6 (rowOffset 5): its grid row r is Excel row r + 6.
const grids: Grid[] = [
  listGrid('Thôn 1', [{ name: 'An', cccd: shared, resident: 'x', level2: 'x' }, { name: 'Bình', cccd: '12345', resident: 'x' }]),
  listGrid('Thôn 2', [{ name: 'Cường', cccd: cccd(1970, true, 2), resident: 'x' }, { name: 'An Nguyễn', cccd: shared, resident: 'x' }], { rowOffset: 5 }),
  // The station writes "guided" before "visits"; the vocabulary lists visits first.
  formGrid('Trạm Y tế', STATION_HEADER, [{ Tuần: 2, 'Tổng số lượt KCB': 10, 'Số lượt được hướng dẫn': 6 }]),
];

/** What the stages before assembleReport hand it for these Grids. */
function parts(): ReportParts {
  const period = weekOf(campaign, AS_OF);
  const { sheets, issues: sheetIssues } = classifySheets(grids, campaign);
  const lists = readLists(sheets, campaign, ymd(AS_OF));
  const forms = readForms(sheets, campaign, period, AS_OF);
  const locate = rowLocator(lists);
  const duplicates = findDuplicates(lists.people, lists.listed, locate.headerOfRow);
  const issues = describeIssues([...sheetIssues, ...forms.issues, ...lists.issues, ...duplicates.issues], grids, locate);
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const evaluated = evaluate({ campaign, asOfYmd: ymd(AS_OF), week: period.index, lists, duplicate: duplicates.duplicate, forms: forms.forms, mismatches: [], sheetOrder });
  const history: HistoryRow[] = [
    { campaignId: campaign.id, week: 1, asOf: '2025-10-12', entity: 'Thôn 1', kind: 'village', indicator: 'level2_registered', numerator: 1, denominator: 2, records: 2, madeAt: '2025-10-13T08:00' },
  ];
  return {
    campaign,
    asOf: AS_OF,
    madeAt: MADE_AT,
    period: periodOf(campaign, 'week', AS_OF),
    sheets: sheetsRead(sheets, lists, forms),
    evaluated,
    formWeeks: formTotalsByWeek(forms.forms, campaign, period.index),
    forms: forms.forms,
    issues,
    duplicates: duplicates.groups,
    listed: lists.listed,
    locate,
    mismatches: [],
    side: { lists: [], annex: { rosters: [], withoutLevel2: [] } },
    completeness: [],
    history,
    historyOther: [],
    historyRejected: [],
  };
}

describe('assembleReport', () => {
  const p = parts();
  const model = assembleReport(p);

  it('is a report the JSON schema accepts', () => {
    expect(ReportModel.safeParse(model).success).toBe(true);
  });

  it("carries the campaign's header, the final report due by the end of the campaign's last day when it names no date, and the week", () => {
    expect(model.schemaVersion).toBe(1);
    expect(model.campaign).toEqual({
      id: 'thu-nghiem',
      name: 'Chiến dịch thử nghiệm',
      start: '2025-10-10',
      end: '2025-11-15',
      finalReportDue: '2025-11-16',
      issuingBody: campaign.issuingBody,
      report: campaign.report,
    });
    expect(model.period).toEqual({
      kind: 'week',
      index: 3,
      label: 'Tuần 3',
      from: '2025-10-20',
      to: '2025-10-26',
      deadline: p.period.deadline,
      daysLeft: p.period.daysLeft,
      phase: 'during',
      previous: { index: 2, label: 'Tuần 2', from: '2025-10-13', to: '2025-10-19' },
    });
    expect([model.asOf, model.madeAt]).toEqual([AS_OF, MADE_AT]);
  });

  it('gives each indicator its deadline (the campaign end by default) and the fields of its source', () => {
    expect(model.indicators.map((i) => [i.id, i.deadline, i.pacePointsPerWeek, i.source, i.form, i.cumulative])).toEqual([
      ['level2_registered', '2025-11-15', 10, undefined, undefined, undefined],
      ['kcb_guided', '2025-11-01', undefined, 'counts', 'kcb', true],
      ['resolved', '2025-11-15', undefined, 'mismatches', undefined, undefined],
    ]);
    expect(Object.keys(model.indicators[0])).not.toContain('source');
  });

  it("describes each form: its sheet, Excel header row, the figures it has in the vocabulary's order, whether it is dated, its rows", () => {
    expect(model.forms).toHaveLength(1);
    const form = model.forms[0];
    expect(form).toMatchObject({ sheet: 'Trạm Y tế', name: 'Trạm Y tế', kind: 'kcb', headerRow: 3, dated: true, rows: p.forms[0].read.rows });
    expect(form.measures).toEqual(['visits', 'guided']);
  });

  it('counts the findings by severity and keeps them in the order given', () => {
    const bySeverity = (s: string) => p.issues.filter((i) => i.severity === s).length;
    expect(model.issueCounts).toEqual({ error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info') });
    expect(model.issueCounts.error).toBeGreaterThan(0);
    expect(model.issues).toBe(p.issues);
  });

  it('places each duplicate at its sheet and Excel row, past a row offset, with the name on that row', () => {
    expect(model.duplicates).toEqual([
      {
        kind: 'cccd',
        value: shared,
        occurrences: [
          { sheet: 'Thôn 1', row: 2, name: 'An' },
          { sheet: 'Thôn 2', row: 8, name: 'An Nguyễn' },
        ],
      },
    ]);
  });

  it('passes the other stages’ results through as they are', () => {
    expect(model.sheets).toBe(p.sheets);
    expect(model.entities).toBe(p.evaluated.entities);
    expect(model.totals).toBe(p.evaluated.totals);
    expect(model.history).toBe(p.history);
    expect(model.entities.map((e) => e.name)).toEqual(['Thôn 1', 'Thôn 2', 'Trạm Y tế']);
  });
});
