/**
 * Numbers as the report writes them in Vietnamese: a decimal comma ("84,9%"), a dot between
 * thousands ("1.234"), targets as "≥ 95%". Apart from format.ts (which re-exports them) because
 * this needs no date library: the task pane's first paint uses it and stays small (issue 13 §6).
 */
/** 84.94 with one digit → "84,9". */
export function formatDecimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** A percentage with one decimal, "84,9%"; an em dash when there is no value (nobody to count). */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${formatDecimal(percent, 1)}%`;
}

/** A change in percentage points with its sign and one decimal: "+3,5", "-1,2", "0,0"; an em dash for none. */
export function formatPoints(points: number | null): string {
  if (points === null) return '—';
  const text = formatDecimal(Math.abs(points), 1);
  return text === '0,0' ? text : `${points > 0 ? '+' : '-'}${text}`;
}

/** A target level as the plan writes it: 95 → "95", 99.5 → "99,5". */
export function formatTargetValue(value: number): string {
  return String(value).replace('.', ',');
}

/** "≥ 95%", or "> 95%" for a target that must be exceeded. */
export function formatTarget(target: { op: '>' | '>='; value: number }): string {
  return `${target.op === '>' ? '>' : '≥'} ${formatTargetValue(target.value)}%`;
}

/** A whole number with a dot between thousands: 1234567 → "1.234.567". */
export function formatCount(n: number): string {
  const digits = String(Math.abs(n));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, '.')}`;
}
