import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ShownNotice } from '../hooks/useNotices';
import { useLanguage } from '../language';

export interface NoticeBarsProps {
  notices: readonly ShownNotice[];
  /** Absent for notices that cannot be dismissed (nothing else to show). */
  onDismiss?: (id: number) => void;
}

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  line: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
  },
  details: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: 'break-word',
  },
});

/** Failures and confirmations: what happened and what to do next, dismissable. */
export function NoticeBars({ notices, onDismiss }: NoticeBarsProps) {
  const styles = useStyles();
  const { t, pickText } = useLanguage();
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group} animate="exit-only">
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{pickText(notice.title)}</MessageBarTitle>
            {notice.body && <span className={styles.line}>{pickText(notice.body)}</span>}
            {notice.next && <span className={styles.line}>{pickText(notice.next)}</span>}
            {notice.details && (
              <Text size={200} className={styles.details}>
                {t('errorDetails', { details: notice.details })}
              </Text>
            )}
          </MessageBarBody>
          {onDismiss && (
            <MessageBarActions>
              <Button size="small" onClick={() => onDismiss(notice.id)}>
                {t('dismiss')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
