import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import type { Campaign } from '../../core/campaign/schema';
import { PRESETS, presetIds } from '../../core/campaign/presets';
import { formatDeadline, formatVnDate } from '../../core/format';
import type { ReportPeriodView } from '../report-period';
import { periodNameEn, reportCadences, type CampaignPeriod, type ReportPeriodKind } from '../../core/campaign/report-periods';
import type { StoredCampaign } from '../campaign-store';
import type { CampaignSource } from '../hooks/useCampaignChoice';
import type { SheetChoice } from '../sheet-choices';
import type { SheetSummary } from '../sheet-survey';
import { problemsText } from '../errors';
import { useLanguage } from '../language';
import { SheetList } from './SheetList';
import { DateField } from './DateField';
import type { DateProblem } from '../../core/dates';

export interface CampaignCardProps {
  campaign: Campaign;
  source: CampaignSource;
  stored: StoredCampaign | null;
  /** YYYY-MM-DD, or '' while the field holds no date. */
  asOf: string;
  /** The as-of date as typed (dd/mm/yyyy). */
  asOfText: string;
  /** Why asOfText is not a date; null when it is one. */
  asOfProblem: DateProblem | null;
  /** The report's period kind: the week, or a longer one the campaign declares. */
  cadence: ReportPeriodKind;
  /** The period the as-of date reports, and the other one to switch to; null while the date is not valid. */
  view: ReportPeriodView | null;
  sheets: readonly SheetSummary[] | null;
  sheetsLoading: boolean;
  onSource: (source: CampaignSource) => void;
  onAsOf: (asOf: string) => void;
  onAsOfText: (text: string) => void;
  onCadence: (cadence: ReportPeriodKind) => void;
  onChooseSheet: (sheet: string, choice: SheetChoice) => void;
  onReloadSheets: () => void;
}

const STORED = 'stored';

const useStyles = makeStyles({
  // A long option must not widen the pane: the select shrinks to the card and cuts the text.
  select: {
    minWidth: 0,
  },
  caption: {
    color: tokens.colorNeutralForeground3,
  },
});

function presetText(campaign: Campaign): string {
  return `${campaign.issuingBody.place} (${formatVnDate(campaign.start)} – ${formatVnDate(campaign.end)})`;
}

const CADENCE_NAMES = { week: 'cadenceWeek', month: 'cadenceMonth', quarter: 'cadenceQuarter', 'half-year': 'cadenceHalfYear', year: 'cadenceYear' } as const;

/** Which campaign, as of which date and for which period, and over which sheets. */
export function CampaignCard(props: CampaignCardProps) {
  const { campaign, source, stored, asOf, cadence, view, sheets, sheetsLoading } = props;
  const styles = useStyles();
  const { lang, t, pickText } = useLanguage();
  const periodName = (p: CampaignPeriod) => (lang === 'vi' ? p.label : periodNameEn(p));
  const storedStatus = stored === null ? t('campaignLoading') : stored.status === 'absent' ? t('campaignStoredAbsent') : stored.status === 'invalid' ? t('campaignStoredInvalid') : presetText(stored.campaign);
  const storedText = `${t('campaignStored')}: ${storedStatus}`;
  const selected = source.kind === 'stored' ? STORED : source.id;
  return (
    <Panel title={t('campaignTitle')}>
      <Field label={t('campaignLabel')} hint={t('campaignDates', { start: formatVnDate(campaign.start), end: formatVnDate(campaign.end) })}>
        <Select
          className={styles.select}
          value={selected}
          onChange={(_, data) => props.onSource(data.value === STORED ? { kind: 'stored' } : { kind: 'preset', id: data.value })}
        >
          {presetIds().map((id) => (
            <option key={id} value={id}>
              {presetText(PRESETS[id])}
            </option>
          ))}
          <option value={STORED} disabled={stored?.status !== 'valid'}>
            {storedText}
          </option>
        </Select>
      </Field>
      <Text size={200} className={styles.caption}>
        {campaign.name}
      </Text>
      {stored?.status === 'invalid' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('storedInvalidTitle')}</MessageBarTitle>
            {t('storedInvalidBody')} {problemsText(stored.problems)}
          </MessageBarBody>
        </MessageBar>
      )}
      <DateField label={t('asOfLabel')} text={props.asOfText} value={asOf} problem={props.asOfProblem} onText={props.onAsOfText} onPick={props.onAsOf} />
      {reportCadences(campaign).length > 1 && (
        <Field label={t('cadenceLabel')}>
          <Select value={cadence} onChange={(_, data) => props.onCadence(data.value as ReportPeriodKind)}>
            {reportCadences(campaign).map((kind) => (
              <option key={kind} value={kind}>
                {t(CADENCE_NAMES[kind])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {view && (
        <Text size={200}>
          {t('reportPeriod', { period: periodName(view.period), from: formatVnDate(view.period.from), to: formatVnDate(view.period.to), deadline: formatDeadline(view.period.deadline, lang) })}
          {view.which && ` ${t(view.which === 'ended' ? 'periodEnded' : 'periodToday')}`}
        </Text>
      )}
      {view?.alternative && (
        <Button appearance="secondary" size="small" onClick={() => view.alternative && props.onAsOf(view.alternative.asOf)}>
          {t('switchPeriod', { period: periodName(view.alternative.period), from: formatVnDate(view.alternative.period.from), to: formatVnDate(view.alternative.period.to) })}
        </Button>
      )}
      {view?.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('asOfOutsideTitle')}</MessageBarTitle>
            {pickText(view.notice)}
          </MessageBarBody>
        </MessageBar>
      )}
      <SheetList sheets={sheets} loading={sheetsLoading} onChoose={props.onChooseSheet} onReload={props.onReloadSheets} />
      <Text size={200} className={styles.caption}>
        {t('campaignSavedHint')}
      </Text>
    </Panel>
  );
}
