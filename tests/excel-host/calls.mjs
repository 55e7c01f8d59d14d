/*
 * The host's call log: each action of a ProcessQuery request written as the code that queued it
 * (`workbook.worksheets.getActiveWorksheet().getRange("B2:C3").load(address)`), and the fault of a request,
 * which fails the action whose call matches it (protocol.mjs builds each call once and passes it to both).
 */
import { excelError } from "./errors.mjs";
import { camel, isHandle } from "./handles.mjs";

/**
 * An object path as code: `workbook.worksheets.getItem("Data")`. Arguments are written as sent, so an object
 * argument of a path shows its path id.
 * @param {Record<string, any>} paths the request's ObjectPaths @param {number} id
 * @returns {string}
 */
export function describePath(paths, id, depth = 0) {
  const info = paths[id];
  if (info === undefined || depth > 50) return `#${id}`;
  const parent = () => describePath(paths, info.ParentObjectPathId, depth + 1);
  const a = () => (info.ArgumentInfo?.Arguments ?? []).map(show).join(", ");
  switch (info.ObjectPathType) {
    case 1:
      return "workbook";
    case 3:
      return `${parent()}.${camel(info.Name)}(${a()})`;
    case 4:
      return `${parent()}.${camel(info.Name)}`;
    case 5:
      return `${parent()}.getItem(${a()})`;
    case 6:
      return `reference(${info.Name})`;
    default:
      return `path${info.ObjectPathType}(${info.Name})`;
  }
}

/** A short rendering of an argument for the call log: an object as `<Range>`. */
export function show(value) {
  if (isHandle(value)) return `<${value.type}>`;
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * A fault to inject into one request: the action it fails at (the first whose call matches `action`, a substring
 * or RegExp of the call log's text such as "worksheets.add(" or /tables\.add/; the request's first action when
 * absent) is answered with Excel's error instead of running. The actions before it stay applied, as in Excel.
 * @typedef {{ code: string, message?: string, location?: string,
 *   action?: string | RegExp | ((call: string) => boolean) | null }} ActionFault
 */

/**
 * The fault of one request. check(call, index), called before an action runs with its call as the log writes
 * it, throws the fault's Excel error (and logs the call marked ✗) when the action is the one the fault is for;
 * fired: whether it has.
 * @param {ActionFault | null} fault @param {string[]} calls the call log
 */
export function requestFault(fault, calls) {
  const matcher = fault?.action ?? null;
  const state = {
    fired: false,
    /** @param {string} call @param {number} index the action's index in the request */
    check(call, index) {
      if (fault === null || state.fired) return;
      if (!(matcher === null ? index === 0 : matchesCall(matcher, call))) return;
      state.fired = true;
      calls.push(`${call} ✗ ${fault.code}`);
      throw excelError(fault.code, fault.location ?? "", fault.message);
    },
  };
  return state;
}

/** @param {NonNullable<ActionFault["action"]>} matcher @param {string} call */
function matchesCall(matcher, call) {
  if (typeof matcher === "function") return matcher(call);
  if (matcher instanceof RegExp) return matcher.test(call);
  return call.includes(matcher);
}
