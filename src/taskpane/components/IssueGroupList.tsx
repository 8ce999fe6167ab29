import { Button, CounterBadge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportIssue } from '../../core/report/model';
import { issueAddress, type IssueGroup } from '../issue-groups';
import { ISSUE_TITLES, formatNumber } from '../i18n';
import { useLanguage } from '../language';
import { SEVERITY_COLOR } from './severity';

export interface IssueGroupListProps {
  group: IssueGroup;
  onSelect: (issue: ReportIssue) => void;
}

/** Issues shown per group at first and per "show more": long lists stay quick to render. */
export const PAGE_SIZE = 200;

const useStyles = makeStyles({
  group: {
    marginBottom: tokens.spacingVerticalM,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  issue: {
    textAlign: 'start',
  },
  where: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
  },
});

export function IssueGroupList({ group, onSelect }: IssueGroupListProps) {
  const styles = useStyles();
  const { lang, t, pickText } = useLanguage();
  const [shown, setShown] = useState(PAGE_SIZE);
  const rest = group.issues.length - shown;
  const where = (issue: ReportIssue) =>
    issue.row === null ? t('issueWholeSheet') : issue.column === null ? t('issueRow', { row: issue.row }) : t('issueAt', { cell: issueAddress(issue) });
  return (
    <section className={styles.group}>
      <div className={styles.heading}>
        <CounterBadge count={group.issues.length} overflowCount={99999} size="small" color={SEVERITY_COLOR[group.severity]} />
        <Text weight="semibold">{pickText(ISSUE_TITLES[group.code])}</Text>
      </div>
      <ul className={styles.list}>
        {group.issues.slice(0, shown).map((issue, i) => (
          <li key={i}>
            <Link as="button" className={styles.issue} onClick={() => onSelect(issue)}>
              <span className={styles.where}>{where(issue)}</span>
              {t('issueSeparator')}
              {issue.person?.name ? `${issue.person.name}: ` : ''}
              {lang === 'vi' ? issue.message : issue.messageEn}
            </Link>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('showMore', { count: formatNumber(Math.min(rest, PAGE_SIZE), lang) })}
        </Button>
      )}
    </section>
  );
}
