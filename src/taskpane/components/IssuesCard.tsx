import { CounterBadge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import { useId, useMemo, type Ref } from 'react';
import type { Severity } from '../../core/issues';
import type { ReportIssue, ReportModel } from '../../core/report/model';
import { groupBySeverity } from '../issue-groups';
import { SEVERITY_KEYS, formatNumber, type StringKey } from '../i18n';
import { useLanguage } from '../language';
import { IssueGroupList } from './IssueGroupList';
import { SEVERITY_COLOR } from './severity';

export interface IssuesCardProps {
  model: ReportModel;
  onSelect: (issue: ReportIssue) => void;
  /** The card's heading, which takes the focus when a check has just finished. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const HEADINGS: Record<Severity, StringKey> = { error: 'issuesHeadingError', warning: 'issuesHeadingWarning', info: 'issuesHeadingInfo' };

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
  severity: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  severityHeading: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  sheet: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  summary: {
    cursor: 'pointer',
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  panel: {
    paddingTop: tokens.spacingVerticalXS,
  },
});

/**
 * The check's findings: counts per severity, then a section per severity (errors to fix, warnings,
 * notes), each by sheet and by code; clicking one selects its cell. A sheet is a native disclosure
 * (<details>): keyboard and screen readers know it, and it brings no focus library with it.
 */
export function IssuesCard({ model, onSelect, headingRef }: IssuesCardProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const sections = useMemo(() => groupBySeverity(model.issues), [model]);
  const idBase = useId();
  const severities: Severity[] = ['error', 'warning', 'info'];
  return (
    <Panel title={t('issuesTitle')} headingRef={headingRef}>
      <div className={styles.counts}>
        {severities.map((severity) => (
          <span key={severity} className={styles.count}>
            <CounterBadge count={model.issueCounts[severity]} overflowCount={99999} showZero color={SEVERITY_COLOR[severity]} />
            <Text>{t(SEVERITY_KEYS[severity])}</Text>
          </span>
        ))}
      </div>
      {sections.length === 0 ? (
        <Text>{t('issuesNone')}</Text>
      ) : (
        <>
          <Text size={200} className={styles.hint}>
            {t('issuesHint')}
          </Text>
          {sections.map((section, k) => (
            <section key={section.severity} className={styles.severity} aria-labelledby={`${idBase}-${section.severity}`}>
              <Text as="h3" size={300} weight="semibold" id={`${idBase}-${section.severity}`} className={styles.severityHeading}>
                {t(HEADINGS[section.severity])} ({formatNumber(section.count, lang)})
              </Text>
              {section.sheets.map((s, i) => (
                <details key={s.sheet} className={styles.sheet} open={k === 0 && i === 0}>
                  <summary className={styles.summary}>{t('issuesSheetCount', { sheet: s.sheet, count: formatNumber(s.count, lang) })}</summary>
                  <div className={styles.panel}>
                    {s.groups.map((group) => (
                      <IssueGroupList key={group.code} group={group} onSelect={onSelect} />
                    ))}
                  </div>
                </details>
              ))}
            </section>
          ))}
        </>
      )}
    </Panel>
  );
}
