import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import type { ProgressStep } from '../../excel/gateway';
import type { StringKey } from '../i18n';
import { useLanguage } from '../language';

export interface RunCardProps {
  /** The step under way, or null when nothing runs. */
  progress: { step: ProgressStep; fraction: number } | null;
  disabled: boolean;
  onCheck: () => void;
  onConsolidate: () => void;
}

export const STEP_TEXT: Record<ProgressStep, StringKey> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  counting: 'stepCounting',
  writing: 'stepWriting',
  done: 'stepDone',
};

const useStyles = makeStyles({
  buttons: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
  },
  button: {
    flexGrow: 1,
  },
  progress: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

/** "Kiểm tra" and "Tổng hợp", and the progress bar with the current step while either runs. */
export function RunCard({ progress, disabled, onCheck, onConsolidate }: RunCardProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const busy = progress !== null;
  return (
    <Panel>
      <div className={styles.buttons}>
        <Button className={styles.button} onClick={onCheck} disabled={disabled || busy}>
          {t('check')}
        </Button>
        <Button className={styles.button} appearance="primary" onClick={onConsolidate} disabled={disabled || busy}>
          {t('consolidate')}
        </Button>
      </div>
      {progress ? (
        <div className={styles.progress} role="status" aria-live="polite">
          <Text>{t(STEP_TEXT[progress.step])}</Text>
          <ProgressBar value={progress.fraction} thickness="large" aria-label={t('progressLabel')} />
        </div>
      ) : (
        <Text size={200} className={styles.hint}>
          {t('actionsHint')}
        </Text>
      )}
    </Panel>
  );
}
