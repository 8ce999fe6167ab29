import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { checkTypedDate, dateProblemText, type DateProblem } from '../../core/dates';
import { formatMoment, formatVnDate } from '../../core/format';
import { WEEKDAY_HEADERS, dayAfterKey, monthGrid, monthOf, monthTitle } from '../calendar';
import { todayIso } from '../dates';
import { useLanguage } from '../language';

export interface DateFieldProps {
  label: string;
  /** What the field shows: the date as typed. */
  text: string;
  /** The date the text reads as, YYYY-MM-DD, or '' while it reads as none. */
  value: string;
  /** Why the text is not a date; null when it is one. */
  problem: DateProblem | null;
  onText: (text: string) => void;
  /** A day chosen on the calendar. */
  onPick: (iso: string) => void;
}

const useStyles = makeStyles({
  calendar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    alignSelf: 'flex-start',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  grid: {
    borderCollapse: 'collapse',
  },
  weekday: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  day: {
    width: '32px',
    height: '32px',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  today: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
});

/** The error beside the field: "Ngày chưa đúng: tháng 2/2025 chỉ có 28 ngày." */
function problemMessage(problem: DateProblem | null, lang: 'vi' | 'en', t: ReturnType<typeof useLanguage>['t']): string | undefined {
  return problem ? t('asOfInvalid', { reason: dateProblemText(problem)[lang] }) : undefined;
}

/**
 * A date typed dd/mm/yyyy (or YYYY-MM-DD), read by core/dates.ts whatever the browser's language, with a calendar
 * that opens below it (Alt+↓ or the button) instead of the browser's own date input, whose order follows its locale.
 */
export function DateField({ label, text, value, problem, onText, onPick }: DateFieldProps) {
  const { lang, t } = useLanguage();
  const [open, setOpen] = useState(false);
  // The reason shows once the officer leaves the field (or presses Enter), not at every keystroke of a date half typed.
  const [typing, setTyping] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const calendarId = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // Leaving the field writes a date it read in full, "5/1/2026" as "05/01/2026".
  const tidy = () => {
    setTyping(false);
    const checked = checkTypedDate(text);
    if (checked.ok && formatVnDate(checked.iso) !== text) onText(formatVnDate(checked.iso));
  };
  return (
    <>
      <Field label={label} hint={t('asOfHint')} validationState={problem && !typing ? 'error' : 'none'} validationMessage={typing ? undefined : problemMessage(problem, lang, t)}>
        <Input
          value={text}
          placeholder={t('asOfPlaceholder')}
          autoComplete="off"
          onChange={(_, data) => {
            setTyping(true);
            onText(data.value);
          }}
          onBlur={tidy}
          onKeyDown={(e) => {
            if (e.key === 'Enter') tidy();
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }}
          contentAfter={
            <Button
              ref={toggle}
              appearance="transparent"
              size="small"
              aria-expanded={open}
              aria-controls={open ? calendarId : undefined}
              aria-label={t('calendarOpen')}
              onClick={() => setOpen((o) => !o)}
            >
              {t('calendarButton')}
            </Button>
          }
        />
      </Field>
      {open && (
        <MonthCalendar
          id={calendarId}
          selected={value}
          start={value || todayIso()}
          onPick={(iso) => {
            onPick(iso);
            close();
          }}
          onClose={close}
        />
      )}
    </>
  );
}

interface MonthCalendarProps {
  id: string;
  selected: string;
  start: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}

/** One month as a grid of day buttons, Monday first; the arrow keys, Home, End, PageUp and PageDown move, Enter picks, Esc closes. */
function MonthCalendar({ id, selected, start, onPick, onClose }: MonthCalendarProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const [focused, setFocused] = useState(start);
  const titleId = useId();
  const grid = useRef<HTMLTableElement>(null);
  // Focus follows the keys (and starts on the date when the calendar opens), not the month buttons.
  const focusDay = useRef(true);
  useEffect(() => {
    if (!focusDay.current) return;
    focusDay.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);
  const today = todayIso();
  const month = monthOf(focused);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (!(e.target instanceof HTMLElement) || e.target.dataset.day === undefined) return;
    const next = dayAfterKey(focused, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    focusDay.current = true;
    setFocused(next);
  };
  const toMonth = (key: 'PageUp' | 'PageDown') => {
    const next = dayAfterKey(focused, key);
    if (next !== null) setFocused(next);
  };

  return (
    <div id={id} role="group" aria-label={t('calendarLabel')} className={styles.calendar} onKeyDown={onKeyDown}>
      <div className={styles.head}>
        <Button appearance="subtle" size="small" aria-label={t('calendarPrevious')} onClick={() => toMonth('PageUp')}>
          ‹
        </Button>
        <Text id={titleId} weight="semibold" aria-live="polite">
          {monthTitle(month, lang)}
        </Text>
        <Button appearance="subtle" size="small" aria-label={t('calendarNext')} onClick={() => toMonth('PageDown')}>
          ›
        </Button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={titleId} className={styles.grid}>
        <thead>
          <tr>
            {WEEKDAY_HEADERS[lang].map((h) => (
              <th key={h.short} scope="col" abbr={h.full} className={styles.weekday}>
                {h.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week.find((d) => d !== null)}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={i} />
                ) : (
                  <td key={day} aria-selected={day === selected}>
                    <button
                      type="button"
                      data-day={day}
                      tabIndex={day === focused ? 0 : -1}
                      aria-label={formatMoment(day, lang)}
                      aria-current={day === today ? 'date' : undefined}
                      className={mergeClasses(styles.day, day === today && styles.today, day === selected && styles.selected)}
                      onClick={() => onPick(day)}
                    >
                      {Number(day.slice(8, 10))}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>{t('calendarKeys')}</Text>
    </div>
  );
}
