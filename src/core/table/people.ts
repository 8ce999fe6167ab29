import { PERSON_FLAGS, type PersonFlag } from '../vocabulary';
/**
 * People read from every list, stored column by column in typed arrays: a million persons
 * cost a few tens of megabytes and no object each. Index i is one list row.
 */

export const FLAG_BIT = Object.fromEntries(PERSON_FLAGS.map((f, i) => [f, 1 << i])) as Record<PersonFlag, number>;

export function flagMask(flags: readonly PersonFlag[]): number {
  let mask = 0;
  for (const f of flags) mask |= FLAG_BIT[f];
  return mask;
}

export class People {
  count = 0;
  readonly entity: Uint32Array;
  /** Zero-based row in the entity's Grid. */
  readonly row: Int32Array;
  /** CCCD (or CMND) number, NaN when none. */
  readonly cccdKey: Float64Array;
  /** Last 10 BHYT characters as a number, NaN when none. */
  readonly bhytKey: Float64Array;
  /** Birth date yyyymmdd (a bare year as yyyy0101), from the list or else the CCCD; 0 unknown. */
  readonly birth: Int32Array;
  /** The day the person's level-2 dossier was received, yyyymmdd (seed 000 §II.2); 0 when the list gives none. */
  readonly received: Int32Array;
  readonly flags: Uint16Array;

  constructor(capacity: number) {
    this.entity = new Uint32Array(capacity);
    this.row = new Int32Array(capacity);
    this.cccdKey = new Float64Array(capacity);
    this.bhytKey = new Float64Array(capacity);
    this.birth = new Int32Array(capacity);
    this.received = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
  }
}
