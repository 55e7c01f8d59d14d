/*
 * The code the office.js replacement runs in the page (see shim.mjs): preludeMain before the Excel client,
 * shimMain after it. Both are self-contained, serialized with toString().
 */
/* global window, document -- this code runs in the page */

/** Runs in the page, after the Excel client. Self-contained: it is serialized with toString(). */
export function shimMain(config) {
  "use strict";
  // The Excel client's globals, untyped here: the shim reaches into its internals (BatchApiHelper, Utility).
  const page = /** @type {any} */ (window);
  const Office = page.Office;
  const client = page.OfficeExtension;
  const compare = (a, b) => {
    const x = String(a).split(".").map(Number);
    const y = String(b).split(".").map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
    return 0;
  };
  const sets = {};
  for (const name of Object.keys(config.requirements))
    sets[name.toLowerCase()] = String(config.requirements[name]);
  const requirements = {
    isSetSupported(name, minVersion) {
      const have = sets[String(name).toLowerCase()];
      if (have === undefined) return false;
      return (
        minVersion === undefined || minVersion === null || minVersion === "" || compare(have, minVersion) >= 0
      );
    },
  };
  const diagnostics = { host: "Excel", platform: config.platform, version: config.version };
  const context = {
    host: "Excel",
    platform: config.platform,
    diagnostics,
    requirements,
    displayLanguage: config.displayLanguage,
    contentLanguage: config.contentLanguage,
    officeTheme: config.officeTheme ?? undefined,
    touchEnabled: false,
    commerceAllowed: true,
    document: { url: "", mode: "readWrite" },
  };
  let ready = false;
  Office.HostType = Office.HostType || {
    Word: "Word",
    Excel: "Excel",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
  };
  Office.PlatformType = Office.PlatformType || {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  };
  page.OSF = page.OSF || {};
  page.OSF._OfficeAppFactory = {
    getContext: () => (ready ? context : undefined),
    getHostInfo: () => ({
      hostType: "excel",
      hostPlatform: config.platform === "OfficeOnline" ? "web" : "win32",
      hostSpecificFileVersion: "16.00",
      isDialog: false,
      flags: 0,
    }),
    getId: () => "excel-host",
  };
  const hostUrl = new URL(config.hostUrl, window.location.href).href.replace(/\/$/, "");
  client.ClientRequestContext.defaultRequestUrlAndHeaders = { url: hostUrl, headers: {} };
  page.__excelHost = { url: hostUrl, config, context };

  const whenReady = new Promise((resolve) => {
    const start = () =>
      setTimeout(() => {
        ready = true;
        if (typeof Office.initialize === "function") {
          try {
            Office.initialize(
              (Office.InitializationReason && Office.InitializationReason.DocumentOpened) || "documentOpened",
            );
          } catch (error) {
            console.error(error);
          }
        }
        resolve({ host: "Excel", platform: config.platform });
      }, config.readyDelayMs);
    if (document.readyState === "loading")
      document.addEventListener("DOMContentLoaded", start, { once: true });
    else start();
  });
  Office.onReady = function onReady(callback) {
    return whenReady.then((info) => {
      if (typeof callback === "function") callback(info);
      return info;
    });
  };
}

/**
 * Runs before the client: what office.js's loader defines first and excel-web-16.00.js expects to find
 * (CustomFunctions.associate and its association, read by the client's custom-functions part at load).
 */
export function preludeMain() {
  "use strict";
  class Association {
    constructor() {
      this.m_mappings = {};
      this.m_onchangeHandlers = [];
    }
    associate(name, func) {
      if (arguments.length === 1 && name && typeof name === "object") {
        for (const key of Object.keys(name)) this.associate(key, name[key]);
        return;
      }
      if (typeof name !== "string" || typeof func !== "function") {
        console.warn("[InvalidArg] Function=associate");
        return;
      }
      this.m_mappings[name.toUpperCase()] = func;
      for (const handler of this.m_onchangeHandlers) handler();
    }
    onchange(handler) {
      if (handler) this.m_onchangeHandlers.push(handler);
    }
    get mappings() {
      return this.m_mappings;
    }
  }
  const page = /** @type {any} */ (window);
  page.CustomFunctionMappings = page.CustomFunctionMappings || {};
  /** @type {any} */
  const cf = (page.CustomFunctions = page.CustomFunctions || {});
  cf._association = cf._association || new Association();
  cf.associate = function associate() {
    cf._association.associate.apply(cf._association, arguments);
    delete page.CustomFunctionMappings.__delay__;
  };
  cf.delayInitialization = () => {
    page.CustomFunctionMappings.__delay__ = true;
  };
}
