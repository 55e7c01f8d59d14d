/*
 * "Widen columns B:G to fit", offered after an insert on the user's own sheet: the block's columns autofit to
 * its header and body (not its title, whose long line would widen the first column), long-text columns at a
 * fixed readable width. One Excel.run, one sync; nothing outside those columns changes.
 */
import type { ActionOutcome, ColumnsToFit } from "./contract";
import { describeExcelError } from "./errors";
import type { ExcelRun } from "./execute";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { WIDE_COLUMN_POINTS } from "./plans";

export async function widenColumns(
  run: ExcelRun,
  fit: ColumnsToFit,
  texts: WorkbookTexts = EN_WORKBOOK,
): Promise<ActionOutcome> {
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(fit.sheet);
      sheet.getRange(fit.cells).format.autofitColumns();
      for (const cells of fit.wide) sheet.getRange(cells).format.columnWidth = WIDE_COLUMN_POINTS;
      await context.sync();
      return { ok: true, message: texts.widened(fit.columns) };
    });
  } catch (error) {
    return { ok: false, message: texts.widenFailed(fit.columns, describeExcelError(error, texts)) };
  }
}
