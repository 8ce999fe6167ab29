import { Card, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Campaign } from '../../core/campaign/schema';
import { PRESETS, presetIds } from '../../core/campaign/presets';
import { formatVnDate } from '../../core/campaign/periods';
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
  sheets: readonly SheetSummary[] | null;
  sheetsLoading: boolean;
  onSource: (source: CampaignSource) => void;
  onAsOf: (asOf: string) => void;
  onChooseSheet: (sheet: string, choice: SheetChoice) => void;
  onReloadSheets: () => void;
}

const STORED = 'stored';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
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
  const { campaign, source, stored, asOf, asOfValid, sheets, sheetsLoading } = props;
  const styles = useStyles();
  const { t } = useLanguage();
  const storedStatus = stored === null ? t('campaignLoading') : stored.status === 'absent' ? t('campaignStoredAbsent') : stored.status === 'invalid' ? t('campaignStoredInvalid') : presetText(stored.campaign);
  const storedText = `${t('campaignStored')}: ${storedStatus}`;
  const selected = source.kind === 'stored' ? STORED : source.id;
  const selectedText = source.kind === 'stored' ? storedText : presetText(PRESETS[source.id]);
  return (
    <Card className={styles.card}>
      <Text as="h2" size={400} weight="semibold">
        {t('campaignTitle')}
      </Text>
      <Field label={t('campaignLabel')} hint={t('campaignDates', { start: formatVnDate(campaign.start), end: formatVnDate(campaign.end) })}>
        <Dropdown
          value={selectedText}
          selectedOptions={[selected]}
          onOptionSelect={(_, data) => {
            if (!data.optionValue) return;
            props.onSource(data.optionValue === STORED ? { kind: 'stored' } : { kind: 'preset', id: data.optionValue });
          }}
        >
          {presetIds().map((id) => (
            <Option key={id} value={id}>
              {presetText(PRESETS[id])}
            </Option>
          ))}
          <Option value={STORED} text={storedText} disabled={stored?.status !== 'valid'}>
            {storedText}
          </Option>
        </Dropdown>
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
      <SheetList sheets={sheets} loading={sheetsLoading} onChoose={props.onChooseSheet} onReload={props.onReloadSheets} />
      <Text size={200} className={styles.caption}>
        {t('campaignSavedHint')}
      </Text>
    </Card>
  );
}
