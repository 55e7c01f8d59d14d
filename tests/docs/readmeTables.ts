import { COUNTRIES } from "../../src/core/countries";
import { RECORDS } from "../../src/core/dataset";
import { EXAMPLE_LINKS, RELATED_LINKS } from "../../src/core/data/relations";
import { STANCE_STATEMENTS } from "../../src/core/data/stances";
import { displayValue } from "../../src/core/fields";
import { scopeLabel } from "../../src/core/countries";

/**
 * The README's reference tables, generated from the dataset so that the documentation cannot drift from it
 * (a test compares them with the README).
 */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

export function figuresMarkdown(): string {
  const rows = RECORDS.filter((r) => r.kind === "figure").map(
    (r) =>
      `| \`${r.id}\` | ${scopeLabel(r.scope)} | ${cell(r.label)} | ${cell(displayValue(r))} | ${cell(r.period.label)} | ${r.kind === "figure" ? r.qualifier : ""} | “…${cell(r.statedAs)}…” |`,
  );
  return [
    "| id | country | figure | value | period | qualifier | quote |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** One row per stance statement: each country's answer, what it rests on (and any condition), the words. */
export function stancesMarkdown(): string {
  const header = `| stance | ${COUNTRIES.map((c) => c.code).join(" | ")} | basis | quote |`;
  const rows = STANCE_STATEMENTS.map((s) => {
    const records = COUNTRIES.map((c) => RECORDS.find((r) => r.id === `${s.indicator}.${c.code}`));
    const answers = records.map((r) => (r && r.kind === "stance" ? (r.value ? "yes" : "no") : "–"));
    const bases = new Set(records.map((r) => (r && r.kind === "stance" ? r.basis : "")));
    const basis =
      bases.size === 1
        ? [...bases][0]
        : records
            .map((r) =>
              r && r.kind === "stance"
                ? `${r.basis} for ${r.scope}${r.condition === undefined ? "" : ` (${r.condition})`}`
                : "",
            )
            .join("; ");
    return `| \`${s.indicator}\` | ${answers.join(" | ")} | ${cell(basis)} | “…${cell(s.statedAs)}…” |`;
  });
  return [header, `|---|${COUNTRIES.map(() => "---").join("|")}|---|---|`, ...rows].join("\n");
}

/** Stances the source states of the region as a whole (no per-country answer). */
export function regionalStancesMarkdown(): string {
  const rows = RECORDS.filter((r) => r.kind === "stance" && r.scope === "REGION").map(
    (r) =>
      `| \`${r.id}\` | ${cell(r.label)} | ${cell(displayValue(r))} | ${cell(r.period.label)} | “…${cell(r.statedAs)}…” |`,
  );
  return [
    "| id | stance (Central Asia as a whole) | value | period | quote |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

export function eventsMarkdown(): string {
  const rows = RECORDS.filter((r) => r.kind === "event").map(
    (r) =>
      `| \`${r.id}\` | ${cell(r.period.label)} | ${scopeLabel(r.scope)} | ${cell(r.label)} | ${r.qualifier} | “…${cell(r.statedAs)}…” |`,
  );
  return ["| id | date | country | event | qualifier | quote |", "|---|---|---|---|---|---|", ...rows].join(
    "\n",
  );
}

/** "abides-by-sanctions.KZ" → "abides-by-sanctions.XX", so that a link made for each country is one row. */
const anyCountry = (id: string): string => id.replace(/\.[A-Z]{2}$/, ".XX");

/** Both relations, each link with the source's words that make it; a link made for each country is one row. */
export function relationsMarkdown(): string {
  const related = RELATED_LINKS.map(
    (l) => `| related | \`${l.records[0]}\` ↔ \`${l.records[1]}\` | “…${cell(l.linkingWords)}…” |`,
  );
  const examples = [
    ...new Set(
      EXAMPLE_LINKS.map((l) => {
        const perCountry = anyCountry(l.general) !== l.general;
        const ids = l.examples.map((id) => `\`${perCountry ? anyCountry(id) : id}\``).join(", ");
        const general = `\`${perCountry ? anyCountry(l.general) : l.general}\``;
        const words =
          "linkingWords" in l ? `“…${cell(l.linkingWords)}…”` : "what follows it in its paragraph";
        return `| examples | ${general} → ${ids}${perCountry ? " (each country XX)" : ""} | ${words} |`;
      }),
    ),
  ];
  return ["| relation | records | the source's words |", "|---|---|---|", ...related, ...examples].join("\n");
}
