import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import type { Campaign } from '../../core/campaign/schema';
import { PRESETS, presetIds } from '../../core/campaign/presets';
import { formatDeadline, formatVnDate } from '../../core/format';
import type { ReportWeek } from '../report-week';
import type { StoredCampaign } from '../campaign-store';
import type { CampaignSource } from '../hooks/useCampaignChoice';
import type { SheetChoice } from '../sheet-choices';
import type { SheetSummary } from '../sheet-survey';
import { problemsText } from '../errors';
import { useLanguage } from '../language';
import { SheetList } from './SheetList';

export interface CampaignCardProps {
  campaign: Campaign;
  source: CampaignSource;
  stored: StoredCampaign | null;
  asOf: string;
  asOfValid: boolean;
  /** The week the as-of date reports, and the other one to switch to; null while the date is not valid. */
  week: ReportWeek | null;
  sheets: readonly SheetSummary[] | null;
  sheetsLoading: boolean;
  onSource: (source: CampaignSource) => void;
  onAsOf: (asOf: string) => void;
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

/** Which campaign, as of which date, and over which sheets. */
export function CampaignCard(props: CampaignCardProps) {
  const { campaign, source, stored, asOf, asOfValid, week, sheets, sheetsLoading } = props;
  const styles = useStyles();
  const { lang, t, pickText } = useLanguage();
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
      <Field label={t('asOfLabel')} validationMessage={asOfValid ? undefined : t('asOfInvalid')}>
        <Input type="date" value={asOf} onChange={(_, data) => props.onAsOf(data.value)} />
      </Field>
      {week && (
        <Text size={200}>
          {t('reportWeek', { week: week.week.index, from: formatVnDate(week.week.from), to: formatVnDate(week.week.to), deadline: formatDeadline(week.week.deadline, lang) })}
          {week.which && ` ${t(week.which === 'ended' ? 'weekEnded' : 'weekToday')}`}
        </Text>
      )}
      {week?.alternative && (
        <Button appearance="secondary" size="small" onClick={() => week.alternative && props.onAsOf(week.alternative.asOf)}>
          {t('switchWeek', { week: week.alternative.week.index, from: formatVnDate(week.alternative.week.from), to: formatVnDate(week.alternative.week.to) })}
        </Button>
      )}
      {week?.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('asOfOutsideTitle')}</MessageBarTitle>
            {pickText(week.notice)}
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
