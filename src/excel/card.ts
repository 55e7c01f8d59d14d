/*
 * A country card (the entity CA.COUNTRY returns, see core/countryCard) in the pane's language: the same
 * properties under the same names (Excel's identifiers, =A1.TradeGrowth in any language), with the card's
 * title, section titles, sublabels, texts and attribution in that language. English is the card itself. Pure:
 * plain data typed against @types/office-js, so the pane previews exactly what "Insert country card" writes.
 * Reached through a language's WorkbookTexts.localCard, so that only a pane in another language loads it.
 */
import { countryByCode, type CountryCode } from "../core/countries";
import { propertyName } from "../core/countryCard";
import { RECORDS } from "../core/dataset";
import { REGION, type IndicatorRecord } from "../core/types";
import type { WorkbookTexts } from "./i18n";

type Property = Excel.EntityPropertyType;
type Metadata = Excel.CellValuePropertyMetadata;

/** The records a country's card shows, by property name: its own, and the region-wide figures. */
function recordsOnCard(code: CountryCode): ReadonlyMap<string, IndicatorRecord> {
  const shown = RECORDS.filter((r) => r.scope === code || (r.scope === REGION && r.kind === "figure"));
  return new Map(shown.map((r) => [propertyName(r.indicator), r]));
}

/** The period and, where the source hedges or the stance rests on something, that too. */
function sublabelOf(record: IndicatorRecord, texts: WorkbookTexts): string {
  const words = texts.words;
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

function metadataIn(metadata: Metadata | undefined, sublabel: string, texts: WorkbookTexts): Metadata {
  return {
    ...metadata,
    sublabel,
    ...(metadata?.attribution === undefined
      ? {}
      : {
          attribution: metadata.attribution.map((a) => ({ ...a, sourceText: texts.card.attribution })),
        }),
  };
}

function propertyIn(property: Property, record: IndicatorRecord | undefined, texts: WorkbookTexts): Property {
  if (record === undefined) return property;
  const metadata = (property as { propertyMetadata?: Metadata }).propertyMetadata;
  const propertyMetadata = metadataIn(metadata, sublabelOf(record, texts), texts);
  if (record.kind === "event" && property.type === "String") {
    return { ...property, basicValue: texts.words.label(record), propertyMetadata };
  }
  return { ...property, propertyMetadata } as Property;
}

/** The title of a section, from what it lists. */
function sectionTitle(
  properties: readonly string[],
  records: ReadonlyMap<string, IndicatorRecord>,
  texts: WorkbookTexts,
  fallback: string | undefined,
): string | undefined {
  if (properties.includes("IsoCode")) return texts.card.about;
  const first = records.get(properties[0] ?? "");
  if (first === undefined) return fallback;
  if (first.scope === REGION) return texts.card.region;
  if (first.kind === "stance") return texts.card.stances;
  if (first.kind === "event") return texts.card.events;
  return texts.words.topic(first.topic);
}

const cache = new WeakMap<Excel.EntityCellValue, Map<WorkbookTexts, Excel.EntityCellValue>>();

/** The card in the language of `texts`; the English card itself when that is English. */
export function cardIn(
  card: Excel.EntityCellValue,
  code: CountryCode,
  texts: WorkbookTexts,
): Excel.EntityCellValue {
  if (texts.locale === "en") return card;
  const known = cache.get(card)?.get(texts);
  if (known !== undefined) return known;
  const country = countryByCode(code);
  const records = recordsOnCard(code);
  const own: ReadonlyMap<string, string> = new Map([
    ["Country", texts.words.country(code)],
    ["RussianName", country.russianName],
    ["Source", texts.words.citation()],
  ]);
  const properties: Record<string, Property> = {};
  for (const [name, property] of Object.entries(card.properties ?? {})) {
    const text = own.get(name);
    properties[name] =
      text !== undefined && property.type === "String"
        ? { ...property, basicValue: text }
        : propertyIn(property, records.get(name), texts);
  }
  const layout = card.layouts?.card;
  const local: Excel.EntityCellValue = {
    ...card,
    text: texts.words.country(code),
    properties,
    ...(card.layouts === undefined
      ? {}
      : {
          layouts: {
            ...card.layouts,
            ...(layout === undefined
              ? {}
              : {
                  card: {
                    ...layout,
                    sections: (layout.sections ?? []).map((section) => ({
                      ...section,
                      title: sectionTitle(section.properties, records, texts, section.title),
                    })),
                  },
                }),
          },
        }),
    ...(card.provider === undefined
      ? {}
      : { provider: { ...card.provider, description: texts.card.provider } }),
  };
  const frozen = Object.freeze(local) as Excel.EntityCellValue;
  const byTexts = cache.get(card) ?? new Map<WorkbookTexts, Excel.EntityCellValue>();
  byTexts.set(texts, frozen);
  cache.set(card, byTexts);
  return frozen;
}
