import type { SourceReference } from "./types";

/** The analysis every record comes from. The file itself lives beside the project in ../shared/source/. */
export const SOURCE = Object.freeze({
  title: "Russia and Central Asia: Never Closer, or Drifting Apart?",
  author: "Temur Umarov",
  publisher: "Carnegie Endowment for International Peace (Carnegie Politika)",
  publishedLabel: "December 2022",
  republisher: "exbulletin.com",
  republishedOn: "2022-12-23",
  fileName: "article-2022-12-23.txt",
  sha256: "2f2e32c961dd1722ae21172e2093b21c5811a477419717707266f45fc6c4d7d4",
} as const satisfies SourceReference);

/** One-line citation, as an analyst would put it under a table. */
export function formatCitation(source: SourceReference = SOURCE): string {
  return (
    `${source.author}, “${source.title}”, ${source.publisher}, ${source.publishedLabel}; ` +
    `republished by ${source.republisher} on ${source.republishedOn} (SHA-256 ${source.sha256.slice(0, 12)}…).`
  );
}

/** The parts of the citation CA.SOURCE(field) returns; "citation" is the default. A Map: no inherited keys. */
export const SOURCE_PARTS: ReadonlyMap<string, string> = new Map([
  ["citation", formatCitation()],
  ["title", SOURCE.title],
  ["author", SOURCE.author],
  ["publisher", SOURCE.publisher],
  ["republisher", SOURCE.republisher],
  ["date", SOURCE.republishedOn],
  ["sha256", SOURCE.sha256],
]);
