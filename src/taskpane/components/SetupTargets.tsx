import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SetupDraft, SetupErrors, SetupFieldKey } from '../../core/campaign/setup';
import { useLanguage } from '../language';

export interface SetupTargetsProps {
  draft: SetupDraft;
  errors: SetupErrors;
  onChange: (index: number, key: 'op' | 'target' | 'deadline', value: string) => void;
}

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  op: {
    flex: '1 1 110px',
    minWidth: 0,
  },
  value: {
    flex: '1 1 80px',
    minWidth: 0,
  },
  control: {
    minWidth: 0,
    width: '100%',
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
});

/** A form field's control, found by its key ("place", "indicators.2.target") to move the focus to it. */
export const fieldControl = (key: string) => document.querySelector<HTMLElement>(`[data-field="${key}"]`);

/** Each indicator's target and deadline, under the indicator's own words. */
export function SetupTargets({ draft, errors, onChange }: SetupTargetsProps) {
  const styles = useStyles();
  const { t, pickText } = useLanguage();
  const message = (key: SetupFieldKey) => (errors[key] ? pickText(errors[key]) : undefined);
  return (
    <>
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        {t('setupSectionTargets')}
      </Text>
      {draft.indicators.map((ind, i) => {
        const target = `indicators.${i}.target` as const;
        const deadline = `indicators.${i}.deadline` as const;
        return (
          <fieldset key={ind.id} className={styles.fieldset}>
            <legend className={styles.legend}>{`${i + 1}. ${pickText(ind.label)}`}</legend>
            <div className={styles.pair}>
              <Field className={styles.op} label={t('setupOp')}>
                <Select className={styles.control} data-field={`indicators.${i}.op`} value={ind.op} onChange={(_, data) => onChange(i, 'op', data.value)}>
                  <option value=">=">{t('setupOpAtLeast')}</option>
                  <option value=">">{t('setupOpAbove')}</option>
                </Select>
              </Field>
              <Field className={styles.value} label={t('setupTarget')} validationMessage={message(target)} validationState={errors[target] ? 'error' : 'none'}>
                <Input className={styles.control} data-field={target} value={ind.target} inputMode="decimal" onChange={(_, data) => onChange(i, 'target', data.value)} />
              </Field>
            </div>
            <Field label={t('setupDeadline')} hint={t('setupDeadlineHint')} validationMessage={message(deadline)} validationState={errors[deadline] ? 'error' : 'none'}>
              <Input className={styles.control} data-field={deadline} value={ind.deadline} onChange={(_, data) => onChange(i, 'deadline', data.value)} />
            </Field>
          </fieldset>
        );
      })}
    </>
  );
}
