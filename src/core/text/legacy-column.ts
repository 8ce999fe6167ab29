/**
 * Legacy encodings by column: a list pasted from an old .VnTime or VNI file is legacy in every cell
 * of a text column, including cells that would pass for Unicode on their own ("Cã" is TCVN3 for
 * "Có", and also a harmless-looking word). So a column is judged once, on a sample, and then every
 * cell of it is decoded.
 */
import { type LegacyEncoding, LEGACY_ENCODINGS, decodeLegacy, detectLegacy, isWellFormed, mayBeLegacy } from './legacy';

/** Cells looked at per column: the first non-empty ones. */
export const LEGACY_SAMPLE_SIZE = 50;

/**
 * The encoding most sampled cells are in, or null (`detect` may remember answers: status words repeat). Of the sampled cells that hold a non-ASCII
 * character, more than half must be detected as one encoding (and at least one), and more than are
 * detected as the other. ASCII cells ("x", "Nam") read the same either way and do not vote.
 */
export function voteColumnEncoding(samples: readonly string[], detect: (text: string) => LegacyEncoding | null = detectLegacy): LegacyEncoding | null {
  let candidates = 0;
  const votes: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const text of samples) {
    if (!hasNonAscii(text)) continue;
    candidates++;
    const encoding = detect(text);
    if (encoding !== null) votes[encoding]++;
  }
  const [first, second] = LEGACY_ENCODINGS;
  const winner = votes[first] > votes[second] ? first : votes[second] > votes[first] ? second : null;
  if (winner === null || votes[winner] * 2 <= candidates) return null;
  return winner;
}

/**
 * True when a column with no majority of its own can follow the encoding the rest of its sheet is
 * in: every non-ASCII sampled cell could be legacy, decodes to well-formed Vietnamese, and at least
 * one changes ("Cã" and "x" beside a TCVN3 name column).
 */
export function columnFollows(samples: readonly string[], encoding: LegacyEncoding): boolean {
  let changed = false;
  for (const text of samples) {
    if (!hasNonAscii(text)) continue;
    if (!mayBeLegacy(text)) return false;
    const decoded = decodeLegacy(text, encoding, { capitals: false });
    if (!isWellFormed(decoded)) return false;
    if (decoded !== text) changed = true;
  }
  return changed;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/**
 * Decodes the cells of one legacy column, remembering each distinct text (status words repeat) and
 * counting the cells it changed. Cells holding characters no legacy font produces are kept.
 */
export class LegacyColumnDecoder {
  converted = 0;
  private readonly cache = new Map<string, string>();

  constructor(readonly encoding: LegacyEncoding) {}

  decode(text: string): string {
    let decoded = this.cache.get(text);
    if (decoded === undefined) {
      decoded = mayBeLegacy(text) ? decodeLegacy(text, this.encoding) : text;
      if (this.cache.size < 10_000) this.cache.set(text, decoded);
    }
    if (decoded !== text) this.converted++;
    return decoded;
  }
}
