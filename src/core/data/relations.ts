/*
 * The links between records, each with the passage of the source that makes it. Records carry no links of
 * their own: the dataset derives `related`, `examples` and `exampleOf` from these tables, and the provenance
 * test checks every link against its relation's definition (types.ts) in the source document.
 */
import { COUNTRY_CODES } from "../countries";
import type { RecordId } from "../dataset";
import {
  ATTENTION_SENTENCE,
  CSTO_AND_VISIT_SENTENCE,
  CSTO_EXPANSION_SENTENCE,
  CSTO_REPUTATION_SENTENCE,
  DISTANCING_SENTENCE,
  EAEU_SENTENCE,
  INVASION_SENTENCE,
  MEETINGS_SENTENCE,
  MIGRATION_SENTENCE,
  MILITARY_MYTH_SENTENCE,
  MIR_SENTENCE,
  MULTI_VECTOR_SENTENCE,
  OFFICIALS_SENTENCE,
  SOLIDARITY_SENTENCE,
  TURKIC_SENTENCE,
  UNATTRACTIVE_SENTENCE,
  UNDER_THIRTY_SENTENCE,
  UNDER_THIRTY_VIEWS_SENTENCE,
  VISITS_SENTENCE,
} from "./sentences";

/**
 * `related`: the later record's sentence refers back to the earlier one in words of its own. The evidence runs
 * from the earlier record's quote to the later one's (one sentence where they share it), within a paragraph.
 */
export interface RelatedLink {
  /** The two records, the earlier in the source first. */
  readonly records: readonly [RecordId, RecordId];
  readonly evidence: string;
  /** The words of the later record's quote that tie it to the earlier one. */
  readonly linkingWords: string;
}

/**
 * `examples`: a paragraph states the general record, then gives the examples as its instances. The evidence
 * runs from the general record's quote to the last example's, within the paragraph.
 */
export interface ExampleLink {
  readonly general: RecordId;
  /** In the source's order. */
  readonly examples: readonly RecordId[];
  readonly evidence: string;
  /** Words that mark them as examples, where the source has any ("for example"). */
  readonly linkingWords?: string;
}

export const RELATED_LINKS = [
  {
    records: ["banks-accept-mir.KZ", "allows-private-mir-use.KZ"],
    evidence: MIR_SENTENCE,
    linkingWords: "and only Kazakhstan GRANTS their use",
  },
  {
    // "this" is the paragraph's whole argument before it, of which Russia's unwillingness is a part (the note
    // of kremlin-no-solidarity-demand says so).
    records: ["russia-willing-to-compensate", "kremlin-no-solidarity-demand"],
    evidence: `${MULTI_VECTOR_SENTENCE} ${SOLIDARITY_SENTENCE}`,
    linkingWords: "this is largely the reason why",
  },
  {
    records: ["labour-migration-record", "labour-remittances-up"],
    evidence: MIGRATION_SENTENCE,
    linkingWords: "increased accordingly",
  },
  {
    records: ["csto-reputation-in-tatters", "csto-no-expansion"],
    evidence: `${CSTO_REPUTATION_SENTENCE} ${MILITARY_MYTH_SENTENCE} ${CSTO_EXPANSION_SENTENCE}`,
    linkingWords: "This does not mean that the CSTO will be disbanded soon",
  },
  {
    records: ["military-myth-exploded", "csto-no-expansion"],
    evidence: `${MILITARY_MYTH_SENTENCE} ${CSTO_EXPANSION_SENTENCE}`,
    linkingWords: "This does not mean that the CSTO will be disbanded soon",
  },
  {
    records: ["population-under-thirty", "under-thirty-views"],
    evidence: `${UNDER_THIRTY_SENTENCE} ${UNDER_THIRTY_VIEWS_SENTENCE}`,
    linkingWords: "They don’t remember Soviet times",
  },
] as const satisfies readonly RelatedLink[];

export const EXAMPLE_LINKS = [
  // "all are abiding by Western sanctions against Russia. Banks in the region do not accept Russian MIR
  // payment cards, for example": said of the region, so for each country.
  ...COUNTRY_CODES.map(
    (code) =>
      ({
        general: `abides-by-sanctions.${code}`,
        examples: [`banks-accept-mir.${code}`],
        evidence: `${INVASION_SENTENCE} ${MIR_SENTENCE}`,
        linkingWords: "for example",
      }) as const satisfies ExampleLink,
  ),
  {
    general: "integration-distancing",
    examples: ["csto-exercises-cancelled.KG", "visit-postponed.UZ", "turkic-states-focus"],
    evidence: `${DISTANCING_SENTENCE} ${CSTO_AND_VISIT_SENTENCE} ${TURKIC_SENTENCE}`,
  },
  {
    general: "russian-attention-to-region",
    examples: ["putin-visits", "putin-meetings", "russian-officials-visits"],
    evidence: `${ATTENTION_SENTENCE} ${VISITS_SENTENCE} ${MEETINGS_SENTENCE} ${OFFICIALS_SENTENCE}`,
  },
  {
    general: "integration-projects-unattractive",
    examples: ["eaeu-membership-judgement.UZ", "eaeu-membership-costly.TJ"],
    evidence: `${UNATTRACTIVE_SENTENCE} ${EAEU_SENTENCE}`,
  },
] as const satisfies readonly ExampleLink[];
