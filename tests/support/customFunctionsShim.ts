/**
 * The slice of Excel's CustomFunctions runtime the functions use, for running them in Node: an Error class
 * carrying code and message, the error codes, and associate() recording what the bundle registers.
 */
export class ShimError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface Shim {
  readonly Error: typeof ShimError;
  readonly ErrorCode: typeof ERROR_CODES;
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export function createCustomFunctionsShim(): Shim {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: ShimError,
    ErrorCode: ERROR_CODES,
    associated,
    associate(id, fn) {
      associated.set(id, fn);
    },
  };
}

/** Installs the shim as the global CustomFunctions, as Excel provides it. */
export function installCustomFunctionsShim(): Shim {
  const shim = createCustomFunctionsShim();
  (globalThis as unknown as { CustomFunctions: Shim }).CustomFunctions = shim;
  return shim;
}

/** Calls a function and returns what Excel would show: the value, or { code, message } of its error. */
export function evaluate(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ShimError) return { code: error.code, message: error.message };
    throw error;
  }
}
