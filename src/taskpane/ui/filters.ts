import { COUNTRIES } from "../../core/countries";
import { THEMES, type ThemeId } from "../../core/themes";
import { TOPICS } from "../../core/topics";
import { KINDS, REGION, type RecordKind, type Scope, type TopicId } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { el, on, svg } from "./dom";

export interface FilterState {
  readonly query: string;
  readonly topic: TopicId | null;
  readonly country: Scope | null;
  readonly kind: RecordKind | null;
  /** A theme across topics (chosen in the topic select, under its own group); omitted means none. */
  readonly theme?: ThemeId | null;
}

export const NO_FILTERS: FilterState = { query: "", topic: null, country: null, kind: null };

/** Whether any filter or a search narrows the list. */
export function isFiltered(state: FilterState): boolean {
  return (
    state.query.trim() !== "" ||
    state.topic !== null ||
    state.country !== null ||
    state.kind !== null ||
    (state.theme ?? null) !== null
  );
}

export interface Filters {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  /** Sets the controls (e.g. "Clear filters") without firing onChange. */
  set(state: FilterState): void;
}

const ANY = "";
/** A theme's value in the topic select: "theme:sanctions", apart from the topic ids. */
const THEME_PREFIX = "theme:";

function select(
  label: string,
  name: string,
  anyLabel: string,
  options: readonly (readonly [string, string])[],
): HTMLSelectElement {
  return el("select", { class: "filter", name, "aria-label": label, title: label }, [
    el("option", { value: ANY }, [anyLabel]),
    ...options.map(([value, text]) => el("option", { value }, [text])),
  ]);
}

/**
 * The search box and the topic, country and kind filters. Native controls (fully accessible, labelled for screen
 * readers), styled with Fluent tokens in taskpane.css.
 */
export function createFilters(onChange: (state: FilterState) => void, language: PaneLanguage): Filters {
  const { t, words } = language;
  const search = el("input", {
    type: "search",
    class: "search",
    name: "search",
    placeholder: t.searchPlaceholder,
    "aria-label": t.searchLabel,
    autocomplete: "off",
    spellcheck: "false",
  });
  const topic = select(
    t.topicFilter,
    "topic",
    t.allTopics,
    TOPICS.map((topic) => [topic.id, words.topic(topic.id)] as const),
  );
  // Themes run across topics: offered in the same select, as a group of their own.
  topic.append(
    el(
      "optgroup",
      { label: t.themesGroup },
      THEMES.map((theme) =>
        el("option", { value: THEME_PREFIX + theme.id, title: theme.description[language.locale] }, [
          theme.name[language.locale],
        ]),
      ),
    ),
  );
  const country = select(t.countryFilter, "country", t.allCountries, [
    ...COUNTRIES.map((c) => [c.code, words.country(c.code)] as const),
    [REGION, t.regionWide(words.scope(REGION))] as const,
  ]);

  const kind = select(
    t.kindFilter,
    "kind",
    t.allKinds,
    KINDS.map((k) => [k, t.kindPlural[k]] as const),
  );

  const read = (): FilterState => ({
    query: search.value,
    topic: topic.value === ANY || topic.value.startsWith(THEME_PREFIX) ? null : (topic.value as TopicId),
    theme: topic.value.startsWith(THEME_PREFIX) ? (topic.value.slice(THEME_PREFIX.length) as ThemeId) : null,
    country: country.value === ANY ? null : (country.value as Scope),
    kind: kind.value === ANY ? null : (kind.value as RecordKind),
  });
  const changed = (): void => onChange(read());

  on(search, {
    input: changed,
    keydown: (event) => {
      if (event.key === "Escape" && search.value !== "") {
        event.preventDefault();
        search.value = "";
        changed();
      }
    },
  });
  on(topic, { change: changed });
  on(country, { change: changed });
  on(kind, { change: changed });

  const element = el("div", { class: "filters", role: "search", "aria-label": t.searchAndFilters }, [
    el("div", { class: "search-wrap" }, [
      svg(
        "svg",
        { class: "search-icon", viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" },
        [
          svg("circle", {
            cx: 6.5,
            cy: 6.5,
            r: 4.5,
            fill: "none",
            stroke: "currentColor",
            "stroke-width": 1.3,
          }),
          svg("path", {
            d: "M10 10l4.5 4.5",
            stroke: "currentColor",
            "stroke-width": 1.3,
            "stroke-linecap": "round",
          }),
        ],
      ),
      search,
    ]),
    el("div", { class: "filter-row" }, [topic, country, kind]),
  ]);

  return {
    element,
    search,
    set(state) {
      search.value = state.query;
      topic.value = state.theme ? THEME_PREFIX + state.theme : (state.topic ?? ANY);
      country.value = state.country ?? ANY;
      kind.value = state.kind ?? ANY;
    },
  };
}
