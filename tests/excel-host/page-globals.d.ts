/*
 * Globals of the host's test page (harness.mjs), for the functions tests pass to page.evaluate: they run in the
 * page, where the Excel client and the shim define these.
 */
export {};

declare global {
  /** One Excel.run of `batch`: its value, or the OfficeExtension.Error it raised. */
  function excelTry<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<{
    value?: T;
    error?: { code: string; message: string; location?: string; isOfficeError: boolean };
  }>;

  interface Window {
    /** The reason Office.initialize was called with, once it was. */
    officeInitialized?: unknown;
  }
}
