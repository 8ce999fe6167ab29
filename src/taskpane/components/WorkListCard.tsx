import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import { useLanguage } from '../language';
import { formatNumber } from '../i18n';
import type { WorkListsWritten } from '../hooks/useWorkLists';
import { SHEET } from '../../core/vocabulary';

export interface WorkListCardProps {
  /** The villages and units of the last check or consolidation; empty before one: the lists are then made for all. */
  choices: readonly string[];
  picked: readonly string[];
  busy: boolean;
  disabled: boolean;
  written: WorkListsWritten | null;
  onPick: (names: string[]) => void;
  onWrite: () => void;
}

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  action: {
    alignSelf: 'flex-start',
  },
});

/** "Danh sách rà soát từng người": who each village's team still has to visit, for all villages or those picked. */
export function WorkListCard({ choices, picked, busy, disabled, written, onPick, onWrite }: WorkListCardProps) {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  const n = (value: number) => formatNumber(value, lang);
  const all = t('workListsAll');
  return (
    <Panel title={t('workListsTitle')}>
      <Text size={200} className={styles.hint}>
        {t('workListsHint', { sheet: SHEET.workLists })}
      </Text>
      <Field label={t('workListsPick')} hint={choices.length === 0 ? t('workListsPickHint') : undefined}>
        <Dropdown
          multiselect
          disabled={choices.length === 0 || busy}
          placeholder={all}
          value={picked.length === 0 ? '' : picked.join(', ')}
          selectedOptions={[...picked]}
          onOptionSelect={(_, data) => onPick(data.selectedOptions)}
        >
          {choices.map((name) => (
            <Option key={name}>{name}</Option>
          ))}
        </Dropdown>
      </Field>
      <Button className={styles.action} onClick={onWrite} disabled={disabled || busy}>
        {busy ? t('workListsBusy') : t('workListsWrite')}
      </Button>
      {written && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('workListsWritten', { sheet: SHEET.workLists, people: n(written.people), guardian: n(written.guardian), lists: n(written.lists), done: n(written.done) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </Panel>
  );
}
