import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Panel } from './Panel';
import { useMemo } from 'react';
import type { Severity } from '../../core/issues';
import type { ReportIssue, ReportModel } from '../../core/report/model';
import { groupIssues } from '../issue-groups';
import { SEVERITY_KEYS, formatNumber } from '../i18n';
import { useLanguage } from '../language';
import { IssueGroupList } from './IssueGroupList';
import { SEVERITY_COLOR } from './severity';

export interface IssuesCardProps {
  model: ReportModel;
  onSelect: (issue: ReportIssue) => void;
}

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  count: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  sheetHeader: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

/** The check's findings: counts per severity, then per sheet and per code; clicking one selects its cell. */
export function IssuesCard({ model, onSelect }: IssuesCardProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const sheets = useMemo(() => groupIssues(model.issues), [model]);
  const severities: Severity[] = ['error', 'warning', 'info'];
  return (
    <Panel title={t('issuesTitle')}>
      <div className={styles.counts}>
        {severities.map((severity) => (
          <span key={severity} className={styles.count}>
            <CounterBadge count={model.issueCounts[severity]} overflowCount={99999} showZero color={SEVERITY_COLOR[severity]} />
            <Text>{t(SEVERITY_KEYS[severity])}</Text>
          </span>
        ))}
      </div>
      {sheets.length === 0 ? (
        <Text>{t('issuesNone')}</Text>
      ) : (
        <>
          <Text size={200} className={styles.hint}>
            {t('issuesHint')}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={[sheets[0].sheet]}>
            {sheets.map((s) => (
              <AccordionItem key={s.sheet} value={s.sheet}>
                <AccordionHeader>
                  <span className={styles.sheetHeader}>
                    <Text weight="semibold">{s.sheet}</Text>
                    <Text size={200}>({formatNumber(s.count, lang)})</Text>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {s.groups.map((group) => (
                    <IssueGroupList key={group.code} group={group} onSelect={onSelect} />
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </Panel>
  );
}
