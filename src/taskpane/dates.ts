/** The as-of date as the pane handles it: YYYY-MM-DD in the user's local calendar, not UTC. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today in the local time zone: at 06:00 in Hà Nội it is already today, though UTC is still yesterday. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now in the local time zone as YYYY-MM-DDTHH:mm, the form the engine takes for "when the report was made". */
export function localDateTime(now: Date = new Date()): string {
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

