/**
 * What the command line says when it stops: one line in Vietnamese, one in English, each saying
 * what to do, and the exit code scripts rely on. Never a stack trace or a raw Node error.
 */

export const EXIT = {
  /** The report was written (with or without data issues). */
  written: 0,
  /** An input list or the campaign file cannot be read. */
  unreadable: 1,
  /** The command is wrong: an option, a value, an output that is an input. */
  usage: 2,
  /** The report could not be written (disk full, permission lost mid-run). */
  notWritten: 3,
  /** A fault in the program itself: the message goes to the team. */
  internal: 4,
} as const;

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly exitCode: number,
    readonly vi: string,
    readonly en: string,
    /** Print the usage after the message. */
    readonly showUsage = false,
  ) {
    super(`${vi}\n${en}`);
  }
}

export function usageError(vi: string, en: string): CliError {
  return new CliError(EXIT.usage, vi, en, true);
}

/** Node's error code (ENOENT, EACCES, …) of a failed file operation, or ''. */
export function errnoOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** An error's own message, whatever was thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Something failed that should not have: said as such, never dressed up as the user's mistake. */
export function internalError(stage: { vi: string; en: string }, e: unknown): CliError {
  const detail = messageOf(e).split('\n')[0];
  return new CliError(
    EXIT.internal,
    `Lỗi của chương trình khi ${stage.vi}: ${detail}. Hãy gửi nguyên văn thông báo này cho nhóm phát triển.`,
    `Internal error while ${stage.en}: ${detail}. Please send this message to the team.`,
  );
}
