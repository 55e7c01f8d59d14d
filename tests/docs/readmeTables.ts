import { COUNTRIES } from "../../src/core/countries";
import { RECORDS } from "../../src/core/dataset";
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

export function stancesMarkdown(): string {
  const header = `| stance | ${COUNTRIES.map((c) => c.code).join(" | ")} | quote |`;
  const rows = STANCE_STATEMENTS.map((s) => {
    const answers = COUNTRIES.map((c) => {
      const record = RECORDS.find((r) => r.id === `${s.indicator}.${c.code}`);
      return record && record.kind === "stance" ? (record.value ? "yes" : "no") : "–";
    });
    return `| \`${s.indicator}\` | ${answers.join(" | ")} | “…${cell(s.statedAs)}…” |`;
  });
  return [header, `|---|${COUNTRIES.map(() => "---").join("|")}|---|`, ...rows].join("\n");
}

export function eventsMarkdown(): string {
  const rows = RECORDS.filter((r) => r.kind === "event").map(
    (r) =>
      `| \`${r.id}\` | ${cell(r.period.label)} | ${scopeLabel(r.scope)} | ${cell(r.label)} | “…${cell(r.statedAs)}…” |`,
  );
  return ["| id | date | country | event | quote |", "|---|---|---|---|---|", ...rows].join("\n");
}
