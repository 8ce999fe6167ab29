import type { Severity } from '../../core/issues';

/** Badge colour per severity, the same in the counts and the group headings. */
export const SEVERITY_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const satisfies Record<Severity, string>;
