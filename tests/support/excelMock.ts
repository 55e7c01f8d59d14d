/*
 * A small Excel workbook for the adapter tests, built on office-addin-mock.
 *
 * office-addin-mock's OfficeMockObject supplies the request context and the objects the adapter reads in its
 * first sync (active cell, target range, chart area, sheet protection, tables, merged areas): their
 * properties throw nothing but read as "Error, property was not loaded" until load() and
 * "Error, context.sync() was not called" until sync(), so a missing load or sync shows up as a wrong answer.
 * What it cannot express is done by hand here and said so:
 *  - methods returning ranges whose address and contents depend on the arguments (getResizedRange,
 *    getOffsetRange): the functions compute them from the sheet below and set them on pre-declared child
 *    mocks with setValue, so load/sync still go through the mock;
 *  - collections loaded with "items/name" (the mock only navigates object properties, not arrays): their
 *    load() is replaced by one that records the argument and loads "items";
 *  - isNullObject, which Office.js fills in on sync without a load: assigned directly;
 *  - the objects of the write phase (sheet.getRange, tables.add, charts.add, worksheets.add): plain recorders,
 *    since writes need no load or sync; `cellAt` replays the recorded writes into cells.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, intersects, parseRect, rectAddress, type CellRect } from "../../src/excel/a1";
import type { ExcelRun } from "../../src/excel/countingRun";

export interface SheetState {
  readonly sheetName?: string;
  readonly activeCell?: string;
  /** Existing contents by address: values, or formulas starting with "=". */
  readonly cells?: Readonly<Record<string, unknown>>;
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  readonly merged?: readonly string[];
  /** Areas a dynamic-array formula spills into (their cells show values). */
  readonly spills?: readonly string[];
  readonly sheetProtected?: boolean;
  readonly workbookProtected?: boolean;
  /** Names of the workbook's sheets; the active sheet is added. */
  readonly sheetNames?: readonly string[];
  /** Names of the workbook's tables, besides those of `tables`. */
  readonly tableNames?: readonly string[];
  /** Make the n-th context.sync() reject with this Office.js error. */
  readonly failSync?: { readonly at: number; readonly code: string; readonly message: string };
}

export interface RecordedFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface RecordedRange {
  readonly sheet: string;
  readonly address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: string[][];
  readonly format: { font: RecordedFont; columnWidth?: number; autofitted: boolean; autofitColumns(): void };
}

export interface RecordedTable {
  readonly sheet: string;
  readonly range: RecordedRange;
  readonly hasHeaders: boolean;
  name?: string;
  style?: string;
}

export interface RecordedChart {
  readonly sheet: string;
  readonly type: string;
  readonly source: RecordedRange;
  readonly seriesBy: string | undefined;
  readonly title: { text?: string };
  readonly legend: { visible?: boolean };
  readonly axes: { valueAxis: { numberFormat?: string }; categoryAxis: { reversePlotOrder?: boolean } };
  readonly dataLabels: { showValue?: boolean; numberFormat?: string };
  position?: [string, string];
}

export interface Recorder {
  readonly ranges: RecordedRange[];
  readonly tables: RecordedTable[];
  readonly charts: RecordedChart[];
  readonly sheetsAdded: string[];
  readonly activated: string[];
  /** Arguments of the methods the first phase calls, and of the replaced collection loads. */
  readonly calls: { method: string; args: unknown[] }[];
}

export interface ExcelMock {
  readonly context: OfficeMockObject;
  readonly run: ExcelRun;
  readonly recorder: Recorder;
  /** The target range mock (what getResizedRange returned), to check nothing was assigned to it. */
  readonly target: OfficeMockObject;
  /** Anything written at all: values, formulas, formats, tables, charts or sheets. */
  wroteAnything(): boolean;
  /** A cell's value or formula and number format after the recorded writes (last write wins). */
  cellAt(address: string, sheet?: string): { value: unknown; numberFormat: string | undefined };
  /** The recorded range with this address (no sheet name), or undefined. */
  rangeAt(address: string, sheet?: string): RecordedRange | undefined;
}

/** A child mock, with the setValue that OfficeMockObject declares private. */
interface MockNode {
  setValue(name: string, value: unknown): void;
  [key: string]: unknown;
}

function node(parent: OfficeMockObject | MockNode, ...path: string[]): MockNode {
  return path.reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], parent) as MockNode;
}

function cellsOf(rect: CellRect): { row: number; column: number; address: string }[] {
  const cells: { row: number; column: number; address: string }[] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      cells.push({ row: r, column: c, address: cellAddress(rect.row + r, rect.column + c) });
    }
  }
  return cells;
}

function rect(address: string): CellRect {
  const parsed = parseRect(address);
  if (parsed === null) throw new Error(`Bad address in test data: ${address}`);
  return parsed;
}

function contains(outer: CellRect, row: number, column: number): boolean {
  return intersects(outer, { row, column, rowCount: 1, columnCount: 1 });
}

export function createExcelMock(state: SheetState = {}): ExcelMock {
  const sheetName = state.sheetName ?? "Sheet1";
  const active = rect(state.activeCell ?? "B3");
  const spills = (state.spills ?? []).map(rect);
  const recorder: Recorder = {
    ranges: [],
    tables: [],
    charts: [],
    sheetsAdded: [],
    activated: [],
    calls: [],
  };

  /** What a cell of the existing sheet shows: its content, or a spilled value. */
  const contentAt = (row: number, column: number): unknown => {
    const own = state.cells?.[cellAddress(row, column)];
    if (own !== undefined) return own;
    return spills.some((s) => contains(s, row, column)) ? 1 : "";
  };
  const gridOf = (area: CellRect): unknown[][] =>
    Array.from({ length: area.rowCount }, (_, r) =>
      Array.from({ length: area.columnCount }, (_, c) => contentAt(area.row + r, area.column + c)),
    );

  const recordRange = (sheet: string, address: string): RecordedRange => {
    const range: RecordedRange = {
      sheet,
      address,
      format: {
        font: {},
        autofitted: false,
        autofitColumns() {
          range.format.autofitted = true;
        },
      },
    };
    recorder.ranges.push(range);
    return range;
  };
  const writeSurface = (sheet: string) => ({
    getRange: (address: string) => recordRange(sheet, address),
    tables: {
      add: (range: RecordedRange, hasHeaders: boolean): RecordedTable => {
        const table: RecordedTable = { sheet, range, hasHeaders };
        recorder.tables.push(table);
        return table;
      },
    },
    charts: {
      add: (
        type: string,
        source: RecordedRange,
        seriesBy?: string,
      ): RecordedChart & { setPosition(a: string, b: string): void } => {
        const chart: RecordedChart & { setPosition(a: string, b: string): void } = {
          sheet,
          type,
          source,
          seriesBy,
          title: {},
          legend: {},
          axes: { valueAxis: {}, categoryAxis: {} },
          dataLabels: {},
          setPosition(start: string, end: string) {
            chart.position = [start, end];
          },
        };
        recorder.charts.push(chart);
        return chart;
      },
    },
  });

  /** A collection whose load("items/name") the mock cannot navigate: record it and load "items". */
  const collection = (label: string, names: readonly string[], extra: Record<string, unknown> = {}) => ({
    items: names.map((name) => ({ name })),
    load(this: OfficeMockObject, properties: unknown) {
      recorder.calls.push({ method: `${label}.load`, args: [properties] });
      return OfficeMockObject.prototype.load.call(this, "items");
    },
    ...extra,
  });

  const activeSheetWrites = writeSurface(sheetName);
  let offsetOrigin = { row: active.row, column: active.column };
  const data = {
    workbook: {
      getActiveCell(this: OfficeMockObject) {
        recorder.calls.push({ method: "getActiveCell", args: [] });
        return this.activeCell;
      },
      protection: { protected: state.workbookProtected ?? false },
      tables: collection("workbook.tables", [
        ...(state.tableNames ?? []),
        ...(state.tables ?? []).map((t) => t.name),
      ]),
      worksheets: collection("worksheets", [sheetName, ...(state.sheetNames ?? [])], {
        getActiveWorksheet(this: OfficeMockObject) {
          recorder.calls.push({ method: "getActiveWorksheet", args: [] });
          return this.active;
        },
        active: {
          name: sheetName,
          protection: { protected: state.sheetProtected ?? false },
          getRange: activeSheetWrites.getRange,
          tables: activeSheetWrites.tables,
          charts: activeSheetWrites.charts,
        },
        add(name: string) {
          recorder.sheetsAdded.push(name);
          return {
            name,
            ...writeSurface(name),
            activate() {
              recorder.activated.push(name);
            },
          };
        },
      }),
      activeCell: {
        getResizedRange(this: OfficeMockObject, deltaRows: number, deltaColumns: number) {
          recorder.calls.push({ method: "getResizedRange", args: [deltaRows, deltaColumns] });
          const area: CellRect = {
            row: active.row,
            column: active.column,
            rowCount: deltaRows + 1,
            columnCount: deltaColumns + 1,
          };
          const target = node(this, "target");
          target.setValue("address", `${sheetName}!${rectAddress(area)}`);
          target.setValue("formulas", gridOf(area));
          const spilled = cellsOf(area).filter((c) =>
            spills.some((s) => contains(s, area.row + c.row, area.column + c.column)),
          );
          target.setValue(
            "hasSpill",
            spilled.length === 0 ? false : spilled.length === area.rowCount * area.columnCount ? true : null,
          );
          const overlapping = (state.tables ?? [])
            .filter((t) => intersects(rect(t.address), area))
            .map((t) => ({ name: t.name }));
          node(target, "tables").setValue("items", overlapping);
          // Excel reports a merged area only when its top-left cell lies in the range asked about.
          const bounding: CellRect = {
            row: 0,
            column: 0,
            rowCount: area.row + area.rowCount,
            columnCount: area.column + area.columnCount,
          };
          const reported = (state.merged ?? []).map(rect).filter((m) => contains(bounding, m.row, m.column));
          const merged = node(target, "bounding", "merged");
          merged.setValue("address", reported.map((m) => `${sheetName}!${rectAddress(m)}`).join(", "));
          (merged as unknown as { isNullObject: boolean }).isNullObject = reported.length === 0;
          return target;
        },
        getOffsetRange(this: OfficeMockObject, rowOffset: number, columnOffset: number) {
          recorder.calls.push({ method: "getOffsetRange", args: [rowOffset, columnOffset] });
          offsetOrigin = { row: active.row + rowOffset, column: active.column + columnOffset };
          return this.offset;
        },
        offset: {
          getResizedRange(this: OfficeMockObject, deltaRows: number, deltaColumns: number) {
            recorder.calls.push({ method: "offset.getResizedRange", args: [deltaRows, deltaColumns] });
            const area: CellRect = {
              ...offsetOrigin,
              rowCount: deltaRows + 1,
              columnCount: deltaColumns + 1,
            };
            const chartArea = node(this, "area");
            chartArea.setValue("address", `${sheetName}!${rectAddress(area)}`);
            chartArea.setValue("formulas", gridOf(area));
            return chartArea;
          },
          area: { address: "", formulas: [[""]] },
        },
        target: {
          address: "",
          formulas: [[""]],
          hasSpill: false,
          getTables(this: OfficeMockObject, fullyContained?: boolean) {
            recorder.calls.push({ method: "getTables", args: [fullyContained] });
            return this.tables;
          },
          tables: collection("target.getTables", []),
          getBoundingRect(this: OfficeMockObject, other: unknown) {
            recorder.calls.push({ method: "getBoundingRect", args: [other] });
            return this.bounding;
          },
          bounding: {
            getMergedAreasOrNullObject(this: OfficeMockObject) {
              return this.merged;
            },
            merged: { address: "" },
          },
        },
      },
    },
  };

  const context = new OfficeMockObject(data);

  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs += 1;
    if (state.failSync !== undefined && state.failSync.at === syncs) {
      throw Object.assign(new Error(state.failSync.message), { code: state.failSync.code });
    }
    return sync();
  };

  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);

  const matching = (address: string, sheet: string) => (r: RecordedRange) =>
    r.address === address && r.sheet === sheet;
  return {
    context,
    run,
    recorder,
    target: node(context, "workbook", "activeCell", "target") as unknown as OfficeMockObject,
    wroteAnything: () =>
      recorder.ranges.some(
        (r) => r.values !== undefined || r.formulas !== undefined || r.numberFormat !== undefined,
      ) ||
      recorder.tables.length > 0 ||
      recorder.charts.length > 0 ||
      recorder.sheetsAdded.length > 0,
    rangeAt: (address, sheet = sheetName) => recorder.ranges.find(matching(address, sheet)),
    cellAt(address, sheet = sheetName) {
      const wanted = rect(address);
      let value: unknown = contentAt(wanted.row, wanted.column);
      let numberFormat: string | undefined;
      for (const range of recorder.ranges) {
        if (range.sheet !== sheet) continue;
        const area = rect(range.address);
        if (!contains(area, wanted.row, wanted.column)) continue;
        const r = wanted.row - area.row;
        const c = wanted.column - area.column;
        if (range.values !== undefined) value = range.values[r][c];
        if (range.formulas !== undefined) value = range.formulas[r][c];
        if (range.numberFormat !== undefined) numberFormat = range.numberFormat[r][c];
      }
      return { value, numberFormat };
    },
  };
}
