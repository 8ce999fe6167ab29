/**
 * The boundary for campaign configurations: whatever JSON a commune writes is checked here,
 * and every problem comes back with the place it was found, so a secretary can fix the file.
 */
import { z } from 'zod';
import { Campaign } from './schema';

/** One thing wrong with a campaign file; path reads like code: "indicators[2].target.value" ("" for the file as a whole). */
export interface CampaignProblem {
  path: string;
  message: string;
}

export type ParsedCampaign = { ok: true; campaign: Campaign } | { ok: false; problems: CampaignProblem[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["indicators", 2, "target", "value"] → "indicators[2].target.value". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    if (!IDENTIFIER.test(name)) return `${text}[${JSON.stringify(name)}]`;
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** zod's own Vietnamese sentences for what a field got wrong ("Khóa không được nhận dạng: \"entites\""); English for the pane in English. */
const VIETNAMESE = { error: z.locales.vi().localeError };
const ENGLISH = { error: z.locales.en().localeError };

/**
 * Checks a parsed JSON value against the campaign schema; defaults (e.g. empty flag lists) are filled in.
 * Every key must be one the schema knows: a misspelt "entites" is refused with its path, never ignored.
 */
export function parseCampaign(json: unknown, lang: 'vi' | 'en' = 'vi'): ParsedCampaign {
  const result = Campaign.safeParse(json, lang === 'vi' ? VIETNAMESE : ENGLISH);
  if (result.success) return { ok: true, campaign: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: formatIssuePath([...issue.path, key]), message: 'khóa này không có trong cấu hình chiến dịch: kiểm tra chính tả hoặc xóa đi (unknown key: check its spelling)' }))
        : [{ path: formatIssuePath(issue.path), message: issue.message }],
    ),
  };
}

/** A campaign file's text: JSON, with the byte-order mark Notepad writes at its start allowed. */
export function campaignJson(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}
