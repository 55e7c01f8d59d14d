import type { Alternative, InsertOutcome, InsertTarget } from "../../excel/contract";
import { button, clear, el, svg } from "./dom";

export type Intent = "info" | "success" | "warning" | "error";

export interface MessageAction {
  readonly label: string;
  readonly name: string;
  readonly run: () => void;
}

export interface Messages {
  /** The live region; message bars appear inside it. */
  readonly element: HTMLElement;
  show(intent: Intent, text: string, actions?: readonly MessageAction[]): void;
  /** Shows what an insert did, with buttons for the alternatives of a refusal. */
  showOutcome(outcome: InsertOutcome, retry: (target: InsertTarget) => void): void;
  clear(): void;
}

const ALTERNATIVE_LABELS: Readonly<Record<Alternative, string>> = {
  "new-sheet": "Insert on a new sheet",
  "pick-another-cell": "Pick another cell",
};

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
export function createMessages(): Messages {
  const region = el("div", {
    class: "messages",
    role: "status",
    "aria-live": "polite",
    "aria-atomic": "true",
    id: "messages",
  });

  const show = (intent: Intent, text: string, actions: readonly MessageAction[] = []): void => {
    clear(region);
    const dismiss = button("✕", () => clear(region), { appearance: "transparent", title: "Dismiss" });
    dismiss.setAttribute("aria-label", "Dismiss message");
    dismiss.setAttribute("slot", "dismiss");
    dismiss.setAttribute("icon-only", "");
    // role="none": the bar's own status role would announce a second time inside the live region.
    const layout = actions.length > 0 ? "multiline" : "singleline";
    const bar = el("fluent-message-bar", { intent, layout, role: "none", "data-intent": intent }, [
      icon(intent),
      el("span", { class: "message-text" }, [text]),
      ...actions.map((action) => {
        const node = button(action.label, action.run, { name: action.name });
        node.setAttribute("slot", "actions");
        return node;
      }),
      dismiss,
    ]);
    region.appendChild(bar);
  };

  const showOutcome = (outcome: InsertOutcome, retry: (target: InsertTarget) => void): void => {
    if (outcome.ok) {
      show("success", outcome.message || `Inserted at ${outcome.address}.`);
      return;
    }
    const actions = outcome.alternatives.map((alternative): MessageAction => ({
      label: ALTERNATIVE_LABELS[alternative],
      name: alternative,
      run:
        alternative === "new-sheet"
          ? () => retry("new-sheet")
          : () => show("info", "Select an empty cell in the worksheet, then try again."),
    }));
    show(outcome.reason === "no-excel" ? "info" : "warning", outcome.message, actions);
  };

  return { element: region, show, showOutcome, clear: () => clear(region) };
}
