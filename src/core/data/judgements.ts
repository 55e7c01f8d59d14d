import type { EventRecord, RecordData } from "../types";
import { AS_OF_PUBLICATION } from "./common";
import {
  CSTO_EXPANSION_SENTENCE,
  CSTO_REPUTATION_SENTENCE,
  EAEU_SENTENCE,
  MILITARY_MYTH_SENTENCE,
  UNATTRACTIVE_SENTENCE,
} from "./sentences";

/**
 * The author's judgements and forecasts the dataset keeps: those about a named organization, project or
 * country's step (the CSTO, Russia's integration projects, joining the Eurasian Economic Union). Each is an
 * event "stated" (the author says it plainly), and its note says whose judgement it is, so that it never reads
 * as a decision or a fact. Judgements about Russia's influence in general ("will fade", "shows no signs of
 * going anywhere") are left out (see the README).
 */
export const JUDGEMENTS = [
  {
    id: "integration-projects-unattractive",
    indicator: "integration-projects-unattractive",
    kind: "event",
    qualifier: "stated",
    topic: "integration",
    scope: "REGION",
    label:
      "The war has made Russia’s integration projects in Central Asia irrevocably unattractive (Russia already found them difficult to advance)",
    period: AS_OF_PUBLICATION,
    statedAs: "now the war has made them irrevocably unattractive",
    quote: UNATTRACTIVE_SENTENCE,
    note: "The author’s judgement. “them” are Russia’s integration projects in Central Asia, which Russia “already found it difficult to advance” before the war.",
  },
  {
    // Formerly "eaeu-membership-ruled-out.UZ", which still resolves (data/formerIds.ts): workbooks hold it.
    id: "eaeu-membership-judgement.UZ",
    indicator: "eaeu-membership-judgement",
    kind: "event",
    qualifier: "stated",
    topic: "integration",
    scope: "UZ",
    label: "The author’s judgement: there is no chance of Uzbekistan joining the Eurasian Economic Union now",
    period: AS_OF_PUBLICATION,
    statedAs: "There is no chance of Uzbekistan joining the Eurasian Economic Union now",
    quote: EAEU_SENTENCE,
    note: "The author’s judgement (“There is no chance”), not a decision by Uzbekistan or by the Union.",
  },
  {
    id: "eaeu-membership-costly.TJ",
    indicator: "eaeu-membership-costly",
    kind: "event",
    qualifier: "stated",
    topic: "integration",
    scope: "TJ",
    label:
      "If Tajikistan can be persuaded to join the Eurasian Economic Union, it will be at the cost of major concessions",
    period: AS_OF_PUBLICATION,
    statedAs: "if Tajikistan can be persuaded to do so, it will be at the cost of major concessions",
    quote: EAEU_SENTENCE,
    note: "The author’s forecast, on a condition (“if Tajikistan can be persuaded”); not a plan or a decision.",
  },
  {
    id: "csto-reputation-in-tatters",
    indicator: "csto-reputation-in-tatters",
    kind: "event",
    qualifier: "stated",
    topic: "integration",
    scope: "REGION",
    label: "The CSTO’s reputation is in tatters",
    period: AS_OF_PUBLICATION,
    statedAs: "CSTO’s reputation is in tatters",
    quote: CSTO_REPUTATION_SENTENCE,
    note: "The author’s judgement of the Moscow-led organization; no member country is named.",
  },
  {
    id: "military-myth-exploded",
    indicator: "military-myth-exploded",
    kind: "event",
    qualifier: "stated",
    topic: "security",
    scope: "REGION",
    label:
      "Russia’s military losses in Ukraine have exploded the myth of a powerful Russian military, which has alarmed countries that depended on the Russian security umbrella",
    period: AS_OF_PUBLICATION,
    statedAs: "Russia’s military losses in Ukraine have exploded the myth of a powerful Russian military",
    quote: MILITARY_MYTH_SENTENCE,
    note: "The author’s judgement. The source names neither the losses nor the countries alarmed.",
  },
  {
    id: "csto-no-expansion",
    indicator: "csto-no-expansion",
    kind: "event",
    qualifier: "stated",
    topic: "integration",
    scope: "REGION",
    label:
      "There is certainly no potential for the CSTO’s expansion (which does not mean it will be disbanded soon)",
    period: AS_OF_PUBLICATION,
    statedAs: "there is certainly no potential for its expansion",
    quote: CSTO_EXPANSION_SENTENCE,
    note: "The author’s judgement of the CSTO’s prospects, not a decision of the organization or its members. “This” is what the paragraph says before it: the CSTO’s reputation in tatters, the myth of a powerful Russian military exploded.",
  },
] as const satisfies readonly RecordData<EventRecord>[];
