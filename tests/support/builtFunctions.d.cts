/** Types for tests/support/builtFunctions.cjs. */
export type RequirementSets = Readonly<Record<string, string>>;

export interface OfficeReporting {
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    displayLanguage?: string;
  };
}

export declare function officeReporting(
  sets: RequirementSets,
  options?: { displayLanguage?: string; asked?: string[] },
): OfficeReporting;

/** The registered functions by id (untyped: each answers whatever Excel takes, or throws an Excel error). */
export declare function loadFunctions(
  sets?: RequirementSets | null,
  displayLanguage?: string,
): Map<string, any>;
