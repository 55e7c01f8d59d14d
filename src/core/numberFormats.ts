/*
 * How each figure is shown in Excel, as an Excel number format: derived, with the words, from the display
 * tables of figureDisplay.ts (the one home of that knowledge); kept under this name for its importers.
 */
export { figureNumberFormat } from "./figureDisplay";
