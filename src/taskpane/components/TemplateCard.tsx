import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from './Panel';
import { useLanguage } from '../language';
import type { EntityKind } from '../../core/vocabulary';

export interface TemplateCardProps {
  kind: EntityKind;
  name: string;
  busy: boolean;
  created: string | null;
  /** False on hosts below ExcelApi 1.8: the template comes without Yes/No dropdowns. */
  dropdowns: boolean;
  onKind: (kind: EntityKind) => void;
  onName: (name: string) => void;
  onCreate: () => void;
}

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  action: {
    alignSelf: 'flex-start',
  },
});

/** "Tạo mẫu danh sách": a village or unit list sheet in the right shape. */
export function TemplateCard({ kind, name, busy, created, dropdowns, onKind, onName, onCreate }: TemplateCardProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const nameMissing = name.trim() === '';
  return (
    <Panel title={t('templateTitle')}>
      <Text size={200} className={styles.hint}>
        {t('templateHint')}
      </Text>
      <Field label={t('templateKind')}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => onKind(data.value as EntityKind)}>
          <Radio value="village" label={t('kindVillage')} />
          <Radio value="unit" label={t('kindUnit')} />
        </RadioGroup>
      </Field>
      <Field label={t('templateName')} hint={nameMissing ? t('templateNameRequired') : undefined}>
        <Input
          value={name}
          placeholder={t('templateNamePlaceholder')}
          onChange={(_, data) => onName(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !nameMissing && !busy) onCreate();
          }}
        />
      </Field>
      {!dropdowns && <Text size={200} className={styles.hint}>{t('templateNoDropdowns')}</Text>}
      <Button className={styles.action} onClick={onCreate} disabled={busy || nameMissing}>
        {t('templateCreate')}
      </Button>
      {created && (
        <MessageBar intent="success">
          <MessageBarBody>{t('templateCreated', { sheet: created })}</MessageBarBody>
        </MessageBar>
      )}
    </Panel>
  );
}
