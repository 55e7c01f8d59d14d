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
    /** The shim's page functions (shim-events.mjs): events a test fires. */
    __excelHost: {
      url: string;
      fireSelectionChanged(event: { worksheetId: string; address: string }): {
        documentHandlers: number;
        messageHandlers: number;
      };
      fireVisibilityModeChanged(mode: "Hidden" | "Taskpane"): number;
      setDocumentVisibility(state: "hidden" | "visible"): void;
    };
    /** What event tests keep in the page (set by the test before use). */
    seen: unknown[];
    visibility: string[];
    registration: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs>;
    remove: () => Promise<void>;
  }
}
