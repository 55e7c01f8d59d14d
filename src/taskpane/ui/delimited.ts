import type { CellValue } from "../../core/fields";

/** CSV (RFC 4180: quotes doubled, fields with separators, quotes or line breaks quoted) or tab-separated text. */
export function toDelimited(rows: readonly (readonly CellValue[])[], separator: "," | "\t"): string {
  const escape = (cell: CellValue): string => {
    const text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
    if (separator === "\t") return text.replace(/[\t\r\n]+/g, " ");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(escape).join(separator)).join("\r\n") + "\r\n";
}
