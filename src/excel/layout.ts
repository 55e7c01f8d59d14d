/*
 * Where each part of a block lands, as one rectangle of values and number formats, so that the actions write
 * a block in a single assignment. Pure: no Office globals.
 */
import type { CellValue } from "../core/fields";
import type { SheetBlock } from "./blocks";
import { NUMBER_FORMATS } from "./formats";

const TEXT = NUMBER_FORMATS.text;

/**
 * Where a comparison chart goes: under its block, one empty row after the source line, from the block's first
 * column, eight columns wide and sixteen rows tall. Not beside it: the title, notes and source line are long
 * texts that run on to the right over empty cells, and a chart there would hide them. The guard checks these
 * cells are free.
 */
export const CHART_FRAME = { gap: 1, columnCount: 8, rowCount: 16 } as const;

/** Where each part of a block lands, in rows from the block's top-left cell. */
export interface BlockLayout {
  /** Every cell of the block, rectangular: title, header, body, notes, source. */
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstBodyRow: number;
  /** At least 1: an Excel table needs one body row, so an empty block keeps one blank row. */
  readonly bodyRowCount: number;
  readonly noteRows: readonly number[];
  readonly sourceRow: number;
}

/** Lays a block out as one rectangle of values and formats, so it can be written in a single assignment. */
export function layoutBlock(block: SheetBlock): BlockLayout {
  const columnCount = Math.max(1, block.header.length);
  const line = (text: string): CellValue[] => [text, ...Array<CellValue>(columnCount - 1).fill("")];
  const textRow = (): string[] => Array<string>(columnCount).fill(TEXT);
  const pad = <T>(row: readonly T[], filler: T): T[] =>
    [...row, ...Array<T>(Math.max(0, columnCount - row.length)).fill(filler)].slice(0, columnCount);
  const body = block.rows.length > 0 ? block.rows.map((row) => pad<CellValue>(row, "")) : [line("")];
  const bodyFormats =
    block.rows.length > 0
      ? block.rows.map((_, i) => pad<string>(block.numberFormats[i] ?? [], NUMBER_FORMATS.general))
      : [textRow()];
  const values: CellValue[][] = [
    line(block.title),
    pad<CellValue>(block.header, ""),
    ...body,
    ...block.notes.map(line),
    line(block.sourceLine),
  ];
  const numberFormats: string[][] = [
    textRow(),
    textRow(),
    ...bodyFormats,
    ...block.notes.map(textRow),
    textRow(),
  ];
  const firstBodyRow = 2;
  const noteStart = firstBodyRow + body.length;
  return {
    values,
    numberFormats,
    rowCount: values.length,
    columnCount,
    titleRow: 0,
    headerRow: 1,
    firstBodyRow,
    bodyRowCount: body.length,
    noteRows: block.notes.map((_, i) => noteStart + i),
    sourceRow: values.length - 1,
  };
}
