import type { Alternative, ColumnsToFit, InsertOutcome, InsertTarget } from "../../excel/contract";
import type { PaneLanguage } from "../i18n";
import { button, clear, el, svg, type Child } from "./dom";
import { withLiterals } from "./text";

export type Intent = "info" | "success" | "warning" | "error";

export interface MessageAction {
  readonly label: string;
  readonly name: string;
  readonly run: () => void;
}

export interface Messages {
  /** The live region; message bars appear inside it. */
  readonly element: HTMLElement;
  /** Shows a message: text (formulas, file names and keys in it marked as such) or nodes made of text. */
  show(intent: Intent, text: string | readonly Child[], actions?: readonly MessageAction[]): void;
  /**
   * Shows what an insert did, with buttons for the alternatives of a refusal, or, after an insert on the
   * user's sheet, the offer to widen the block's columns.
   */
  showOutcome(
    outcome: InsertOutcome,
    retry: (target: InsertTarget) => void,
    widen?: (columns: ColumnsToFit) => void,
  ): void;
  clear(): void;
}

/** A 16-pixel intent icon: a circle with "i", a tick, "!" in a triangle, or a cross. */
function icon(intent: Intent): SVGSVGElement {
  const stroke = { fill: "none", stroke: "currentColor", "stroke-width": 1.3, "stroke-linecap": "round" };
  const shapes: Record<Intent, SVGElement[]> = {
    info: [
      svg("circle", { cx: 8, cy: 8, r: 6.5, ...stroke }),
      svg("path", { d: "M8 7.2v4M8 4.8v.1", ...stroke }),
    ],
    success: [
      svg("circle", { cx: 8, cy: 8, r: 6.5, ...stroke }),
      svg("path", { d: "M5.2 8.2l1.9 1.9 3.7-3.9", ...stroke }),
    ],
    warning: [
      svg("path", { d: "M8 1.8l6.4 11.4H1.6z", ...stroke, "stroke-linejoin": "round" }),
      svg("path", { d: "M8 6.3v3.2M8 11.3v.1", ...stroke }),
    ],
    error: [
      svg("circle", { cx: 8, cy: 8, r: 6.5, ...stroke }),
      svg("path", { d: "M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4", ...stroke }),
    ],
  };
  return svg(
    "svg",
    {
      slot: "icon",
      class: `message-icon ${intent}`,
      viewBox: "0 0 16 16",
      width: 16,
      height: 16,
      "aria-hidden": "true",
    },
    shapes[intent],
  );
}

/**
 * The message bar of the pane: one Fluent message bar at a time inside a polite live region, so screen
 * readers announce each outcome. Never alert().
 */
export function createMessages(language: PaneLanguage): Messages {
  const { t } = language;
  const alternativeLabels: Readonly<Record<Alternative, string>> = {
    "new-sheet": t.newSheet,
    "pick-another-cell": t.pickAnotherCell,
  };
  const region = el("div", {
    class: "messages",
    role: "status",
    "aria-live": "polite",
    "aria-atomic": "true",
    id: "messages",
  });

  const show = (
    intent: Intent,
    text: string | readonly Child[],
    actions: readonly MessageAction[] = [],
  ): void => {
    clear(region);
    const dismiss = button("✕", () => clear(region), { appearance: "transparent", title: t.dismiss });
    dismiss.setAttribute("aria-label", t.dismissLabel);
    dismiss.setAttribute("slot", "dismiss");
    dismiss.setAttribute("icon-only", "");
    // role="none": the bar's own status role would announce a second time inside the live region.
    const layout = actions.length > 0 ? "multiline" : "singleline";
    const bar = el("fluent-message-bar", { intent, layout, role: "none", "data-intent": intent }, [
      icon(intent),
      el("span", { class: "message-text" }, typeof text === "string" ? withLiterals(text, language) : text),
      ...actions.map((action) => {
        const node = button(action.label, action.run, { name: action.name });
        node.setAttribute("slot", "actions");
        return node;
      }),
      dismiss,
    ]);
    region.appendChild(bar);
  };

  // A notice (e.g. that this Excel takes no notes) is said once per session, after the first insert it concerns.
  const noticed = new Set<string>();
  const showOutcome = (
    outcome: InsertOutcome,
    retry: (target: InsertTarget) => void,
    widen?: (columns: ColumnsToFit) => void,
  ): void => {
    if (outcome.ok) {
      const message = outcome.message || t.insertedAt(outcome.address);
      const notice =
        outcome.notice !== undefined && !noticed.has(outcome.notice) ? outcome.notice : undefined;
      if (notice !== undefined) noticed.add(notice);
      const fit = outcome.widen;
      const offer: MessageAction[] =
        fit === undefined || widen === undefined
          ? []
          : [{ label: t.widenColumns(fit.columns), name: "widen-columns", run: () => widen(fit) }];
      show("success", notice === undefined ? message : `${message} ${notice}`, offer);
      return;
    }
    const actions = outcome.alternatives.map((alternative): MessageAction => ({
      label: alternativeLabels[alternative],
      name: alternative,
      run: alternative === "new-sheet" ? () => retry("new-sheet") : () => show("info", t.pickHint),
    }));
    show(outcome.reason === "no-excel" ? "info" : "warning", outcome.message, actions);
  };

  return { element: region, show, showOutcome, clear: () => clear(region) };
}
