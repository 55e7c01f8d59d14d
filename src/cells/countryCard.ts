/*
 * A country as an Excel entity (a card): every figure the source gives for it as a formatted number, its
 * stances as TRUE/FALSE, its events as text, each property with its period as sublabel and the analysis as
 * attribution, and the region-wide figures in a section of their own. Built by CA.COUNTRY (in Excel's display
 * language, or the one its formula pins) and by the pane's "Insert country card" alike, in the pane's language there (the same properties under the same names; the
 * title, section titles, sublabels, texts and attribution in that language; quotes stay English). Pure data
 * typed against @types/office-js: no Office.js at run time.
 *
 * Property names are words a person reads, the same in any Excel language (cardNames.ts): =A1.[Trade growth];
 * region-wide ones start with "Region". Every number shows its unit. Each property's quote is in the nested
 * "Sources" entity under the same name (=A1.Sources.[Trade growth]), so the numbers stay numbers. No nested
 * arrays and no referencedValues (known Excel bugs, office-js issues 6305 and 6563).
 */
import { figureCellValue, type DataTypeSupport } from "./cellValues";
import { cardNumberFormat, cardPropertyName, propertyName } from "./cardNames";
import { countryByCode, type CountryCode } from "../core/countries";
import { FORMER_IDS } from "../core/data/formerIds";
import { RECORDS } from "../core/dataset";
import type { Vocabulary } from "../core/i18n/vocabulary";
import { EN_CARD, type CardLabels, type CardLanguage } from "./cardLanguage";
import { REGION, type FigureRecord, type IndicatorRecord, type TopicId } from "../core/types";

/** Where the add-in is hosted: the help page and icon the card links to. */
export interface CardLinks {
  readonly helpUrl: string;
  readonly iconUrl: string;
}

export { cardPropertyName, propertyName } from "./cardNames";
// The card's words stay in functions.js (every answer needs EN_CARD); this file loads with CA.COUNTRY's first card.
export { EN_CARD, EN_CARD_LABELS, type CardLabels, type CardLanguage } from "./cardLanguage";

const ENGLISH = EN_CARD;

type CardSupport = Exclude<DataTypeSupport, "plain">;
type Property = Excel.EntityPropertyType;

function metadata(
  sublabel: string,
  links: CardLinks,
  labels: CardLabels,
  hidden: boolean,
): Excel.CellValuePropertyMetadata {
  return {
    sublabel,
    attribution: [{ sourceText: labels.attribution, sourceAddress: `${links.helpUrl}#source` }],
    ...(hidden ? { excludeFrom: { cardView: true, autoComplete: true } } : {}),
  };
}

/** The period and, where the source hedges or the stance rests on something, that too. */
function sublabelOf(record: IndicatorRecord, words: Vocabulary): string {
  const parts: string[] = [];
  if (record.kind === "stance") {
    parts.push(words.basis(record.basis));
    const condition = words.condition(record);
    if (condition !== "") parts.push(condition);
  }
  if (record.kind === "event" && record.qualifier !== "stated") parts.push(words.qualifier(record.qualifier));
  parts.push(words.period(record.period.label));
  return parts.join(", ");
}

function propertyOf(
  record: IndicatorRecord,
  support: CardSupport,
  links: CardLinks,
  { words, labels }: CardLanguage,
  hidden = false,
): Property {
  const propertyMetadata = metadata(sublabelOf(record, words), links, labels, hidden);
  if (record.kind === "figure") {
    const value = figureCellValue(record, support) as Excel.DoubleCellValue | Excel.FormattedNumberCellValue;
    return { ...value, numberFormat: cardNumberFormat(record, words), propertyMetadata };
  }
  if (record.kind === "stance") return { type: "Boolean", basicValue: record.value, propertyMetadata };
  return { type: "String", basicValue: words.label(record), propertyMetadata };
}

interface Section {
  readonly title: string;
  readonly records: readonly IndicatorRecord[];
}

/** The records a country's card shows: its own figures, stances and events, and the region-wide figures. */
export function cardRecords(code: CountryCode): readonly IndicatorRecord[] {
  return sections(code, ENGLISH).flatMap((section) => section.records);
}

/** Figures by topic, then stances, then events, then the region-wide figures. */
function sections(code: CountryCode, { words, labels }: CardLanguage): Section[] {
  const own = RECORDS.filter((r) => r.scope === code);
  const figureTopics = [...new Set(own.filter((r) => r.kind === "figure").map((r) => r.topic))];
  return [
    ...figureTopics.map((topic: TopicId) => ({
      title: words.topic(topic),
      records: own.filter((r) => r.kind === "figure" && r.topic === topic),
    })),
    { title: labels.stances, records: own.filter((r) => r.kind === "stance") },
    { title: labels.events, records: own.filter((r) => r.kind === "event") },
    {
      title: labels.region,
      records: RECORDS.filter((r): r is FigureRecord => r.kind === "figure" && r.scope === REGION),
    },
  ].filter((section) => section.records.length > 0);
}

/** Renamed records' former indicators (workbooks keep =A1.EaeuMembershipRuledOut), by current record id. */
const FORMER_INDICATORS: ReadonlyMap<string, string> = new Map(
  Object.entries(FORMER_IDS).map(([former, current]) => [current, former.replace(/\.[A-Z]{2}$/, "")]),
);

/**
 * Each property's quote, under the property's name, as a nested entity: =A1.Sources.[Trade growth] gives the
 * sentence the figure comes from. Quotes stay in the source's English.
 */
function sourcesOf(parts: readonly Section[], { words, labels }: CardLanguage): Excel.EntityCellValue {
  const records = parts.flatMap((part) => part.records);
  return {
    type: "Entity",
    text: labels.sources,
    properties: Object.fromEntries(
      records.map((record) => [
        cardPropertyName(record),
        { type: "String", basicValue: record.quote, propertyMetadata: { sublabel: words.label(record) } },
      ]),
    ),
    layouts: {
      compact: { icon: "Book" },
      card: {
        sections: [{ layout: "List", properties: records.map(cardPropertyName) }],
      },
    },
  };
}

const cards = new Map<string, Excel.EntityCellValue>();

/** The country's card, built once per country, shape, host and language, and frozen. */
export function countryCard(
  code: CountryCode,
  support: CardSupport,
  links: CardLinks,
  language: CardLanguage = ENGLISH,
): Excel.EntityCellValue {
  const { words, labels } = language;
  const key = `${code}|${support}|${words.locale}|${links.helpUrl}|${links.iconUrl}`;
  const cached = cards.get(key);
  if (cached !== undefined) return cached;
  const country = countryByCode(code);
  const parts = sections(code, language);
  const properties: Record<string, Property> = {
    Country: { type: "String", basicValue: words.country(code) },
    IsoCode: { type: "String", basicValue: country.code },
    RussianName: { type: "String", basicValue: country.russianName },
    Source: { type: "String", basicValue: words.citation() },
  };
  for (const part of parts) {
    for (const record of part.records) {
      properties[cardPropertyName(record)] = propertyOf(record, support, links, language);
      // The former name (=A1.TradeGrowth in older workbooks) still answers, hidden from the card.
      properties[propertyName(record.indicator)] = propertyOf(record, support, links, language, true);
      // A renamed record answers to its former name too, hidden from the card and autocomplete.
      const former = FORMER_INDICATORS.get(record.id);
      if (former !== undefined) {
        properties[propertyName(former)] = propertyOf(record, support, links, language, true);
      }
    }
  }
  properties.Sources = sourcesOf(parts, language);
  const card = {
    type: "Entity",
    text: words.country(code),
    properties,
    layouts: {
      compact: { icon: "Globe" },
      card: {
        title: { property: "Country" },
        sections: [
          ...parts.map((part) => ({
            layout: "List" as const,
            title: part.title,
            properties: part.records.map(cardPropertyName),
          })),
          { layout: "List" as const, title: labels.sources, collapsed: true, properties: ["Sources"] },
          {
            layout: "List" as const,
            title: labels.about,
            collapsed: true,
            properties: ["IsoCode", "RussianName", "Source"],
          },
        ],
      },
    },
    provider: {
      description: labels.provider,
      logoSourceAddress: links.iconUrl,
      logoTargetAddress: links.helpUrl,
    },
  } satisfies Excel.EntityCellValue;
  const frozen = Object.freeze(card) as Excel.EntityCellValue;
  cards.set(key, frozen);
  return frozen;
}
