/**
 * The set-up form's state (issue 13 §1): whether it is open, the draft as typed, the campaign it started from, and
 * each field's error once Save was tried (then kept current as the user types). Saving writes the campaign into the
 * workbook's "Cấu hình" sheet through the gateway; what a draft means is the engine's (core/campaign/setup.ts).
 */
import { useCallback, useState } from 'react';
import type { Campaign, CampaignInput } from '../../core/campaign/schema';
import { PRESETS } from '../../core/campaign/presets';
import { campaignToConfigSheet } from '../../core/campaign/config-sheet';
import { BLANK_START, blankDraft, campaignFromDraft, draftFromCampaign, type SetupDraft, type SetupErrors } from '../../core/campaign/setup';
import type { ExcelGateway } from '../../excel/gateway';

/** Where the draft started: the campaign in use, a preset, or blank. */
export type SetupStart = { kind: 'current' } | { kind: 'preset'; id: string } | { kind: 'blank' };

export interface Editing {
  start: SetupStart;
  draft: SetupDraft;
  base: CampaignInput;
  errors: SetupErrors;
  /** Save was tried: errors follow each edit from then on. */
  tried: boolean;
  /** Failed saves so far: the form moves the focus to the first error after each. */
  attempts: number;
}

export interface SetupFormState {
  editing: Editing | null;
  saving: boolean;
  open: (current: Campaign) => void;
  startFrom: (start: SetupStart, current: Campaign) => void;
  change: <K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) => void;
  changeIndicator: (index: number, key: 'op' | 'target' | 'deadline', value: string) => void;
  /** Resolves true once saved; false when a field is wrong (the errors are set) or the write failed. */
  save: () => Promise<boolean>;
  cancel: () => void;
}

export function editingFrom(start: SetupStart, current: Campaign): Editing {
  if (start.kind === 'blank') return { start, draft: blankDraft(), base: BLANK_START, errors: {}, tried: false, attempts: 0 };
  const base = start.kind === 'preset' ? PRESETS[start.id] : current;
  return { start, draft: draftFromCampaign(base), base, errors: {}, tried: false, attempts: 0 };
}

/** The draft edited: errors are recomputed only after Save was tried, so nobody is told off while still typing. */
export function edited(e: Editing, draft: SetupDraft): Editing {
  if (!e.tried) return { ...e, draft };
  const result = campaignFromDraft(draft, e.base);
  return { ...e, draft, errors: result.ok ? {} : result.errors };
}

/**
 * Save: the draft as a campaign written into the "Cấu hình" sheet, or the draft back with its errors (nothing
 * written). A failed write throws, as every gateway failure does.
 */
export async function saveDraft(gateway: ExcelGateway, e: Editing): Promise<{ saved: Campaign } | { editing: Editing }> {
  const result = campaignFromDraft(e.draft, e.base);
  if (!result.ok) return { editing: { ...e, errors: result.errors, tried: true, attempts: e.attempts + 1 } };
  await gateway.writeConfig(campaignToConfigSheet(result.campaign));
  return { saved: result.campaign };
}

export function useSetupForm(gateway: ExcelGateway, { onSaved, onError }: { onSaved: (campaign: Campaign) => void; onError: (error: unknown) => void }): SetupFormState {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);

  const open = useCallback((current: Campaign) => setEditing(editingFrom({ kind: 'current' }, current)), []);
  const startFrom = useCallback((start: SetupStart, current: Campaign) => setEditing(editingFrom(start, current)), []);
  const change = useCallback(<K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) => {
    setEditing((e) => (e ? edited(e, { ...e.draft, [key]: value }) : e));
  }, []);
  const changeIndicator = useCallback((index: number, key: 'op' | 'target' | 'deadline', value: string) => {
    setEditing((e) => {
      if (!e) return e;
      const indicators = e.draft.indicators.map((ind, i) => (i === index ? { ...ind, [key]: value } : ind));
      return edited(e, { ...e.draft, indicators });
    });
  }, []);
  const cancel = useCallback(() => setEditing(null), []);

  const save = useCallback(async () => {
    if (!editing) return false;
    setSaving(true);
    try {
      const outcome = await saveDraft(gateway, editing);
      if ('editing' in outcome) {
        setEditing(outcome.editing);
        return false;
      }
      setEditing(null);
      onSaved(outcome.saved);
      return true;
    } catch (error) {
      onError(error);
      return false;
    } finally {
      setSaving(false);
    }
  }, [editing, gateway, onSaved, onError]);

  return { editing, saving, open, startFrom, change, changeIndicator, save, cancel };
}
