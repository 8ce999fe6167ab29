/**
 * A column of words (Có/Không statuses, sex, smartphone) read cell by cell with what was found once per sheet:
 * decoded when the column is in a legacy font, parsed, and read again when the parser did not take it
 * (word-recovery.ts). Built once per list; `read` allocates nothing on the common path.
 */
import type { CellValue } from '../grid';
import type { LegacyColumnDecoder } from '../text/legacy-column';
import { isDateFormat } from './cells/excel-dates';
import type { WordRecovery } from './word-recovery';

export interface WordParser<T> {
  /** What recovered texts are remembered under: one per parser. */
  kind: string;
  /** Reads a cell; `dated` when it is a number shown as a date (a status column holding the day it was done). */
  parse(value: CellValue, dated: boolean): T;
  /** The reading says the cell was not understood. */
  unclear(value: T): boolean;
  /** Only status-like columns read a date as "done"; sex does not look at formats. */
  dateAware: boolean;
}

export class WordColumn<T> {
  /** The last cell read, decoded: what a finding about it quotes. */
  raw: CellValue | undefined = null;
  private readonly accepts: (text: string) => boolean;

  constructor(
    readonly col: number,
    readonly letter: string,
    private readonly parser: WordParser<T>,
    private readonly decoder: LegacyColumnDecoder | null,
    private readonly recovery: WordRecovery,
  ) {
    this.accepts = (text) => !parser.unclear(parser.parse(text, false));
  }

  read(row: readonly CellValue[], formats: readonly string[] | undefined): T {
    let raw = row[this.col];
    if (this.decoder !== null && typeof raw === 'string') raw = this.decoder.decode(raw);
    this.raw = raw;
    const dated = this.parser.dateAware && typeof raw === 'number' && isDateFormat(formats?.[this.col]);
    let value = this.parser.parse(raw ?? null, dated);
    if (this.parser.unclear(value) && typeof raw === 'string') {
      const text = this.recovery.recover(raw, this.col, this.parser.kind, this.accepts);
      if (text !== null) value = this.parser.parse(text, false);
    }
    return value;
  }
}
