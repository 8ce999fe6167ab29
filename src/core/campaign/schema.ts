/**
 * Campaign configuration: indicators as data, because each commune writes its own plan.
 * The zod schema is the single source of truth; types are inferred from it.
 * (chỉ tiêu = target: indicator + required level + deadline)
 */
import { z } from 'zod';
import { ENTITY_KINDS, FORM_KINDS, FORM_MEASURES, MEASURES, PERSON_FLAGS } from '../vocabulary';
import { areDisjointParts, isPartOf } from '../forms/measures';
import { isIsoDate } from '../dates';

/**
 * A real calendar date written YYYY-MM-DD (2025-02-30 is refused here, not later in a report). The messages
 * are in the language of whoever reads them: English for a campaign file, Vietnamese on the history sheet.
 */
export function isoDateSchema(messages: { format: string; calendar: string } = { format: 'YYYY-MM-DD', calendar: 'not a calendar date' }) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.format)
    .refine(isIsoDate, messages.calendar);
}
export const IsoDate = isoDateSchema();

export const PersonFlag = z.enum(PERSON_FLAGS);
export type PersonFlag = z.infer<typeof PersonFlag>;

/**
 * A population: persons for whom every listed flag is true, none of the `exclude` flags is, and who are at
 * least minAge at the as-of date.
 */
export const Population = z
  .strictObject({
    flags: z.array(PersonFlag).default([]),
    minAge: z.number().int().min(0).max(120).optional(),
    /** Persons with any of these flags are left out, e.g. ["noSmartphone", "guardian"] where a plan counts only people who can do it themselves. */
    exclude: z.array(PersonFlag).optional(),
    /**
     * Only persons whose level-2 dossier was received on or after this date (seed 000 §II.2: "thu nhận hồ sơ định danh
     * điện tử mức 2 từ ngày 10/10/2025 trở đi"), read from a "Ngày thu nhận hồ sơ" / "Ngày tiếp nhận" column. A list
     * without that column has no figure for the indicator; a person with the cell blank is not counted.
     */
    receivedFrom: IsoDate.optional(),
  })
  .superRefine((pop, ctx) => {
    for (const flag of pop.exclude ?? []) {
      if (pop.flags.includes(flag)) ctx.addIssue({ code: 'custom', path: ['exclude'], message: `"${flag}" is both required and excluded: nobody would be counted` });
    }
  });
export type Population = z.infer<typeof Population>;

export const Target = z.strictObject({
  op: z.enum(['>', '>=']),
  /** Percent, 0–100. */
  value: z.number().min(0).max(100),
});
export type Target = z.infer<typeof Target>;

export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

const Label = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** How many of each a campaign may hold: far above any plan (the five have at most 6 indicators), far below what could stall the report. */
export const CAMPAIGN_LIMITS = { indicators: 40, entities: 2_000, recipients: 30, text: 500 } as const;

/**
 * An indicator's id names its column in the history and keys lookups: lower-case snake_case, and never a name
 * every JavaScript object already has ("constructor"), which would read as an indicator that exists.
 */
const IndicatorId = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9_]*$/, 'mã chỉ tiêu chỉ gồm chữ thường không dấu, số và "_", bắt đầu bằng chữ (a snake_case id)')
  .refine((id) => !(id in Object.prototype), { error: 'mã chỉ tiêu này trùng tên dành riêng của JavaScript, hãy đặt tên khác (a reserved name)' });

/** An indicator counted over the persons of the village and unit lists. */
export const PersonIndicator = z.strictObject({
  /** Where the figures come from; a configuration may leave it out for a person indicator. */
  source: z.literal('persons').default('persons'),
  id: IndicatorId,
  label: Label,
  /** Which entity kinds the indicator is computed for. */
  appliesTo: z.array(EntityKind).min(1),
  /** When set, only entities whose folded name starts with one of these (e.g. "tram y te"). */
  entityNamePrefixes: z.array(z.string().min(1)).optional(),
  denominator: Population,
  /** Conditions on top of the denominator's: the numerator is always a subset of the denominator. */
  numerator: Population,
  target: Target,
  /** Date by which the target must be met; the campaign end when absent. */
  deadline: IsoDate.optional(),
  /** Pace the plan demands (seed 002: ≥ 10 percentage points a week). */
  pacePointsPerWeek: z.number().positive().optional(),
});
export type PersonIndicator = z.infer<typeof PersonIndicator>;

export const FormKind = z.enum(FORM_KINDS);
export const Measure = z.enum(MEASURES);

/**
 * An indicator computed from a count form's figures (forms/measures.ts): numerator and denominator
 * are sums of two figures of that form over the rows of the as-of week, or of the campaign so far
 * when `cumulative`. The numerator must be a part of the denominator on the form (guided of visits),
 * which the form reader checks on every row, so the rate never exceeds 100%.
 * With `denominatorLess` the denominator is a difference (ISSUE 10 §5): seed 000 §III.3 and §III.7 ask for
 * 100% of the visitors *with* a level-2 account, who are the visits less those without one (`referred`).
 * The subtracted figure must be a part of the same whole as the numerator and disjoint from it (one part
 * rule), so numerator ≤ denominator − less on every row and the rate still never exceeds 100%.
 */
export const CountIndicator = z
  .strictObject({
    source: z.literal('counts'),
    id: IndicatorId,
    label: Label,
    /** A form is its sender's sheet, and the sender is always a unit. */
    appliesTo: z
      .array(EntityKind)
      .min(1)
      .refine((kinds) => !kinds.includes('village'), 'count indicators apply to units only')
      .default(['unit']),
    form: FormKind,
    numerator: Measure,
    denominator: Measure,
    /** A figure subtracted from the denominator: visits less those without an account (seed 000 §III.3). */
    denominatorLess: Measure.optional(),
    /** Sum every week of the campaign up to the as-of week instead of the as-of week alone. */
    cumulative: z.boolean().optional(),
    target: Target,
    deadline: IsoDate.optional(),
    pacePointsPerWeek: z.number().positive().optional(),
  })
  .superRefine((ind, ctx) => {
    const figures = FORM_MEASURES[ind.form];
    for (const key of ['numerator', 'denominator', 'denominatorLess'] as const) {
      const figure = ind[key];
      if (figure !== undefined && !figures.includes(figure)) ctx.addIssue({ code: 'custom', path: [key], message: `"${figure}" is not a figure of the ${ind.form} form (${figures.join(', ')})` });
    }
    if (figures.includes(ind.numerator) && figures.includes(ind.denominator) && !isPartOf(ind.form, ind.numerator, ind.denominator)) {
      ctx.addIssue({ code: 'custom', path: ['numerator'], message: `"${ind.numerator}" is not a part of "${ind.denominator}" on the ${ind.form} form` });
    }
    const less = ind.denominatorLess;
    if (less !== undefined && figures.includes(less) && !areDisjointParts(ind.form, [ind.numerator, less], ind.denominator)) {
      ctx.addIssue({
        code: 'custom',
        path: ['denominatorLess'],
        message: `"${less}" and "${ind.numerator}" are not two separate parts of "${ind.denominator}" on the ${ind.form} form: the rate could exceed 100%`,
      });
    }
  });
export type CountIndicator = z.infer<typeof CountIndicator>;

/**
 * An indicator over the police's working list of data errors ("Lỗi dữ liệu", seed 001 phase 3): the share
 * of the persons on it whose problem is resolved ("Đã xử lý", set by the police or because the problem left
 * the lists). Per village or unit: the persons found on its lists.
 */
export const MismatchIndicator = z.strictObject({
  source: z.literal('mismatches'),
  id: IndicatorId,
  label: Label,
  appliesTo: z.array(EntityKind).min(1).default(['village', 'unit']),
  target: Target,
  deadline: IsoDate.optional(),
  pacePointsPerWeek: z.number().positive().optional(),
});
export type MismatchIndicator = z.infer<typeof MismatchIndicator>;

/**
 * What makes one village or unit count for an indicator counted over entities: its own value of another indicator of
 * the campaign reaching `atLeast` percent (the other indicator's own target when absent), or a figure of its count form
 * reaching `atLeast` (1 when absent: any at all) over the report's period, or the campaign to date when `cumulative`.
 */
export const EntityCondition = z.union([
  z.strictObject({
    indicator: IndicatorId,
    atLeast: z.number().min(0).max(100).optional(),
  }),
  z.strictObject({
    form: FormKind,
    measure: Measure,
    atLeast: z.number().int().min(1).default(1),
    cumulative: z.boolean().optional(),
  }),
]);
export type EntityCondition = z.infer<typeof EntityCondition>;

/**
 * An indicator counted over entities (ISSUE 10 §5; seed 003 §II.2 "100% các cơ sở khám chữa bệnh … sử dụng thẻ CCCD gắn
 * chíp", seed 002 §IV.3.a "100% các cơ sở khám, chữa bệnh BHYT thực hiện liên thông dữ liệu … lên Cổng"): the share of
 * the villages or units of `appliesTo` (and `entityNamePrefixes`) that meet `meets`. Each one with a figure counts 1/1
 * when it meets it and 0/1 when not; one without a figure (no row for the period, a column missing) counts nowhere and is
 * named under the total. With a form condition, only the senders of that form are counted.
 */
export const EntityShareIndicator = z
  .strictObject({
    source: z.literal('entities'),
    id: IndicatorId,
    label: Label,
    appliesTo: z.array(EntityKind).min(1).default(['unit']),
    entityNamePrefixes: z.array(z.string().min(1)).optional(),
    meets: EntityCondition,
    target: Target,
    deadline: IsoDate.optional(),
    pacePointsPerWeek: z.number().positive().optional(),
  })
  .superRefine((ind, ctx) => {
    if (!('form' in ind.meets)) return;
    const figures = FORM_MEASURES[ind.meets.form];
    if (!figures.includes(ind.meets.measure)) ctx.addIssue({ code: 'custom', path: ['meets', 'measure'], message: `"${ind.meets.measure}" is not a figure of the ${ind.meets.form} form (${figures.join(', ')})` });
    if (ind.appliesTo.includes('village')) ctx.addIssue({ code: 'custom', path: ['appliesTo'], message: 'a count form is sent by units only: a form condition applies to units' });
  });
export type EntityShareIndicator = z.infer<typeof EntityShareIndicator>;

/** An indicator as a campaign configures it: from person lists (the default), a count form, the working list of data errors, or counted over entities. */
export const Indicator = z.discriminatedUnion('source', [PersonIndicator, CountIndicator, MismatchIndicator, EntityShareIndicator]);
export type Indicator = z.infer<typeof Indicator>;

export const isPersonIndicator = (ind: Indicator): ind is PersonIndicator => ind.source === 'persons';
export const isCountIndicator = (ind: Indicator): ind is CountIndicator => ind.source === 'counts';
export const isMismatchIndicator = (ind: Indicator): ind is MismatchIndicator => ind.source === 'mismatches';
export const isEntityShareIndicator = (ind: Indicator): ind is EntityShareIndicator => ind.source === 'entities';

export const EntityOverride = z.strictObject({
  /** Sheet name the override applies to (matched case-, diacritic- and space-insensitively). */
  sheet: z.string().min(1),
  /** Name to show in the report instead of the sheet name. */
  name: z.string().min(1).optional(),
  kind: EntityKind.optional(),
  /** Leave this sheet out of the consolidation altogether. */
  exclude: z.boolean().optional(),
});
export type EntityOverride = z.infer<typeof EntityOverride>;

/** The longer reporting periods a plan asks for besides the week (seed 004: monthly; seed 003: monthly, six-monthly, yearly). */
export const PERIOD_KINDS = ['month', 'quarter', 'half-year', 'year'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

/**
 * A report due once a period: a calendar month, quarter, half-year or year, clipped to the campaign. Due at 00:00
 * of `dueBeforeDay` in the month after the period ("trước ngày 10 hằng tháng": 10); when the plan names no day,
 * by the period's last day. The final report replaces the report of the period it falls due in, as for weeks.
 */
export const Cadence = z.strictObject({
  period: PeriodKind,
  dueBeforeDay: z.number().int().min(1).max(28).optional(),
});
export type Cadence = z.infer<typeof Cadence>;

export const Reporting = z.strictObject({
  cadence: z.literal('weekly'),
  /** Reports beyond the weekly one, each for a longer period. */
  cadences: z
    .array(Cadence)
    .default([])
    .refine((list) => new Set(list.map((c) => c.period)).size === list.length, 'each period once'),
  /** ISO weekday the weekly report is due: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  /** Local time it is due, HH:mm. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /**
   * The day the final report must be in before, as the plans write it ("trước ngày 01/7/2026" is 2026-07-01):
   * due at 00:00 of that day. Absent: the day after the campaign's last day.
   */
  finalReportDue: IsoDate.optional(),
});
export type Reporting = z.infer<typeof Reporting>;

export const IssuingBody = z.strictObject({
  /** Supervising body, e.g. "UBND TỈNH QUẢNG NGÃI". */
  supervising: z.string().optional(),
  /** Issuing body, e.g. "ỦY BAN NHÂN DÂN XÃ BỜ Y". */
  name: z.string().min(1),
  /** Place name used in the date line, e.g. "Bờ Y". */
  place: z.string().min(1),
});

/**
 * What the printed report calls those who report and where (ISSUE 10 §6): a commune's villages and units by default; a
 * province's medical facilities for seed 003. Plural nouns in lower case, as they stand in a sentence.
 */
export const Wording = z.strictObject({
  /** The villages: "thôn, tổ dân phố" ("Cộng thôn, tổ dân phố", "3 thôn, tổ dân phố chưa đạt"). */
  village: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('thôn, tổ dân phố'),
  /** The units: "cơ quan, đơn vị"; seed 003 "cơ sở khám bệnh, chữa bệnh". */
  unit: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('cơ quan, đơn vị'),
  /** One sender of a count form in a sentence: "Các đơn vị báo cáo số liệu"; seed 003 "cơ sở". */
  sender: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('đơn vị'),
  /** The area the report covers, after "Toàn": "xã"; seed 003 "tỉnh". */
  area: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('xã'),
  /** Who cleans the data errors: "Công an xã"; seed 003 "Công an tỉnh". */
  police: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('Công an xã'),
  /** Who sends the count forms, for the forms' section heading. */
  formSenders: z.string().min(1).max(CAMPAIGN_LIMITS.text).default('Trạm Y tế, Trung tâm PVHCC, trường học'),
  /** A count form's name where the report names it after its sender ("Trạm Y tế: khám chữa bệnh" by default). */
  forms: z.partialRecord(FormKind, z.string().min(1).max(CAMPAIGN_LIMITS.text)).default({}),
});
export type Wording = z.infer<typeof Wording>;

/** The printed report's administrative parts (Decree 30/2020/NĐ-CP, Appendix I). */
export const ReportSettings = z.strictObject({
  /** Symbol after "Số: …/" in the number line, e.g. "BC-UBND". */
  symbol: z.string().min(1).default('BC-UBND'),
  signature: z
    .strictObject({
      /** "TM" signs for the committee (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH); "KT" for the chairman by a deputy (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). */
      authority: z.enum(['TM', 'KT']).default('TM'),
      /** The signer's name, printed bold under the signature space; blank leaves the space for a hand-written name. */
      name: z.string().default(''),
      /**
       * The two lines above the signature when the issuing body is not a People's Committee, in place of what
       * `authority` gives: a task force's "TỔ TRƯỞNG", "CHỦ TỊCH UBND TỈNH" (seed 003).
       */
      lines: z.tuple([z.string().min(1).max(CAMPAIGN_LIMITS.text), z.string().max(CAMPAIGN_LIMITS.text)]).optional(),
    })
    .prefault({}),
  /** "Nơi nhận" lines, without the leading "- " and trailing ";". The last is usually "Lưu: VT, …". */
  recipients: z
    .array(z.string().min(1).max(CAMPAIGN_LIMITS.text))
    .min(1)
    .max(CAMPAIGN_LIMITS.recipients)
    .default(['UBND tỉnh (để b/c)', 'Công an tỉnh (để b/c)', 'TT Đảng ủy, TT HĐND xã (để b/c)', 'Các thôn, tổ dân phố, cơ quan, đơn vị', 'Lưu: VT, CAX']),
  wording: Wording.prefault({}),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const Campaign = z
  .strictObject({
    id: z
      .string()
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'mã chiến dịch chỉ gồm chữ thường không dấu, số và "-" (a kebab-case id)'),
    name: z.string().min(1).max(CAMPAIGN_LIMITS.text),
    /** Which plan (seed) the configuration follows, for people reading it. */
    source: z.string().optional(),
    issuingBody: IssuingBody,
    start: IsoDate,
    end: IsoDate,
    reporting: Reporting,
    indicators: z.array(Indicator).min(1).max(CAMPAIGN_LIMITS.indicators),
    /** Villages and units the commune expects a list from (completeness is checked against these), and per-sheet overrides. */
    entities: z.array(EntityOverride).max(CAMPAIGN_LIMITS.entities).default([]),
    report: ReportSettings.prefault({}),
  })
  .superRefine((c, ctx) => {
    if (c.end < c.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'ngày kết thúc trước ngày bắt đầu (end is before start)' });
    const ids = new Set<string>();
    c.indicators.forEach((ind, i) => {
      if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `mã chỉ tiêu ${ind.id} bị trùng (duplicate indicator id)` });
      ids.add(ind.id);
    });
    c.indicators.forEach((ind, i) => {
      if (ind.source !== 'entities' || !('indicator' in ind.meets)) return;
      const ref = ind.meets.indicator;
      const other = c.indicators.find((x) => x.id === ref);
      const path = ['indicators', i, 'meets', 'indicator'];
      if (!other) ctx.addIssue({ code: 'custom', path, message: `không có chỉ tiêu ${ref} (no indicator "${ref}")` });
      else if (other.source === 'entities') ctx.addIssue({ code: 'custom', path, message: `chỉ tiêu ${ref} cũng tính theo đơn vị (an indicator counted over entities cannot rest on another one)` });
      else if (!ind.appliesTo.some((k) => other.appliesTo.includes(k))) ctx.addIssue({ code: 'custom', path, message: `chỉ tiêu ${ref} không áp dụng cho các đơn vị này (indicator "${ref}" applies to none of these kinds)` });
    });
  });
export type Campaign = z.infer<typeof Campaign>;
/** What a campaign file may omit (defaults filled by the schema). */
export type CampaignInput = z.input<typeof Campaign>;
