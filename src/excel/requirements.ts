/** The newest requirement set the guard uses (Range.getMergedAreasOrNullObject). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;
