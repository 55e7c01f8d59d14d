/*
 * The country-card panel: pick a country, see its card as Excel will show it (rendered from the very entity
 * CA.COUNTRY returns and "Insert country card" writes), and insert it.
 */
import { COUNTRIES, type CountryCode } from "../../core/countries";
import { countryCard } from "../../cells/countryCard";
import { CARD_LINKS } from "../../core/hosting";
import type { PaneLanguage } from "../i18n";
import { button, el, on, replaceChildren, type Child } from "./dom";
import { translated, withCode } from "./text";

/**
 * A number as its Excel format shows it, for the formats cards use: quoted literals, then 0% or 0
 * (">"0% shows 0.22 as >22%, "×"0 shows 7 as ×7); with a decimal comma where Excel writes one (Russian).
 */
export function showNumber(value: number, numberFormat: string, decimalComma = false): string {
  let text = "";
  for (const part of numberFormat.match(/"[^"]*"|0%|0/g) ?? []) {
    if (part.startsWith('"')) text += part.slice(1, -1);
    else if (part === "0%") text += `${Math.round(value * 1000) / 10}%`;
    else text += String(Math.round(value * 100) / 100);
  }
  return decimalComma ? text.replace(/(\d)\.(\d)/g, "$1,$2") : text;
}

function shown(value: Excel.EntityPropertyType | undefined, { t, locale }: PaneLanguage): string {
  if (value === undefined || typeof value !== "object") return "";
  switch (value.type) {
    case "Double":
    case "FormattedNumber":
      return "numberFormat" in value && typeof value.numberFormat === "string"
        ? showNumber(value.basicValue, value.numberFormat, locale === "ru")
        : String(value.basicValue);
    case "Boolean":
      return value.basicValue ? t.cardTrue : t.cardFalse;
    case "String":
      return value.basicValue;
    default:
      return "";
  }
}

function sublabel(value: Excel.EntityPropertyType | undefined): string {
  return (
    (value as { propertyMetadata?: Excel.CellValuePropertyMetadata } | undefined)?.propertyMetadata
      ?.sublabel ?? ""
  );
}

/** The card's sections, properties, values and sublabels, as a definition list per section. */
function preview(code: CountryCode, language: PaneLanguage): Child[] {
  const { words, card: labels } = language.workbook;
  const card = countryCard(code, "double", CARD_LINKS, { words, labels });
  const properties = card.properties ?? {};
  const sections = card.layouts?.card?.sections ?? [];
  return [
    el("p", { class: "card-title" }, [card.text ?? ""]),
    ...sections.map((section) =>
      el("section", { class: "card-section" }, [
        el("h3", {}, [section.title ?? ""]),
        el(
          "dl",
          {},
          section.properties.flatMap((name) => {
            const value = properties[name];
            // The nested "Sources" entity: its quotes, one per property, under the same names.
            return value?.type === "Entity" ? nested(name, value, language) : entry(name, value, language);
          }),
        ),
      ]),
    ),
  ];
}

/** One property: its name as a formula reads it, its value as Excel shows it, its sublabel. */
function entry(name: string, value: Excel.EntityPropertyType | undefined, language: PaneLanguage): Child[] {
  return [
    el("dt", {}, [el("code", {}, [name])]),
    el("dd", { "data-property": name }, [
      el("span", { class: "card-value" }, translated(shown(value, language), language)),
      sublabel(value) ? el("span", { class: "card-sublabel" }, translated(sublabel(value), language)) : null,
    ]),
  ];
}

/** A nested entity, opened on demand: each of its properties under its name (the quote of each figure). */
function nested(name: string, value: Excel.EntityCellValue, language: PaneLanguage): Child[] {
  const inner = value.properties ?? {};
  return [
    el("dt", {}, [el("code", {}, [name])]),
    el("dd", { "data-property": name }, [
      el("details", { class: "card-nested" }, [
        el("summary", {}, [value.text ?? name]),
        el(
          "dl",
          {},
          Object.keys(inner).flatMap((key) => [
            el("dt", {}, [el("code", {}, [key])]),
            el("dd", { "data-source": key }, [el("blockquote", {}, [shown(inner[key], language)])]),
          ]),
        ),
      ]),
    ]),
  ];
}

export interface CardPanel {
  readonly element: HTMLDetailsElement;
  /** Whether this Excel can take a card; when it cannot, the button is off and the reason shown. */
  setSupported(supported: boolean, reason: string): void;
}

export function createCardPanel(insert: (country: CountryCode) => void, language: PaneLanguage): CardPanel {
  const { t, words } = language;
  const select = el(
    "select",
    { class: "filter", name: "card-country", "aria-label": t.cardCountry },
    COUNTRIES.map((c) => el("option", { value: c.code }, [words.country(c.code)])),
  );
  const body = el("div", { class: "card-preview", "aria-live": "polite" });
  const reason = el("p", { class: "card-reason", hidden: true });
  const show = () => replaceChildren(body, preview(select.value as CountryCode, language));
  on(select, { change: show });
  const insertButton = button(t.insertCard, () => insert(select.value as CountryCode), {
    appearance: "outline",
    name: "insert-country-card",
  });
  const element = el("details", { class: "panel card-panel" }, [
    el("summary", {}, [t.cards]),
    el("p", { class: "card-intro" }, withCode(t.cardIntro, t.cardFormula, language)),
    el("div", { class: "card-controls" }, [select, insertButton]),
    reason,
    body,
  ]);
  // The panel starts closed: the card is built when it is first opened, not while the pane starts.
  on(element, { toggle: () => element.open && body.childElementCount === 0 && show() });
  return {
    element,
    setSupported(supported, text) {
      insertButton.toggleAttribute("disabled", !supported);
      reason.hidden = supported;
      reason.textContent = supported ? "" : text;
    },
  };
}
