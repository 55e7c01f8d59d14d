/**
 * A stand-in for office.js reporting Excel with a dark Office theme and an old requirement set (no ExcelApi
 * 1.13), and an Excel.run that denies access: enough to drive the real actions through their refusal paths.
 * window.__runs counts the Excel.run calls.
 */
export const SIMULATED_EXCEL = [
  "window.__runs = [];",
  "window.CustomFunctions = { associate: function () {} };",
  "window.Office = { HostType: { Excel: 'Excel' },",
  "  context: { officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#f3f3f3', controlBackgroundColor: '#333333', controlForegroundColor: '#f3f3f3' },",
  "    requirements: { isSetSupported: function () { return false; } } },",
  "  onReady: function (cb) { var info = { host: 'Excel', platform: 'PC' }; setTimeout(function () { if (cb) cb(info); }, 10); return Promise.resolve(info); } };",
  "window.Excel = { run: function () { window.__runs.push(Date.now()); var e = new Error('Access denied.'); e.code = 'AccessDenied'; return Promise.reject(e); } };",
].join("\n");
