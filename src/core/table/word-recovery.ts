/**
 * A word cell the parser did not take ("Cã" in a Unicode column, "Có\u200b"), read again: without invisible
 * characters, else decoded from TCVN3 or VNI. Each distinct text is tried once per list; the cells recovered as
 * legacy text are counted per column, with the font most of them were in, for the column's one warning.
 */
import { type LegacyEncoding, LEGACY_ENCODINGS, decodeLegacy, mayBeLegacy } from '../text/legacy';
import { withoutInvisible } from '../text/invisible';


/** How many distinct texts a list remembers: enough for its words, bounded for a column of free text. */
const REMEMBERED = 10_000;

interface Recovered {
  text: string;
  /** The legacy encoding it was decoded from, or null when only invisible characters were removed. */
  encoding: LegacyEncoding | null;
  /** Another font reads it as a word too ("Chöa": VNI "Chưa", TCVN3 "Chữa"): it says nothing of the column's font. */
  ambiguous: boolean;
}

function recoverWord(raw: string, accepts: (text: string) => boolean): Recovered | null {
  const visible = withoutInvisible(raw);
  if (visible !== raw && accepts(visible)) return { text: visible, encoding: null, ambiguous: false };
  if (!mayBeLegacy(visible)) return null;
  let found: Recovered | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeLegacy(visible, encoding);
    if (decoded === visible || !accepts(decoded)) continue;
    if (found) return { ...found, ambiguous: true };
    found = { text: decoded, encoding, ambiguous: false };
  }
  return found;
}

/** Legacy cells recovered in one column, and the votes for the font they were in. */
export interface RecoveredColumn {
  encoding: LegacyEncoding;
  cells: number;
  votes: Record<LegacyEncoding, number>;
}

export class WordRecovery {
  /** Per column: the legacy cells recovered one by one (in columns not judged legacy as a whole). */
  readonly columns = new Map<number, RecoveredColumn>();
  private readonly seen = new Map<string, Recovered | null>();

  /** The text the cell means, or null when neither reading makes it a word. `kind` names what `accepts` accepts. */
  recover(raw: string, col: number, kind: string, accepts: (text: string) => boolean): string | null {
    const key = `${kind}\u0000${raw}`;
    let found = this.seen.get(key);
    if (found === undefined) {
      found = recoverWord(raw, accepts);
      if (this.seen.size < REMEMBERED) this.seen.set(key, found);
    }
    if (found === null) return null;
    if (found.encoding !== null) this.count(col, found.encoding, found.ambiguous);
    return found.text;
  }

  private count(col: number, encoding: LegacyEncoding, ambiguous: boolean): void {
    let column = this.columns.get(col);
    if (!column) this.columns.set(col, (column = { encoding, cells: 0, votes: { tcvn3: 0, vni: 0 } }));
    column.cells++;
    // The warning names the font most unambiguous cells were in.
    if (!ambiguous) {
      column.votes[encoding]++;
      if (column.votes[encoding] > column.votes[column.encoding]) column.encoding = encoding;
    }
  }
}
