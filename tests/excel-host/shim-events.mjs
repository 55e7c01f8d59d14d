/*
 * Events of the office.js replacement (shim.mjs), run in the page after shimMain: what Office's host would
 * deliver, played by a test.
 *
 * The Excel client registers its events in two ways (OfficeJsEventRegistration in excel-web-16.00.debug.js):
 * - Workbook.onSelectionChanged (ExcelApi 1.3) through Office.context.document.addHandlerAsync(
 *   Office.EventType.DocumentSelectionChanged, handler, callback); the shim keeps those handlers;
 * - Worksheet.onSelectionChanged, worksheets.onSelectionChanged (event type 14) and Office.addin's
 *   onVisibilityModeChanged (AppRuntimeService, event type 65539) as "rich API messages", through
 *   OSF.DDA.RichApi.richApiMessageManager.register(handler); the shim stands in for that manager.
 *
 * Page functions (window.__excelHost), called by a test (events.mjs wraps them):
 *   fireSelectionChanged({ worksheetId, address })  DocumentSelectionChanged, then the rich messages for the
 *                                                     sheet and for the worksheet collection; → handlers reached
 *   fireVisibilityModeChanged("Hidden" | "Taskpane") the AppRuntimeService's visibility message; → handlers
 *   setDocumentVisibility("hidden" | "visible")     document.visibilityState and hidden, then visibilitychange
 */
/* global window, document, Event -- this code runs in the page */

/** Runs in the page, after shimMain. Self-contained: it is serialized with toString(). */
export function eventsMain() {
  "use strict";
  const page = /** @type {any} */ (window);
  const Office = page.Office;
  const host = page.__excelHost;
  const done = (callback, value) =>
    typeof callback === "function" && setTimeout(() => callback({ status: "succeeded", value }), 0);
  const lastFunction = (args) => [...args].reverse().find((a) => typeof a === "function");

  Office.EventType = Office.EventType || {};
  const names = {
    DocumentSelectionChanged: "documentSelectionChanged",
    BindingSelectionChanged: "bindingSelectionChanged",
    BindingDataChanged: "bindingDataChanged",
    SettingsChanged: "settingsChanged",
    ActiveViewChanged: "activeViewChanged",
  };
  for (const [key, value] of Object.entries(names)) Office.EventType[key] = Office.EventType[key] || value;

  /** @type {Map<string, Function[]>} document handlers by event type */
  const documentHandlers = new Map();
  const document_ = host.context.document;
  document_.addHandlerAsync = function (eventType, handler, ...rest) {
    const list = documentHandlers.get(eventType) ?? [];
    if (typeof handler !== "function") {
      done(lastFunction(rest), undefined);
      return;
    }
    list.push(handler);
    documentHandlers.set(eventType, list);
    done(lastFunction(rest), undefined);
  };
  document_.removeHandlerAsync = function (eventType, ...rest) {
    const options = rest.find((a) => a && typeof a === "object");
    const list = documentHandlers.get(eventType) ?? [];
    documentHandlers.set(
      eventType,
      options && options.handler ? list.filter((h) => h !== options.handler) : [],
    );
    done(lastFunction(rest), undefined);
  };

  /** @type {Function[]} rich API message handlers */
  const messageHandlers = [];
  page.OSF.DDA = page.OSF.DDA || {};
  page.OSF.DDA.RichApi = page.OSF.DDA.RichApi || {};
  page.OSF.DDA.RichApi.richApiMessageManager = {
    register(handler) {
      messageHandlers.push(handler);
      return Promise.resolve();
    },
    removeHandlerAsync(_type, options, callback) {
      const at = messageHandlers.indexOf(options && options.handler);
      if (at >= 0) messageHandlers.splice(at, 1);
      done(callback, undefined);
    },
  };
  const EVENT_MESSAGE = 65536; // OfficeExtension.Constants.eventMessageCategory
  const deliver = (entries) => {
    const message = { entries: entries.map((e) => ({ messageCategory: EVENT_MESSAGE, ...e })) };
    for (const handler of [...messageHandlers]) handler(message);
    return messageHandlers.length;
  };

  host.fireSelectionChanged = ({ worksheetId, address }) => {
    const handlers = [...(documentHandlers.get(Office.EventType.DocumentSelectionChanged) ?? [])];
    for (const handler of handlers)
      handler({ type: Office.EventType.DocumentSelectionChanged, document: document_ });
    const message = JSON.stringify({ address, worksheetId });
    const messages = deliver([
      { messageType: 14, targetId: worksheetId, message },
      { messageType: 14, targetId: "Workbook", message },
    ]);
    return { documentHandlers: handlers.length, messageHandlers: messages };
  };

  host.fireVisibilityModeChanged = (mode) => {
    if (mode !== "Hidden" && mode !== "Taskpane")
      throw new Error(`The visibility mode is "Hidden" or "Taskpane", not ${mode}`);
    const visibility = mode === "Taskpane" ? "Visible" : "Hidden"; // OfficeCore.Visibility
    return deliver([{ messageType: 65539, targetId: "", message: JSON.stringify({ visibility }) }]);
  };

  host.setDocumentVisibility = (state) => {
    if (state !== "hidden" && state !== "visible")
      throw new Error(`The document's visibility is "hidden" or "visible", not ${state}`);
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => state === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  };
}
