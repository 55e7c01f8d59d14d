import type { OutOfScope } from "./i18n/messages";
import { foldKey } from "./text";
import { REGION, type Scope } from "./types";

interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly alpha3: string;
  readonly name: string;
  readonly russianName: string;
  /** Other spellings an analyst may type; names and codes above are accepted as well. */
  readonly aliases: readonly string[];
}

/** The five countries, in the order the source lists trade figures; CountryCode is derived from it. */
export const COUNTRIES = [
  {
    code: "KZ",
    alpha3: "KAZ",
    name: "Kazakhstan",
    russianName: "Казахстан",
    aliases: ["Kazakstan", "Qazaqstan", "Republic of Kazakhstan", "Қазақстан", "Республика Казахстан"],
  },
  {
    code: "UZ",
    alpha3: "UZB",
    name: "Uzbekistan",
    russianName: "Узбекистан",
    aliases: ["Ozbekiston", "O'zbekiston", "Republic of Uzbekistan", "Ўзбекистон", "Республика Узбекистан"],
  },
  {
    code: "TJ",
    alpha3: "TJK",
    name: "Tajikistan",
    russianName: "Таджикистан",
    aliases: [
      "Tadzhikistan",
      "Tadjikistan",
      "Tojikiston",
      "Republic of Tajikistan",
      "Тоҷикистон",
      "Республика Таджикистан",
    ],
  },
  {
    code: "KG",
    alpha3: "KGZ",
    name: "Kyrgyzstan",
    russianName: "Кыргызстан",
    aliases: [
      "Kyrgyz Republic",
      "Kirghizia",
      "Kirgizia",
      "Kyrgyzia",
      "Kirgizstan",
      "Kirghizstan",
      "Киргизия",
      "Кыргызская Республика",
      "Киргизская Республика",
    ],
  },
  {
    code: "TM",
    alpha3: "TKM",
    name: "Turkmenistan",
    russianName: "Туркменистан",
    aliases: ["Turkmenia", "Türkmenistan", "Туркмения", "Түркменистан"],
  },
] as const satisfies readonly CountryEntry[];

/** The five Central Asian countries, by ISO 3166-1 alpha-2 code. */
export type CountryCode = (typeof COUNTRIES)[number]["code"];
export type Country = CountryEntry & { readonly code: CountryCode };

/** Every name a country answers to: its ISO codes, English and Russian names, and aliases. */
export function countryNames(country: Country): readonly string[] {
  return [country.code, country.alpha3, country.name, country.russianName, ...country.aliases];
}

export const COUNTRY_CODES: readonly CountryCode[] = COUNTRIES.map((country) => country.code);

const BY_CODE: ReadonlyMap<CountryCode, Country> = new Map(
  COUNTRIES.map((country) => [country.code, country]),
);

export function countryByCode(code: CountryCode): Country {
  // Every CountryCode has an entry: the union and the table are the same five codes.
  return BY_CODE.get(code) as Country;
}

/** Words that mean the region as a whole rather than one country. */
export const REGION_NAMES = [
  "Central Asia",
  "region",
  "the region",
  "Центральная Азия",
  "Средняя Азия",
] as const;
export const REGION_LABEL = "Central Asia";

/** The English name of a record's scope: a country's name, or "Central Asia" for region-wide records. */
export function scopeLabel(scope: Scope): string {
  return scope === REGION ? REGION_LABEL : countryByCode(scope).name;
}

const COUNTERPART = { kind: "counterpart" } as const;
const NOT_CENTRAL_ASIAN = (name: string, russianName: string) =>
  ({ kind: "elsewhere", name, russianName }) as const;

/** Neighbours an analyst may type, in English and in Russian; each answers in the message's language. */
const NEIGHBOURS = [
  NOT_CENTRAL_ASIAN("Ukraine", "Украина"),
  NOT_CENTRAL_ASIAN("China", "Китай"),
  NOT_CENTRAL_ASIAN("Afghanistan", "Афганистан"),
  NOT_CENTRAL_ASIAN("Mongolia", "Монголия"),
  NOT_CENTRAL_ASIAN("Azerbaijan", "Азербайджан"),
] as const;

/**
 * Names that are not in scope but that an analyst may reasonably type, answered with a pointed message. A
 * Map keyed by the folded name (as lookups fold what is typed), so no key can come from Object.prototype.
 */
export const OUT_OF_SCOPE_NAMES: ReadonlyMap<string, OutOfScope> = new Map<string, OutOfScope>(
  (
    [
      ["Russia", COUNTERPART],
      ["Russian Federation", COUNTERPART],
      ["RU", COUNTERPART],
      ["RUS", COUNTERPART],
      ["Россия", COUNTERPART],
      ["Российская Федерация", COUNTERPART],
      ...NEIGHBOURS.flatMap((n) => [[n.name, n] as const, [n.russianName, n] as const]),
    ] as const
  ).map(([name, message]) => [foldKey(name), message]),
);
