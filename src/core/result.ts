/**
 * Lookups answer with a value or a failure that names what was wrong and what would work. The code is the
 * Excel error a custom function shows: #VALUE! for input that cannot be understood, #N/A for a question the
 * source does not answer. Kept free of Office globals so that the task pane and Node tests share it.
 */
export type FailureCode = "#VALUE!" | "#N/A";

export interface Failure {
  readonly ok: false;
  readonly code: FailureCode;
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function invalid(message: string): Failure {
  return { ok: false, code: "#VALUE!", message };
}

export function notAvailable(message: string): Failure {
  return { ok: false, code: "#N/A", message };
}
