/**
 * The set-up form of the task pane (issue 13 §1) as data: what a commune types to make its own header, its
 * villages and units and its targets, and how that becomes a campaign the schema accepts. Pure: the pane holds a
 * draft, this turns it into a campaign or into an error per field, in the pane's language.
 */
import { readTypedDate } from '../dates';
import { foldWords } from '../text/fold';
import { readNumber, readTime, showDate, showNumber } from './config-values';
import { parseCampaign } from './load';
import { overrideKind } from './sheet-entity';
import type { Campaign, CampaignInput, EntityOverride } from './schema';

/** The two lines above the signature (Decree 30/2020): for the committee (TM), or for the chairman by a deputy (KT). */
export const AUTHORITY_LINES = {
  TM: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  KT: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
} as const satisfies Record<'TM' | 'KT', readonly [string, string]>;

export interface SetupIndicatorDraft {
  id: string;
  /** The indicator's text, shown above its fields. */
  label: Translation;
  op: '>' | '>=';
  /** The target level as typed, "95" or "99,5". */
  target: string;
  /** dd/mm/yyyy or blank (the campaign's end). */
  deadline: string;
}

/** Everything the form edits, as typed. */
export interface SetupDraft {
  id: string;
  name: string;
  supervising: string;
  body: string;
  place: string;
  start: string;
  end: string;
  finalDue: string;
  symbol: string;
  authority: 'TM' | 'KT';
  signTop: string;
  signTitle: string;
  signer: string;
  /** One recipient a line. */
  recipients: string;
  /** One village (or residential group) a line: its sheet's name. */
  villages: string;
  units: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  time: string;
  indicators: SetupIndicatorDraft[];
}

export type SetupTextField = Exclude<keyof SetupDraft, 'indicators' | 'authority' | 'weekday'>;
/** A field of the form: a draft key, or one indicator's target or deadline ("indicators.2.target"). */
export type SetupFieldKey = keyof SetupDraft | `indicators.${number}.${'target' | 'deadline'}`;
export type SetupErrors = Partial<Record<SetupFieldKey | 'form', Translation>>;

/** A campaign to start from with nothing of any commune's: the three targets every plan has, levels left to type. */
export const BLANK_START: CampaignInput = {
  id: 'chien-dich-moi',
  name: 'Đợt cao điểm hướng dẫn người dân tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên ứng dụng VNeID',
  issuingBody: { name: 'ỦY BAN NHÂN DÂN XÃ', place: '-' },
  start: '2000-01-01',
  end: '2000-01-01',
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
  indicators: [
    {
      id: 'level2_registered',
      label: { vi: 'Công dân từ đủ 14 tuổi có thẻ Căn cước được cấp tài khoản định danh điện tử mức 2', en: 'Citizens aged 14+ with a CCCD card who have a level-2 e-ID account' },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['resident', 'hasCccd'], minAge: 14 },
      numerator: { flags: ['level2'] },
      target: { op: '>=', value: 0 },
    },
    {
      id: 'level2_activated',
      label: { vi: 'Tài khoản định danh điện tử mức 2 được kích hoạt', en: 'Level-2 e-ID accounts activated' },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['level2'] },
      numerator: { flags: ['activated'] },
      target: { op: '>=', value: 0 },
    },
    {
      id: 'bhyt_in_sskdt',
      label: { vi: 'Nhân khẩu thường trú tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên VNeID', en: 'Permanent residents with BHYT integrated into the electronic health book on VNeID' },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['resident'] },
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 0 },
    },
  ],
};

/** A text in both languages, Vietnamese first. */
export interface Translation {
  vi: string;
  en: string;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Entities the form does not show (a renamed or left-out sheet): kept as they are. */
const keptAside = (e: EntityOverride) => e.name !== undefined || e.exclude !== undefined;

export function draftFromCampaign(c: Campaign): SetupDraft {
  const shown = c.entities.filter((e) => !keptAside(e));
  const [top, title] = c.report.signature.lines ?? AUTHORITY_LINES[c.report.signature.authority];
  return {
    id: c.id,
    name: c.name,
    supervising: c.issuingBody.supervising ?? '',
    body: c.issuingBody.name,
    place: c.issuingBody.place,
    start: showDate(c.start),
    end: showDate(c.end),
    finalDue: showDate(c.reporting.finalReportDue),
    symbol: c.report.symbol,
    authority: c.report.signature.authority,
    signTop: top,
    signTitle: title,
    signer: c.report.signature.name,
    recipients: c.report.recipients.join('\n'),
    villages: shown.filter((e) => overrideKind(e) === 'village').map((e) => e.sheet).join('\n'),
    units: shown.filter((e) => overrideKind(e) === 'unit').map((e) => e.sheet).join('\n'),
    weekday: c.reporting.weekday,
    time: c.reporting.time,
    indicators: c.indicators.map((ind) => ({ id: ind.id, label: ind.label, op: ind.target.op, target: showNumber(ind.target.value), deadline: showDate(ind.deadline) })),
  };
}

/** The blank start as a draft: nothing of any commune, the targets' levels empty. */
export function blankDraft(): SetupDraft {
  const parsed = parseCampaign(BLANK_START);
  if (!parsed.ok) throw new Error('the blank campaign is invalid');
  const draft = draftFromCampaign(parsed.campaign);
  return { ...draft, id: '', name: '', body: '', place: '', start: '', end: '', indicators: draft.indicators.map((ind) => ({ ...ind, target: '' })) };
}

/** "Ba Tơ", 2026 → "ba-to-2026": a campaign id from the place and the year, when none is typed. */
export function campaignIdFor(place: string, startIso: string | null): string {
  const slug = foldWords(place).replace(/ /g, '-');
  return [slug, startIso?.slice(0, 4)].filter((p) => p).join('-');
}

const MESSAGES = {
  required: { vi: 'Hãy điền mục này.', en: 'Fill this in.' },
  date: { vi: 'Ngày không đọc được: ghi dd/mm/yyyy, vd. 20/10/2025.', en: 'Not a date: write dd/mm/yyyy, e.g. 20/10/2025.' },
  time: { vi: 'Giờ không đọc được: ghi HH:mm, vd. 09:00.', en: 'Not a time: write HH:mm, e.g. 09:00.' },
  target: { vi: 'Ghi mức chỉ tiêu là một số từ 0 đến 100, vd. 95 hoặc 99,5.', en: 'Write the target as a number from 0 to 100, e.g. 95 or 99.5.' },
  recipients: { vi: 'Ghi ít nhất một nơi nhận, mỗi dòng một nơi.', en: 'Write at least one recipient, one a line.' },
} satisfies Record<string, Translation>;

export type SetupResult = { ok: true; campaign: Campaign } | { ok: false; errors: SetupErrors };

/** What the form's own checks find before the schema: blanks, and dates, times and levels that cannot be read. */
function typedValues(d: SetupDraft, errors: SetupErrors) {
  const text = (key: SetupTextField, required: boolean) => {
    const value = d[key].trim();
    if (required && value === '') errors[key] = MESSAGES.required;
    return value;
  };
  const date = (key: 'start' | 'end' | 'finalDue', required: boolean) => {
    const value = d[key].trim();
    if (value === '') {
      if (required) errors[key] = MESSAGES.required;
      return undefined;
    }
    const iso = readTypedDate(value);
    if (iso === null) errors[key] = MESSAGES.date;
    return iso ?? undefined;
  };
  const time = readTime(d.time);
  if (time === null) errors.time = d.time.trim() === '' ? MESSAGES.required : MESSAGES.time;
  const recipients = lines(d.recipients);
  if (recipients.length === 0) errors.recipients = MESSAGES.recipients;
  const indicators = d.indicators.map((ind, i) => {
    const value = readNumber(ind.target.trim());
    if (value === null) errors[`indicators.${i}.target`] = ind.target.trim() === '' ? MESSAGES.required : MESSAGES.target;
    const deadline = ind.deadline.trim() === '' ? undefined : (readTypedDate(ind.deadline.trim()) ?? undefined);
    if (ind.deadline.trim() !== '' && deadline === undefined) errors[`indicators.${i}.deadline`] = MESSAGES.date;
    return { target: { op: ind.op, value: value ?? 0 }, deadline };
  });
  const start = date('start', true);
  return {
    id: text('id', false),
    name: text('name', true),
    supervising: text('supervising', false),
    body: text('body', true),
    place: text('place', true),
    symbol: text('symbol', true),
    signer: text('signer', false),
    top: text('signTop', true),
    title: text('signTitle', false),
    start,
    end: date('end', true),
    finalDue: date('finalDue', false),
    time,
    recipients,
    indicators,
  };
}

/** The draft over the campaign it started from: what the form shows replaced, everything else (how each indicator counts, the wording) kept. */
function campaignInput(d: SetupDraft, base: CampaignInput, v: ReturnType<typeof typedValues>): CampaignInput {
  const [top, title] = AUTHORITY_LINES[d.authority];
  const ownLines = v.top !== top || v.title !== title;
  const signature = { ...base.report?.signature };
  delete signature.lines;
  const reporting = { ...base.reporting };
  delete reporting.finalReportDue;
  return {
    ...base,
    id: v.id || campaignIdFor(v.place, v.start ?? null),
    name: v.name,
    issuingBody: { ...(v.supervising ? { supervising: v.supervising } : {}), name: v.body, place: v.place },
    start: v.start ?? '',
    end: v.end ?? '',
    reporting: { ...reporting, weekday: d.weekday, time: v.time ?? '', ...(v.finalDue ? { finalReportDue: v.finalDue } : {}) },
    indicators: base.indicators.map((ind, i) => {
      const typed = v.indicators[i];
      const copy = { ...ind, target: typed.target };
      if (typed.deadline) copy.deadline = typed.deadline;
      else delete copy.deadline;
      return copy;
    }),
    entities: [
      ...lines(d.villages).map((sheet) => ({ sheet, kind: 'village' as const })),
      ...lines(d.units).map((sheet) => ({ sheet, kind: 'unit' as const })),
      ...(base.entities ?? []).filter(keptAside),
    ],
    report: {
      ...base.report,
      symbol: v.symbol,
      signature: { ...signature, authority: d.authority, name: v.signer, ...(ownLines ? { lines: [v.top, v.title] as [string, string] } : {}) },
      recipients: v.recipients,
    },
  };
}

/** Which field of the form a schema problem belongs to, by its path. */
function fieldOf(path: string, villages: number): SetupFieldKey | 'form' {
  const indicator = /^indicators\[(\d+)\]\.(target|deadline)/.exec(path);
  if (indicator) return `indicators.${Number(indicator[1])}.${indicator[2] as 'target' | 'deadline'}`;
  const entity = /^entities\[(\d+)\]/.exec(path);
  if (entity) return Number(entity[1]) < villages ? 'villages' : 'units';
  const fields: [RegExp, SetupFieldKey][] = [
    [/^id$/, 'id'],
    [/^name$/, 'name'],
    [/^start$/, 'start'],
    [/^end$/, 'end'],
    [/^issuingBody\.supervising/, 'supervising'],
    [/^issuingBody\.name/, 'body'],
    [/^issuingBody\.place/, 'place'],
    [/^reporting\.finalReportDue/, 'finalDue'],
    [/^reporting\.weekday/, 'weekday'],
    [/^reporting\.time/, 'time'],
    [/^report\.symbol/, 'symbol'],
    [/^report\.signature\.lines/, 'signTop'],
    [/^report\.signature\.name/, 'signer'],
    [/^report\.recipients/, 'recipients'],
  ];
  return fields.find(([re]) => re.test(path))?.[1] ?? 'form';
}

/**
 * The draft as a campaign, validated by the campaign's schema (zod, its messages in Vietnamese and English), or the
 * first error of each field. `base` is the campaign the form started from.
 */
export function campaignFromDraft(draft: SetupDraft, base: CampaignInput): SetupResult {
  const errors: SetupErrors = {};
  const typed = typedValues(draft, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input = campaignInput(draft, base, typed);
  const vi = parseCampaign(input, 'vi');
  if (vi.ok) return vi;
  const en = parseCampaign(input, 'en');
  const villages = lines(draft.villages).length;
  vi.problems.forEach((p, i) => {
    const key = fieldOf(p.path, villages);
    const where = /^report\.recipients\[(\d+)\]/.exec(p.path) ?? /^entities\[(\d+)\]/.exec(p.path);
    const line = where ? Number(where[1]) + 1 - (key === 'units' ? villages : 0) : null;
    const prefix = line === null ? { vi: '', en: '' } : { vi: `Dòng ${line}: `, en: `Line ${line}: ` };
    const message = { vi: `${prefix.vi}${p.message}`, en: `${prefix.en}${en.ok ? p.message : (en.problems[i]?.message ?? p.message)}` };
    errors[key] ??= message;
  });
  return { ok: false, errors };
}
