import { Badge, Button, Dropdown, Option, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetChoice } from '../sheet-choices';
import type { SheetSummary } from '../sheet-survey';
import { formatNumber, type StringKey } from '../i18n';
import { useLanguage } from '../language';

export interface SheetListProps {
  sheets: readonly SheetSummary[] | null;
  loading: boolean;
  onChoose: (sheet: string, choice: SheetChoice) => void;
  onReload: () => void;
}

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
  dropdown: {
    minWidth: '150px',
    maxWidth: '170px',
  },
});

/** The sheets found, each with the kind it will be consolidated as; the kind can be changed per sheet. */
export function SheetList({ sheets, loading, onChoose, onReload }: SheetListProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const labelOf = (choice: SheetChoice) => t(CHOICES.find((c) => c.value === choice)?.label ?? 'kindUnit');
  return (
    <section>
      <div className={styles.heading}>
        <Text weight="semibold">{t('sheetsTitle')}</Text>
        <Button size="small" appearance="subtle" onClick={onReload} disabled={loading}>
          {t('sheetsReload')}
        </Button>
      </div>
      {loading && !sheets && <Spinner size="tiny" label={t('sheetsLoading')} />}
      {sheets && sheets.length === 0 && <Text>{t('sheetsEmpty')}</Text>}
      {sheets && sheets.length > 0 && (
        <ul className={styles.list}>
          {sheets.map((s) => (
            <li key={s.sheet} className={styles.item}>
              <div className={styles.name}>
                <Text className={styles.sheet} title={s.sheet}>
                  {s.sheet}
                </Text>
                {s.isList && (
                  <Text size={200} className={styles.count}>
                    {t('sheetPeople', { count: formatNumber(s.people, lang) })}
                  </Text>
                )}
              </div>
              {s.choice ? (
                <Dropdown
                  size="small"
                  className={styles.dropdown}
                  aria-label={t('sheetKindLabel', { sheet: s.sheet })}
                  value={labelOf(s.choice)}
                  selectedOptions={[s.choice]}
                  onOptionSelect={(_, data) => data.optionValue && onChoose(s.sheet, data.optionValue as SheetChoice)}
                >
                  {CHOICES.map((c) => (
                    <Option key={c.value} value={c.value}>
                      {t(c.label)}
                    </Option>
                  ))}
                </Dropdown>
              ) : (
                <Badge appearance="outline" color="subtle">
                  {t('sheetNotAList')}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
