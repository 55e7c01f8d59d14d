/*
 * The shape of the functions' metadata in another language. custom-functions-metadata-plugin cannot
 * localize, so the build derives functions.<lang>.json from the generated functions.json and a table of
 * this shape (scripts/localizeFunctions.cjs), failing when a function, parameter or enum value has no entry.
 * Ids and enum string values never change: workbooks and the functions rely on them.
 */
export interface TranslatedParameter {
  readonly name: string;
  readonly description: string;
}

export interface TranslatedFunction {
  /** The function's name in that language (letters, digits, "_" and "."; at least three characters). */
  readonly name: string;
  readonly description: string;
  /** By the English parameter name. */
  readonly parameters: Readonly<Record<string, TranslatedParameter>>;
}

export interface TranslatedEnumValue {
  /** What the drop-down shows. */
  readonly name: string;
  readonly tooltip?: string;
}

export interface FunctionsTranslation {
  /** By function id (RUTRADE, RUPOLL…). */
  readonly functions: Readonly<Record<string, TranslatedFunction>>;
  /** By enum id (Country, Field…), then by the value's English string value. */
  readonly enums: Readonly<Record<string, Readonly<Record<string, TranslatedEnumValue>>>>;
}
