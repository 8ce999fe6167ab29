import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { Panel } from './Panel';
import type { IndicatorValue, ReportModel } from '../../core/report/model';
import type { SheetSpec } from '../../core/sheetspec';
import { formatDeadline, formatTarget, formatVnDate } from '../../core/format';
import type { ResultSummary } from '../result-summary';
import type { ReportFileProgress } from '../hooks/useReportWorkbook';
import { formatNumber, formatPercent } from '../i18n';
import { useLanguage } from '../language';
import { asOfNotice } from '../../core/campaign/periods';
import { periodNameEn } from '../../core/campaign/report-periods';

export interface ResultCardProps {
  model: ReportModel;
  summary: ResultSummary;
  specs: readonly SheetSpec[];
  /** ExcelApi 1.8: the report can be opened as its own workbook. */
  canOpenWorkbook: boolean;
  /** ExcelApi 1.9: the sheets written already carry their A4 page setup. */
  printLayout: boolean;
  /** The report file being written, then opened; null when idle. */
  opening: ReportFileProgress | null;
  onOpenWorkbook: () => void;
  /** The card's heading, which takes the focus when a consolidation has just finished. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const useStyles = makeStyles({
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  indicators: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  indicator: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  total: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  percent: {
    fontWeight: tokens.fontWeightSemibold,
  },
  below: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  action: {
    alignSelf: 'flex-start',
  },
});

function MetBadge({ value }: { value: IndicatorValue }) {
  const { t } = useLanguage();
  if (value.met === null) return <Badge appearance="tint" color="subtle">{t('noData')}</Badge>;
  return value.met ? (
    <Badge appearance="filled" color="success">
      {t('met')}
    </Badge>
  ) : (
    <Badge appearance="filled" color="danger">
      {t('notMet')}
    </Badge>
  );
}

/** The consolidation's outcome: commune totals against targets, villages below target, the sheets written. */
export function ResultCard({ model, summary, specs, canOpenWorkbook, printLayout, opening, onOpenWorkbook, headingRef }: ResultCardProps) {
  const styles = useStyles();
  const { lang, t, pickText } = useLanguage();
  const p = model.period;
  const deadline = formatDeadline(p.deadline, lang);
  const outside = asOfNotice(model.campaign, model.asOf);
  return (
    <Panel title={t('resultTitle')} headingRef={headingRef}>
      <Text size={200} className={styles.muted}>
        {t('resultPeriod', { period: lang === 'vi' ? p.label : periodNameEn(p), from: formatVnDate(p.from), to: formatVnDate(p.to), deadline })}
      </Text>
      {outside && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('asOfOutsideTitle')}</MessageBarTitle>
            {pickText(outside)}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.indicators}>
        {summary.indicators.map((indicator) => (
          <li key={indicator.id} className={styles.indicator}>
            <Text weight="semibold">{pickText(indicator.label)}</Text>
            <Text size={200} className={styles.muted}>
              {t('resultTarget', { target: formatTarget(indicator.target) })}
            </Text>
            {indicator.totals.map(({ kind, value }) => (
              <span key={kind} className={styles.total}>
                <MetBadge value={value} />
                <Text>{t(kind === 'village' ? 'resultVillages' : 'resultUnits')}:</Text>
                <Text className={styles.percent}>{formatPercent(value.percent, lang)}</Text>
                <Text size={200} className={styles.muted}>
                  {t('resultValue', { numerator: formatNumber(value.numerator, lang), denominator: formatNumber(value.denominator, lang) })}
                </Text>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {summary.recorded.length > 0 && (
        <>
          <Text weight="semibold">{t('recordedTitle')}</Text>
          {summary.recorded.map((r) => (
            <Text key={r.kind}>
              {t('recordedLine', {
                kind: t(r.kind === 'village' ? 'resultVillages' : 'resultUnits'),
                noSmartphone: formatNumber(r.noSmartphone, lang),
                guardian: formatNumber(r.guardian, lang),
              })}
            </Text>
          ))}
        </>
      )}
      <Text weight="semibold">{t('belowTitle')}</Text>
      {summary.villagesBelow.length === 0 ? (
        <Text>{t('belowNone')}</Text>
      ) : (
        <ul className={styles.below}>
          {summary.villagesBelow.map((village) => (
            <li key={village.sheet}>
              <Text>
                <Text weight="semibold">{village.name}</Text>
                {': '}
                {village.misses.map((miss) => `${formatPercent(miss.value.percent, lang)} (${pickText(miss.label)})`).join('; ')}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text weight="semibold">{t('forecastTitle')}</Text>
      {summary.forecast.state === 'pastDeadlines' ? (
        <Text>{t('forecastPast')}</Text>
      ) : summary.forecast.state === 'tooLittleHistory' ? (
        <Text>{t('forecastTooLittle')}</Text>
      ) : summary.forecast.late.length === 0 ? (
        <Text>{t('forecastNone')}</Text>
      ) : (
        <ul className={styles.below}>
          {summary.forecast.late.map((miss) => (
            <li key={`${miss.kind}:${miss.name}:${miss.id}`}>
              <Text>
                <Text weight="semibold">{miss.name}</Text>
                {` (${pickText(miss.label)}, ${t('forecastDeadline', { deadline: formatVnDate(miss.deadline) })}): `}
                {pickText(miss.words)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text size={200} className={styles.muted}>
        {t('sheetsWritten', { sheets: specs.map((s) => s.name).join(', ') })}
      </Text>
      {!printLayout && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('printLayoutTitle')}</MessageBarTitle>
            {t('printLayoutBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button className={styles.action} appearance={printLayout ? 'secondary' : 'primary'} disabled={!canOpenWorkbook || opening !== null} onClick={onOpenWorkbook}>
        {opening ? t('openWorkbookBusy') : t('openWorkbook')}
      </Button>
      {opening && (
        <div role="status" aria-live="polite">
          <ProgressBar value={opening.phase === 'writing' ? opening.fraction : undefined} thickness="large" aria-label={t('openWorkbookBusy')} />
          <Text size={200}>
            {opening.phase === 'writing'
              ? t('openWorkbookWriting', { percent: String(Math.round((opening.fraction ?? 0) * 100)) })
              : t('openWorkbookOpening')}
          </Text>
        </div>
      )}
      {!canOpenWorkbook && (
        <Text size={200} className={styles.muted}>
          {t('openWorkbookUnavailable')}
        </Text>
      )}
    </Panel>
  );
}
