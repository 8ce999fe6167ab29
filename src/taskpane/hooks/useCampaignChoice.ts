/**
 * The campaign card's state: which campaign (a preset, or the one stored in the workbook), the as-of
 * date, the report's period (the week, or a month for a campaign that reports monthly), and the kind the
 * user gave each sheet, folded into the campaign as entity overrides. Until the user picks a date, the as-of
 * date is the campaign's default at the moment the pane opened: the period just ended while its report is
 * not yet due, else today (report-period.ts). The date is held as the officer typed it (dd/mm/yyyy, or
 * YYYY-MM-DD), read by core/dates.ts, never by the browser's locale.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Campaign } from '../../core/campaign/schema';
import { PRESETS } from '../../core/campaign/presets';
import type { ExcelGateway } from '../../excel/gateway';
import { DEFAULT_PRESET_ID, readStoredCampaign, type StoredCampaign } from '../campaign-store';
import { localDateTime } from '../dates';
import { asOfField, cadenceIn, defaultAsOf, reportPeriodView } from '../report-period';
import type { ReportPeriodKind } from '../../core/campaign/report-periods';
import { formatVnDate } from '../../core/format';
import { withSheetChoices, type SheetChoice } from '../sheet-choices';

export type CampaignSource = { kind: 'preset'; id: string } | { kind: 'stored' };

export function useCampaignChoice(gateway: ExcelGateway, onError: (error: unknown) => void) {
  const [stored, setStored] = useState<StoredCampaign | null>(null);
  const [source, setSource] = useState<CampaignSource>({ kind: 'preset', id: DEFAULT_PRESET_ID });
  const [now] = useState(localDateTime);
  /** The as-of date as typed; null until the officer types or picks one. */
  const [typed, setTyped] = useState<string | null>(null);
  const [cadenceAsked, setCadence] = useState<ReportPeriodKind>('week');
  const [choices, setChoices] = useState<ReadonlyMap<string, SheetChoice>>(new Map());

  useEffect(() => {
    let live = true;
    readStoredCampaign(gateway).then(
      (found) => {
        if (!live) return;
        setStored(found);
        if (found.status === 'valid') setSource({ kind: 'stored' });
      },
      (error: unknown) => {
        if (!live) return;
        setStored({ status: 'absent' });
        onError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [gateway, onError]);

  const base: Campaign = source.kind === 'stored' && stored?.status === 'valid' ? stored.campaign : PRESETS[source.kind === 'preset' ? source.id : DEFAULT_PRESET_ID];
  const campaign = useMemo(() => withSheetChoices(base, choices), [base, choices]);
  const cadence = cadenceIn(campaign, cadenceAsked);
  const { text: asOfText, asOf, problem: asOfProblem } = asOfField(typed, defaultAsOf(campaign, now, cadence));
  /** A date picked on the calendar or by the period switch, shown as the officer would type it. */
  const setAsOf = useCallback((iso: string) => setTyped(formatVnDate(iso)), []);
  const view = useMemo(() => reportPeriodView(campaign, now, asOf, cadence), [campaign, now, asOf, cadence]);
  /** Another period kind starts from its own default date. */
  const chooseCadence = useCallback((kind: ReportPeriodKind) => {
    setCadence(kind);
    setTyped(null);
  }, []);

  const chooseSheet = useCallback(
    (sheet: string, choice: SheetChoice) => setChoices((previous) => new Map(previous).set(sheet, choice)),
    [],
  );

  /** After a consolidation stored the campaign, the workbook's copy is the one in use. */
  const markSaved = useCallback((saved: Campaign) => {
    setStored({ status: 'valid', campaign: saved });
    setSource({ kind: 'stored' });
    setChoices(new Map());
  }, []);

  return { stored, source, setSource, asOf, setAsOf, asOfText, setAsOfText: setTyped, asOfProblem, asOfValid: asOfProblem === null, cadence, chooseCadence, view, campaign, chooseSheet, markSaved };
}
