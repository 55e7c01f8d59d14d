/*
 * A country as an Excel entity (a card): every figure the source gives for it as a formatted number, its
 * stances as TRUE/FALSE, its events as text, each property with its period as sublabel and the analysis as
 * attribution, and the region-wide figures in a section of their own. Built by CA.COUNTRY and by the pane's
 * "Insert country card" alike. Pure data typed against @types/office-js: no Office.js at run time.
 *
 * Property names are language-neutral identifiers (the indicator id in PascalCase) so that =A1.TradeGrowth
 * works in any Excel language; no nested arrays and no referencedValues (known Excel bugs, office-js issues
 * 6305 and 6563).
 */
import { figureCellValue, type DataTypeSupport } from "./cellValues";
import { countryByCode, type CountryCode } from "./countries";
import { RECORDS } from "./dataset";
import { formatCitation, SOURCE } from "./source";
import { topicLabel } from "./topics";
import { REGION, type FigureRecord, type IndicatorRecord, type TopicId } from "./types";

/** Where the add-in is hosted: the help page and icon the card links to. */
export interface CardLinks {
  readonly helpUrl: string;
  readonly iconUrl: string;
}

/** "trade-growth" → "TradeGrowth": a name Excel accepts in dot notation, the same in every language. */
export function propertyName(indicator: string): string {
  return indicator
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

type CardSupport = Exclude<DataTypeSupport, "plain">;
type Property = Excel.EntityPropertyType;

function metadata(sublabel: string, links: CardLinks): Excel.CellValuePropertyMetadata {
  return {
    sublabel,
    attribution: [
      {
        sourceText: `${SOURCE.author}, “${SOURCE.title}”, ${SOURCE.publisher}, ${SOURCE.publishedLabel}`,
        sourceAddress: `${links.helpUrl}#source`,
      },
    ],
  };
}

/** The period and, where the source hedges or the stance rests on something, that too. */
function sublabelOf(record: IndicatorRecord): string {
  const parts: string[] = [];
  if (record.kind === "stance") {
    parts.push(record.basis);
    if (record.condition !== undefined) parts.push(record.condition);
  }
  if (record.kind === "event" && record.qualifier !== "stated") parts.push(record.qualifier);
  parts.push(record.period.label);
  return parts.join(", ");
}

function propertyOf(record: IndicatorRecord, support: CardSupport, links: CardLinks): Property {
  const propertyMetadata = metadata(sublabelOf(record), links);
  if (record.kind === "figure") {
    const value = figureCellValue(record, support) as Excel.DoubleCellValue | Excel.FormattedNumberCellValue;
    return { ...value, propertyMetadata };
  }
  if (record.kind === "stance") return { type: "Boolean", basicValue: record.value, propertyMetadata };
  return { type: "String", basicValue: record.label, propertyMetadata };
}

interface Section {
  readonly title: string;
  readonly records: readonly IndicatorRecord[];
}

/** Figures by topic, then stances, then events, then the region-wide figures. */
function sections(code: CountryCode): Section[] {
  const own = RECORDS.filter((r) => r.scope === code);
  const figureTopics = [...new Set(own.filter((r) => r.kind === "figure").map((r) => r.topic))];
  return [
    ...figureTopics.map((topic: TopicId) => ({
      title: topicLabel(topic),
      records: own.filter((r) => r.kind === "figure" && r.topic === topic),
    })),
    { title: "Stances", records: own.filter((r) => r.kind === "stance") },
    { title: "Events", records: own.filter((r) => r.kind === "event") },
    {
      title: "Central Asia as a whole",
      records: RECORDS.filter((r): r is FigureRecord => r.kind === "figure" && r.scope === REGION),
    },
  ].filter((section) => section.records.length > 0);
}

const cards = new Map<string, Excel.EntityCellValue>();

/** The country's card, built once per country, shape and host, and frozen. */
export function countryCard(
  code: CountryCode,
  support: CardSupport,
  links: CardLinks,
): Excel.EntityCellValue {
  const key = `${code}|${support}|${links.helpUrl}|${links.iconUrl}`;
  const cached = cards.get(key);
  if (cached !== undefined) return cached;
  const country = countryByCode(code);
  const parts = sections(code);
  const properties: Record<string, Property> = {
    Country: { type: "String", basicValue: country.name },
    IsoCode: { type: "String", basicValue: country.code },
    RussianName: { type: "String", basicValue: country.russianName },
    Source: { type: "String", basicValue: formatCitation() },
  };
  for (const part of parts) {
    for (const record of part.records)
      properties[propertyName(record.indicator)] = propertyOf(record, support, links);
  }
  const card = {
    type: "Entity",
    text: country.name,
    properties,
    layouts: {
      compact: { icon: "Globe" },
      card: {
        title: { property: "Country" },
        sections: [
          ...parts.map((part) => ({
            layout: "List" as const,
            title: part.title,
            properties: part.records.map((r) => propertyName(r.indicator)),
          })),
          {
            layout: "List" as const,
            title: "About",
            collapsed: true,
            properties: ["IsoCode", "RussianName", "Source"],
          },
        ],
      },
    },
    provider: {
      description: "Central Asia Indicators: each figure cites the sentence it comes from.",
      logoSourceAddress: links.iconUrl,
      logoTargetAddress: links.helpUrl,
    },
  } satisfies Excel.EntityCellValue;
  const frozen = Object.freeze(card) as Excel.EntityCellValue;
  cards.set(key, frozen);
  return frozen;
}
