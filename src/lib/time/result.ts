import type { Result } from '../core/result';

/** Stable codes for what can go wrong while reading or converting a time; tests assert on these. */
type TimeErrorCode =
  | 'empty'
  | 'unrecognised'
  | 'invalid-date'
  | 'invalid-time'
  | 'invalid-offset'
  | 'too-precise'
  | 'out-of-range'
  | 'unknown-zone';

export interface TimeError {
  code: TimeErrorCode;
  /** Plain words for the user, saying what was expected. */
  message: string;
}

/** The outcome of a conversion: a value, or an error with a stable code. */
export type TimeResult<T> = Result<T, TimeError>;

/** Stable codes for things worth saying about a value that was read nonetheless. */
export type NoticeCode =
  | 'leap-second'
  | 'assumed-zone'
  | 'nonexistent-local-time'
  | 'ambiguous-local-time'
  | 'unknown-local-offset'
  | 'weekday-mismatch'
  | 'two-digit-year'
  | 'precision-truncated';

export interface Notice {
  code: NoticeCode;
  message: string;
}

export const ok = <T>(value: T): TimeResult<T> => ({ ok: true, value });

export const fail = <T = never>(code: TimeErrorCode, message: string): TimeResult<T> => ({
  ok: false,
  error: { code, message },
});
