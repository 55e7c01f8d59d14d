/*
 * The Office.js edge of citations in an insert: queues (never syncs) the notes a plan puts on its cells and
 * the hidden name by which the workbook remembers the block (registry.ts). Notes need ExcelApi 1.18; names
 * (NamedItemCollection.add with a comment, NamedItem.visible) ExcelApi 1.4.
 */
import { cellAddress, type CellRect } from "../a1";
import type { InsertPlan } from "../plans";
import { blockName, blockReference, encodeEntry } from "./registry";

/** Where a block was written. */
export interface WrittenBlock {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly rect: CellRect;
}

/** Queues the plan's notes (where Excel has notes) and its hidden name. */
export function queueMarks(
  context: Excel.RequestContext,
  plan: InsertPlan,
  block: WrittenBlock,
  notesSupported: boolean,
): void {
  if (notesSupported) {
    for (const note of plan.notes) {
      block.sheet.notes.add(
        cellAddress(block.rect.row + note.row, block.rect.column + note.column),
        note.text,
      );
    }
  }
  if (plan.mark !== null) {
    const name = context.workbook.names.add(
      blockName(plan.mark.kind),
      blockReference(block.sheetName, block.rect),
      encodeEntry(plan.mark),
    );
    // Hidden from the Name Manager and the name box: it is the add-in's bookkeeping, not the user's name.
    name.visible = false;
  }
}
