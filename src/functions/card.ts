/*
 * CA.COUNTRY's card, built by cells/countryCard: only that function needs the builder (its property names,
 * sections and sources), so it is an on-demand file (card.js), loaded once, by the first card of a session,
 * which is therefore a Promise (Excel awaits it like any async function's); every later card comes at once.
 * The pane carries the builder itself, so a card inserted from the pane loads nothing.
 */
import type { DataTypeSupport } from "../cells/cellValues";
import type { CardLanguage } from "../cells/cardLanguage";
import type { countryCard } from "../cells/countryCard";
import type { CountryCode } from "../core/countries";
import { CARD_LINKS } from "../core/hosting";
import { messages } from "../core/i18n/messages";
import { toExcelError } from "./errors";

type Card = Excel.EntityCellValue;

let build: typeof countryCard | null = null;
let loading: Promise<typeof countryCard> | null = null;

/** The card builder (card.js), loaded once; webpack runs a module once, so with the pane open it is the pane's. */
export function loadCards(): Promise<typeof countryCard> {
  if (loading === null) {
    loading = import(/* webpackChunkName: "card" */ "../cells/countryCard").then(
      (module) => (build = module.countryCard),
    );
    // A failed load (the network) is tried again by the next call.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** The country's card in `language`: at once once the builder is loaded, else a Promise of it. */
export function cardOf(
  code: CountryCode,
  support: Exclude<DataTypeSupport, "plain">,
  language: CardLanguage,
): Card | Promise<Card> {
  if (build !== null) return build(code, support, CARD_LINKS, language);
  return loadCards().then(
    (loaded) => loaded(code, support, CARD_LINKS, language),
    (error: unknown) => {
      throw toExcelError(
        "#VALUE!",
        messages().cardsNotLoaded(error instanceof Error ? error.message : String(error)),
      );
    },
  );
}
