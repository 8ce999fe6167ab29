import { Badge, Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetChoice } from '../sheet-choices';
import type { SheetSummary } from '../sheet-survey';
import { formatNumber, type StringKey } from '../i18n';
import { useLanguage } from '../language';
import { FORM_LABELS } from '../../core/forms/measures';

export interface SheetListProps {
  sheets: readonly SheetSummary[] | null;
  loading: boolean;
  onChoose: (sheet: string, choice: SheetChoice) => void;
  onReload: () => void;
}

/** The badge of a sheet the engine does not count: a side list (issue 10 §3) or a list of an unclear kind. */
const SIDE_BADGES: Record<NonNullable<SheetSummary['side']>, StringKey> = {
  roster: 'sheetRoster',
  mismatch: 'sheetMismatchList',
  noLevel2: 'sheetNoLevel2',
  undecided: 'sheetUndecided',
};

const CHOICES: readonly { value: SheetChoice; label: StringKey }[] = [
  { value: 'village', label: 'kindVillage' },
  { value: 'unit', label: 'kindUnit' },
  { value: 'exclude', label: 'kindExcluded' },
];

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  name: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  sheet: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  count: {
    color: tokens.colorNeutralForeground3,
  },
  select: {
    width: '160px',
  },
});

/** The sheets found, each with the kind it will be consolidated as; the kind can be changed per sheet. */
export function SheetList({ sheets, loading, onChoose, onReload }: SheetListProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  return (
    <section>
      <div className={styles.heading}>
        <Text weight="semibold">{t('sheetsTitle')}</Text>
        <Button size="small" appearance="subtle" onClick={onReload} disabled={loading}>
          {t('sheetsReload')}
        </Button>
      </div>
      {loading && !sheets && <Text role="status">{t('sheetsLoading')}</Text>}
      {sheets && sheets.length === 0 && <Text>{t('sheetsEmpty')}</Text>}
      {sheets && sheets.length > 0 && (
        <ul className={styles.list}>
          {sheets.map((s) => (
            <li key={s.sheet} className={styles.item}>
              <div className={styles.name}>
                <Text className={styles.sheet} title={s.sheet}>
                  {s.sheet}
                </Text>
                {(s.isList || (s.side !== null && s.side !== 'undecided')) && (
                  <Text size={200} className={styles.count}>
                    {t('sheetPeople', { count: formatNumber(s.people, lang) })}
                  </Text>
                )}
              </div>
              {s.choice ? (
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={t('sheetKindLabel', { sheet: s.sheet })}
                  value={s.choice}
                  onChange={(_, data) => onChoose(s.sheet, data.value as SheetChoice)}
                >
                  {CHOICES.map((c) => (
                    <option key={c.value} value={c.value}>
                      {t(c.label)}
                    </option>
                  ))}
                </Select>
              ) : (
                <Badge appearance="tint" color="informative">
                  {s.form ? t('sheetCountForm', { form: FORM_LABELS[s.form][lang] }) : s.side ? t(SIDE_BADGES[s.side]) : t('sheetNotAList')}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
