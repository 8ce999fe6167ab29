/** Office errors → ExcelAdapterError: a code and what the user can act on; the pane words it. */
import { ExcelAdapterError, type OfficeProblem } from './gateway';
import { isPayloadTooLarge } from './payload';

type Failure = 'READ_FAILED' | 'WRITE_FAILED';

/** The Office error codes a user can do something about. */
export function officeProblem(e: unknown): OfficeProblem {
  switch ((e as { code?: string } | null)?.code) {
    case 'InvalidOperationInCellEditMode':
      return 'cellEditing';
    case 'AccessDenied':
      return 'protected';
    case 'ItemNotFound':
      return 'notFound';
    default:
      return 'other';
  }
}

export function hostTooOld(): ExcelAdapterError {
  return new ExcelAdapterError({ code: 'HOST_TOO_OLD' });
}

/** Wraps whatever an Excel.run threw; an ExcelAdapterError passes through unchanged. */
export function toAdapterError(e: unknown, failure: Failure): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  if (isPayloadTooLarge(e)) return new ExcelAdapterError({ code: 'PAYLOAD_TOO_LARGE' }, { cause: e });
  return new ExcelAdapterError({ code: failure, problem: officeProblem(e) }, { cause: e });
}
