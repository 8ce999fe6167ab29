/** Whether Office paints the pane dark, so the bootstrap can pick Fluent's matching theme. */

/** True for a dark colour given as "#RRGGBB" (relative luminance below the midpoint); false when unknown. */
export function isDarkColor(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? '');
  if (!match) return false;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.179;
}

/** Office.context.officeTheme is absent outside Office and on hosts without the Office theme API. */
export function officeThemeIsDark(officeTheme: { bodyBackgroundColor?: string } | undefined): boolean {
  return isDarkColor(officeTheme?.bodyBackgroundColor);
}
