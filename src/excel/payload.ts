/**
 * Round trips and their size. Excel on the web refuses a request or a response above about 5 MB, and
 * each context.sync() is a round trip, so work is queued in batches that stay under a byte budget:
 * the number of syncs grows with the amount of data, never with the number of sheets or rows.
 */

export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/**
 * What one cell is assumed to cost in a response holding its value and number format (JSON, UTF-8)
 * before any cell was measured: on the safe side for lists, whose cells measure about 19 bytes.
 */
export const DEFAULT_BYTES_PER_CELL = 32;

/** Bytes a string takes in UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) n += 2;
    else if (c >= 0x80 && c < 0x800) n += 1;
    // A surrogate pair is two UTF-16 units and four UTF-8 bytes: 1 + 1 already counted, 1 more each.
    else if (c >= 0xd800 && c <= 0xdfff) n += 1;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Error codes Excel gives when one round trip carries too much. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Splits items into consecutive batches whose bytes stay under the budget (an item larger than the budget goes alone). */
export function packBatches<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export interface BatchSteps<T, Q> {
  /** Queues the batch's commands and loads; returns what `collect` reads after the sync. */
  queue(batch: readonly T[]): Q;
  /** Reads what the sync brought back. */
  collect?(batch: readonly T[], queued: Q): void;
  /** When Excel refuses a batch as too large: the same work in two smaller batches, or null to give up. */
  split?(batch: readonly T[]): [T[], T[]] | null;
  /** Batches done over batches known; only for a plan given as an array (a lazy plan reports its own progress). */
  onProgress?(fraction: number): void;
}

/**
 * Queues each batch and syncs it: the one place a sync runs in a loop, on purpose. Each turn carries
 * up to a payload budget of work, so the loop turns once per ~4 MB, not once per sheet or row.
 * The plan may be lazy (a generator): its next batch is asked for only once the previous one was
 * collected, so it can be sized from what the earlier syncs brought back.
 */
export async function syncEachBatch<T, Q>(context: { sync(): Promise<unknown> }, plan: readonly T[][] | Iterable<T[]>, steps: BatchSteps<T, Q>): Promise<void> {
  const known = Array.isArray(plan) ? plan.length : null;
  const batches = plan[Symbol.iterator]();
  const retries: T[][] = [];
  let taken = 0;
  let done = 0;
  for (;;) {
    let batch = retries.shift();
    if (batch === undefined) {
      const next = batches.next();
      if (next.done) return;
      batch = next.value;
      taken++;
    }
    const queued = steps.queue(batch);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB payload (Excel's limit), never per sheet or row: see the comment above
      await context.sync();
    } catch (e) {
      const parts = isPayloadTooLarge(e) ? (steps.split?.(batch) ?? null) : null;
      if (!parts) throw e;
      retries.unshift(...parts);
      continue;
    }
    steps.collect?.(batch, queued);
    done++;
    if (known !== null) steps.onProgress?.(done / (done + retries.length + known - taken));
  }
}
