/**
 * DOM helpers. The pane only ever writes text (textContent, attributes) and elements it creates itself:
 * no HTML strings, so quotes from the source and user input can never become markup.
 */

export type Child = Node | string | number | null | undefined | false;

/** Attribute values: strings as is, true as an empty attribute, false/null/undefined leave it out. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Event handlers attached by `on`. */
export type Handlers = Readonly<
  Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>
>;

function applyAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  children?: readonly Child[],
): HTMLElementTagNameMap[K];
export function el(tag: string, attrs?: Attrs, children?: readonly Child[]): HTMLElement;
export function el(tag: string, attrs: Attrs = {}, children: readonly Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  applyAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element (createElementNS), for the inline charts. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly Child[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  applyAttrs(node, attrs);
  append(node, children);
  return node;
}

/** Adds event listeners and returns the element, so construction stays one expression. */
export function on<T extends HTMLElement>(node: T, handlers: Handlers): T {
  for (const [type, handler] of Object.entries(handlers)) {
    if (handler) node.addEventListener(type, handler as EventListener);
  }
  return node;
}

/** Removes every child. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces every child with new ones. */
export function replaceChildren(node: Node, children: readonly Child[]): void {
  clear(node);
  append(node, children);
}

let idCounter = 0;

/** A document-unique id for aria-controls / aria-labelledby pairs. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A checkbox or radio button with its label, in a div of `className`. */
export interface LabelledChoice {
  readonly box: HTMLInputElement;
  readonly element: HTMLElement;
}

export function labelledChoice(
  type: "checkbox" | "radio",
  name: string,
  value: string,
  label: string,
  checked: boolean,
  className: string,
): LabelledChoice {
  const id = uniqueId(name);
  const box = el("input", { type, id, name, value });
  box.checked = checked;
  return { box, element: el("div", { class: className }, [box, el("label", { for: id }, [label])]) };
}

/** The values of the ticked boxes, in their order. */
export function tickedValues(choices: readonly LabelledChoice[]): string[] {
  return choices.filter((c) => c.box.checked).map((c) => c.box.value);
}

/** A Fluent button (fluent-button); `appearance` is primary, outline, subtle or transparent. */
export function button(
  label: string,
  onClick: () => void,
  options: { appearance?: string; size?: "small" | "medium"; title?: string; name?: string } = {},
): HTMLElement {
  const node = el(
    "fluent-button",
    {
      appearance: options.appearance ?? null,
      size: options.size ?? "small",
      title: options.title ?? null,
      "data-action": options.name ?? null,
    },
    [label],
  );
  node.addEventListener("click", () => onClick());
  return node;
}
