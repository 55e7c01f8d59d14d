/*
 * Names of what the add-in adds to a workbook: worksheets and tables, never clashing with existing ones.
 */
const SHEET_NAME_MAX = 31;

/**
 * A worksheet name not yet in `existing` (compared case-insensitively, as Excel does): characters Excel
 * forbids removed, at most 31 characters, " (2)", " (3)"… appended where needed.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const cleaned =
    base
      .replace(/[\\/?*[\]:]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .slice(0, SHEET_NAME_MAX)
      .trim() || "Central Asia";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  taken.add("history"); // Excel reserves this name.
  if (!taken.has(cleaned.toLowerCase())) return cleaned;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${cleaned.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Russian letters in Latin ones (a simple transliteration), so that a Russian title still names its table. */
const CYRILLIC: ReadonlyMap<string, string> = new Map(
  (
    "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts " +
    "ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

function transliterate(text: string): string {
  return text.replace(/[а-яё]/gi, (letter) => {
    const latin = CYRILLIC.get(letter.toLowerCase()) ?? "";
    return letter === letter.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/**
 * An Excel table name not yet in `existing`: "CA_" and the title's letters and digits joined by "_" (a name
 * must start with a letter or underscore, hold no spaces and must not look like a cell reference); Russian
 * letters are transliterated.
 */
export function uniqueTableName(title: string, existing: readonly string[]): string {
  const words = transliterate(title)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "")
    .slice(0, 6);
  const base = `CA_${words.length > 0 ? words.join("_") : "Table"}`.slice(0, 60);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
