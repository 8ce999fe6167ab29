import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type SyntheticEvent, type KeyboardEvent } from 'react';
import type { Campaign } from '../../core/campaign/schema';
import { PRESETS, presetIds } from '../../core/campaign/presets';
import { WEEKDAYS } from '../../core/campaign/config-values';
import { AUTHORITY_LINES, type SetupDraft, type SetupErrors, type SetupFieldKey, type SetupTextField } from '../../core/campaign/setup';
import type { SetupFormState, SetupStart } from '../hooks/useSetupForm';
import type { StringKey } from '../i18n';
import { useLanguage } from '../language';
import { Panel } from './Panel';
import { SetupTargets, fieldControl } from './SetupTargets';

export interface SetupFormProps {
  form: SetupFormState;
  /** The campaign in use when the form opened ("start from the plan now selected"). */
  current: Campaign;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  section: {
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  // Two short fields side by side, one under the other when the pane is narrow.
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
  },
  pairItem: {
    flex: '1 1 120px',
    minWidth: 0,
  },
  // Fluent's inputs keep a minimum width wider than a 320 px pane leaves: they shrink to the card instead.
  select: {
    minWidth: 0,
  },
  control: {
    minWidth: 0,
    width: '100%',
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  caption: {
    color: tokens.colorNeutralForeground3,
  },
});

/** The order fields appear in: a failed save moves the focus to the first wrong one. */
const FIELD_ORDER: readonly SetupFieldKey[] = ['supervising', 'body', 'place', 'symbol', 'name', 'id', 'start', 'end', 'finalDue', 'weekday', 'time', 'authority', 'signTop', 'signTitle', 'signer', 'recipients', 'villages', 'units'];

function firstError(errors: SetupErrors, indicators: number): SetupFieldKey | null {
  const targets = Array.from({ length: indicators }, (_, i) => [`indicators.${i}.target`, `indicators.${i}.deadline`] as SetupFieldKey[]).flat();
  return [...FIELD_ORDER, ...targets].find((key) => errors[key]) ?? null;
}

const startValue = (s: SetupStart) => (s.kind === 'preset' ? `preset:${s.id}` : s.kind);
const startOf = (value: string): SetupStart => (value.startsWith('preset:') ? { kind: 'preset', id: value.slice(7) } : value === 'blank' ? { kind: 'blank' } : { kind: 'current' });

/** The campaign a commune makes for itself: its header, signer, recipients, villages and units, targets and deadlines. */
export function SetupForm({ form, current }: SetupFormProps) {
  const styles = useStyles();
  const { t, pickText } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = form.editing;
  const attempts = editing?.attempts ?? 0;
  const errors = editing?.errors ?? {};
  const indicatorCount = editing?.draft.indicators.length ?? 0;
  const errorKey = firstError(errors, indicatorCount);

  // Opening the form moves the focus into it, so a keyboard user starts at its top.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (attempts > 0 && errorKey) fieldControl(errorKey)?.focus();
    // Only after a save attempt, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempts]);

  if (!editing) return null;
  const d = editing.draft;
  const message = (key: SetupFieldKey) => (errors[key] ? pickText(errors[key]) : undefined);
  const text = (key: SetupTextField, label: StringKey, hint?: string, multiline = false) => (
    <Field label={t(label)} hint={hint} validationMessage={message(key)} validationState={errors[key] ? 'error' : 'none'}>
      {multiline ? (
        <Textarea className={styles.control} data-field={key} value={d[key]} resize="vertical" rows={Math.min(10, Math.max(3, d[key].split('\n').length + 1))} onChange={(_, data) => form.change(key, data.value)} />
      ) : (
        <Input className={styles.control} data-field={key} value={d[key]} onChange={(_, data) => form.change(key, data.value)} />
      )}
    </Field>
  );
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void form.save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') form.cancel();
  };
  const errorCount = Object.keys(errors).length;

  return (
    <Panel>
      <form className={styles.form} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-labelledby="setup-title">
        <Text as="h2" id="setup-title" size={400} weight="semibold" className={styles.section} ref={heading} tabIndex={-1}>
          {t('setupTitle')}
        </Text>
        <Text size={200} className={styles.caption}>
          {t('setupIntro')}
        </Text>
        <Field label={t('setupStartFrom')}>
          <Select data-field="start-from" className={styles.select} value={startValue(editing.start)} onChange={(_, data) => form.startFrom(startOf(data.value), current)}>
            <option value="current">{t('setupStartCurrent')}</option>
            {presetIds().map((id) => (
              <option key={id} value={`preset:${id}`}>
                {t('setupStartPreset', { place: PRESETS[id].issuingBody.place })}
              </option>
            ))}
            <option value="blank">{t('setupStartBlank')}</option>
          </Select>
        </Field>
        {errorCount > 0 && (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{t('setupErrorsTitle', { count: errorCount })}</MessageBarTitle>
              {t('setupErrorsBody')} {errors.form ? pickText(errors.form) : ''}
            </MessageBarBody>
          </MessageBar>
        )}

        <Text as="h3" size={300} weight="semibold" className={styles.section}>
          {t('setupSectionBody')}
        </Text>
        {text('supervising', 'setupSupervising', t('setupSupervisingHint'))}
        {text('body', 'setupBody', t('setupBodyHint'))}
        {text('place', 'setupPlace', t('setupPlaceHint', { place: d.place.trim() || '…' }))}
        {text('symbol', 'setupSymbol', t('setupSymbolHint', { symbol: d.symbol.trim() || 'BC-UBND' }))}

        <Text as="h3" size={300} weight="semibold" className={styles.section}>
          {t('setupSectionCampaign')}
        </Text>
        {text('name', 'setupName', undefined, true)}
        {text('id', 'setupId', t('setupIdHint'))}
        <div className={styles.pair}>
          <div className={styles.pairItem}>{text('start', 'setupStart')}</div>
          <div className={styles.pairItem}>{text('end', 'setupEnd')}</div>
        </div>
        {text('finalDue', 'setupFinalDue', t('setupFinalDueHint'))}
        <div className={styles.pair}>
          <Field className={styles.pairItem} label={t('setupWeekday')} validationMessage={message('weekday')}>
            <Select data-field="weekday" className={styles.select} value={String(d.weekday)} onChange={(_, data) => form.change('weekday', Number(data.value))}>
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={String(i + 1)}>
                  {day}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.pairItem}>{text('time', 'setupTime')}</div>
        </div>

        <Text as="h3" size={300} weight="semibold" className={styles.section}>
          {t('setupSectionSigner')}
        </Text>
        <Field label={t('setupAuthority')}>
          <Select data-field="authority" className={styles.select} value={d.authority} onChange={(_, data) => changeAuthority(form, d, data.value === 'KT' ? 'KT' : 'TM')}>
            <option value="TM">{t('setupAuthorityTM')}</option>
            <option value="KT">{t('setupAuthorityKT')}</option>
          </Select>
        </Field>
        {text('signTop', 'setupSignTop')}
        {text('signTitle', 'setupSignTitle')}
        {text('signer', 'setupSigner', t('setupSignerHint'))}
        {text('recipients', 'setupRecipients', undefined, true)}

        <Text as="h3" size={300} weight="semibold" className={styles.section}>
          {t('setupSectionEntities')}
        </Text>
        <Text size={200} className={styles.caption}>
          {t('setupEntitiesHint')}
        </Text>
        {text('villages', 'setupVillages', undefined, true)}
        {text('units', 'setupUnits', undefined, true)}

        <SetupTargets draft={d} errors={errors} onChange={form.changeIndicator} />

        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={form.saving}>
            {form.saving ? t('setupSaving') : t('setupSave')}
          </Button>
          <Button type="button" onClick={form.cancel} disabled={form.saving}>
            {t('setupCancel')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

/** Another authority brings its own two lines, unless someone wrote their own. */
function changeAuthority(form: SetupFormState, d: SetupDraft, authority: 'TM' | 'KT'): void {
  const [top, title] = AUTHORITY_LINES[d.authority];
  form.change('authority', authority);
  if (d.signTop === top && d.signTitle === title) {
    form.change('signTop', AUTHORITY_LINES[authority][0]);
    form.change('signTitle', AUTHORITY_LINES[authority][1]);
  }
}
