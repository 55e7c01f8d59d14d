/** True when every row has the same number of cells as the first: what one Excel range assignment needs. */
function rectangular(rows: readonly (readonly unknown[])[]): boolean {
  return rows.every((row) => row.length === (rows[0]?.length ?? 0));
}

/** Fails with the offending row lengths, so a ragged block is easy to find. */
export function expectRectangular(rows: readonly (readonly unknown[])[], width?: number): void {
  const lengths = rows.map((row) => row.length);
  expect({ rectangular: rectangular(rows), lengths }).toEqual({
    rectangular: true,
    lengths: lengths.map(() => width ?? lengths[0]),
  });
}
