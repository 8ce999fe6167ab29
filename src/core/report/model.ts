/**
 * The report model: what a consolidation found, in the stable, versioned shape the CLI writes
 * with --json (schemaVersion 1). The zod schema is the definition; the README documents it.
 */
import { z } from 'zod';
import { EntityKind, IsoDate, PERIOD_KINDS, Target, Wording } from '../campaign/schema';
import { ISSUE_CODES, type IssueCode } from '../issues';
import { HistoryRow } from '../history/history';
import { ENTITY_KINDS, FORM_KINDS, MEASURES, SIDE_LIST_KINDS } from '../vocabulary';


export const IndicatorValue = z.object({
  /** Null only when the list lacks a column the indicator needs (`missingColumns`): no figure, never 0. */
  numerator: z.number().int().nonnegative().nullable(),
  denominator: z.number().int().nonnegative().nullable(),
  /** numerator / denominator × 100, null when the denominator is 0 or there is no figure. */
  percent: z.number().min(0).max(100).nullable(),
  target: Target,
  /** Decided on the exact fraction; null when the denominator is 0 or there is no figure. */
  met: z.boolean().nullable(),
  /**
   * The columns the entity's list lacks for this indicator ("Đã kích hoạt"): it has no value here ("không có số
   * liệu: thiếu cột …"), is left out of the kind's totals, never ranked and never criticised (ISSUE 10 §2).
   */
  missingColumns: z.array(z.string()).min(1).optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/** A kind's total of an indicator: always a figure (the sum over the entities that have one). */
export const TotalValue = IndicatorValue.omit({ missingColumns: true }).extend({
  numerator: z.number().int().nonnegative(),
  denominator: z.number().int().nonnegative(),
  /** The villages or units left out of the total because their lists lack a column the indicator needs. */
  leftOut: z.array(z.string()).min(1).optional(),
  /**
   * The column the indicator is computed on, when it is computed only on the lists that have it (seed 000 §II.2: the
   * day a level-2 dossier was received): the villages or units in `leftOut` without a value have no such column.
   */
  onlyWithColumn: z.string().optional(),
});
export type TotalValue = z.infer<typeof TotalValue>;

/**
 * Persons counted whom the lists record without a smartphone ("Không có ĐTTM") and with a guardian holding the
 * account ("Người giám hộ: …"), seed 001: a count of their own. Absent when none (and in reports made before).
 */
const RecordedCounts = {
  noSmartphone: z.number().int().positive().optional(),
  guardian: z.number().int().positive().optional(),
};

export const EntityReport = z.object({
  name: z.string(),
  kind: EntityKind,
  sheet: z.string(),
  /** Persons read from the list (duplicates included). */
  records: z.number().int().nonnegative(),
  /** Persons counted: records less duplicate CCCDs already counted on an earlier list of the same kind. */
  counted: z.number().int().nonnegative(),
  /** Excel row (1-based) of the header the list was read from. */
  headerRow: z.number().int().positive(),
  /** The "Số liệu đến ngày …" date written above the list, when there is one; for a count form, the end of its latest period if later. */
  dataDate: IsoDate.nullable(),
  /** Set when the entity sent a count form instead of a person list; `records` then counts the form's rows and `counted` is 0. */
  form: z.enum(FORM_KINDS).optional(),
  /**
   * Set when the entity sent only a side list that counts for it: `mismatch`, the health station's list of identity
   * mismatches (seed 001 phase 3), whose cases are its `records` and its row of the mismatch indicators; `counted` 0.
   */
  sideList: z.literal('mismatch').optional(),
  /** For a count form: its rows counted in the reporting week; 0 is a week the form has not reported ("chưa báo cáo"), not 0/0/0. */
  periodRows: z.number().int().nonnegative().optional(),
  ...RecordedCounts,
  indicators: z.record(z.string(), IndicatorValue),
});
export type EntityReport = z.infer<typeof EntityReport>;

export const KindTotals = z.object({
  /** Entities of the kind, count forms included. */
  entities: z.number().int().nonnegative(),
  /** Persons read and counted on the lists of the kind: count forms hold figures, not persons. */
  records: z.number().int().nonnegative(),
  counted: z.number().int().nonnegative(),
  ...RecordedCounts,
  indicators: z.record(z.string(), TotalValue),
});
export type KindTotals = z.infer<typeof KindTotals>;

const issueCodes = Object.keys(ISSUE_CODES) as [IssueCode, ...IssueCode[]];

export const PersonRef = z.object({
  name: z.string(),
  birthDate: z.string(),
  cccd: z.string(),
  bhyt: z.string(),
});
export type PersonRef = z.infer<typeof PersonRef>;

export const ReportIssue = z.object({
  sheet: z.string(),
  /** 1-based Excel row, null for a finding about a whole sheet. */
  row: z.number().int().positive().nullable(),
  /** Column letter(s), null for a finding about a whole sheet or row. */
  column: z.string().nullable(),
  code: z.enum(issueCodes),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  messageEn: z.string(),
  /** How many cells of the column the finding covers, when it is one finding for a whole column (from `row` on). */
  cells: z.number().int().positive().optional(),
  /** Who the row is about, as written on the list, so the police can act on it. */
  person: PersonRef.optional(),
});
export type ReportIssue = z.infer<typeof ReportIssue>;

export const Duplicate = z.object({
  kind: z.enum(['cccd', 'bhyt']),
  /** The shared value: 12-digit CCCD, or the last 10 BHYT characters. */
  value: z.string(),
  occurrences: z.array(z.object({ sheet: z.string(), row: z.number().int().positive(), name: z.string() })).min(2),
});
export type Duplicate = z.infer<typeof Duplicate>;

export const SheetReport = z.object({
  sheet: z.string(),
  /**
   * village, unit: counted; a side list's kind (roster, mismatch, noLevel2): read for what it is, never counted;
   * undecided: a list whose kind cannot be decided, not counted (SHEET_KIND_UNDECIDED says what to do).
   */
  role: z.enum([...ENTITY_KINDS, ...SIDE_LIST_KINDS, 'undecided', 'none', 'excluded']),
  /** Persons counted from the sheet (count-form rows for a form); rows read for a side list; 0 otherwise. */
  records: z.number().int().nonnegative(),
});

/**
 * A list read for what it is and never counted (issue 10 §3): a task group's roster (seed 000 §III.12), the
 * health station's list of identity mismatches (seed 001 phase 3) or a list of people without a level-2 account
 * (seed 000 §III.5). A sheet of its own, or a list stacked under a counted one.
 */
export const SideListReport = z.object({
  sheet: z.string(),
  kind: z.enum(SIDE_LIST_KINDS),
  /** 1-based Excel row of the list's header. */
  headerRow: z.number().int().positive(),
  /** The title above the header, as read ('' when none). */
  title: z.string(),
  /** The village or unit whose list it is: a roster's village, the station that found the mismatches, the school. */
  owner: z.string(),
  /** Members, cases or people listed. */
  rows: z.number().int().nonnegative(),
  /** The date the list gives in its title ("gửi Công an xã ngày 26/6/2026", "Số liệu đến ngày …"), null when none. */
  listedOn: IsoDate.nullable(),
});
export type SideListReport = z.infer<typeof SideListReport>;

export const RosterMember = z.object({
  name: z.string(),
  /** Chức vụ (tổ trưởng, thành viên…), as written; '' when the list has no such column. */
  position: z.string(),
  /** Lực lượng (ANTT cơ sở, Tổ công nghệ số cộng đồng, Đoàn thanh niên, Hội phụ nữ, dân quân…). */
  force: z.string(),
  phone: z.string(),
});
export type RosterMember = z.infer<typeof RosterMember>;

/** What the report's annex ("Phụ lục báo cáo") lists. */
export const Annex = z.object({
  /**
   * The task groups' members per village (seed 000 §III.12: "Báo cáo danh sách thành viên Tổ công tác … để theo dõi,
   * chỉ đạo"). Villages that sent a roster in workbook order, then, once any has, the campaign's villages that did not
   * (`members` empty). Never counted in any indicator.
   */
  rosters: z.array(z.object({ village: z.string(), sheets: z.array(z.string()), members: z.array(RosterMember) })),
  /**
   * The lists of people still without a level-2 account (seed 000 §III.5, a school's, due 15/10/2025), per village or
   * unit: how many, and by class (`class` '' for the people of a list without a class column). Never added to staff.
   */
  withoutLevel2: z.array(
    z.object({
      owner: z.string(),
      sheets: z.array(z.string()),
      people: z.number().int().nonnegative(),
      byClass: z.array(z.object({ class: z.string(), people: z.number().int().positive() })),
    }),
  ),
});
export type Annex = z.infer<typeof Annex>;

export const IndicatorInfo = z.object({
  id: z.string(),
  label: z.object({ vi: z.string(), en: z.string() }),
  appliesTo: z.array(EntityKind),
  target: Target,
  deadline: IsoDate,
  /** Percentage points a week the plan demands, when it does (seed 002). */
  pacePointsPerWeek: z.number().positive().optional(),
  /**
   * Where the figures come from: person lists (also when absent), count forms, the working list of data errors, or
   * counted over entities (`entities`: the villages or units meeting `meets`, over those with a figure).
   */
  source: z.enum(['persons', 'counts', 'mismatches', 'entities']).optional(),
  /** For an indicator computed from a count form (or counted over the senders of one): which form. */
  form: z.enum(FORM_KINDS).optional(),
  /**
   * For an indicator counted over entities: what makes one count, its own value of another indicator reaching
   * `atLeast` percent (its target when absent), or a figure of its form reaching `atLeast` over the period.
   */
  meets: z
    .object({
      indicator: z.string().optional(),
      atLeast: z.number().nonnegative().optional(),
      form: z.enum(FORM_KINDS).optional(),
      measure: z.enum(MEASURES).optional(),
      cumulative: z.boolean().optional(),
    })
    .optional(),
  /** Summed over the campaign to date rather than the as-of week (count indicators only). */
  cumulative: z.boolean().optional(),
  /**
   * For a count indicator some form carries: the units' total week by week to the reporting week, from the forms'
   * dated rows (`rows` 0: no form reported that week). The final report takes a week from here when no earlier
   * consolidation of it is in the history.
   */
  formWeeks: z
    .array(z.object({ week: z.number().int().positive(), rows: z.number().int().nonnegative(), numerator: z.number().int().nonnegative(), denominator: z.number().int().nonnegative() }))
    .optional(),
});
export type IndicatorInfo = z.infer<typeof IndicatorInfo>;

export const FormRowReport = z.object({
  /** 1-based Excel row. */
  row: z.number().int().positive(),
  /** The campaign week the row's period falls in. */
  week: z.number().int().positive(),
  /** The period or class as shown: "Tuần 2", "23/06/2026 – 29/06/2026", "9A". */
  label: z.string(),
  /** The row's first day and its last within its week (a week row: the week's); absent for a school's class rows. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  measures: z.partialRecord(z.enum(MEASURES), z.number().int().nonnegative()),
});
export type FormRowReport = z.infer<typeof FormRowReport>;

/** A count form as read: its figures row by row (only rows that passed every check). */
export const FormReport = z.object({
  sheet: z.string(),
  name: z.string(),
  kind: z.enum(FORM_KINDS),
  headerRow: z.number().int().positive(),
  /** The figures the form has columns for, in the order of the plans. */
  measures: z.array(z.enum(MEASURES)),
  /** False when the rows name no period (a school's classes): they all belong to the as-of week. */
  dated: z.boolean(),
  rows: z.array(FormRowReport),
});
export type FormReport = z.infer<typeof FormReport>;

export const Completeness = z.object({
  name: z.string(),
  kind: EntityKind,
  /** The sheet the list was read from; null when there is none. */
  sheet: z.string().nullable(),
  /** ok: a list with persons and current data; empty: a header and nobody; missing: no list; stale: its data date is before the period. */
  status: z.enum(['ok', 'empty', 'missing', 'stale']),
  dataDate: IsoDate.nullable(),
  /** True when the list is not ok and the report's deadline has passed at the time of the consolidation. */
  overdue: z.boolean(),
});
export type Completeness = z.infer<typeof Completeness>;

export const Mismatch = z.object({
  key: z.string(),
  name: z.string(),
  birthDate: z.string(),
  cccd: z.string(),
  bhyt: z.string(),
  entities: z.array(z.string()),
  places: z.array(z.string()),
  problems: z.array(z.string()),
  foundAt: z.string(),
  status: z.enum(['open', 'done', 'impossible']),
  /** A status typed in the police's own words, kept as typed and counted as open (ISSUE 14 §1). */
  statusText: z.string().optional(),
  resolvedOn: z.string(),
  note: z.string(),
  current: z.boolean(),
  /** An earlier row whose person was not found again on the lists: kept as it was, never resolved by itself. */
  notFound: z.boolean().optional(),
  overdue: z.boolean(),
});

/**
 * Why a village or unit stands where it does (seed 000 §III.9: commend those that completed their targets, criticise
 * those that did not carry them out, or were slow and missed them). Each target is judged at its deadline.
 */
export const StandingReason = z.object({
  /**
   * neverReported: no list in this consolidation and none in the history; notReported: no list in this one, judged on its
   * earlier figures; notStarted: an empty list, or nobody done on any indicator; missed: a target not met at its deadline
   * (the last figure on or before it, or the first after it still short, or no figure by it while the commune had some);
   * below: not met so far, the deadline still ahead; noFigureAtDeadline: no figure anywhere in the commune by a deadline
   * now past, the first after it met (cannot be judged); noData: the list lacks a column the indicator needs.
   */
  code: z.enum(['neverReported', 'notReported', 'notStarted', 'missed', 'below', 'noFigureAtDeadline', 'noData']),
  indicator: z.string().optional(),
  deadline: IsoDate.optional(),
  /** The date of the figure the reason rests on, and its percent. */
  asOf: IsoDate.optional(),
  percent: z.number().min(0).max(100).nullable().optional(),
  /** noData: the columns the list lacks. */
  columns: z.array(z.string()).optional(),
  message: z.string(),
  messageEn: z.string(),
});
export type StandingReason = z.infer<typeof StandingReason>;

/**
 * When a village or unit will reach a target at its recent pace (ISSUE 11 §2), from the history's snapshots (this
 * consolidation's included): the pace over the last three snapshots with a figure, the day the target is reached at
 * that pace, and how many more people a week it takes to meet the target by its deadline (report/forecast.ts).
 */
export const Forecast = z.object({
  /**
   * met: at the target now; onTrack: reached by the deadline at this pace; late: reached after it (or the deadline
   * has passed); never: the pace is zero or negative, so it is never reached; tooLittleHistory: a single snapshot,
   * no pace to go by; none: no figure (a missing column, nobody to count).
   */
  status: z.enum(['met', 'onTrack', 'late', 'never', 'tooLittleHistory', 'none']),
  /** Snapshots the pace is taken over (at most three), and the first of them. */
  snapshots: z.number().int().nonnegative(),
  since: IsoDate.nullable(),
  /** Percentage points a week from the first of those snapshots to the last; null with fewer than two. */
  pacePointsPerWeek: z.number().nullable(),
  /** The day the target is reached at that pace; null when met, never, with too little history, or over ten years away. */
  reachedOn: IsoDate.nullable(),
  deadline: IsoDate,
  /** reachedOn is on or before the deadline; null without a reachedOn. */
  beforeDeadline: z.boolean().nullable(),
  /** More people (cases, visits) to meet the target on the current list; null when no count reaches it. */
  needed: z.number().int().nonnegative().nullable(),
  /** `needed` spread over the weeks to the deadline, rounded up ("cần thêm 14 người/tuần"); null when met or the deadline is today or past. */
  neededPerWeek: z.number().int().nonnegative().nullable(),
});
export type Forecast = z.infer<typeof Forecast>;

/** One indicator of one village or unit: its place this week and the verdict at the target's deadline. */
export const StandingIndicator = z.object({
  id: z.string(),
  /** This consolidation's percent; null without a figure. */
  percent: z.number().min(0).max(100).nullable(),
  /** 1 = best among entities of the same kind this week; ties share a rank; null without a percent. */
  rank: z.number().int().positive().nullable(),
  /** Change in percentage points since the last snapshot of an earlier week. */
  deltaPoints: z.number().nullable(),
  /** Not higher than at the previous snapshot (seed 000: every day must beat the day before). */
  stalled: z.boolean(),
  /** Rose less than the plan's points per week (seed 002). */
  behindPace: z.boolean(),
  /** met / missed at the deadline (or met / below so far while it is ahead); none: nobody in the population. */
  verdict: z.enum(['met', 'missed', 'below', 'noFigureAtDeadline', 'noData', 'none']),
  /** The figure the verdict rests on: its date and percent (null when there is none). */
  judgedAsOf: IsoDate.nullable(),
  judgedPercent: z.number().min(0).max(100).nullable(),
  /** When the target is reached at the recent pace; null for a rate of each week's own figures (a count that does not add up). */
  forecast: Forecast.nullable(),
});
export type StandingIndicator = z.infer<typeof StandingIndicator>;

export const Standing = z.object({
  name: z.string(),
  kind: EntityKind,
  /** The sheet of its list in this consolidation; null when it sent none. */
  sheet: z.string().nullable(),
  /** commended: every target met at its deadline; criticised: some reason it is criticised for (report/standings.ts); unassessed: neither can be said. */
  standing: z.enum(['commended', 'criticised', 'unassessed']),
  /** Position in its list: commended best first, criticised worst first (no list, then nothing done, then the lowest mean); null when unassessed. */
  place: z.number().int().positive().nullable(),
  /** Mean of this consolidation's percents over the indicators with a figure. */
  meanPercent: z.number().min(0).max(100).nullable(),
  reasons: z.array(StandingReason),
  indicators: z.array(StandingIndicator),
});
export type Standing = z.infer<typeof Standing>;

/**
 * Day by day (seed 000 §I.2: "Bảo đảm có kết quả hằng ngày, tỷ lệ ngày hôm sau phải cao hơn ngày hôm trước"): when the
 * period has two or more consolidated days, each village's and unit's rate on each of them (the last six), the change
 * since the day before, and the days that did not rise; the kinds' totals too. Read from the history, this run included.
 */
export const DailySeriesReport = z.object({
  indicator: z.string(),
  /** The consolidated days, oldest first. */
  days: z.array(IsoDate),
  rows: z.array(
    z.object({
      name: z.string(),
      kind: EntityKind,
      /** The kind's total ("Cộng thôn, tổ dân phố"). */
      total: z.boolean(),
      /** One per day of `days`; null where that day has no figure for the row. */
      days: z.array(
        z.object({
          percent: z.number().min(0).max(100).nullable(),
          /** Percentage points since the day before; null without a consolidation of the day before. */
          change: z.number().nullable(),
          /** Not higher than the day before (a rate at 100% cannot rise and is not flagged). */
          stalled: z.boolean(),
        }).nullable(),
      ),
    }),
  ),
});
export type DailySeriesReport = z.infer<typeof DailySeriesReport>;

export const ReportModel = z.object({
  schemaVersion: z.literal(1),
  campaign: z.object({
    id: z.string(),
    name: z.string(),
    start: IsoDate,
    end: IsoDate,
    /** The day the final report must be in before ("trước ngày …", due at 00:00): the plan's date, else the day after the campaign's end. */
    finalReportDue: IsoDate,
    issuingBody: z.object({ supervising: z.string().optional(), name: z.string(), place: z.string() }),
    report: z.object({
      symbol: z.string(),
      signature: z.object({ authority: z.enum(['TM', 'KT']), name: z.string(), lines: z.tuple([z.string(), z.string()]).optional() }),
      recipients: z.array(z.string()),
      /** What the report calls those who report and where (campaign `report.wording`); the commune's words when absent. */
      wording: Wording.partial().optional(),
    }),
  }),
  asOf: IsoDate,
  period: z.object({
    /** The cadence of this report: the week, or a longer period the campaign declares (campaign.reporting.cadences). */
    kind: z.enum(['week', ...PERIOD_KINDS]),
    /** 1 for the campaign's first period of this kind. */
    index: z.number().int().positive(),
    /** "Tuần 3", "Tháng 7/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    label: z.string(),
    from: IsoDate,
    to: IsoDate,
    /** When this period's report is due, local time YYYY-MM-DDTHH:mm. */
    deadline: z.string(),
    daysLeft: z.number().int().nonnegative(),
    /** Where the as-of date lies: before the campaign, during it, or after it (then the report says so: campaign/periods.ts asOfNotice). */
    phase: z.enum(['before', 'during', 'after']),
    /** The period before, which "last period" compares with; null for the campaign's first. */
    previous: z.object({ index: z.number().int().positive(), label: z.string(), from: IsoDate, to: IsoDate }).nullable(),
  }),
  indicators: z.array(IndicatorInfo),
  sheets: z.array(SheetReport),
  entities: z.array(EntityReport),
  totals: z.object({ village: KindTotals, unit: KindTotals }),
  /** The count forms read (health station, public-service centre, schools), for the rollup's own section. */
  forms: z.array(FormReport),
  issueCounts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  issues: z.array(ReportIssue),
  duplicates: z.array(Duplicate),
  /** The police's working list: one row per person with an identity problem, with the statuses people set. */
  mismatches: z.array(Mismatch),
  /** Every side list read (rosters, the health station's mismatch lists, lists of people without a level-2 account), in workbook order. */
  sideLists: z.array(SideListReport),
  /** The annex: rosters per village, the no-level-2 lists by class. */
  annex: Annex,
  /** Every configured village and unit, and every list found, with whether it reported in time. */
  completeness: z.array(Completeness),
  /** When this consolidation ran, local time YYYY-MM-DDTHH:mm. */
  madeAt: z.string(),
  /** Snapshots of every consolidation of this campaign so far, this one included, oldest first. */
  history: z.array(HistoryRow),
  /** History rows of other campaigns found in the same workbook: not used here, written back unchanged. */
  historyOther: z.array(HistoryRow).default([]),
  /** History rows that failed validation, kept as they were so the next history sheet still holds them. */
  historyRejected: z.array(
    z.object({ sheet: z.string(), row: z.number().int().positive(), cells: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])), problem: z.string() }),
  ),
  /** The day-by-day series of each indicator the report shows, when the period has two or more consolidated days (else none). */
  daily: z.array(DailySeriesReport).default([]),
  /** Every village and unit judged as seed 000 §III.9 asks: the commended (best first), the criticised (worst first), then the unassessed. */
  standings: z.array(Standing),
});
export type ReportModel = z.infer<typeof ReportModel>;
/** The report before its standings are judged: what they are judged from. */
export type ReportFigures = Omit<ReportModel, 'standings'>;
