/*
 * A strict RFC 4180 reader for the tests: it refuses what a lenient reader would let pass, so that a field
 * left unquoted where the RFC requires quotes fails the test instead of reading back as the same text.
 * Refused: a quote inside an unquoted field, a bare CR or LF outside quotes, anything but the separator or
 * CRLF after a closing quote, an unclosed quote, a last record without its CRLF, and rows of different widths.
 * The separator is a comma (RFC 4180), or the semicolon of a CSV written for a Russian Excel.
 */

export class CsvSyntaxError extends Error {}

export function parseStrictCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new CsvSyntaxError(
      `${why} at offset ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`,
    );
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail("unclosed quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== "\r") {
        if (text[i] === '"') fail("quote in an unquoted field");
        if (text[i] === "\n") fail("line feed in an unquoted field");
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    fail(
      i >= text.length
        ? "last record without CRLF"
        : "carriage return without line feed, or text after a closing quote",
    );
  }
  if (row.length > 0) fail("last record without CRLF");
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, n) => {
    if (r.length !== width)
      throw new CsvSyntaxError(`row ${n + 1} has ${r.length} fields, the first ${width}`);
  });
  return rows;
}
