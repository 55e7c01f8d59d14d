/*
 * A strict RFC 4180 reader for the tests: CRLF line ends only, a quote only around a whole field (doubled
 * inside it), every row as wide as the first, a final CRLF. Anything else throws, so a test that reads a file
 * back fails on a file a spreadsheet might split differently.
 */
export function parseStrictCsv(text: string, separator: string): string[][] {
  if (!text.endsWith("\r\n")) throw new Error("the file does not end with CRLF");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
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
      if (text[i] !== separator && text.slice(i, i + 2) !== "\r\n")
        throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== separator && text.slice(i, i + 2) !== "\r\n") {
        if (text[i] === '"' || text[i] === "\r" || text[i] === "\n")
          throw new Error(`${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === separator) i++;
    else {
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  for (const r of rows)
    if (r.length !== rows[0].length) throw new Error(`a row of ${r.length} fields, not ${rows[0].length}`);
  return rows;
}
